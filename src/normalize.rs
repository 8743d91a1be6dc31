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

/// Where a folded byte stands among the edits (see [`Folded::spot`]).
enum Spot {
    /// Inside an edit: the original offset and width of the edited char.
    Edit(usize, usize),
    /// In a regular stretch, which starts at these folded and original offsets: chars have the same boundaries and
    /// widths in both texts there.
    Stretch(usize, usize),
}

/// Text folded for matching, with a map from folded offsets back to the original text.
///
/// Most chars fold to a char of the same UTF-8 width (an Arabic letter to itself or to its folded letter), so the map
/// is sparse: it lists only the chars whose width changes (digits, punctuation, spaces, dashes) and the places where
/// dropped chars (tashkeel, controls) shift the alignment. Between two entries, folded and original bytes correspond
/// one to one. Building it costs no per-byte writes beyond the folded text itself, and its memory is proportional to
/// the number of such chars, not to the text length.
#[derive(Debug, Default)]
pub(crate) struct Folded {
    /// The folded text.
    pub text: String,
    /// Sorted by `folded`, strictly increasing.
    edits: Vec<Edit>,
    /// For each block of [`BLOCK`] folded bytes, the index of the first edit at or after the block's start (one more
    /// entry for the end): a lookup searches only the edits of its own block.
    blocks: Vec<u32>,
    /// Original byte length.
    original_len: usize,
}

/// Folded bytes per entry of [`Folded::blocks`], as a power of two. 64-byte blocks: news text has edits often enough
/// that a search over a 256-byte block's cost more than the larger index (measured).
const BLOCK_BITS: u32 = 6;

/// One entry of the sparse offset map.
#[derive(Debug, Clone, Copy)]
struct Edit {
    /// Folded byte offset of a char boundary.
    folded: u32,
    /// Original byte offset of the char there.
    original: u32,
    /// Folded and original byte widths of a char whose width changed; both 0 for a resync point, where a regular
    /// stretch starts after dropped chars.
    folded_width: u8,
    original_width: u8,
}

#[derive(Clone, Copy)]
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
    // The Arabic block from the table: the lexicons fold thousands of entries when an extractor is first built.
    let arabic = &*ARABIC_FOLD;
    let mut out = String::with_capacity(s.len());
    // Chars kept since `run` are copied in one go when another comes.
    let mut run = 0;
    for (i, c) in s.char_indices() {
        let k = (c as usize).wrapping_sub(0x0600);
        let fold = match arabic.get(k) {
            Some(&f) => f,
            None => fold_char(c),
        };
        match fold {
            Fold::Keep => continue,
            Fold::Drop => out.push_str(s.get(run..i).unwrap_or_default()),
            Fold::To(f) => {
                out.push_str(s.get(run..i).unwrap_or_default());
                out.push(f);
            }
        }
        run = i + c.len_utf8();
    }
    out.push_str(s.get(run..).unwrap_or_default());
    out
}

/// How each char of U+0600..=U+06FF folds, read from [`fold_char`] once (Arabic text is almost entirely in that block).
static ARABIC_FOLD: once_cell::sync::Lazy<[Fold; 256]> = once_cell::sync::Lazy::new(|| {
    let mut t = [Fold::Keep; 256];
    for (i, x) in (0u32..).zip(t.iter_mut()) {
        if let Some(c) = char::from_u32(0x0600 + i) {
            *x = fold_char(c);
        }
    }
    t
});

/// The index in a [`pair_table`] of the char whose first two bytes are `a` and `b`.
#[inline(always)]
pub(crate) fn pair(a: u8, b: u8) -> usize {
    usize::from(u16::from_be_bytes([a, b]))
}

/// A table of what `f` says of each char of one or two bytes, indexed by [`pair`] of the char's first two bytes (for
/// an ASCII char, whatever byte follows), and `longer` for the first bytes of longer chars. Almost every char of
/// Arabic text takes two bytes: a scan that reads such a table makes one load and one test per char instead of
/// testing byte ranges and decoding.
pub(crate) fn pair_table(f: impl Fn(char) -> u8, longer: u8) -> [u8; 1 << 16] {
    let mut t = [0u8; 1 << 16];
    for (lead, row) in (0u32..).zip(t.chunks_exact_mut(256)) {
        match lead {
            0..=0x7F => row.fill(f(char::from(lead as u8))),
            0xC2..=0xDF => {
                for (second, x) in (0u32..).zip(row.iter_mut()).skip(0x80).take(0x40) {
                    if let Some(c) = char::from_u32(((lead & 0x1F) << 6) | (second & 0x3F)) {
                        *x = f(c);
                    }
                }
            }
            0xE0..=0xFF => row.fill(longer),
            // Continuation bytes never start a char.
            _ => {}
        }
    }
    t
}

/// How [`Folded::new`]'s fast loop steps over a char (see [`pair_table`]): [`KEPT_1`] or [`KEPT_2`] for a char of one
/// or two bytes that folds to itself, [`SWAP`] for a two-byte char of the Arabic block that folds to another two-byte
/// char («ة» → «ه», «أ» → «ا»: most edits of news text), 0 for anything else (read by the general path).
static FOLD_STEP: once_cell::sync::Lazy<[u8; 1 << 16]> = once_cell::sync::Lazy::new(|| {
    pair_table(
        |c| match fold_char(c) {
            Fold::Keep => c.len_utf8() as u8,
            Fold::To(f)
                if c.len_utf8() == 2
                    && f.len_utf8() == 2
                    && ('\u{0600}'..='\u{06FF}').contains(&c) =>
            {
                SWAP
            }
            _ => 0,
        },
        0,
    )
});

/// [`FOLD_STEP`] of an ASCII char kept.
const KEPT_1: u8 = 1;
/// [`FOLD_STEP`] of a two-byte char kept.
const KEPT_2: u8 = 2;
/// [`FOLD_STEP`] of a two-byte char of the Arabic block folded to another two-byte char.
const SWAP: u8 = 4;

/// The end of the run of chars from byte `i` (a char boundary) that fold to themselves, for chars of one and two
/// bytes (any other char ends the run; the general path reads it).
#[inline(always)]
fn kept_until(bytes: &[u8], table: &[u8; 1 << 16], i: usize) -> usize {
    // The bytes left, as a slice: its length is the only bound to check.
    let mut rest = bytes.get(i..).unwrap_or_default();
    // Eight bytes at a time, read as one word: four two-byte chars, the common case inside an Arabic word, pass when
    // the AND of their steps keeps `KEPT_2`'s bit (no other step has it).
    while let Some(w) = rest.first_chunk::<8>() {
        let x = u64::from_be_bytes(*w);
        let at = |shift: u32| table[usize::from((x >> shift) as u16)];
        let (s0, s1, s2, s3) = (at(48), at(32), at(16), at(0));
        if s0 & s1 & s2 & s3 & KEPT_2 != 0 {
            rest = rest.get(8..).unwrap_or_default();
            continue;
        }
        // The first char that is no kept two-byte one (the steps after it were read out of step and are not used).
        let (skip, s) = if s0 != KEPT_2 {
            (0, s0)
        } else if s1 != KEPT_2 {
            (2, s1)
        } else if s2 != KEPT_2 {
            (4, s2)
        } else {
            (6, s3)
        };
        if s != KEPT_1 {
            return bytes.len() - rest.len() + skip;
        }
        // A kept ASCII char (a space between words): on past it.
        rest = rest.get(skip + 1..).unwrap_or_default();
    }
    loop {
        match rest {
            [a, b, tail @ ..] => match table[pair(*a, *b)] {
                KEPT_2 => rest = tail,
                KEPT_1 => rest = rest.get(1..).unwrap_or_default(),
                _ => break,
            },
            [a] if table[pair(*a, 0)] == KEPT_1 => rest = &[],
            _ => break,
        }
    }
    bytes.len() - rest.len()
}

/// Builds the folding table now (the extractor's constructor calls it).
pub(crate) fn warm() {
    once_cell::sync::Lazy::force(&ARABIC_FOLD);
    once_cell::sync::Lazy::force(&FOLD_STEP);
}

impl Folded {
    /// Folds `text`. `text` must be shorter than 4 GiB (the extractor splits longer text into chunks before).
    pub fn new(text: &str) -> Folded {
        let arabic = &*ARABIC_FOLD;
        let table = &*FOLD_STEP;
        let bytes = text.as_bytes();
        let mut out = String::with_capacity(bytes.len());
        // News text has an edit that changes the alignment (Arabic digits and punctuation, dashes, special spaces,
        // dropped marks) about every 170 bytes: room for five times as many, so that the list is not regrown.
        let mut edits = Vec::with_capacity(bytes.len() / 32);
        // Folded and original offsets correspond one to one since the last edit; false after dropped chars.
        let mut aligned = true;
        // Chars kept unchanged since `run` are copied in one go when something else comes.
        let mut run = 0;
        let mut i = 0;
        loop {
            // Chars that fold to themselves, in an aligned stretch, need nothing: skip them in a tight loop.
            if aligned {
                i = kept_until(bytes, table, i);
                // A same-width letter edit keeps the alignment: written here, the fast loop goes on.
                if let Some(&[a, b]) = bytes.get(i..i + 2) {
                    if table[pair(a, b)] == SWAP {
                        let k = (usize::from(a & 0x03) << 6) | usize::from(b & 0x3F);
                        if let Some(Fold::To(c)) = arabic.get(k) {
                            out.push_str(text.get(run..i).unwrap_or_default());
                            // The folded letters of most of these edits as constants: their two bytes are written
                            // at once, where a char read from the table is encoded first.
                            match c {
                                'ا' => out.push('ا'),
                                'ه' => out.push('ه'),
                                'ي' => out.push('ي'),
                                _ => out.push(*c),
                            }
                            i += 2;
                            run = i;
                            continue;
                        }
                    }
                }
            }
            let Some(&b) = bytes.get(i) else {
                break;
            };
            let (w, fold) = if b < 0x80 {
                let fold = match b {
                    b'\t' | b'\n' | b'\r' => Fold::Keep,
                    0..=0x1F | 0x7F => Fold::Drop,
                    b'A'..=b'Z' => Fold::To(char::from(b.to_ascii_lowercase())),
                    _ => Fold::Keep,
                };
                (1, fold)
            } else if (0xD8..=0xDB).contains(&b) {
                // U+0600..=U+06FF: 110110xx 10xxxxxx.
                let lo = bytes.get(i + 1).map_or(0, |x| usize::from(x & 0x3F));
                let k = (usize::from(b & 0x03) << 6) | lo;
                (2, arabic.get(k).copied().unwrap_or(Fold::Keep))
            } else {
                match text.get(i..).and_then(|r| r.chars().next()) {
                    Some(c) => (c.len_utf8(), fold_char(c)),
                    None => break,
                }
            };
            match fold {
                Fold::Keep => {
                    if !aligned {
                        // The first char after dropped ones: a resync point (the run is empty here).
                        edits.push(Edit {
                            folded: out.len() as u32,
                            original: i as u32,
                            folded_width: 0,
                            original_width: 0,
                        });
                        aligned = true;
                    }
                }
                Fold::Drop => {
                    out.push_str(text.get(run..i).unwrap_or_default());
                    aligned = false;
                    run = i + w;
                }
                Fold::To(c) => {
                    out.push_str(text.get(run..i).unwrap_or_default());
                    let f = out.len();
                    let fw = c.len_utf8();
                    if fw == w {
                        if !aligned {
                            edits.push(Edit {
                                folded: f as u32,
                                original: i as u32,
                                folded_width: 0,
                                original_width: 0,
                            });
                        }
                    } else {
                        edits.push(Edit {
                            folded: f as u32,
                            original: i as u32,
                            folded_width: fw as u8,
                            original_width: w as u8,
                        });
                    }
                    aligned = true;
                    out.push(c);
                    run = i + w;
                }
            }
            i += w;
        }
        out.push_str(text.get(run..).unwrap_or_default());
        let nblocks = (out.len() >> BLOCK_BITS) + 2;
        let mut blocks = Vec::with_capacity(nblocks);
        let mut k = 0;
        for b in 0..nblocks {
            let start = b << BLOCK_BITS;
            while edits.get(k).is_some_and(|e| (e.folded as usize) < start) {
                k += 1;
            }
            blocks.push(k as u32);
        }
        Folded {
            text: out,
            edits,
            blocks,
            original_len: text.len(),
        }
    }

    /// The number of edits at or before folded offset `f`: those before `f`'s block, and a search in the block.
    #[inline]
    fn edits_upto(&self, f: usize) -> usize {
        let b = f >> BLOCK_BITS;
        let lo = self.blocks.get(b).map_or(0, |&k| k as usize);
        let hi = self
            .blocks
            .get(b + 1)
            .map_or(self.edits.len(), |&k| k as usize);
        lo + self
            .edits
            .get(lo..hi)
            .unwrap_or_default()
            .partition_point(|e| e.folded as usize <= f)
    }

    /// Where folded byte `f` stands, given `k`, the number of edits at or before it: inside the last of those edits,
    /// or in the regular stretch after it.
    #[inline]
    fn spot(&self, f: usize, k: usize) -> Spot {
        match k.checked_sub(1).and_then(|k| self.edits.get(k)) {
            None => Spot::Stretch(0, 0),
            Some(e) => {
                let (ef, eo) = (e.folded as usize, e.original as usize);
                let (fw, ow) = (usize::from(e.folded_width), usize::from(e.original_width));
                if f < ef + fw {
                    Spot::Edit(eo, ow)
                } else {
                    Spot::Stretch(ef + fw, eo + ow)
                }
            }
        }
    }

    /// The original offset and width of the char that folded byte `f` (inside the folded text) belongs to, given `k`,
    /// the number of edits at or before `f`.
    #[inline]
    fn origin_after(&self, f: usize, k: usize) -> (usize, usize) {
        let base = match self.spot(f, k) {
            Spot::Edit(o, w) => return (o, w),
            Spot::Stretch(bf, bo) => (bf, bo),
        };
        // In a regular stretch, chars have the same boundaries and widths in both texts.
        let mut cs = f;
        while cs > base.0 && !self.text.is_char_boundary(cs) {
            cs -= 1;
        }
        // The width of the char there, from its first byte.
        let width = match self.text.as_bytes().get(cs) {
            None => 0,
            Some(&b) if b < 0x80 => 1,
            Some(&b) if b < 0xE0 => 2,
            Some(&b) if b < 0xF0 => 3,
            Some(_) => 4,
        };
        (base.1 + (cs - base.0), width)
    }

    /// The original end of the folded char that ends at `end` (inside the folded text), given `k`, the number of
    /// edits at or before `end - 1`: in a regular stretch, as far from the stretch's start in both texts.
    #[inline]
    fn end_after(&self, end: usize, k: usize) -> usize {
        let base = match self.spot(end - 1, k) {
            Spot::Edit(o, w) => return o + w,
            Spot::Stretch(bf, bo) => (bf, bo),
        };
        if self.text.is_char_boundary(end) {
            return base.1 + (end - base.0);
        }
        let (o, w) = self.origin_after(end - 1, k);
        o + w
    }

    /// Maps a folded byte range (on folded char boundaries) back to the original text: from the start of the first
    /// folded char's original to the end of the last one's, extended over trailing dropped marks (tashkeel, tatweel)
    /// that belong to the last letter.
    pub fn to_original(&self, start: usize, end: usize, original: &str) -> (usize, usize) {
        // The number of edits at or before `start`, when `start` is inside the folded text.
        let mut k = None;
        let s = if start < self.text.len() {
            let ks = self.edits_upto(start);
            k = Some(ks);
            self.origin_after(start, ks).0
        } else if start == self.text.len() {
            self.original_len
        } else {
            0
        };
        if end == 0 || end <= start {
            return (s, s);
        }
        let last = end - 1;
        let mut e = if last < self.text.len() {
            // A span is short: its last byte has mostly no edit between it and its start, and needs no search.
            let kl = match k {
                Some(ks) if self.edits.get(ks).is_none_or(|x| x.folded as usize > last) => ks,
                _ => self.edits_upto(last),
            };
            self.end_after(end, kl)
        } else if last == self.text.len() {
            self.original_len
        } else {
            original.len()
        };
        // Take in the diacritics and tatweel written on the last letter: they are part of the word. All are two-byte
        // chars D9 80 (U+0640), D9 8B..=D9 9F (U+064B..=U+065F) and D9 B0 (U+0670), read as bytes (a byte 0xD9 starts
        // a char, so `e` stays on a boundary).
        let bytes = original.as_bytes();
        while let Some(&[0xD9, 0x80 | 0x8B..=0x9F | 0xB0]) = bytes.get(e..e + 2) {
            e += 2;
        }
        (s, e.min(original.len()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The former dense map (an original offset and width per folded byte), kept as the reference for the sparse one.
    fn dense(text: &str) -> (String, Vec<u32>, Vec<u8>) {
        let (mut out, mut origin, mut width) = (String::new(), Vec::new(), Vec::new());
        for (i, c) in text.char_indices() {
            let f = match fold_char(c) {
                Fold::Drop => continue,
                Fold::Keep => c,
                Fold::To(f) => f,
            };
            out.push(f);
            for _ in 0..f.len_utf8() {
                origin.push(i as u32);
                width.push(c.len_utf8() as u8);
            }
        }
        origin.push(text.len() as u32);
        width.push(0);
        (out, origin, width)
    }

    fn dense_to_original(
        d: &(String, Vec<u32>, Vec<u8>),
        start: usize,
        end: usize,
        original: &str,
    ) -> (usize, usize) {
        let s = d.1.get(start).copied().unwrap_or(0) as usize;
        if end == 0 || end <= start {
            return (s, s);
        }
        let mut e = match (d.1.get(end - 1), d.2.get(end - 1)) {
            (Some(&o), Some(&w)) => o as usize + w as usize,
            _ => original.len(),
        };
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

    /// Chars of every folding class: kept, dropped, same-width and width-changing mappings, 1 to 4 bytes.
    const ALPHABET: &[char] = &[
        'ا', 'ل', 'ي', 'أ', 'ة', 'ى', 'ک', '\u{064E}', '\u{0640}', '\u{200F}', '\u{FEFF}', '٥',
        '۳', '،', '؟', '٫', '\u{2013}', '\u{00A0}', '\u{3000}', '\u{2044}', 'a', 'Z', '7', ' ',
        '\n', '\t', '\u{0001}', '\u{007F}', '\u{0085}', 'é', '😀', '\u{FFFD}',
    ];

    fn check_same_as_dense(text: &str) {
        let f = Folded::new(text);
        let d = dense(text);
        assert_eq!(f.text, d.0, "{text:?}");
        let n = f.text.len();
        for start in 0..=n + 1 {
            for end in 0..=n + 1 {
                if f.text.is_char_boundary(start.min(n)) && f.text.is_char_boundary(end.min(n)) {
                    assert_eq!(
                        f.to_original(start, end, text),
                        dense_to_original(&d, start, end, text),
                        "{text:?} {start}..{end}"
                    );
                }
            }
        }
    }

    #[test]
    fn sparse_map_equals_dense_map() {
        check_same_as_dense("");
        check_same_as_dense("\u{064E}\u{064E}");
        check_same_as_dense("في ٥ يـنـايـر\u{200F} ٢٠٢٠م، وفي 3 – 4");
        for c in ALPHABET {
            for d in ALPHABET {
                check_same_as_dense(&format!("{c}{d}ب{c}"));
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn sparse_map_equals_dense_map_on_random_text(
            idx in proptest::collection::vec(0..ALPHABET.len(), 0..40)
        ) {
            let text: String = idx.iter().filter_map(|&i| ALPHABET.get(i)).collect();
            check_same_as_dense(&text);
        }
    }

    /// Text over many blocks of the lookup index, with edits spread unevenly (none in some blocks, many in others).
    #[test]
    fn sparse_map_equals_dense_map_over_many_blocks() {
        let mut text = String::new();
        for k in 0..400 {
            let c = ALPHABET[(k * 7 + k / 13) % ALPHABET.len()];
            text.push(c);
            if k % 50 < 20 {
                text.push_str("كلمة عربية ");
            }
        }
        let f = Folded::new(&text);
        let d = dense(&text);
        assert_eq!(f.text, d.0);
        let n = f.text.len();
        assert!(n > 4 << BLOCK_BITS);
        for start in (0..=n).filter(|&s| f.text.is_char_boundary(s)) {
            for end in (start..=(start + 12).min(n)).filter(|&e| f.text.is_char_boundary(e)) {
                assert_eq!(
                    f.to_original(start, end, &text),
                    dense_to_original(&d, start, end, &text),
                    "{start}..{end}"
                );
            }
        }
    }

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

    /// The fast loop's table gives the folding of [`fold_char`] for every char of one or two bytes, next to kept
    /// chars, swapped letters and dropped marks.
    #[test]
    fn table_folding_equals_char_folding() {
        for c in (0..0x800u32).filter_map(char::from_u32) {
            for text in [
                format!("{c}"),
                format!("a{c}"),
                format!("{c}ب{c}ة{c}"),
                format!("ى{c}\u{064E}{c}،{c}"),
            ] {
                assert_eq!(Folded::new(&text).text, fold_str(&text), "{text:?}");
            }
        }
    }

    #[test]
    fn hamza_and_marbuta() {
        assert_eq!(
            fold_str("أيّار إبريل آذار السنة الأولى"),
            "ايار ابريل اذار السنه الاولي"
        );
    }
}
