//! "Did you mean": the closest known id to what the editor typed.

use crate::text;

/// The candidate closest to `input`, if one is close enough to be a likely typo. The
/// input is also compared as a slug, so a name typed with diacritics ("Thọ Tân")
/// finds its id (`tho-tan`).
pub(crate) fn did_you_mean<'a>(input: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
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

/// Among `(id, name)` candidates, the one that shares the most words with `input`, the
/// words of a candidate being those of its id and of its name (as slugs, so "tỉnh" and
/// `tinh` agree). At least half the input's words must be shared. Ties go to the id with
/// the fewest words the input lacks, then to the closest spelling.
pub(crate) fn by_words<'a>(input: &str, candidates: impl IntoIterator<Item = (&'a str, &'a str)>) -> Option<&'a str> {
    let slug = text::slugify(input);
    let mut wanted: Vec<&str> = slug.split('-').filter(|w| !w.is_empty()).collect();
    wanted.sort_unstable();
    wanted.dedup();
    // (shared words, words the input lacks, spelling) of the best so far.
    let mut best: Option<(usize, usize, f64, &str)> = None;
    for (id, name) in candidates {
        let name = text::slugify(name);
        let own: Vec<&str> = id.split('-').chain(name.split('-')).collect();
        let shared = wanted.iter().filter(|w| own.contains(w)).count();
        if shared == 0 || shared * 2 < wanted.len() {
            continue;
        }
        let extra = id.split('-').filter(|w| !wanted.contains(w)).count();
        let spelling = strsim::jaro_winkler(&slug, id);
        // More shared words, then fewer extra ones (note the swap), then closer spelling.
        let better = best.is_none_or(|(s, e, j, _)| (shared, e, spelling) > (s, extra, j));
        if better {
            best = Some((shared, extra, spelling, id));
        }
    }
    best.map(|(.., id)| id)
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
    fn words_shared_with_ids_and_names() {
        let forms = [
            ("bang-khen-chu-tich-ubnd-tinh", "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh"),
            ("co-thi-dua-ubnd-tinh", "Cờ thi đua của Ủy ban nhân dân tỉnh"),
            ("chien-si-thi-dua-cap-tinh", "Chiến sĩ thi đua cấp tỉnh"),
        ];
        assert_eq!(by_words("bang-khen-ubnd-tinh", forms), Some("bang-khen-chu-tich-ubnd-tinh"));
        assert_eq!(by_words("Cờ thi đua tỉnh", forms), Some("co-thi-dua-ubnd-tinh"));
        assert_eq!(by_words("chien-si-thi-dua-tinh", forms), Some("chien-si-thi-dua-cap-tinh"));
        assert_eq!(by_words("huan-chuong-lao-dong", forms), None);
    }

    #[test]
    fn vietnamese_names_find_their_ids() {
        assert_eq!(did_you_mean("Thọ Tân", ["tho-tan", "tho-tien"]), Some("tho-tan"));
    }
}
