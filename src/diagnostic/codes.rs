//! Every finding code, in one table: its default severity and what it means. The
//! README's table of codes is checked against this one by a test.

use super::Severity::{self, Error, Warning};

pub const CODES: &[(&str, Severity, &str)] = &[
    ("io-error", Error, "a file or folder cannot be read or written"),
    ("file-too-large", Error, "a file is over the size limit (4 MB)"),
    ("invalid-utf8", Error, "the file is not UTF-8 text"),
    ("nul-byte", Error, "the file holds a NUL byte"),
    ("bom", Warning, "the file starts with a byte-order mark (ignored)"),
    ("line-endings", Warning, "CRLF or mixed line endings (accepted)"),
    ("no-front-matter", Error, "the file does not start with `---`"),
    ("unclosed-front-matter", Error, "the front matter is never closed by `---`"),
    ("yaml-syntax", Error, "the front matter is not valid YAML"),
    ("missing-key", Error, "a required key is missing"),
    ("unknown-key", Error, "a key that is not part of the story format"),
    ("wrong-type", Error, "a value of the wrong type (text for a list, …)"),
    ("empty-value", Error, "a required key is empty"),
    ("invalid-value", Error, "a value outside the allowed set, or not a slug/UUID"),
    ("invalid-date", Error, "a date that is malformed or does not exist"),
    ("invalid-slug", Error, "the file name is not an ASCII slug"),
    ("too-long", Error, "the title is over 200 characters"),
    ("too-deep", Error, "quotes or lists nested more than 32 levels deep"),
    ("empty-body", Error, "the story has no body"),
    ("practice-only", Error, "`results`/`replication` on a `story`"),
    ("unknown-commune", Error, "a unit id that is not in the registry"),
    ("unknown-field", Error, "a field id that is not one of the 14"),
    ("unknown-criterion", Error, "a criterion id that does not exist or apply"),
    ("unknown-column", Error, "a column id that is not in columns.yaml"),
    ("unknown-outlet", Error, "an outlet id that is not in site.yaml"),
    ("tag-label", Warning, "a tag without a label in tags.yaml (shown without its diacritics)"),
    ("agency-name", Warning, "a story credits an agency by a name it did not bear on the story's date"),
    (
        "outlet-ended",
        Warning,
        "the story is dated after every outlet that would carry it ended: it is published nowhere",
    ),
    ("unknown-recognition", Error, "a commendation form that is not in criteria.yaml"),
    ("unknown-theme", Error, "an outlet's theme folder does not exist"),
    ("missing-evidence", Error, "a required criterion without evidence"),
    ("missing-consent", Error, "an individual or household without recorded consent"),
    ("unknown-exemplar", Error, "a story's `exemplar` that is not a file of content/exemplars/"),
    ("exemplar-owns", Error, "`subject` or `recognition` on a story that names its exemplar (they are the exemplar's)"),
    ("exemplar-kind", Error, "a `practice` story about an exemplar that is not a practice, or the reverse"),
    ("exemplar-declined", Error, "a story (not a draft) about an exemplar the council declined"),
    ("exemplar-stage", Error, "a workflow stage skipped, dated before the previous one, or both selected and declined"),
    ("unknown-proposer", Error, "`by` is no unit or agency that existed on the stage's date"),
    ("decision-order", Warning, "a selection decision numbered lower than an earlier one of the same issuer and year"),
    ("consent-dates", Error, "consent withdrawn before it was given"),
    ("replication-invalid", Error, "a replication of a non-practice, before the practice, in a unit not existing then"),
    ("consent-withdrawn", Warning, "the exemplar withdrew consent: the story is left out of every output"),
    ("profile-too-long", Warning, "an exemplar's profile is over 600 characters"),
    ("missing-image", Error, "the image file does not exist"),
    ("invalid-image", Error, "a photo that is not an image, is corrupt or truncated, or is absurdly large"),
    ("missing-audio", Error, "the recording (`audio:`) does not exist under content/"),
    ("invalid-audio", Error, "a recording that is not MP3, M4A or OGG, does not decode, or is cut off"),
    ("missing-image-alt", Error, "an image without alt text"),
    ("invalid-path", Error, "a path that leaves content/ (or a link pointing outside)"),
    ("duplicate-slug", Error, "two story files with the same name"),
    ("duplicate-id", Error, "two stories (or configuration entries) with the same id"),
    ("alias-conflict", Error, "a former slug that is another story's slug or alias"),
    ("url-collision", Error, "a theme's static file or the report's path over a page the build generates"),
    ("config-invalid", Error, "a configuration file that does not match its format"),
    ("template-error", Error, "a theme template that does not compile or render"),
    ("commune-dissolved", Warning, "the story is dated after its unit ceased to exist"),
    ("commune-not-yet", Warning, "the story is dated before its unit was created"),
    ("recognition-after-date", Warning, "a commendation dated after the story"),
    ("recognition-subject", Warning, "a commendation not usually given to this kind of subject"),
    ("unused-key", Warning, "`image_alt` without `image`"),
    ("summary-too-long", Warning, "the summary is over 300 characters"),
    ("exaggeration", Warning, "an inflated-claim phrase from criteria.yaml"),
    (
        "claim-needs-source",
        Warning,
        "a claim of criteria.yaml's `needs_source` (100% hài lòng, nhất huyện…) with no source cited",
    ),
    ("pdf-artefact", Warning, "`ƣ`/`Ƣ` where `ư`/`Ư` belongs (copied from PDF)"),
    ("tone-style", Warning, "a tone mark placed the other way than site.yaml's `tone_style` (hoà for hòa)"),
    ("not-nfc", Warning, "Vietnamese text not in Unicode NFC"),
    ("unsafe-html", Warning, "raw HTML or a link address the sanitiser removes (script, handlers, javascript:)"),
    ("control-char", Warning, "a control character (pasted from Word or PDF); replaced by a space"),
    ("special-file", Warning, "a FIFO, device, socket or link out of the site under content/ or themes/: skipped"),
    (
        "third-party-sensitive",
        Warning,
        "a sentence names someone other than the exemplar beside health or poverty words",
    ),
    ("personal-data", Warning, "what looks like a phone, ID number or e-mail address"),
    ("minor-named", Warning, "a child under 16 named (a grade or age): a guardian's consent is needed"),
    (
        "consent-scope",
        Error,
        "a story used beyond its exemplar's consent: a channel or photos not covered, a household member not named",
    ),
];

pub fn known(code: &str) -> bool {
    CODES.iter().any(|(c, ..)| *c == code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_readme_documents_every_code() {
        let readme = include_str!("../../README.md");
        for (code, ..) in CODES {
            assert!(readme.contains(&format!("`{code}`")), "README lacks `{code}`");
        }
    }

    #[test]
    fn codes_are_unique() {
        let mut seen = std::collections::HashSet::new();
        assert!(CODES.iter().all(|(c, ..)| seen.insert(c)));
    }
}
