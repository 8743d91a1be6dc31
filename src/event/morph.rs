//! A small Arabic stemmer for trigger and name matching, on folded text (see `crate::normalize`).
//!
//! A word is read as `proclitics + stem + suffixes`: the conjunctions و ف, the prepositions ب ك ل, the article ال
//! (and لل), the future «س» and the imperfect prefixes ي ت ن come off the front; subject endings (ت تا تم وا ون ين
//! ان, and the tanween alef), the feminine ـة (folded to ه), the plural ات and pronoun clitics (ه ها هم هما كم نا) come off the back. Every
//! split is a candidate stem; lexicon lookups decide which one is a word. After an imperfect prefix the stem is also
//! tried with a leading alef, so «يستهدف», «ينسحب», «يعلن» reach «استهدف», «انسحب», «أعلن».
//!
//! Where it misfires: the splits are not checked against each other, so a noun that happens to end like a suffix
//! can reach a shorter lexicon stem («اجتماعات» reaches «اجتماع», as it should, but a rare noun ending in ـون may
//! reach an unrelated verb). Broken plurals («هجمات» for «هجوم») are not derived: the lexicon lists them.

/// Suffix strings that may end a word, longest first within each family.
const SUFFIXES: [&str; 30] = [
    "تموها",
    "اتهما",
    "اتهم",
    "اتها",
    "تهما",
    "تهم",
    "تها",
    "وهم",
    "وها",
    "اته",
    "تين",
    "تان",
    "هما",
    "ته",
    "وه",
    "ها",
    "هم",
    "هن",
    "كم",
    "نا",
    "تا",
    "تم",
    "وا",
    "ون",
    "ين",
    "ان",
    "ات",
    "ه",
    "ت",
    "ا",
];

/// One way to read a word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Reading<'a> {
    /// The stem, a slice of the word.
    pub stem: &'a str,
    /// Read the stem with a leading alef (after an imperfect prefix).
    pub alef: bool,
    /// The future «س» was stripped.
    pub future: bool,
    /// An imperfect prefix ي ت ن was stripped.
    pub imperfect: bool,
    /// The article was stripped.
    pub definite: bool,
    /// A suffix was stripped.
    pub suffixed: bool,
    /// The suffix stripped ("" for none).
    pub suffix: &'static str,
}

impl Reading<'_> {
    /// The stem as a lexicon key, in `buf` (which is cleared first).
    pub fn key<'b>(&self, buf: &'b mut String) -> &'b str {
        buf.clear();
        if self.alef {
            buf.push('ا');
        }
        buf.push_str(self.stem);
        // A final hamza takes a seat before a suffix: «لقاؤه», «لقائه» are «لقاء» + «ه».
        if self.suffixed && (buf.ends_with('ؤ') || buf.ends_with('ئ')) {
            buf.pop();
            buf.push('ء');
        }
        buf.as_str()
    }
}

fn nchars(s: &str) -> usize {
    s.chars().count()
}

/// Pushes `stem` and its suffix-stripped forms (stems of at least two letters).
fn with_suffixes<'a>(stem: &'a str, base: Reading<'a>, out: &mut Vec<Reading<'a>>) {
    if nchars(stem) < 2 {
        return;
    }
    out.push(Reading { stem, ..base });
    for suf in SUFFIXES {
        // The alef ending is the tanween of a noun («هجوماً»); on an imperfect verb it would be a rare dual and
        // mostly turns «يقرأ» into «أقرّ».
        if suf == "ا" && base.imperfect {
            continue;
        }
        if let Some(s) = stem.strip_suffix(suf) {
            if nchars(s) >= 2 {
                out.push(Reading {
                    stem: s,
                    suffixed: true,
                    suffix: suf,
                    ..base
                });
            }
        }
    }
}

/// Every reading of the folded word `w`, the unsegmented word first. Bounded: a few dozen readings a word.
pub(crate) fn readings(w: &str) -> Vec<Reading<'_>> {
    let mut out = Vec::with_capacity(24);
    let plain = Reading {
        stem: w,
        alef: false,
        future: false,
        imperfect: false,
        definite: false,
        suffixed: false,
        suffix: "",
    };
    let conj = if nchars(w) > 3 {
        w.strip_prefix('و').or_else(|| w.strip_prefix('ف'))
    } else {
        None
    };
    let bases: [Option<&str>; 2] = [Some(w), conj];
    for base in bases.into_iter().flatten() {
        with_suffixes(base, plain, &mut out);
        let def = Reading {
            definite: true,
            ..plain
        };
        if let Some(s) = base.strip_prefix("لل") {
            with_suffixes(s, def, &mut out);
        } else if let Some(s) = base.strip_prefix("ال") {
            with_suffixes(s, def, &mut out);
        } else if let Some(b) = base.strip_prefix(['ب', 'ك', 'ل']) {
            with_suffixes(b, plain, &mut out);
            if let Some(s) = b.strip_prefix("ال") {
                with_suffixes(s, def, &mut out);
            }
        }
        // Verbs: «س» + imperfect prefix, or «ل» (purpose) + imperfect prefix, or a bare imperfect prefix.
        let (v, future) = match base.strip_prefix('س') {
            Some(v) if v.starts_with(['ي', 'ت', 'ن']) => (v, true),
            _ => match base.strip_prefix('ل') {
                Some(v) if v.starts_with(['ي', 'ت', 'ن']) => (v, false),
                _ => (base, false),
            },
        };
        if let Some(s) = v.strip_prefix(['ي', 'ت', 'ن']) {
            if nchars(s) >= 2 {
                let r = Reading {
                    imperfect: true,
                    future,
                    ..plain
                };
                with_suffixes(s, r, &mut out);
                with_suffixes(s, Reading { alef: true, ..r }, &mut out);
            }
        }
    }
    out
}

/// The folded word with only conjunctions, prepositions and the article stripped, longest first: the forms a name or
/// grammar word is looked up under («وبالعراق» → «وبالعراق», «بالعراق», «العراق», «عراق»).
pub(crate) fn bare_forms(w: &str) -> Vec<std::borrow::Cow<'_, str>> {
    use std::borrow::Cow;
    fn push<'a>(s: Cow<'a, str>, out: &mut Vec<Cow<'a, str>>) {
        if nchars(&s) >= 2 && !out.contains(&s) {
            out.push(s);
        }
    }
    let mut out: Vec<Cow<'_, str>> = vec![Cow::Borrowed(w)];
    let mut bases = vec![w];
    if let Some(b) = w.strip_prefix('و').or_else(|| w.strip_prefix('ف')) {
        bases.push(b);
    }
    for b in bases {
        push(Cow::Borrowed(b), &mut out);
        if let Some(s) = b.strip_prefix("لل") {
            push(Cow::Owned(format!("ال{s}")), &mut out);
        } else if let Some(s) = b.strip_prefix(['ب', 'ك', 'ل']) {
            push(Cow::Borrowed(s), &mut out);
        }
    }
    out
}

/// True when the folded word looks like an imperfect verb: a prefix ي ت ن (possibly after و ف س) and at least three
/// more letters. A heuristic used for «قد» and «لا».
pub(crate) fn looks_imperfect(w: &str) -> bool {
    let w = w.strip_prefix(['و', 'ف']).unwrap_or(w);
    let w = w.strip_prefix('س').unwrap_or(w);
    match w.strip_prefix(['ي', 'ت', 'ن']) {
        Some(rest) => nchars(rest) >= 3,
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(w: &str) -> Vec<String> {
        let mut buf = String::new();
        readings(w)
            .iter()
            .map(|r| r.key(&mut buf).to_string())
            .collect()
    }

    #[test]
    fn verb_forms_reach_their_lemma() {
        for (w, lemma) in [
            ("يستهدف", "استهدف"),
            ("ستسحب", "سحب"),
            ("وانسحبت", "انسحب"),
            ("سينتقل", "انتقل"),
            ("استهدفتها", "استهدف"),
            ("قصفوها", "قصف"),
            ("ينهي", "انهي"),
            ("تنتهي", "انتهي"),
            ("يعلن", "اعلن"),
        ] {
            assert!(
                keys(w).iter().any(|k| k == lemma),
                "{w} → {lemma}: {:?}",
                keys(w)
            );
        }
    }

    #[test]
    fn nouns_with_clitics_reach_their_stem() {
        for (w, stem) in [
            ("وانسحابها", "انسحاب"),
            ("بالهجوم", "هجوم"),
            ("للاتفاق", "اتفاق"),
            ("اتفاقيات", "اتفاقي"),
            ("زيارته", "زيار"),
            ("هجومين", "هجوم"),
            ("ولقاؤه", "لقاء"),
        ] {
            assert!(
                keys(w).iter().any(|k| k == stem),
                "{w} → {stem}: {:?}",
                keys(w)
            );
        }
    }

    #[test]
    fn bare_forms_strip_only_proclitics() {
        let f: Vec<String> = bare_forms("وللعراق")
            .into_iter()
            .map(|c| c.into_owned())
            .collect();
        assert!(f.contains(&"العراق".to_string()), "{f:?}");
        assert!(looks_imperfect("يدفع"));
        assert!(!looks_imperfect("بدأ"));
    }
}
