//! Numbers written in digits or in Arabic words: cardinals, ordinals, decimals and fractions.
//!
//! [`Extractor::numbers`](crate::Extractor::numbers) reads a text with the same folding and tokens as the temporal
//! grammar, and returns every number it writes, each with its exact byte span in the caller's text:
//!
//! - digits, Western or Arabic-Indic, with a sign, a decimal point («٫» or «.», or a comma before anything but a group
//!   of three digits), thousands separators («١٠٠٬٠٠٠», «1,000,000») and shares of a hundred or a thousand («77/100»;
//!   other pairs, «22/4», «104/47», are dates or references: two numbers);
//! - number words in Arabic order: units, teens («أحد عشر», «اثنا عشر», «ثلاث عشرة»), tens joined by «و»
//!   («خمسة وعشرون»), hundreds («مائة», «مئتان», «ثلاثمائة», «ثلاث مئة»), thousands, millions and billions («ألف»,
//!   «ألفان», «ثلاثة آلاف», «مليون», «ملايين», «مليار»), compounds joined by «و» («ألف وتسعمائة وثمانية وسبعون»),
//!   digits before a scale word («3 ملايين», «2.5 مليار»), the signs «سالب»/«ناقص», the decimal word «فاصلة», and
//!   fractions after a count («ثلاثة أرباع», «واحد ونصف»);
//! - ordinals («الأول», «الأولى», «الحادي عشر», «الحادية والعشرون», «الخامس والعشرين»), and definite tens and
//!   hundreds, which Arabic uses as ordinals («العشرون», «الواحد والعشرين», «المئة»).
//!
//! ```
//! use arabic_timeline::{number::NumberKind, Extractor};
//!
//! let ex = Extractor::new();
//! let text = "باع 3 ملايين نسخة في عامه الحادي عشر، أي ألف وتسعمائة وثمانية وسبعين يوما.";
//! let found = ex.numbers(text);
//! let got: Vec<(&str, f64, NumberKind)> = found.iter().map(|n| (n.text.as_str(), n.value, n.kind)).collect();
//! assert_eq!(got, [
//!     ("3 ملايين", 3_000_000.0, NumberKind::Cardinal),
//!     ("الحادي عشر", 11.0, NumberKind::Ordinal),
//!     ("ألف وتسعمائة وثمانية وسبعين", 1978.0, NumberKind::Cardinal),
//! ]);
//! assert_eq!(&text[found[1].span.range()], "الحادي عشر");
//! ```
//!
//! Number words are data: `data/lexicon/numbers.tsv` lists every form (kinds `cardinal`, `ordinal`, `teen`, and the
//! number-only kinds `numeral`, `scale`, `bound`, `minus`, `point`, `denominator`).

use crate::lexicon::{Count, Reading};
use crate::span::Span;
use crate::temporal::token::{self, Kind, Lex, Tok};
use serde::{Deserialize, Serialize};

/// What a number mention says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum NumberKind {
    /// A count or amount: «ثلاثة», «2.5 مليار», «-1200».
    Cardinal,
    /// A rank: «الثالث», «الحادية عشرة», «العشرون».
    Ordinal,
    /// A value written as a fraction: «77/100», «ثلاثة أرباع», «واحد ونصف».
    Fraction,
}

/// A number found in a text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NumberMention {
    /// Byte offsets into the caller's text.
    #[serde(flatten)]
    pub span: Span,
    /// The matched text, equal to the slice `span` points to.
    pub text: String,
    /// The value (the rank for an ordinal). Integers are exact up to 2^53.
    pub value: f64,
    /// Cardinal, ordinal or fraction.
    pub kind: NumberKind,
    /// At least one number word is written (not digits alone).
    pub words: bool,
    /// The first word carries the article («الثلاثة», «العشرون»).
    pub definite: bool,
}

/// A number in the token stream (token range, bytes of the first token left out of the span).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Parsed {
    pub start: usize,
    pub end: usize,
    pub skip: usize,
    pub value: f64,
    pub kind: NumberKind,
    pub words: bool,
    pub definite: bool,
}

/// Where a word stands in a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Pos {
    /// The number's first word: any proclitic is allowed (and left out of the span).
    First,
    /// Inside a number, not joined by «و»: no proclitic but the article.
    Bare,
    /// Joined by «و», as a separate word or a proclitic.
    Conj,
}

/// A number word's reading at a position.
#[derive(Debug, Clone, Copy)]
struct Item<'a> {
    reading: Reading,
    lex: &'a Lex,
    /// Token after the word.
    end: usize,
}

/// A run of number words below a thousand, or digits.
#[derive(Debug, Clone, Copy)]
struct Part<'a> {
    end: usize,
    value: f64,
    ordinal: bool,
    /// Digits written as a fraction («77/100»).
    fraction: bool,
    /// The lexicon reading of the first word (none for digits).
    first: Option<&'a Lex>,
    digits: bool,
}

fn is_count(r: &Reading) -> bool {
    matches!(
        r,
        Reading::Cardinal(_) | Reading::Ordinal(_) | Reading::Numeral(_) | Reading::Scale(..)
    )
}

/// Digits over digits are a fraction only as a share of a hundred or a thousand («77/100»): in news, other pairs are
/// dates («22/4»), references («104/47») or years («1434/1435»).
fn is_share(a: f64, b: f64) -> bool {
    a < b && (b == 100.0 || b == 1000.0)
}

/// The largest scale a number may reach: more is no count anyone writes in words.
const MAX_SCALE: u64 = 1_000_000_000_000;

pub(crate) struct NumParser<'a> {
    text: &'a str,
    toks: &'a [Tok],
}

impl<'a> NumParser<'a> {
    pub fn new(text: &'a str, toks: &'a [Tok]) -> NumParser<'a> {
        NumParser { text, toks }
    }

    /// Every number of the tokens, in text order, non-overlapping.
    pub fn run(&self) -> Vec<Parsed> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < self.toks.len() {
            if let Some(p) = self.number(i).filter(|p| p.end > i) {
                i = p.end;
                out.push(p);
                continue;
            }
            i += 1;
        }
        out
    }

    // ---- token helpers ----

    fn word(&self, i: usize) -> Option<&'a str> {
        token::word_at(self.text, self.toks, i)
    }

    fn punct(&self, i: usize) -> Option<char> {
        token::punct_at(self.toks, i)
    }

    fn tight(&self, i: usize) -> bool {
        token::tight_at(self.toks, i)
    }

    fn is_num(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == Kind::Num)
    }

    fn digits_text(&self, i: usize) -> &'a str {
        self.toks
            .get(i)
            .filter(|t| t.kind == Kind::Num)
            .and_then(|t| self.text.get(t.start..t.end))
            .unwrap_or("")
    }

    /// The reading carries the article. The tokenizer marks every form starting with «ال» definite, and «ألف»,
    /// «آلاف» fold to such forms: the article counts only when what follows it is itself a lexicon word.
    fn def(&self, i: usize, l: &Lex) -> bool {
        if !l.definite {
            return false;
        }
        let rest = self.word(i).and_then(|w| w.get(l.skip..)).unwrap_or("");
        rest.strip_prefix("ال")
            .or_else(|| rest.strip_prefix('ل'))
            .is_some_and(|stem| crate::lexicon::LEXICON.get(stem).is_some())
    }

    /// How a reading of token `i` attaches: the bytes stripped before its stem are nothing but the article, «و», or
    /// another proclitic.
    fn attach(&self, i: usize, l: &Lex) -> Pos {
        if !l.prefixed {
            return Pos::Bare;
        }
        let w = self.word(i).unwrap_or("");
        if w.get(..l.skip) == Some("و") {
            Pos::Conj
        } else {
            Pos::First
        }
    }

    /// A number word at token `j` in position `pos` whose reading satisfies `f`.
    fn item(&self, j: usize, pos: Pos, f: impl Fn(&Reading) -> bool) -> Option<Item<'a>> {
        let t = self.toks.get(j)?;
        if t.kind != Kind::Word {
            return None;
        }
        let bare_count = t
            .lex
            .iter()
            .any(|l| is_count(&l.reading) && self.attach(j, l) == Pos::Bare);
        match pos {
            Pos::Conj => {
                if self.word(j) == Some("و") {
                    return self
                        .item(j + 1, Pos::Bare, f)
                        .filter(|_| self.toks.get(j + 1).is_some_and(|t| t.kind == Kind::Word));
                }
                // A word that is a number as written («واحد») is not «و» + another («أحد»), except before a teen
                // word: folded, «ألفين وأحد عشر» reads «واحد عشر», which is «و» + eleven.
                let teen_after = || {
                    self.toks.get(j + 1).is_some_and(|n| {
                        n.kind == Kind::Word
                            && n.lex.iter().any(|l| matches!(l.reading, Reading::Teen))
                    })
                };
                if bare_count && !teen_after() {
                    return None;
                }
                t.lex
                    .iter()
                    .find(|l| self.attach(j, l) == Pos::Conj && f(&l.reading))
                    .map(|lex| Item {
                        reading: lex.reading,
                        lex,
                        end: j + 1,
                    })
            }
            Pos::Bare | Pos::First => {
                let pick = |want: Pos| {
                    t.lex
                        .iter()
                        .find(|l| self.attach(j, l) == want && f(&l.reading))
                };
                let lex = pick(Pos::Bare).or_else(|| {
                    if pos == Pos::First && !bare_count {
                        pick(Pos::Conj).or_else(|| pick(Pos::First))
                    } else {
                        None
                    }
                })?;
                Some(Item {
                    reading: lex.reading,
                    lex,
                    end: j + 1,
                })
            }
        }
    }

    // ---- digits ----

    /// Digits at token `j` (after «و» when `pos` is `Conj`): grouping, decimals, a simple fraction.
    fn digits(&self, j: usize, pos: Pos) -> Option<Part<'a>> {
        let j = if pos == Pos::Conj {
            (self.word(j) == Some("و") && self.is_num(j + 1)).then_some(j + 1)?
        } else {
            j
        };
        let mut end;
        let mut s = String::new();
        if self.is_num(j) {
            // Inside a dotted chain («192.168.1.2», «1.2.2020»): each piece is an integer.
            let in_chain = j >= 2
                && self.tight(j)
                && matches!(self.punct(j - 1), Some('.' | ','))
                && self.tight(j - 1)
                && self.is_num(j - 2);
            let first = self.digits_text(j);
            s.push_str(first);
            end = j + 1;
            if !in_chain {
                if first.len() <= 3 {
                    while self.punct(end) == Some(',')
                        && self.tight(end)
                        && self.tight(end + 1)
                        && self.digits_text(end + 1).len() == 3
                    {
                        s.push_str(self.digits_text(end + 1));
                        end += 2;
                    }
                }
                if matches!(self.punct(end), Some('.' | ','))
                    && self.tight(end)
                    && self.is_num(end + 1)
                    && self.tight(end + 1)
                {
                    let chained = matches!(self.punct(end + 2), Some('.' | ','))
                        && self.tight(end + 2)
                        && self.is_num(end + 3)
                        && self.tight(end + 3);
                    if !chained {
                        s.push('.');
                        s.push_str(self.digits_text(end + 1));
                        end += 2;
                    }
                }
            }
        } else if self.punct(j) == Some('.')
            && (j == 0 || !self.tight(j))
            && self.is_num(j + 1)
            && self.tight(j + 1)
        {
            // «.77»
            s.push_str("0.");
            s.push_str(self.digits_text(j + 1));
            end = j + 2;
        } else {
            return None;
        }
        // Digits glued to a word («20دولار», «1M», «29ك») are a code or a unit, not a number; an era letter
        // («2020م», «1436هـ») is not.
        if self.tight(end) && self.word(end).is_some_and(|w| w != "م" && w != "ه") {
            return None;
        }
        let mut value: f64 = s.parse().ok()?;
        let mut fraction = false;
        if end == j + 1
            && self.punct(end) == Some('/')
            && self.tight(end)
            && self.is_num(end + 1)
            && self.tight(end + 1)
            && !(self.punct(end + 2) == Some('/') && self.tight(end + 2))
            && !(j >= 1 && self.punct(j - 1) == Some('/') && self.tight(j))
        {
            let b: f64 = self.digits_text(end + 1).parse().ok()?;
            if is_share(value, b) {
                value /= b;
                end += 2;
                fraction = true;
            }
        }
        Some(Part {
            end,
            value,
            ordinal: false,
            fraction,
            first: None,
            digits: true,
        })
    }

    // ---- words ----

    /// Units, teens and tens: «ثلاثة», «ثلاثة عشر», «الحادي عشر», «خمسة وعشرون», «الخامس والعشرين», «العشرون».
    fn tens_units(&self, j: usize, pos: Pos) -> Option<Part<'a>> {
        if let Some(u) = self.item(j, pos, |r| {
            matches!(r, Reading::Cardinal(1..=9) | Reading::Ordinal(1..=9))
        }) {
            let (v, ordinal) = match u.reading {
                Reading::Cardinal(v) => (v, false),
                Reading::Ordinal(v) => (v, true),
                _ => return None,
            };
            let part = |end: usize, value: u32, ordinal: bool| Part {
                end,
                value: f64::from(value),
                ordinal,
                fraction: false,
                first: Some(u.lex),
                digits: false,
            };
            if let Some(t) = self.item(u.end, Pos::Bare, |r| matches!(r, Reading::Teen)) {
                if !self.def(t.end - 1, t.lex) {
                    return Some(part(t.end, v + 10, ordinal));
                }
            }
            if let Some(t) = self.item(u.end, Pos::Conj, |r| {
                matches!(r, Reading::Cardinal(20..=90) | Reading::Ordinal(20..=90))
            }) {
                if let Reading::Cardinal(x) | Reading::Ordinal(x) = t.reading {
                    if x % 10 == 0 {
                        return Some(part(t.end, v + x, ordinal));
                    }
                }
            }
            // «الحادي», «الحادية» only live in compounds.
            if ordinal && v == 1 && self.word(j).is_some_and(|w| w.contains("حادي")) {
                return None;
            }
            return Some(part(u.end, v, ordinal));
        }
        let u = self.item(j, pos, |r| {
            matches!(
                r,
                Reading::Cardinal(10..=99) | Reading::Ordinal(10..=99) | Reading::Numeral(_)
            )
        })?;
        let (v, ordinal) = match u.reading {
            Reading::Cardinal(v) | Reading::Numeral(v) => (v, false),
            Reading::Ordinal(v) => (v, true),
            _ => return None,
        };
        Some(Part {
            end: u.end,
            value: f64::from(v),
            ordinal,
            fraction: false,
            first: Some(u.lex),
            digits: false,
        })
    }

    /// Hundreds: «مائة», «مئتان», «ثلاثمائة», «ثلاث مئة», «٣ مئة».
    fn hundreds(&self, j: usize, pos: Pos) -> Option<(usize, u32, Option<&'a Lex>)> {
        let hundred = |k: usize| {
            self.item(k, Pos::Bare, |r| matches!(r, Reading::Cardinal(100)))
                .filter(|h| !self.def(h.end - 1, h.lex))
        };
        if let Some(h) = self.item(j, pos, |r| matches!(r, Reading::Cardinal(100..=900))) {
            if let Reading::Cardinal(v) = h.reading {
                if v % 100 == 0 {
                    return Some((h.end, v, Some(h.lex)));
                }
            }
        }
        if let Some(u) = self.item(j, pos, |r| matches!(r, Reading::Cardinal(1..=9))) {
            if let (Reading::Cardinal(v), Some(h)) = (u.reading, hundred(u.end)) {
                return Some((h.end, v * 100, Some(u.lex)));
            }
        }
        if pos != Pos::Conj && self.is_num(j) && self.digits_text(j).len() == 1 {
            let v: u32 = self.digits_text(j).parse().ok()?;
            if let Some(h) = hundred(j + 1) {
                return Some((h.end, v * 100, None));
            }
        }
        None
    }

    /// A number below a thousand in words: hundreds, «و», then units and tens («مائة وخمسة وعشرون»).
    fn below_thousand(&self, j: usize, pos: Pos) -> Option<Part<'a>> {
        if let Some((end, h, first)) = self.hundreds(j, pos) {
            let mut p = Part {
                end,
                value: f64::from(h),
                ordinal: false,
                fraction: false,
                first,
                digits: first.is_none(),
            };
            // «مائة وثلاثة أرباع» is a hundred and three quarters: the count before a fraction noun stays out.
            if let Some(t) = self
                .tens_units(end, Pos::Conj)
                .filter(|t| self.denominator(t.end).is_none())
            {
                p.end = t.end;
                p.value += t.value;
                p.ordinal = t.ordinal;
            } else if let Some(d) = self.digits(end, Pos::Conj).filter(|d| d.value < 100.0) {
                p.end = d.end;
                p.value += d.value;
            }
            return Some(p);
        }
        self.tens_units(j, pos)
    }

    /// A scale word after a count: «ألف», «آلاف», «مليون», «ملايين», «مليار» below `max`.
    fn scale_after(&self, j: usize, max: u64) -> Option<(usize, u64)> {
        let s = self.item(j, Pos::Bare, |r| {
            matches!(
                r,
                Reading::Cardinal(1000) | Reading::Scale(_, Count::One | Count::Plural)
            )
        })?;
        if self.def(s.end - 1, s.lex) {
            return None;
        }
        let v = match s.reading {
            Reading::Cardinal(v) => u64::from(v),
            Reading::Scale(v, _) => v,
            _ => return None,
        };
        (v < max).then_some((s.end, v))
    }

    /// One group of a compound: a count and its scale («ثلاثة آلاف», «2.5 مليار»), a scale word alone («ألفان»,
    /// «مليون»), or the last part below a thousand. Returns the part and its scale (1 for the last part).
    fn group(&self, j: usize, pos: Pos, max: u64) -> Option<(Part<'a>, u64)> {
        let count = self.below_thousand(j, pos).or_else(|| self.digits(j, pos));
        if let Some(mut c) = count {
            if !c.ordinal && !c.fraction {
                if let Some((end, scale)) = self.scale_after(c.end, max) {
                    c.end = end;
                    c.value *= scale as f64;
                    return Some((c, scale));
                }
            }
            // After «و», digits are part of a compound only with their scale («مليون و500 ألف»): «2019 و2020» are two.
            if pos == Pos::Conj && c.digits {
                return None;
            }
            return (c.value < max as f64).then_some((c, 1));
        }
        // A fraction word: «نصف», «ربع», «ثلث», and «نصف مليون».
        if let Some(f) = self
            .item(j, pos, |r| matches!(r, Reading::Fraction(2..=4)))
            .filter(|f| !self.def(j, f.lex) && !self.word(j).is_some_and(|w| w.ends_with('ا')))
        {
            let Reading::Fraction(d) = f.reading else {
                return None;
            };
            let mut p = Part {
                end: f.end,
                value: 1.0 / f64::from(d),
                ordinal: false,
                fraction: true,
                first: Some(f.lex),
                digits: false,
            };
            if let Some((end, scale)) = self.scale_after(f.end, max) {
                p.end = end;
                p.value *= scale as f64;
                p.fraction = false;
                return Some((p, scale));
            }
            return (pos != Pos::Conj).then_some((p, 1));
        }
        let s = self.item(j, pos, |r| {
            matches!(
                r,
                Reading::Cardinal(1000 | 2000) | Reading::Scale(_, Count::One | Count::Two)
            )
        })?;
        let (scale, n) = match s.reading {
            Reading::Cardinal(v) => (1000, u64::from(v / 1000)),
            Reading::Scale(v, Count::Two) => (v, 2),
            Reading::Scale(v, _) => (v, 1),
            _ => return None,
        };
        (scale < max).then_some((
            Part {
                end: s.end,
                value: (scale * n) as f64,
                ordinal: false,
                fraction: false,
                first: Some(s.lex),
                digits: false,
            },
            scale,
        ))
    }

    /// A whole number starting at token `i`.
    pub fn number(&self, i: usize) -> Option<Parsed> {
        let t = self.toks.get(i)?;
        let mut skip = 0;
        let mut negative = false;
        let mut j = i;
        match t.kind {
            Kind::Punct('-') if self.is_num(i + 1) && self.tight(i + 1) => {
                // A dash glued after a word or a number, or after a number at all, is a range or a date separator
                // («2020-01», «17 -5 - 1436»), not a sign.
                if i > 0
                    && ((self.tight(i) && !matches!(self.punct(i - 1), Some('(' | '[')))
                        || self.is_num(i - 1))
                {
                    return None;
                }
                negative = true;
                j += 1;
            }
            // A word glued to digits («١مليون») belongs to them.
            Kind::Word if i > 0 && self.tight(i) && self.is_num(i - 1) => return None,
            Kind::Word => {
                if let Some(m) = self.item(i, Pos::First, |r| matches!(r, Reading::Minus)) {
                    negative = true;
                    skip = m.lex.skip;
                    j = m.end;
                }
            }
            Kind::Num | Kind::Punct('.') => {}
            _ => return None,
        }
        let first_pos = if j == i { Pos::First } else { Pos::Bare };
        let (first, scale) = self.group(j, first_pos, MAX_SCALE * 1000)?;
        if j == i {
            skip = first.first.map_or(0, |l| l.skip);
        }
        let mut value = first.value;
        let mut end = first.end;
        let mut ordinal = first.ordinal;
        let mut fraction = first.fraction;
        let mut words = first.first.is_some();
        let mut max = scale;
        let mut groups = 1;
        while max > 1 {
            let Some((g, s)) = self.group(end, Pos::Conj, max) else {
                break;
            };
            value += g.value;
            end = g.end;
            ordinal |= g.ordinal;
            words |= g.first.is_some();
            max = s;
            groups += 1;
        }
        // A fraction after the count: «واحد ونصف», «مئة وثلاثة أرباع», «خمسة أثمان», «1 فاصلة 5».
        if !ordinal && !fraction {
            if let Some(f) = self.item(end, Pos::Conj, |r| matches!(r, Reading::Fraction(2..=4))) {
                if let Reading::Fraction(d) = f.reading {
                    // «مليون ونصف» is a million and a half.
                    value += max as f64 / f64::from(d);
                    end = f.end;
                    fraction = value.fract() != 0.0;
                    words = true;
                }
            } else if let Some((e, n, d)) = self.count_of(end, Pos::Conj) {
                value += n * max as f64 / d;
                end = e;
                fraction = true;
                words = true;
            } else if let Some(d) = self.denominator(end).filter(|_| groups == 1 && max == 1) {
                value /= d.1;
                end = d.0;
                fraction = true;
                words = true;
                // «ثلاثة أرباع مليار».
                if let Some((e, scale)) = self.scale_after(end, MAX_SCALE * 1000) {
                    value *= scale as f64;
                    end = e;
                    fraction = value.fract() != 0.0;
                }
            } else if let Some(p) = self.item(end, Pos::Bare, |r| matches!(r, Reading::Point)) {
                if value.fract() == 0.0 {
                    let after = self
                        .digits(p.end, Pos::Bare)
                        .filter(|d| !d.ordinal && d.value.fract() == 0.0)
                        .map(|d| (d.end, d.value, self.text_of(p.end, d.end).len()))
                        .or_else(|| {
                            self.below_thousand(p.end, Pos::Bare)
                                .filter(|d| !d.ordinal)
                                .map(|d| (d.end, d.value, format!("{}", d.value).len()))
                        });
                    if let Some((e, v, nd)) = after {
                        value += v / 10f64.powi(i32::try_from(nd).unwrap_or(0));
                        end = e;
                        words = true;
                    }
                }
            }
        }
        // A scale word after digits («3 ملايين») is a number word too.
        let words = words || (j..end).any(|k| self.word(k).is_some());
        let first_lex = first.first;
        let definite = first_lex.is_some_and(|l| self.def(j, l));
        // Definite tens and hundreds are ordinals («العشرون», «الواحد والعشرون», «المئة»); a dual is a count.
        let dual = first_lex.is_some_and(|l| {
            matches!(
                l.reading,
                Reading::Cardinal(200 | 2000) | Reading::Scale(_, Count::Two)
            )
        });
        let below_thousand =
            first_lex.is_some_and(|l| matches!(l.reading, Reading::Cardinal(0..=999)));
        if definite
            && below_thousand
            && scale == 1
            && !fraction
            && !dual
            && value >= 20.0
            && value.fract() == 0.0
        {
            ordinal = true;
        }
        if groups == 1 && end == first.end && !self.lone_word_ok(j, end, first_lex) {
            return None;
        }
        if negative {
            value = -value;
            if ordinal {
                return None;
            }
        }
        Some(Parsed {
            start: i,
            end,
            skip,
            value,
            kind: if ordinal {
                NumberKind::Ordinal
            } else if fraction {
                NumberKind::Fraction
            } else {
                NumberKind::Cardinal
            },
            words,
            definite,
        })
    }

    fn text_of(&self, a: usize, b: usize) -> &'a str {
        match (
            self.toks.get(a),
            b.checked_sub(1).and_then(|k| self.toks.get(k)),
        ) {
            (Some(x), Some(y)) => self.text.get(x.start..y.end).unwrap_or(""),
            _ => "",
        }
    }

    /// «و» + a count + a plural fraction noun («وثلاثة أرباع»): (end, count, denominator).
    fn count_of(&self, j: usize, pos: Pos) -> Option<(usize, f64, f64)> {
        let c = self.tens_units(j, pos)?;
        if c.ordinal {
            return None;
        }
        let (e, d) = self.denominator(c.end)?;
        Some((e, c.value, d))
    }

    /// A plural fraction noun: (end, denominator).
    fn denominator(&self, j: usize) -> Option<(usize, f64)> {
        let d = self.item(j, Pos::Bare, |r| matches!(r, Reading::Denominator(_)))?;
        match d.reading {
            Reading::Denominator(n) => Some((d.end, f64::from(n))),
            _ => None,
        }
    }

    /// A number of one word: not a word that stands alone as something else.
    fn lone_word_ok(&self, j: usize, end: usize, lex: Option<&Lex>) -> bool {
        let Some(lex) = lex else {
            return true;
        };
        if end != j + 1 {
            return true;
        }
        let Some(t) = self.toks.get(j) else {
            return false;
        };
        let same = |f: &dyn Fn(&Reading) -> bool| {
            t.lex
                .iter()
                .any(|l| l.skip == lex.skip && l.definite == lex.definite && f(&l.reading))
        };
        // «أحد» (someone), «الاثنين» (Monday), «ثانية» (a second), «صفر» beside a day number (the month Safar).
        if same(&|r| matches!(r, Reading::Bound)) {
            return false;
        }
        let definite = self.def(j, lex);
        if definite && same(&|r| matches!(r, Reading::Weekday(_))) {
            return false;
        }
        if !definite
            && matches!(lex.reading, Reading::Ordinal(_))
            && same(&|r| matches!(r, Reading::Unit { .. }))
        {
            return false;
        }
        // «آل ثاني» is a family name.
        if j > 0 && self.word(j - 1) == Some("ال") {
            return false;
        }
        // A word inside a longer lexicon form is part of it: «تشرين الأول», «جمادى الأولى», «كانون الثاني».
        if (j.saturating_sub(3)..j).any(|k| {
            self.toks.get(k).is_some_and(|t| {
                t.lex
                    .iter()
                    .any(|l| l.ntok > j - k && !is_count(&l.reading))
            })
        }) {
            return false;
        }
        // «في المائة», «بالمئة»: per cent, not a hundredth.
        if definite
            && matches!(lex.reading, Reading::Cardinal(100))
            && (self.attach(j, lex) == Pos::First || (j > 0 && self.word(j - 1) == Some("في")))
        {
            return false;
        }
        if same(&|r| matches!(r, Reading::Month { .. }))
            && ((j > 0 && self.is_num(j - 1)) || self.is_num(j + 1))
        {
            return false;
        }
        true
    }
}

/// The numbers of `text` (folded and tokenized here), spans mapped back to the caller's text.
pub(crate) fn find(text: &str) -> Vec<NumberMention> {
    use crate::normalize::Folded;
    use crate::temporal::token::tokenize;
    let mut out = Vec::new();
    let mut cache = crate::WordCache::new();
    for (base, chunk) in crate::extractor::chunks(text) {
        let folded = Folded::new(chunk);
        let toks = tokenize(&folded.text, &mut cache);
        for p in NumParser::new(&folded.text, &toks).run() {
            let (Some(first), Some(last)) = (toks.get(p.start), toks.get(p.end.wrapping_sub(1)))
            else {
                continue;
            };
            let fstart = first.start.saturating_add(p.skip).min(first.end);
            if !folded.text.is_char_boundary(fstart) || !p.value.is_finite() {
                continue;
            }
            let (s, e) = folded.to_original(fstart, last.end, chunk);
            let (s, e) = (base + s, base + e);
            let Some(matched) = text.get(s..e).filter(|m| !m.is_empty()) else {
                continue;
            };
            out.push(NumberMention {
                span: Span::new(s, e),
                text: matched.to_string(),
                value: p.value,
                kind: p.kind,
                words: p.words,
                definite: p.definite,
            });
        }
    }
    out
}
