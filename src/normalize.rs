//! Arabic orthographic folding with an offset map back to the original text.
//!
//! The grammar matches folded text; every folded byte remembers the original byte it came from, so spans found in the
//! folded text map back exactly onto the caller's string. The folding, char by char:
//!
//! - dropped: tashkeel (U+064B–U+065F, U+0670), tatweel (U+0640), bidi and zero-width controls (U+200B–U+200F,
//!   U+202A–U+202E, U+2060–U+2069, U+061C, U+FEFF, U+00AD), the replacement character U+FFFD and C0/C1 control
//!   characters other than tab and line breaks;
//! - alef with hamza or madda (أ إ آ ٱ) → ا; alef maqsura ى and Persian yeh ی → ي; taa marbuta ة → ه; Persian
//!   keheh ک → ك;
//! - Arabic-Indic (٠–٩) and Persian (۰–۹) digits → ASCII digits;
//! - Arabic comma, semicolon, question mark, percent and decimal/thousands signs → their ASCII counterparts; dashes →
//!   `-`; fraction slash → `/`; Unicode spaces → space; ASCII letters → lower case.

/// Text folded for matching, with the byte offset in the original text of every folded byte.
#[derive(Debug, Default)]
pub(crate) struct Folded {
    /// The folded text.
    pub text: String,
    /// `origin[i]` is the original byte offset of the char that folded byte `i` belongs to; `origin[text.len()]` is
    /// the original end.
    origin: Vec<u32>,
    /// Original byte length of the char each folded char came from, indexed like `origin`.
    width: Vec<u8>,
}

enum Fold {
    Drop,
    Keep,
    To(char),
}

#[inline]
fn fold_char(c: char) -> Fold {
    match c {
        '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' => Fold::Drop,
        '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{2069}'
        | '\u{061C}'
        | '\u{FEFF}'
        | '\u{00AD}'
        | '\u{FFFD}' => Fold::Drop,
        '\t' | '\n' | '\r' => Fold::Keep,
        '\u{0000}'..='\u{001F}' | '\u{007F}'..='\u{009F}' => Fold::Drop,
        'أ' | 'إ' | 'آ' | 'ٱ' => Fold::To('ا'),
        'ى' | 'ی' => Fold::To('ي'),
        'ة' => Fold::To('ه'),
        'ک' => Fold::To('ك'),
        '\u{0660}'..='\u{0669}' => Fold::To(digit(c as u32 - 0x0660)),
        '\u{06F0}'..='\u{06F9}' => Fold::To(digit(c as u32 - 0x06F0)),
        '،' | '٬' => Fold::To(','),
        '؛' => Fold::To(';'),
        '؟' => Fold::To('?'),
        '٪' => Fold::To('%'),
        '٫' => Fold::To('.'),
        '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE58}' | '\u{FE63}' | '\u{FF0D}' => {
            Fold::To('-')
        }
        '\u{2044}' | '\u{FF0F}' | '\u{2215}' => Fold::To('/'),
        '\u{00A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => {
            Fold::To(' ')
        }
        'A'..='Z' => Fold::To(c.to_ascii_lowercase()),
        _ => Fold::Keep,
    }
}

#[inline]
fn digit(d: u32) -> char {
    char::from_digit(d, 10).unwrap_or('0')
}

/// Folds one word or phrase for lexicon keys: the same mapping as [`Folded::new`], without the offset map.
pub(crate) fn fold_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match fold_char(c) {
            Fold::Drop => {}
            Fold::Keep => out.push(c),
            Fold::To(f) => out.push(f),
        }
    }
    out
}

impl Folded {
    /// Folds `text`. `text` must be shorter than 4 GiB (the extractor splits longer text into chunks before).
    pub fn new(text: &str) -> Folded {
        let mut folded = Folded {
            text: String::with_capacity(text.len()),
            origin: Vec::with_capacity(text.len() + 1),
            width: Vec::with_capacity(text.len() + 1),
        };
        for (i, c) in text.char_indices() {
            let out = match fold_char(c) {
                Fold::Drop => continue,
                Fold::Keep => c,
                Fold::To(f) => f,
            };
            let w = c.len_utf8() as u8;
            folded.text.push(out);
            for _ in 0..out.len_utf8() {
                folded.origin.push(i as u32);
                folded.width.push(w);
            }
        }
        folded.origin.push(text.len() as u32);
        folded.width.push(0);
        folded
    }

    /// Maps a folded byte range (on folded char boundaries) back to the original text: from the start of the first
    /// folded char's original to the end of the last one's, extended over trailing dropped marks (tashkeel, tatweel)
    /// that belong to the last letter.
    pub fn to_original(&self, start: usize, end: usize, original: &str) -> (usize, usize) {
        let s = self.origin.get(start).copied().unwrap_or(0) as usize;
        if end == 0 || end <= start {
            return (s, s);
        }
        let last = end - 1;
        let mut e = match (self.origin.get(last), self.width.get(last)) {
            (Some(&o), Some(&w)) => o as usize + w as usize,
            _ => original.len(),
        };
        // Take in the diacritics and tatweel written on the last letter: they are part of the word.
        if let Some(rest) = original.get(e..) {
            for c in rest.chars() {
                if matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}') {
                    e += c.len_utf8();
                } else {
                    break;
                }
            }
        }
        (s, e.min(original.len()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_and_maps_back() {
        let text = "في ٥ يـنـايـر\u{200F} ٢٠٢٠م";
        let f = Folded::new(text);
        assert_eq!(f.text, "في 5 يناير 2020م");
        let start = f.text.find('5').unwrap();
        let end = f.text.len();
        let (s, e) = f.to_original(start, end, text);
        assert_eq!(&text[s..e], "٥ يـنـايـر\u{200F} ٢٠٢٠م");
    }

    #[test]
    fn trailing_tanween_is_kept_in_span() {
        let text = "غداً صباحاً";
        let f = Folded::new(text);
        assert_eq!(f.text, "غدا صباحا");
        let (s, e) = f.to_original(0, "غدا".len(), text);
        assert_eq!(&text[s..e], "غداً");
    }

    #[test]
    fn hamza_and_marbuta() {
        assert_eq!(
            fold_str("أيّار إبريل آذار السنة الأولى"),
            "ايار ابريل اذار السنه الاولي"
        );
    }
}
