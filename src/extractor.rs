//! The extractor: configuration, documents, and the extraction pipeline.

use crate::error::Error;
use crate::event::detect::detect_part;
use crate::event::Event;
use crate::lexicon::{WordList, LEXICON};
use crate::normalize::Folded;
use crate::span::Span;
use crate::temporal::grammar::Parser;
use crate::temporal::resolve::Context;
use crate::temporal::token::{tokenize, Tok};
use crate::temporal::{Anchor, Temporal};
use crate::word_cache::{WordCache, WordCachePool};
use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime};
use once_cell::sync::Lazy;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;
use std::sync::Arc;

/// Text is processed in chunks of about this many bytes, cut at a line break or a sentence end, so that memory stays
/// bounded on one huge document and offsets fit in 32 bits.
const CHUNK: usize = 64 * 1024;

/// A document's reference (publication) date or datetime, against which relative expressions resolve.
///
/// Parsed from `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM` or `YYYY-MM-DDTHH:MM:SS` (a space may replace `T`); anything after
/// the seconds, such as a UTC offset, is ignored: values are wall-clock times. A reference outside the years 1 to
/// 9999 is kept in the [`Analysis`] but not used: the text resolves as if it had none.
///
/// A reference with no time of day (or one at exactly midnight) knows only the day, as publication dates mostly do:
/// hours and minutes counted from it move it by whole days only («قبل ساعتين» is that day, «قبل 48 ساعة» two days
/// back), and «الآن» is that day.
///
/// ```
/// use arabic_timeline::Reference;
/// let r: Reference = "2023-10-05".parse()?;
/// assert_eq!(r.to_string(), "2023-10-05T00:00:00");
/// assert!("2021-13-45".parse::<Reference>().is_err());
/// # Ok::<(), arabic_timeline::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Reference(pub NaiveDateTime);

/// The reference if it lies in the years 1 to 9999, the range of written dates: resolution shifts dates by days,
/// weeks and years, which would overflow near the ends of `chrono`'s range. A text whose reference lies outside it
/// resolves as if it had none; the `Analysis` still records the reference the caller gave.
fn usable(reference: Option<Reference>) -> Option<Reference> {
    reference.filter(|r| (1..=9999).contains(&r.0.year()))
}

impl Reference {
    /// The reference as a date.
    pub fn date(&self) -> NaiveDate {
        self.0.date()
    }
}

impl From<NaiveDate> for Reference {
    fn from(d: NaiveDate) -> Reference {
        Reference(d.and_time(NaiveTime::MIN))
    }
}

impl From<NaiveDateTime> for Reference {
    fn from(d: NaiveDateTime) -> Reference {
        Reference(d)
    }
}

impl fmt::Display for Reference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0.format("%Y-%m-%dT%H:%M:%S"))
    }
}

impl FromStr for Reference {
    type Err = Error;

    fn from_str(s: &str) -> Result<Reference, Error> {
        let bad = |reason: &str| Error::InvalidReference {
            value: s.to_string(),
            reason: reason.to_string(),
        };
        let t = s.trim();
        let date_part = t.get(..10).ok_or_else(|| bad("expected YYYY-MM-DD"))?;
        let b = date_part.as_bytes();
        let shape = b.len() == 10
            && b[4] == b'-'
            && b[7] == b'-'
            && b.iter()
                .enumerate()
                .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
        if !shape {
            return Err(bad("expected YYYY-MM-DD"));
        }
        let num = |r: std::ops::Range<usize>| {
            date_part
                .get(r)
                .and_then(|x| x.parse::<u32>().ok())
                .unwrap_or(0)
        };
        let (y, m, d) = (num(0..4), num(5..7), num(8..10));
        if !(1..=12).contains(&m) {
            return Err(bad(&format!("month {m} out of range 1..=12")));
        }
        let date = NaiveDate::from_ymd_opt(y as i32, m, d)
            .ok_or_else(|| bad(&format!("day {d} out of range for {y:04}-{m:02}")))?;
        let rest = t.get(10..).unwrap_or("");
        if rest.is_empty() {
            return Ok(Reference::from(date));
        }
        let time = rest
            .strip_prefix(['T', ' '])
            .ok_or_else(|| bad("expected T between date and time"))?;
        // Seconds when written; anything after them (a UTC offset, fractions) is ignored: values are wall-clock.
        let (hms, format) = match time.get(..8) {
            Some(x) if x.as_bytes().get(5) == Some(&b':') => (x, "%H:%M:%S"),
            _ => (time.get(..5).unwrap_or(time), "%H:%M"),
        };
        let tm = NaiveTime::parse_from_str(hms, format)
            .map_err(|_| bad("expected HH:MM or HH:MM:SS after the date"))?;
        Ok(Reference(date.and_time(tm)))
    }
}

/// How ambiguous expressions resolve when the text does not say: a bare weekday, a day and month with no year.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Prefer {
    /// The most recent such date on or before the reference (news mostly reports the past).
    #[default]
    Past,
    /// The next such date after the reference.
    Future,
}

impl FromStr for Prefer {
    type Err = Error;
    fn from_str(s: &str) -> Result<Prefer, Error> {
        match s {
            "past" => Ok(Prefer::Past),
            "future" => Ok(Prefer::Future),
            _ => Err(Error::InvalidOption {
                name: "prefer",
                reason: format!("expected \"past\" or \"future\", found {s:?}"),
            }),
        }
    }
}

/// A document to analyze: an identifier, its text and, if known, its reference date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Document {
    /// Caller's identifier, copied to the results.
    pub id: String,
    /// The text.
    pub text: String,
    /// Publication date or datetime.
    pub reference: Option<Reference>,
}

impl Document {
    /// A document with no reference date.
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Document {
        Document {
            id: id.into(),
            text: text.into(),
            reference: None,
        }
    }

    /// Sets the reference date.
    pub fn with_reference(mut self, reference: Reference) -> Document {
        self.reference = Some(reference);
        self
    }
}

/// What the extractor found in one document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    /// The document's identifier.
    pub id: String,
    /// The reference date used, if any (given, or inferred when that option is on).
    pub reference: Option<Reference>,
    /// Temporal expressions in text order.
    pub temporals: Vec<Temporal>,
    /// Events in text order, each dated (see [`Event`]).
    #[serde(default)]
    pub events: Vec<Event>,
}

/// Builds an [`Extractor`] with options.
///
/// ```
/// use arabic_timeline::{Extractor, Prefer};
/// let ex = Extractor::builder().prefer(Prefer::Future).build();
/// let found = ex.temporals("سيزور الوفد بغداد الأحد", Some("2023-10-05".parse()?));
/// assert_eq!(found[0].value, "2023-10-08");
/// # Ok::<(), arabic_timeline::Error>(())
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct ExtractorBuilder {
    prefer: Prefer,
    infer_reference: bool,
    iso_weeks: bool,
}

impl ExtractorBuilder {
    /// A builder with the defaults: prefer the past, no reference inference.
    pub const fn new() -> ExtractorBuilder {
        ExtractorBuilder {
            prefer: Prefer::Past,
            infer_reference: false,
            iso_weeks: false,
        }
    }

    /// How ambiguous expressions resolve (default: [`Prefer::Past`]).
    pub const fn prefer(mut self, prefer: Prefer) -> ExtractorBuilder {
        self.prefer = prefer;
        self
    }

    /// When a document has no reference date, use the latest absolute day-precise date it mentions instead (a
    /// heuristic: an article usually reports events up to its publication day). Off by default.
    pub const fn infer_reference(mut self, yes: bool) -> ExtractorBuilder {
        self.infer_reference = yes;
        self
    }

    /// Count a named week from Monday (ISO 8601) when picking a Sunday in it: «الأحد من الأسبوع المقبل» is then the
    /// Sunday that ends next week, as Western tools read it. Off by default: Arab weeks start on Sunday, so that
    /// Sunday is the one before next week's Monday, as in a pair of days («يومي الأحد والاثنين من الأسبوع المقبل»).
    pub const fn iso_weeks(mut self, yes: bool) -> ExtractorBuilder {
        self.iso_weeks = yes;
        self
    }

    /// The extractor.
    pub fn build(self) -> Extractor {
        // Build the shared tables now, so the first extraction is not the one that pays for them. The folding
        // tables come first (both lexicons fold their entries); then the event lexicon, the larger half, is built on
        // a second thread while this one builds the rest: the first build is a serial step before any text is read,
        // and this shortens it by about a third. Later builds find everything built and start no thread.
        crate::normalize::warm();
        let events = &crate::event::lexicon::EVENT_LEXICON;
        if Lazy::get(events).is_some() {
            Lazy::force(&crate::lexicon::LEXICON);
            crate::temporal::token::warm();
        } else {
            std::thread::scope(|s| {
                // Should the thread not start, the lexicon is built here, after the others.
                let other = std::thread::Builder::new().spawn_scoped(s, || {
                    Lazy::force(events);
                });
                Lazy::force(&crate::lexicon::LEXICON);
                crate::temporal::token::warm();
                if other.is_err() {
                    Lazy::force(events);
                }
            });
        }
        Extractor {
            prefer: self.prefer,
            infer_reference: self.infer_reference,
            iso_weeks: self.iso_weeks,
            caches: Arc::default(),
        }
    }
}

/// Finds and normalizes temporal expressions in Arabic text.
///
/// Build it once and share it: it is cheap to clone, `Send` and `Sync`; the compiled lexicons are shared by every
/// extractor in the process.
///
/// An extractor keeps a pool of [`WordCache`]s, shared with its clones, that its calls borrow: what the lexicons say
/// of a spelling is worked out once and reused by later calls, which makes a loop of [`Extractor::analyze`] as fast
/// as [`Extractor::analyze_with`] with a cache of one's own. Results never depend on it. The pool holds at most one
/// cache per call that ran at the same time as others, each bounded (see [`WordCache`]), and is freed with the last
/// clone.
///
/// ```
/// use arabic_timeline::Extractor;
/// let ex = Extractor::new();
/// let text = "وقّع الطرفان الاتفاق في 26 يوليو 2021، على أن تنتهي المهام القتالية نهاية العام الجاري.";
/// let found = ex.temporals(text, Some("2021-07-29".parse()?));
/// assert_eq!(found[0].text, "26 يوليو 2021");
/// assert_eq!(found[0].value, "2021-07-26");
/// assert_eq!(found[1].text, "نهاية العام الجاري");
/// assert_eq!(found[1].value, "2021");
/// assert_eq!(&text[found[1].span.range()], "نهاية العام الجاري");
/// # Ok::<(), arabic_timeline::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct Extractor {
    prefer: Prefer,
    infer_reference: bool,
    /// See [`ExtractorBuilder::iso_weeks`].
    iso_weeks: bool,
    /// Word caches the calls without a cache of their own borrow.
    pub(crate) caches: Arc<WordCachePool>,
}

impl Default for Extractor {
    fn default() -> Extractor {
        Extractor::new()
    }
}

/// Bytes read past a chunk's cut, so that an expression that starts before the cut is matched whole (expressions are
/// far shorter than this).
const OVERLAP: usize = 1024;

/// Where the chunk of `text` that starts at `start` is cut: about [`CHUNK`] bytes on, at a line break, else a sentence
/// end, else a space, else any char boundary.
fn cut(text: &str, start: usize) -> usize {
    let mut end = start.saturating_add(CHUNK).min(text.len());
    if end < text.len() {
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let window = text.get(start..end).unwrap_or("");
        let cut = window
            .rfind('\n')
            .filter(|&p| p > CHUNK / 2)
            .or_else(|| window.rfind(['.', '؟', '!']).filter(|&p| p > CHUNK / 2))
            .or_else(|| window.rfind(' ').filter(|&p| p > CHUNK / 2));
        if let Some(p) = cut {
            // Cut after the separator char, whatever its width («؟» is two bytes).
            let w = window[p..].chars().next().map_or(1, char::len_utf8);
            end = start + p + w;
        }
    }
    end
}

/// `text` in chunks cut by [`cut`], without overlap: the event detector's units (events are read within sentences,
/// and a cut falls at a line break or a sentence end whenever there is one).
pub(crate) fn chunks(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut start = 0;
    std::iter::from_fn(move || {
        if start >= text.len() {
            return None;
        }
        let end = cut(text, start);
        // A cut always moves on; the guard keeps a bad cut from looping.
        let end = if end > start { end } else { text.len() };
        let s = std::mem::replace(&mut start, end);
        text.get(s..end).map(|c| (s, c))
    })
}

/// One chunk of a text as the temporal engine read it, handed on to the event detector.
pub(crate) struct Part<'a> {
    /// Where the chunk starts in the text (original byte offset).
    pub base: usize,
    /// Where the next chunk starts: the chunk answers for `base..end`.
    pub end: usize,
    /// The text read from `base`, which runs past `end` by up to [`OVERLAP`] bytes, folded.
    pub folded: &'a Folded,
    /// Its tokens, with their word indexes in the cache passed along.
    pub toks: &'a [Tok],
}

/// The end of the window read for a chunk cut at `end`: [`OVERLAP`] bytes more, on a char boundary.
fn overlap_end(text: &str, end: usize) -> usize {
    let mut e = end.saturating_add(OVERLAP).min(text.len());
    while !text.is_char_boundary(e) {
        e -= 1;
    }
    e
}

impl Extractor {
    /// An extractor with the default options.
    pub fn new() -> Extractor {
        ExtractorBuilder::new().build()
    }

    /// A builder for options.
    pub const fn builder() -> ExtractorBuilder {
        ExtractorBuilder::new()
    }

    /// Temporal expressions of `text`, in text order, resolved against `reference`. Word lookups go through a cache
    /// borrowed from the extractor's pool (see [`Extractor`]), which changes no result.
    pub fn temporals(&self, text: &str, reference: Option<Reference>) -> Vec<Temporal> {
        self.temporals_with(text, reference, &mut self.caches.lease())
    }

    /// [`Extractor::temporals`], with word lookups kept in `cache` for the next calls: the same result, for less
    /// work over many texts.
    ///
    /// ```
    /// use arabic_timeline::{Extractor, WordCache};
    /// let ex = Extractor::new();
    /// let mut cache = WordCache::new();
    /// let r = Some("2023-10-05".parse()?);
    /// for text in ["عاد الوفد أمس", "يعود الوفد غدا", "عاد الوفد أمس"] {
    ///     assert_eq!(ex.temporals_with(text, r, &mut cache), ex.temporals(text, r));
    /// }
    /// # Ok::<(), arabic_timeline::Error>(())
    /// ```
    pub fn temporals_with(
        &self,
        text: &str,
        reference: Option<Reference>,
        cache: &mut WordCache,
    ) -> Vec<Temporal> {
        let reference = match reference {
            Some(r) => Some(r),
            None if self.infer_reference => self.infer(text, cache),
            None => None,
        };
        self.run(text, reference, cache)
    }

    /// Numbers of `text` in digits or words, in text order: cardinals, ordinals, decimals and fractions, each with
    /// its value and exact byte span (see [`crate::number`]). Independent of the options and of temporal expressions:
    /// the day and year of «5 يناير 2020» are numbers too.
    ///
    /// ```
    /// use arabic_timeline::{Extractor, NumberKind};
    /// let ex = Extractor::new();
    /// let text = "قتل ثلاثة وعشرون شخصا في الهجوم الثاني خلال 2.5 يوم.";
    /// let found = ex.numbers(text);
    /// assert_eq!(found.len(), 3);
    /// assert_eq!((found[0].text.as_str(), found[0].value), ("ثلاثة وعشرون", 23.0));
    /// assert_eq!((found[1].text.as_str(), found[1].kind), ("الثاني", NumberKind::Ordinal));
    /// assert_eq!(&text[found[2].span.range()], "2.5");
    /// ```
    pub fn numbers(&self, text: &str) -> Vec<crate::number::NumberMention> {
        crate::number::find(text)
    }

    /// Analyzes a document: its temporal expressions and its events. Word lookups go through a cache borrowed from
    /// the extractor's pool (see [`Extractor`]), which changes no result.
    pub fn analyze(&self, doc: &Document) -> Analysis {
        self.analyze_with(doc, &mut self.caches.lease())
    }

    /// Analyzes a document, with word lookups kept in `cache` for the next calls (see [`WordCache`]): the result is
    /// that of [`Extractor::analyze`], for less work when one cache serves many documents.
    ///
    /// ```
    /// use arabic_timeline::{Document, Extractor, WordCache};
    /// let ex = Extractor::new();
    /// let mut cache = WordCache::new();
    /// let doc = Document::new("a", "قصفت الطائرات المدينة أمس.").with_reference("2023-10-05".parse()?);
    /// let a = ex.analyze_with(&doc, &mut cache);
    /// assert_eq!(a.temporals[0].value, "2023-10-04");
    /// assert_eq!(a, ex.analyze(&doc));
    /// # Ok::<(), arabic_timeline::Error>(())
    /// ```
    pub fn analyze_with(&self, doc: &Document, cache: &mut WordCache) -> Analysis {
        let reference = match doc.reference {
            Some(r) => Some(r),
            None if self.infer_reference => self.infer(&doc.text, cache),
            None => None,
        };
        let (temporals, events) = self.read(&doc.text, reference, cache);
        Analysis {
            id: doc.id.clone(),
            reference,
            temporals,
            events,
        }
    }

    /// Events of `text`, in text order, dated against `reference` (the publication date, also the last-resort date
    /// of events nothing in the text dates).
    ///
    /// ```
    /// use arabic_timeline::{EventKind, Extractor, Modality};
    /// let ex = Extractor::new();
    /// let events = ex.events("ستسحب الولايات المتحدة قواتها من العراق نهاية العام الجاري.", Some("2021-07-29".parse()?));
    /// assert_eq!(events[0].kind, EventKind::Withdrawal);
    /// assert_eq!(events[0].modality, Modality::Planned);
    /// assert_eq!(events[0].date.as_ref().map(|d| d.value.as_str()), Some("2021"));
    /// # Ok::<(), arabic_timeline::Error>(())
    /// ```
    pub fn events(&self, text: &str, reference: Option<Reference>) -> Vec<Event> {
        let cache = &mut self.caches.lease();
        let reference = match reference {
            Some(r) => Some(r),
            None if self.infer_reference => self.infer(text, cache),
            None => None,
        };
        self.read(text, reference, cache).1
    }

    fn infer(&self, text: &str, cache: &mut WordCache) -> Option<Reference> {
        self.run(text, None, cache)
            .iter()
            .filter(|t| t.anchor == Anchor::Absolute && t.grain == crate::temporal::Grain::Day)
            .filter_map(|t| t.interval.map(|i| i.start))
            .max()
            .map(Reference)
    }

    fn run(
        &self,
        text: &str,
        reference: Option<Reference>,
        cache: &mut WordCache,
    ) -> Vec<Temporal> {
        self.run_parts(text, reference, cache, |_, _, _| {})
    }

    /// The temporal expressions and the events of `text`. The event detector reads each chunk right after the
    /// temporal engine, from the same folding and tokens: a long text is folded and split once, not once for each.
    fn read(
        &self,
        text: &str,
        reference: Option<Reference>,
        cache: &mut WordCache,
    ) -> (Vec<Temporal>, Vec<Event>) {
        let reference = usable(reference);
        let mut events = Vec::new();
        let temporals = self.run_parts(text, reference, cache, |part, found, cache| {
            detect_part(text, part, found, reference, &mut events, cache);
        });
        (temporals, events)
    }

    /// The temporal expressions of `text`, in chunks; `each` is called after each chunk with the chunk, the
    /// expressions found so far (those of the chunk last) and the word cache whose indexes the chunk's tokens carry.
    fn run_parts(
        &self,
        text: &str,
        reference: Option<Reference>,
        cache: &mut WordCache,
        mut each: impl FnMut(&Part<'_>, &[Temporal], &mut WordCache),
    ) -> Vec<Temporal> {
        let reference = usable(reference);
        let mut ctx = Context::new(reference.map(|r| r.0), self.prefer == Prefer::Future);
        ctx.iso_weeks = self.iso_weeks;
        // About one temporal expression per kilobyte of news text.
        let mut out = Vec::with_capacity(text.len() / 512 + 4);
        // Each chunk is read with an overlap past its cut; a match that starts before the cut is kept whole and the
        // next chunk starts after it, a match that starts at or after the cut is left to the next chunk.
        let mut base = 0;
        while base < text.len() {
            let end = cut(text, base);
            let chunk = text.get(base..overlap_end(text, end)).unwrap_or("");
            let mut next = end;
            let folded = Folded::new(chunk);
            let toks = tokenize(&folded.text, cache);
            let matches = Parser::with_original(&folded, &toks, chunk).run();
            for m in matches {
                let (Some(first), Some(last)) =
                    (toks.get(m.start), toks.get(m.end.wrapping_sub(1)))
                else {
                    continue;
                };
                let fstart = first.start.saturating_add(m.skip).min(first.end);
                if !folded.text.is_char_boundary(fstart) {
                    continue;
                }
                let (s, e) = folded.to_original(fstart, last.end, chunk);
                let (s, e) = (base + s, base + e);
                if s >= end {
                    continue;
                }
                let Some(matched) = text.get(s..e).filter(|m| !m.is_empty()) else {
                    continue;
                };
                // «بأجر» (for a wage) folds to Gulf «باجر» (tomorrow), which is written without a hamza: with one,
                // the word is the wage whatever follows («منح العاملين إجازة بأجر بمناسبة العيد», «وبأجر لا يتجاوز …»).
                if folded
                    .text
                    .get(first.start..first.end)
                    .map(|w| w.strip_prefix(['و', 'ف']).unwrap_or(w))
                    .is_some_and(|w| LEXICON.list(WordList::WageRelday).contains(w.as_bytes()))
                    && {
                        let (a, b) = folded.to_original(first.start, first.end, chunk);
                        chunk.get(a..b).is_some_and(|w| w.contains('\u{623}'))
                    }
                {
                    continue;
                }
                if let Some(t) = ctx.resolve(&m.expr, m.future, Span::new(s, e), matched) {
                    out.push(t);
                }
                next = next.max(e);
            }
            each(
                &Part {
                    base,
                    end: next,
                    folded: &folded,
                    toks: &toks,
                },
                &out,
                cache,
            );
            base = next;
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calls_borrow_the_pooled_cache_and_clones_share_it() {
        let ex = Extractor::new();
        let free = |e: &Extractor| e.caches.lease().len();
        assert_eq!(free(&ex), 0);
        let r = "2023-10-05".parse().ok();
        assert_eq!(ex.temporals("عاد الوفد أمس", r)[0].value, "2023-10-04");
        // The words of the call are in the cache it gave back, which the next call (and a clone's) borrows.
        assert_eq!(free(&ex), 3);
        let twin = ex.clone();
        assert_eq!(free(&twin), 3);
        // A call while another holds the cache gets a second one; both go back to the pool.
        let lease = ex.caches.lease();
        assert_eq!(twin.events("قصفت الطائرات المدينة", r).len(), 1);
        drop(lease);
        assert_eq!(format!("{:?}", ex.caches), "WordCachePool { free: 2 }");
    }

    #[test]
    fn reference_forms() {
        let r = |s: &str| s.parse::<Reference>().map(|r| r.to_string());
        assert_eq!(r("2023-10-05").as_deref(), Ok("2023-10-05T00:00:00"));
        assert_eq!(r("2013-02-12T04:30").as_deref(), Ok("2013-02-12T04:30:00"));
        assert_eq!(
            r("2013-02-12T04:30:15-02:00").as_deref(),
            Ok("2013-02-12T04:30:15")
        );
        assert_eq!(
            r("2016-11-07 00:00:00").as_deref(),
            Ok("2016-11-07T00:00:00")
        );
        for bad in [
            "2021-13-45",
            "2021-02-30",
            "20210230",
            "",
            "2021-02-03T25:00",
            "2021-02-03X10:00",
            "٢٠٢١-٠٢-٠٣",
        ] {
            assert!(
                bad.parse::<Reference>().is_err(),
                "{bad:?} should be rejected"
            );
        }
    }
}
