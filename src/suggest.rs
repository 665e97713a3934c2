//! "Did you mean": the closest known id to what the editor typed.

use crate::text;

/// The candidate closest to `input`, if one is close enough to be a likely typo. The
/// input is also compared as a slug, so a name typed with diacritics ("Thọ Tân")
/// finds its id (`tho-tan`).
pub fn did_you_mean<'a>(input: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let slug = text::slugify(input);
    let lower = input.to_lowercase();
    let mut best: Option<(f64, &str)> = None;
    for c in candidates {
        if c == slug || c.replace('_', "-") == slug {
            return Some(c);
        }
        let score = strsim::jaro_winkler(&lower, c).max(strsim::jaro_winkler(&slug, c));
        let dist = strsim::damerau_levenshtein(&slug, c);
        // A cut-short id ("quoc-phong" for "quoc-phong-an-ninh") is a likely slip too.
        let prefix = slug.len() >= 4 && c.starts_with(&slug) && c[slug.len()..].starts_with('-');
        let close = dist <= 2 || prefix || (score >= 0.88 && dist <= c.len() / 3 + 1);
        if close && best.is_none_or(|(s, _)| score > s) {
            best = Some((score, c));
        }
    }
    best.map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn near_misses_are_found() {
        let ids = ["nong-nghiep", "y-te", "doi-ngoai", "doi-song-xa-hoi"];
        assert_eq!(did_you_mean("nong-ngiep", ids), Some("nong-nghiep"));
        assert_eq!(did_you_mean("Nông nghiệp", ids), Some("nong-nghiep"));
        assert_eq!(did_you_mean("quoc-phong", ids), None);
        assert_eq!(did_you_mean("nguoi-tot", ["nguoi-tot-viec-tot", "y-te"]), Some("nguoi-tot-viec-tot"));
    }

    #[test]
    fn vietnamese_names_find_their_ids() {
        assert_eq!(did_you_mean("Thọ Tân", ["tho-tan", "tho-tien"]), Some("tho-tan"));
    }
}
