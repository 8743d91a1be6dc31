//! Tokens of folded text, with their lexicon readings.

use crate::lexicon::{bits, Reading, LEXICON};
use crate::normalize::{pair, pair_table};
use crate::word_cache::WordCache;
use once_cell::sync::Lazy;
use std::sync::Arc;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Letters (Arabic or Latin).
    Word,
    /// A run of ASCII digits (after folding).
    Num,
    /// One punctuation or symbol char.
    Punct(char),
    /// A line break: expressions never cross it.
    Break,
}

/// One reading of a token, from the lexicon.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Lex {
    pub reading: Reading,
    /// Tokens the reading spans (more than one for multi-word forms).
    pub ntok: usize,
    /// The stem carried the article «ال» (or «لل»).
    pub definite: bool,
    /// A proclitic (و ف ب ك ل) was stripped.
    pub prefixed: bool,
    /// Bytes of proclitics before the part that belongs in a span (the article stays in).
    pub skip: usize,
}

/// The readings of a token, longest form first: shared by every token of a word whose readings are all single-word
/// forms (most), so that giving a token its readings costs no allocation.
#[derive(Debug, Clone, Default)]
pub(crate) struct Lexes(Option<Arc<[Lex]>>);

impl std::ops::Deref for Lexes {
    type Target = [Lex];

    #[inline]
    fn deref(&self) -> &[Lex] {
        self.0.as_deref().unwrap_or(&[])
    }
}

impl From<Vec<Lex>> for Lexes {
    fn from(v: Vec<Lex>) -> Lexes {
        Lexes((!v.is_empty()).then(|| Arc::from(v)))
    }
}

/// A token: folded byte offsets and its readings.
#[derive(Debug, Clone)]
pub(crate) struct Tok {
    pub kind: Kind,
    pub start: usize,
    pub end: usize,
    /// Value of a `Num` token, saturating (only values up to 10^9 matter to the grammar).
    pub num: u64,
    /// Number of digits of a `Num` token.
    pub ndigits: usize,
    /// Whitespace stands before the token.
    pub space_before: bool,
    /// For a word, the index of its spelling in the [`WordCache`] (numbered in order of first use): what depends on
    /// the word alone is worked out once per index. [`NO_WORD`] for other tokens.
    pub word: u32,
    /// One bit per kind of reading in `lex`, and [`bits::NUM`] for a `Num` token: what the grammar's rules test first.
    pub bits: u64,
    pub lex: Lexes,
}

/// [`Tok::word`] of a token that is not a word.
pub(crate) const NO_WORD: u32 = u32::MAX;

/// The text of token `i` of `toks` (tokens of `text`) when it is a word. The grammar and the number reader read tokens
/// through these three.
#[inline(always)]
pub(crate) fn word_at<'a>(text: &'a str, toks: &[Tok], i: usize) -> Option<&'a str> {
    let t = toks.get(i)?;
    if t.kind == Kind::Word {
        text.get(t.start..t.end)
    } else {
        None
    }
}

/// The char of token `i` when it is punctuation.
#[inline]
pub(crate) fn punct_at(toks: &[Tok], i: usize) -> Option<char> {
    match toks.get(i)?.kind {
        Kind::Punct(c) => Some(c),
        _ => None,
    }
}

/// Token `i` touches the token before it (no space between).
#[inline]
pub(crate) fn tight_at(toks: &[Tok], i: usize) -> bool {
    toks.get(i).is_some_and(|t| !t.space_before)
}

/// What the letters loop learns from a char (see [`pair_table`]): the width of a letter of one or two bytes, 0 for
/// a char of one or two bytes that is no letter, [`LONGER`] for a longer char (then read as a char). Exactly
/// `char::is_alphabetic`, from the standard library once (its lookup for a non-ASCII char is a binary search).
static LETTER_STEP: Lazy<[u8; 1 << 16]> =
    Lazy::new(|| pair_table(|c| u8::from(c.is_alphabetic()) * c.len_utf8() as u8, LONGER));

/// [`LETTER_STEP`] of a char of three or four bytes.
const LONGER: u8 = 3;

/// Builds the tokenizer's tables now (the extractor's constructor calls it, so the first extraction does not pay).
pub(crate) fn warm() {
    Lazy::force(&LETTER_STEP);
}

/// Splits folded text into tokens with their lexicon readings. Linear in the text length.
pub(crate) fn tokenize(text: &str, cache: &mut WordCache) -> Vec<Tok> {
    let mut toks = split(text, cache);
    cache.temporal.reserve(cache.len());
    analyze(text, &mut toks, &mut cache.temporal);
    toks
}

/// Splits folded text into tokens, without lexicon readings (the event detector's tokens), numbering words in
/// `cache`. The word indexes stay valid until the next call.
pub(crate) fn split(text: &str, cache: &mut WordCache) -> Vec<Tok> {
    cache.start_chunk(text);
    let mut toks: Vec<Tok> = Vec::with_capacity(text.len() / 5 + 1);
    let table = &*LETTER_STEP;
    let bytes = text.as_bytes();
    let mut space = true;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        // The space between words: the most common byte after letters.
        if b == b' ' {
            space = true;
            i += 1;
            continue;
        }
        // A run of letters (most tokens are one), read from the table.
        let end = letters_end(text, table, i);
        if end > i {
            let word = cache.id_at(text, i, end).unwrap_or(NO_WORD);
            toks.push(Tok {
                kind: Kind::Word,
                start: i,
                end,
                num: 0,
                ndigits: 0,
                space_before: space,
                word,
                bits: 0,
                lex: Lexes::default(),
            });
            space = false;
            i = end;
            continue;
        }
        let c = if b < 0x80 {
            char::from(b)
        } else {
            match text.get(i..).and_then(|r| r.chars().next()) {
                Some(c) => c,
                None => break,
            }
        };
        if c == '\n' || c == '\r' {
            toks.push(Tok {
                kind: Kind::Break,
                start: i,
                end: i + 1,
                num: 0,
                ndigits: 0,
                space_before: space,
                word: NO_WORD,
                bits: 0,
                lex: Lexes::default(),
            });
            space = true;
            i += 1;
            continue;
        }
        if c.is_whitespace() {
            space = true;
            i += c.len_utf8();
            continue;
        }
        let (kind, end, num, nd) = if c.is_ascii_digit() {
            let mut end = i + 1;
            let mut v: u64 = u64::from(b - b'0');
            let mut nd = 1usize;
            while let Some(&d) = bytes.get(end).filter(|d| d.is_ascii_digit()) {
                v = v
                    .saturating_mul(10)
                    .saturating_add(u64::from(d - b'0'))
                    .min(u64::MAX / 20);
                nd += 1;
                end += 1;
            }
            (Kind::Num, end, v, nd)
        } else {
            // Not a letter: `letters_end` took every letter above.
            (Kind::Punct(c), i + c.len_utf8(), 0, 0)
        };
        toks.push(Tok {
            kind,
            start: i,
            end,
            num,
            ndigits: nd,
            space_before: space,
            word: NO_WORD,
            bits: if kind == Kind::Num { bits::NUM } else { 0 },
            lex: Lexes::default(),
        });
        space = false;
        i = end;
    }
    toks
}

/// The end of the run of letters starting at byte `j` (a char boundary).
#[inline(always)]
fn letters_end(text: &str, table: &[u8; 1 << 16], j: usize) -> usize {
    let bytes = text.as_bytes();
    // The bytes left, as a slice: its length is the only bound to check.
    let mut rest = bytes.get(j..).unwrap_or_default();
    let step = |a: &u8, b: &u8| table[pair(*a, *b)];
    // Two-byte letters four at a time, the common case inside an Arabic word, up to the first other char (each
    // char looked up once): the end of the word when that char is no letter.
    while let [a, b, c, d, e, f, g, h, tail @ ..] = rest {
        let (other, s) = match (step(a, b), step(c, d), step(e, f), step(g, h)) {
            (2, 2, 2, 2) => {
                rest = tail;
                continue;
            }
            (2, 2, 2, s) => (6, s),
            (2, 2, s, _) => (4, s),
            (2, s, _, _) => (2, s),
            (s, _, _, _) => (0, s),
        };
        rest = rest.get(other..).unwrap_or_default();
        if s == 0 {
            return bytes.len() - rest.len();
        }
        break;
    }
    // Then one char at a time: the end of the word, its last letters near the end of the text, other letters.
    loop {
        match rest {
            [a, b, tail @ ..] => match table[pair(*a, *b)] {
                2 => rest = tail,
                1 => rest = rest.get(1..).unwrap_or_default(),
                LONGER => {
                    let at = bytes.len() - rest.len();
                    match text.get(at..).and_then(|r| r.chars().next()) {
                        Some(d) if d.is_alphabetic() => {
                            rest = rest.get(d.len_utf8()..).unwrap_or_default();
                        }
                        _ => break,
                    }
                }
                _ => break,
            },
            [a] if a.is_ascii_alphabetic() => rest = &[],
            _ => break,
        }
    }
    bytes.len() - rest.len()
}

const AL: &str = "ال";

/// The colloquial demonstrative «ها» glued to the article («هالشهر» = «هذا الشهر»).
pub(crate) const HAL: &str = "هال";

/// Calls `f(k, stem, definite, prefixed)` for each stem of a word with proclitics removed, `k` counting from 0. The
/// word itself comes first. A callback rather than a returned list: no per-word array to fill and move.
fn for_each_stem<'a>(w: &'a str, mut f: impl FnMut(usize, &'a str, bool, bool)) {
    // The word itself always comes first, however short («م», «ه» after a year).
    f(0, w, false, false);
    // Every proclitic starts with one of these letters: a word starting otherwise has no other stem.
    if !w.starts_with(['و', 'ف', 'ل', 'ب', 'ك', 'ا', 'ه']) {
        return;
    }
    let mut k = 1;
    let mut push = |s: &'a str, definite: bool, prefixed: bool| {
        // A stem shorter than two letters is never worth the risk («ب» + «ه»). Five bytes hold at least two chars
        // (a char has at most four): most stems need no decoding.
        if k < 8 && (s.len() >= 5 || s.chars().nth(1).is_some()) {
            f(k, s, definite, prefixed);
            k += 1;
        }
    };
    let conj = w.strip_prefix('و').or_else(|| w.strip_prefix('ف'));
    for (base, is_conj) in [(Some(w), false), (conj, true)] {
        let Some(base) = base else { continue };
        if is_conj {
            push(base, false, true);
        }
        if let Some(s) = base.strip_prefix("لل") {
            push(s, true, true);
        } else if let Some(s) = base.strip_prefix(HAL) {
            // Colloquial «هالأسبوع», «هالشهر»: «ها» + the article, a demonstrative glued to its noun.
            push(s, true, true);
        } else if let Some(s) = base.strip_prefix(AL) {
            push(s, true, is_conj);
        } else if let Some(b) = base.strip_prefix(['ب', 'ك', 'ل']) {
            push(b, false, true);
            if let Some(s) = b.strip_prefix(AL) {
                push(s, true, true);
            } else if let Some(s) = b.strip_prefix(HAL) {
                // «بهالشهر», «لهالسنة».
                push(s, true, true);
            }
        }
    }
}

/// The temporal lexicon's readings of each word spelling of a [`WordCache`], found the first time the word is met.
#[derive(Debug, Default)]
pub(crate) struct TemporalWords {
    /// By word index: [`UNREAD`], [`NO_READING`], or the index in `readings` plus [`FIRST`]. A word of text is mostly
    /// looked up here alone (most words have no reading), in a table of four bytes a word.
    state: Vec<u32>,
    /// By word index, [`UNREAD`], [`NO_READING`] or [`FIRST`] (some readings): what the scan of every token reads, a
    /// byte a word, so that the table stays in cache.
    class: Vec<u8>,
    /// The readings of the words that have some.
    readings: Vec<WordReadings>,
    /// The multi-word forms of every word read, with the words that must follow: [`WordReadings::multi`] ranges.
    multi: Vec<(Lex, &'static [String])>,
    /// The readings of the word being read (kept for its memory).
    scratch: Vec<(Lex, &'static [String])>,
}

/// [`TemporalWords::state`] of a word not read yet.
const UNREAD: u32 = 0;
/// [`TemporalWords::state`] of a word with no temporal reading.
const NO_READING: u32 = 1;
/// [`TemporalWords::state`] of the first entry of [`TemporalWords::readings`].
const FIRST: u32 = 2;

/// The readings of one word spelling.
#[derive(Debug, Clone)]
struct WordReadings {
    /// The single-word forms, in lexicon order: the readings of every token of the word that starts no multi-word
    /// form.
    single: Lexes,
    /// [`Tok::bits`] of `single`.
    bits: u64,
    /// The range of [`TemporalWords::multi`] of the multi-word forms the word starts.
    multi: (u32, u32),
}

impl TemporalWords {
    pub(crate) fn clear(&mut self) {
        self.state.clear();
        self.class.clear();
        self.readings.clear();
        self.multi.clear();
    }

    /// Makes room for the words of a cache of `n` spellings.
    fn reserve(&mut self, n: usize) {
        if n > self.state.len() {
            crate::word_cache::reserve_words(&mut self.state, n);
            crate::word_cache::reserve_words(&mut self.class, n);
            self.state.resize(n, UNREAD);
            self.class.resize(n, UNREAD as u8);
        }
    }

    /// The readings of the word whose index is `id` and spelling `w()`, read from the lexicon on first use; `None`
    /// when it has none.
    #[inline(always)]
    fn get<'w>(&mut self, id: usize, w: impl FnOnce() -> &'w str) -> Option<&WordReadings> {
        // `tokenize` makes room for every index of the cache before reading; an index past it would read as no word.
        debug_assert!(
            id < self.state.len() || id == NO_WORD as usize,
            "word index {id} past the table"
        );
        let mut s = self.state.get(id).copied().unwrap_or(NO_READING);
        if s == NO_READING {
            return None;
        }
        if s == UNREAD {
            s = self.read(w());
            if let Some(x) = self.state.get_mut(id) {
                *x = s;
            }
            if let Some(x) = self.class.get_mut(id) {
                *x = s.min(FIRST) as u8;
            }
        }
        self.readings.get(s.checked_sub(FIRST)? as usize)
    }

    /// Reads word `w`: its [`TemporalWords::state`], its readings appended to `readings` and its multi-word forms to
    /// `multi`.
    #[cold]
    fn read(&mut self, w: &str) -> u32 {
        let mut cands = std::mem::take(&mut self.scratch);
        cands.clear();
        read_word(w, &mut cands);
        let a = self.multi.len();
        let mut single = Vec::new();
        for &(l, rest) in &cands {
            if rest.is_empty() {
                single.push(l);
            } else {
                self.multi.push((l, rest));
            }
        }
        let any = !cands.is_empty();
        self.scratch = cands;
        if !any {
            return NO_READING;
        }
        self.readings.push(WordReadings {
            bits: single.iter().fold(0, |b, l| b | l.reading.bit()),
            single: Lexes::from(single),
            multi: (a as u32, self.multi.len() as u32),
        });
        self.readings.len() as u32 - 1 + FIRST
    }

    /// The multi-word forms of a [`WordReadings::multi`] range.
    fn multi(&self, range: (u32, u32)) -> &[(Lex, &'static [String])] {
        self.multi
            .get(range.0 as usize..range.1 as usize)
            .unwrap_or(&[])
    }
}

/// Appends the lexicon readings of word `w` to `cands`.
fn read_word(w: &str, cands: &mut Vec<(Lex, &'static [String])>) {
    let lex: &'static crate::lexicon::Lexicon = &LEXICON;
    for_each_stem(w, |k, stem, definite, prefixed| {
        let Some(entries) = lex.get(stem) else {
            return;
        };
        // The exact form (k == 0) keeps its own definiteness: «اليوم» is today, not «ال» + «يوم».
        let definite = if k == 0 { w.starts_with(AL) } else { definite };
        // Keep «ال» in the span: «بالعام» spans «العام»; «للعام» spans «لعام».
        let mut skip = w.len().saturating_sub(stem.len());
        if definite && k > 0 {
            let before = w.get(..skip).unwrap_or("");
            skip = skip.saturating_sub(if before.ends_with(AL) {
                AL.len()
            } else {
                'ل'.len_utf8()
            });
        }
        for e in entries {
            let l = Lex {
                reading: e.reading,
                // Set for each occurrence (a hyphen may join the rest words).
                ntok: 1 + e.rest.len(),
                definite,
                prefixed,
                skip,
            };
            cands.push((l, e.rest.as_slice()));
        }
    });
}

fn analyze(text: &str, toks: &mut [Tok], words: &mut TemporalWords) {
    for i in 0..toks.len() {
        let Some(t) = toks.get(i) else { break };
        let (id, start, end) = (t.word as usize, t.start, t.end);
        // Most tokens are words already known to have no reading, or no words at all ([`NO_WORD`] is past the
        // table): one load each.
        if words.class.get(id).is_none_or(|&s| s == NO_READING as u8) {
            continue;
        }
        // Most words have no reading, and most others only single-word ones: the word's shared list.
        let Some(r) = words.get(id, || text.get(start..end).unwrap_or("")) else {
            continue;
        };
        if r.multi.0 == r.multi.1 {
            toks[i].bits = r.bits;
            toks[i].lex = r.single.clone();
            continue;
        }
        let (single, bits, range) = (r.single.clone(), r.bits, r.multi);
        let toks_ro: &[Tok] = toks;
        // Multi-word forms: the next tokens must be the rest words, as whole words, apart or joined by a hyphen with
        // no space around it («منتصف-الليل»). The word at `p`: its index and bytes.
        let word_from = |mut p: usize| -> Option<(usize, &[u8])> {
            if let (Some(h), Some(n)) = (toks_ro.get(p), toks_ro.get(p + 1)) {
                if h.kind == Kind::Punct('-') && !h.space_before && !n.space_before {
                    p += 1;
                }
            }
            let t = toks_ro.get(p).filter(|t| t.kind == Kind::Word)?;
            Some((p, text.as_bytes().get(t.start..t.end)?))
        };
        // The word after this one, where every form's rest starts (most forms stop there).
        let first = word_from(i + 1);
        let mut found: Vec<Lex> = Vec::new();
        for (l, rest) in words.multi(range) {
            let mut ok = true;
            let mut p = i + 1;
            for (k, rw) in rest.iter().enumerate() {
                let at = if k == 0 { first } else { word_from(p) };
                match at {
                    Some((q, w)) if w == rw.as_bytes() => p = q + 1,
                    _ => {
                        ok = false;
                        break;
                    }
                }
            }
            if ok {
                found.push(Lex { ntok: p - i, ..*l });
            }
        }
        toks[i].bits = found.iter().fold(bits, |b, l| b | l.reading.bit());
        if found.is_empty() {
            toks[i].lex = single;
        } else {
            // The longest form first: «عيد الفطر المبارك» before «عيد الفطر», and single-word forms last (in lexicon
            // order, as a stable sort of all would leave them).
            found.sort_by_key(|l| std::cmp::Reverse(l.ntok));
            found.extend_from_slice(&single);
            toks[i].lex = Lexes::from(found);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Letters by [`LETTER_STEP`]: the char alone, as `letters_end` reads it.
    fn is_letter(table: &[u8; 1 << 16], c: char) -> bool {
        let mut buf = [0u8; 4];
        let s: &str = c.encode_utf8(&mut buf);
        letters_end(s, table, 0) == s.len()
    }

    /// The former char-iterator tokenizer (without lexicon readings), the reference for the table-driven one.
    fn tokenize_ref(text: &str) -> Vec<Tok> {
        let mut toks: Vec<Tok> = Vec::with_capacity(text.len() / 5 + 1);
        let mut space = true;
        let mut iter = text.char_indices().peekable();
        while let Some((i, c)) = iter.next() {
            if c == '\n' || c == '\r' {
                toks.push(Tok {
                    kind: Kind::Break,
                    start: i,
                    end: i + 1,
                    num: 0,
                    ndigits: 0,
                    space_before: space,
                    word: NO_WORD,
                    bits: 0,
                    lex: Lexes::default(),
                });
                space = true;
                continue;
            }
            if c.is_whitespace() {
                space = true;
                continue;
            }
            let (kind, end, num, nd) = if c.is_ascii_digit() {
                let mut end = i + 1;
                let mut v: u64 = u64::from(c as u8 - b'0');
                let mut nd = 1usize;
                while let Some(&(j, d)) = iter.peek() {
                    if !d.is_ascii_digit() {
                        break;
                    }
                    v = v
                        .saturating_mul(10)
                        .saturating_add(u64::from(d as u8 - b'0'))
                        .min(u64::MAX / 20);
                    nd += 1;
                    end = j + 1;
                    iter.next();
                }
                (Kind::Num, end, v, nd)
            } else if c.is_alphabetic() {
                let mut end = i + c.len_utf8();
                while let Some(&(j, d)) = iter.peek() {
                    if !d.is_alphabetic() {
                        break;
                    }
                    end = j + d.len_utf8();
                    iter.next();
                }
                (Kind::Word, end, 0, 0)
            } else {
                (Kind::Punct(c), i + c.len_utf8(), 0, 0)
            };
            toks.push(Tok {
                kind,
                start: i,
                end,
                num,
                ndigits: nd,
                space_before: space,
                word: NO_WORD,
                bits: 0,
                lex: Lexes::default(),
            });
            space = false;
        }
        toks
    }

    fn same_tokens(text: &str) {
        let a = tokenize(text, &mut WordCache::new());
        let b = tokenize_ref(text);
        let key = |t: &Tok| (t.kind, t.start, t.end, t.num, t.ndigits, t.space_before);
        assert_eq!(
            a.iter().map(key).collect::<Vec<_>>(),
            b.iter().map(key).collect::<Vec<_>>(),
            "{text:?}"
        );
    }

    const ALPHABET: &[char] = &[
        'ا', 'ل', 'ي', 'ه', 'ء', 'ٹ', 'ۀ', '\u{064E}', '\u{0640}', '\u{0660}', '\u{06F5}',
        '\u{061F}', '\u{060C}', '\u{06D4}', '\u{06FF}', '\u{0600}', 'a', 'Z', '7', '0', ' ', '\n',
        '\r', '\t', '-', ',', 'é', 'ß', 'Ω', '中', '\u{1680}', '\u{2028}', '😀', '\u{0750}',
        '\u{08A0}', '\u{FB50}',
    ];

    #[test]
    fn byte_tokenizer_equals_char_tokenizer() {
        same_tokens("");
        same_tokens("في 5 يناير 2020م، وبعد 99999999999999999999999 يوما\nabc");
        for c in ALPHABET {
            for d in ALPHABET {
                same_tokens(&format!("{c}{d}ب{c}1{d}"));
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn byte_tokenizer_equals_char_tokenizer_on_random_text(
            idx in proptest::collection::vec(0..ALPHABET.len(), 0..60)
        ) {
            let text: String = idx.iter().filter_map(|&i| ALPHABET.get(i)).collect();
            same_tokens(&text);
        }
    }

    #[test]
    fn offset_heads_read_as_prepositions() {
        // The grammar tries its offset rules («قبل أسبوع», «بعد يومين», «من أسبوع») only at words with this reading.
        let text = "قبل بعد من وقبل فبعد وبعد فقبل";
        let toks = tokenize(text, &mut WordCache::new());
        assert_eq!(toks.len(), 7);
        for t in &toks {
            assert!(t.bits & bits::PREP != 0, "{:?}", text.get(t.start..t.end));
        }
    }

    #[test]
    fn equal_spellings_share_a_word_index() {
        let toks = split("قصف 12 قصف، وقصف\nقصف", &mut WordCache::new());
        let ids: Vec<u32> = toks.iter().map(|t| t.word).collect();
        assert_eq!(ids, [0, NO_WORD, 0, NO_WORD, 1, NO_WORD, 0]);
    }

    #[test]
    fn is_letter_is_exactly_is_alphabetic() {
        let table = &*LETTER_STEP;
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            assert_eq!(is_letter(table, c), c.is_alphabetic(), "{c:?}");
        }
    }
}
