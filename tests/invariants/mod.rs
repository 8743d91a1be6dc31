//! The guarantees every extraction must keep, checked the same way by the property, hostile-input and fuzz-regression
//! tests and by the fuzz targets (`fuzz/fuzz_targets/*.rs` include this file with `#[path]` and call [`fuzz_extract`]
//! and [`fuzz_jsonl`], so a saved fuzz input replayed by `tests/fuzz_regressions.rs` runs exactly the target's code).
//! Needs only the library and `serde_json`.

#![allow(dead_code)]

use arabic_timeline::{
    Analysis, Calendar, Document, Entry, EventDate, EventKind, Extractor, Mention, Prefer,
    Reference, Span, Temporal, Timeline,
};
use serde_json::Value;
use std::cmp::Reverse;
use std::io;
use std::sync::OnceLock;

/// Span invariants of one extraction from `text`: every span on char boundaries inside `text`, `start < end`, spans
/// in text order and non-overlapping, the record's `text` equal to the slice; every value (and Hijri value) valid.
pub fn check(text: &str, found: &[Temporal]) {
    let mut last_end = 0;
    for t in found {
        assert!(t.span.start < t.span.end, "empty span {:?}", t.span);
        assert!(
            t.span.start >= last_end,
            "unsorted or overlapping span {:?} after end {last_end}",
            t.span
        );
        assert!(
            t.span.end <= text.len(),
            "span {:?} past the end {}",
            t.span,
            text.len()
        );
        assert_eq!(
            text.get(t.span.range()),
            Some(t.text.as_str()),
            "span {:?} is not on char boundaries or does not match its text",
            t.span
        );
        // With no year known, a Hijri date keeps its Hijri month and day in the value («30 صفر» → `XXXX-02-30`,
        // `calendar: "hijri"`): a Hijri month has up to 30 days.
        let hijri_only = t.calendar == Calendar::Hijri && t.value.starts_with("XXXX");
        check_value(&t.value, !hijri_only);
        if let Some(h) = &t.hijri {
            check_value(h, false);
        }
        if let Some(i) = t.interval {
            assert!(i.start < i.end, "empty interval {i:?} for {:?}", t.value);
        }
        last_end = t.span.end;
    }
}

/// Every `Y-M-D` inside a TIMEX3 value (either end of `A/B`, the date of `…T10:15`, a year-less `XXXX-M-D`) is a
/// real date: a Gregorian one when `gregorian`, else month 1..=12 and day 1..=30 (a Hijri value); every `Y-M` has
/// month 1..=12; a year in a date has exactly four digits, a bare year, decade or century at most four (no
/// overflowed or wrapped number).
pub fn check_value(value: &str, gregorian: bool) {
    assert!(
        value.split('/').count() <= 2,
        "more than two ends in {value:?}"
    );
    for part in value.split('/') {
        let date = part.split('T').next().unwrap_or("");
        let fields: Vec<&str> = date.split('-').collect();
        match fields.as_slice() {
            [y, m, d] if number(m).is_some() && number(d).is_some() => {
                let year = year(y, value);
                let (m, d) = (number(m).unwrap_or(0), number(d).unwrap_or(0));
                assert!((1..=12).contains(&m), "impossible month in {value:?}");
                let max = if gregorian {
                    days_in_month(year, m)
                } else {
                    30
                };
                assert!((1..=max).contains(&d), "impossible day in {value:?}");
            }
            [y, m] if number(m).is_some() && (number(y).is_some() || *y == "XXXX") => {
                year(y, value);
                let m = number(m).unwrap_or(0);
                assert!((1..=12).contains(&m), "impossible month in {value:?}");
            }
            // A year, a decade (`199`) or a century (`20`), never a longer number.
            [y] if y.bytes().all(|b| b.is_ascii_digit()) && !y.is_empty() => {
                assert!(
                    y.len() <= 4,
                    "number {y:?} too long for a year in {value:?}"
                );
            }
            _ => {}
        }
    }
}

fn number(f: &str) -> Option<u32> {
    if f.is_empty() || f.len() > 9 || !f.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    f.parse().ok()
}

/// A four-digit year, or `None` for `XXXX`.
fn year(y: &str, value: &str) -> Option<u32> {
    if y == "XXXX" {
        return None;
    }
    assert!(
        y.len() == 4 && number(y).is_some(),
        "year {y:?} is not four digits in {value:?}"
    );
    number(y)
}

/// Days in month `m` of `year` (29 for February of an unknown year).
pub fn days_in_month(year: Option<u32>, m: u32) -> u32 {
    match m {
        2 => match year {
            Some(y) if y % 4 == 0 && (y % 100 != 0 || y % 400 == 0) => 29,
            Some(_) => 28,
            None => 29,
        },
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

struct Setup {
    past: Extractor,
    future: Extractor,
    references: [Reference; 2],
}

fn setup() -> &'static Setup {
    static SETUP: OnceLock<Setup> = OnceLock::new();
    SETUP.get_or_init(|| Setup {
        past: Extractor::new(),
        future: Extractor::builder().prefer(Prefer::Future).build(),
        references: [
            "2021-07-26".parse().expect("reference"),
            "1990-02-28T23:59".parse().expect("reference"),
        ],
    })
}

/// The `extract` fuzz target: arbitrary bytes, read as lossy UTF-8, through both extractors (past- and
/// future-leaning), without and with two reference dates; [`check`] on each result, and a second extraction gives the
/// same result.
pub fn fuzz_extract(data: &[u8]) {
    let s = setup();
    let text = String::from_utf8_lossy(data);
    for ex in [&s.past, &s.future] {
        for reference in [None, Some(s.references[0]), Some(s.references[1])] {
            let found = ex.temporals(&text, reference);
            check(&text, &found);
            assert_eq!(found, ex.temporals(&text, reference), "not deterministic");
        }
    }
}

/// The `jsonl` fuzz target: arbitrary bytes as the input of the example's JSON-lines loop `run(input, output,
/// default reference)` (`examples/extract.rs`'s `jsonl`). Every non-empty input line (after lossy UTF-8 decoding and
/// trimming) gives exactly one output line, in order; each is a JSON object; an error object carries the input line
/// number and a message; a document's records pass [`check`] against its text; the returned status is false exactly
/// when there was an error line.
pub fn fuzz_jsonl(
    data: &[u8],
    run: impl Fn(&[u8], &mut Vec<u8>, Option<Reference>) -> io::Result<bool>,
) {
    let lines: Vec<(usize, String)> = data
        .split_inclusive(|&b| b == b'\n')
        .enumerate()
        .map(|(i, l)| (i + 1, String::from_utf8_lossy(l).trim().to_string()))
        .filter(|(_, l)| !l.is_empty())
        .collect();
    for default_reference in [None, Some(setup().references[0])] {
        let mut out = Vec::new();
        let all_ok = run(data, &mut out, default_reference).expect("in-memory I/O");
        let out = String::from_utf8(out).expect("output is UTF-8");
        let outputs: Vec<&str> = out.lines().collect();
        assert_eq!(
            outputs.len(),
            lines.len(),
            "one output line per non-empty input line"
        );
        let mut errors = 0;
        for ((n, input), output) in lines.iter().zip(&outputs) {
            let v: Value = serde_json::from_str(output).expect("output line is JSON");
            let obj = v.as_object().expect("output line is an object");
            if let Some(e) = obj.get("error") {
                errors += 1;
                assert!(
                    e.as_str().is_some_and(|e| !e.is_empty()),
                    "error message in {output}"
                );
                assert_eq!(
                    obj.get("line").and_then(Value::as_u64),
                    Some(*n as u64),
                    "line number in {output}"
                );
                continue;
            }
            // A document: its input line was an object with a string text, which the spans index.
            let doc: Value = serde_json::from_str(input).expect("a document line is JSON");
            let text = doc["text"].as_str().expect("a document has a string text");
            let temporals: Vec<Temporal> =
                serde_json::from_value(obj["temporals"].clone()).expect("temporal records");
            check(text, &temporals);
        }
        assert_eq!(all_ok, errors == 0, "the status reflects the error lines");
    }
}

/// Reads fuzz bytes as a stream of choices; past the end every choice is 0, so any input decodes to a finite value.
pub struct Choices<'a> {
    data: &'a [u8],
    pos: usize,
}

impl<'a> Choices<'a> {
    pub fn new(data: &'a [u8]) -> Choices<'a> {
        Choices { data, pos: 0 }
    }

    pub fn byte(&mut self) -> u8 {
        let b = self.data.get(self.pos).copied().unwrap_or(0);
        self.pos += 1;
        b
    }

    /// A choice in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        usize::from(self.byte()) % n
    }

    pub fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())]
    }

    /// Up to `max` raw bytes, as lossy UTF-8 (where the libFuzzer dictionary entries land).
    pub fn raw(&mut self, max: usize) -> String {
        let n = self.below(max + 1);
        let end = (self.pos + n).min(self.data.len());
        let s = String::from_utf8_lossy(self.data.get(self.pos..end).unwrap_or(&[])).into_owned();
        self.pos += n;
        s
    }
}

/// Document ids for the `timeline` target: a small set, so that duplicate ids are common (the empty id too).
pub const TIMELINE_IDS: &[&str] = &["a", "b", "c", "d", "a", "", "وكالة-1"];

/// Reference dates for the `timeline` target; `None` for a document without one.
pub const TIMELINE_REFERENCES: &[Option<&str>] = &[
    None,
    Some("2020-01-04"),
    Some("2021-07-29"),
    Some("2023-08-10"),
    Some("2024-02-29T23:59"),
    Some("2024-03-19"),
    None,
];

/// Event trigger words (verbs, verbal nouns, nouns), with negation and modality cues.
pub const TIMELINE_TRIGGERS: &[&str] = &[
    "قتل",
    "مقتل",
    "اغتيال",
    "هجوم",
    "هاجم",
    "استهدف",
    "قصف",
    "غارة",
    "انفجار",
    "اشتباكات",
    "اعتقل",
    "انسحاب",
    "انسحبت",
    "ستسحب",
    "اتفاق",
    "وقّع الطرفان اتفاقاً",
    "وقف إطلاق النار",
    "أعلن",
    "أعلنت",
    "اجتمع",
    "اجتماع",
    "زار",
    "قال",
    "لم تنسحب",
    "نفى",
    "من المقرر أن",
    "ربما",
    "هل ستنسحب",
    "يومها",
    "آنذاك",
];

/// Actors and places from `data/gazetteer`, with their usual prepositions.
pub const TIMELINE_NAMES: &[&str] = &[
    "العراق",
    "الولايات المتحدة",
    "القوات الأميركية",
    "إيران",
    "سوريا",
    "قاسم سليماني",
    "سليماني",
    "أبو مهدي المهندس",
    "بايدن",
    "ترامب",
    "التحالف الدولي",
    "الناتو",
    "الأمم المتحدة",
    "رئيس الوزراء",
    "وزير الدفاع",
    "في بغداد",
    "قرب مطار بغداد",
    "في أربيل",
    "في البصرة",
    "على قاعدة عين الأسد",
    "في محافظة الأنبار",
    "بغداد",
    "واشنطن",
];

/// Date words and phrases that need no number.
pub const TIMELINE_DATE_WORDS: &[&str] = &[
    "أمس",
    "اليوم",
    "غدا",
    "الثلاثاء",
    "فجر الثلاثاء",
    "الأحد المقبل",
    "الشهر الماضي",
    "نهاية العام الجاري",
    "في 3 من هذا الشهر",
    "العام الماضي",
    "منذ يوليو 2021",
    "عام 2020",
    "عيد الفطر",
    "رمضان",
    "الأسبوع المقبل",
    "قبل ثلاثة أيام",
    "بعد يومين",
];

/// Month names of every regional system, Gregorian and Hijri.
pub const TIMELINE_MONTHS: &[&str] = &[
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "يوليو",
    "ديسمبر",
    "كانون الثاني",
    "شباط",
    "آذار",
    "تموز",
    "أيلول",
    "جانفي",
    "محرم",
    "رمضان",
    "ذو الحجة",
];

/// Noise: bidi and zero-width controls, tatweel, tashkeel, NUL and other controls, U+FFFD, emoji, Latin.
pub const TIMELINE_NOISE: &[&str] = &[
    "\u{200E}", "\u{200F}", "\u{202B}", "\u{202E}", "\u{2067}", "\u{2069}", "\u{200B}", "\u{200C}",
    "\u{200D}", "\u{FEFF}", "\u{061C}", "\u{0640}", "\u{064E}", "\u{0651}", "\0", "\u{1B}",
    "\u{FFFD}", "😀", "Reuters", "\r\n",
];

/// Separators between fragments.
pub const TIMELINE_PUNCT: &[&str] = &[" ", " ", " ", "، ", ". ", "\n", "؟ ", " و", ": ", "\n\n"];

/// Digits of `n` in one of the three systems: Western, Arabic-Indic, Persian.
pub fn digits_in(n: u64, system: usize) -> String {
    let base = match system % 3 {
        0 => return n.to_string(),
        1 => 0x0660,
        _ => 0x06F0,
    };
    n.to_string()
        .bytes()
        .map(|b| char::from_u32(base + u32::from(b - b'0')).unwrap_or('?'))
        .collect()
}

/// One document of a `timeline` input.
#[derive(Debug, Clone)]
pub struct TimelineDoc {
    pub id: String,
    pub reference: Option<Reference>,
    pub text: String,
}

/// Decodes fuzz bytes into up to 12 documents (ids from [`TIMELINE_IDS`], references from [`TIMELINE_REFERENCES`],
/// texts of up to 40 fragments) and a permutation seed.
pub fn timeline_input(data: &[u8]) -> (Vec<TimelineDoc>, u64) {
    let mut c = Choices::new(data);
    let n = c.below(13);
    let seed = u64::from_le_bytes([c.byte(), c.byte(), c.byte(), c.byte(), 0, 0, 0, 0]);
    let mut docs = Vec::with_capacity(n);
    for _ in 0..n {
        let id = c.pick(TIMELINE_IDS).to_string();
        let reference = c
            .pick(TIMELINE_REFERENCES)
            .map(|r| r.parse().expect("a valid reference"));
        let mut text = String::new();
        for _ in 0..c.below(41) {
            match c.below(16) {
                0..=2 => text.push_str(c.pick(TIMELINE_TRIGGERS)),
                3..=4 => text.push_str(c.pick(TIMELINE_NAMES)),
                5 => text.push_str(c.pick(TIMELINE_DATE_WORDS)),
                6..=7 => {
                    // A day, month name and year: mostly plausible, sometimes impossible.
                    let sys = c.below(3);
                    let day = match c.below(4) {
                        0 => 31,
                        _ => 1 + c.below(30) as u64,
                    };
                    let month = c.pick(TIMELINE_MONTHS);
                    let year = match c.below(8) {
                        0 => 1400 + c.below(60) as u64,
                        1 => u64::from(c.byte()) * 1000,
                        _ => 2015 + c.below(12) as u64,
                    };
                    text.push_str(&format!(
                        "في {} {month} {}",
                        digits_in(day, sys),
                        digits_in(year, sys)
                    ));
                }
                8 => {
                    let sys = c.below(3);
                    let (d, m, y) = (c.below(33), c.below(14), 2015 + c.below(12));
                    let sep = c.pick(&["/", "-", "."]);
                    text.push_str(&format!(
                        "{}{sep}{}{sep}{}",
                        digits_in(d as u64, sys),
                        digits_in(m as u64, sys),
                        digits_in(y as u64, sys)
                    ));
                }
                9 => text.push_str(c.pick(TIMELINE_MONTHS)),
                10 => {
                    let sys = c.below(3);
                    text.push_str(&digits_in(u64::from(c.byte()), sys));
                }
                11..=12 => text.push_str(c.pick(TIMELINE_NOISE)),
                13 => text.push_str(&c.raw(24)),
                _ => text.push_str(c.pick(TIMELINE_PUNCT)),
            }
            text.push_str(c.pick(TIMELINE_PUNCT));
        }
        docs.push(TimelineDoc {
            id,
            reference,
            text,
        });
    }
    (docs, seed)
}

/// `items` shuffled by `seed` (a small xorshift, Fisher-Yates).
pub fn permuted<T: Clone>(items: &[T], seed: u64) -> Vec<T> {
    let mut out = items.to_vec();
    let mut s = seed ^ 0x9E37_79B9_7F4A_7C15;
    for i in (1..out.len()).rev() {
        s ^= s << 13;
        s ^= s >> 7;
        s ^= s << 17;
        out.swap(i, (s % (i as u64 + 1)) as usize);
    }
    out
}

/// The `timeline` fuzz target: decodes the bytes with [`timeline_input`], analyzes every document and checks
/// [`check_timeline`].
pub fn fuzz_timeline(data: &[u8]) {
    let (docs, seed) = timeline_input(data);
    let ex = &setup().past;
    let docs: Vec<Document> = docs
        .into_iter()
        .map(|d| Document {
            id: d.id,
            text: d.text,
            reference: d.reference,
        })
        .collect();
    let analyses: Vec<Analysis> = docs.iter().map(|d| ex.analyze(d)).collect();
    check_timeline(&docs, &analyses, seed);
}

/// The timeline invariants over `docs` and their `analyses` (same order): a `Timeline` built from the analyses in
/// the given order equals one built in the order permuted by `seed`, and one built from two halves (either half
/// first, the second added with [`Timeline::add`]); built with the texts ([`Timeline::from_documents`], which may
/// group more), it too is independent of the order and equal to [`Timeline::from_mentions`]; entries are in date order; every mention is one of the events
/// (none lost, none duplicated, by the merge key: document id, trigger span, kind) and its spans (trigger, sentence,
/// actors, place, date) lie on char boundaries inside the text of a document with its id, with the texts equal to
/// the slices; every date is a valid value; sources and kinds agree with the mentions.
pub fn check_timeline(docs: &[Document], analyses: &[Analysis], seed: u64) {
    assert_eq!(docs.len(), analyses.len());
    let json = |t: &Timeline| serde_json::to_string(t).expect("a timeline serializes");
    let t = Timeline::from_analyses(analyses);
    let expected = json(&t);

    let order = permuted(&(0..analyses.len()).collect::<Vec<usize>>(), seed);
    let shuffled = Timeline::from_analyses(order.iter().map(|&i| &analyses[i]));
    assert_eq!(
        json(&shuffled),
        expected,
        "the timeline depends on the document order {order:?}"
    );
    let half = order.len() / 2;
    let (first, second) = order.split_at(half);
    for (a, b) in [(first, second), (second, first)] {
        let mut merged = Timeline::from_analyses(a.iter().map(|&i| &analyses[i]));
        for &i in b {
            merged.add(&analyses[i]);
        }
        assert_eq!(
            json(&merged),
            expected,
            "two halves {a:?} + {b:?} merge into another timeline"
        );
    }

    // With the texts (which may group more: a name written untitled meets its titled mention): independent of the
    // order too, and equal to the timeline of the same mentions made by the caller.
    let with_text =
        Timeline::from_documents(analyses.iter().zip(docs).map(|(a, d)| (a, d.text.as_str())));
    let expected_with_text = json(&with_text);
    let shuffled_with_text =
        Timeline::from_documents(order.iter().map(|&i| (&analyses[i], docs[i].text.as_str())));
    assert_eq!(
        json(&shuffled_with_text),
        expected_with_text,
        "the timeline with texts depends on the document order {order:?}"
    );
    let mentions = analyses.iter().zip(docs).flat_map(|(a, d)| {
        a.events
            .iter()
            .map(move |e| Mention::new(&a.id, a.reference, e, &d.text))
    });
    assert_eq!(
        json(&Timeline::from_mentions(mentions)),
        expected_with_text,
        "from_mentions differs from from_documents"
    );

    // No mention lost or duplicated: one per distinct (id, trigger span, kind).
    let mut keys: Vec<(&str, Span, EventKind)> = analyses
        .iter()
        .flat_map(|a| {
            a.events
                .iter()
                .map(move |e| (a.id.as_str(), e.trigger.span, e.kind))
        })
        .collect();
    keys.sort();
    keys.dedup();
    let mut got: Vec<(&str, Span, EventKind)> = t
        .entries()
        .iter()
        .flat_map(|e| {
            e.mentions
                .iter()
                .map(|m| (m.doc.as_str(), m.trigger.span, m.kind))
        })
        .collect();
    got.sort();
    assert_eq!(got, keys, "mentions lost or duplicated by merging");

    check_entry_order(t.entries());
    check_entry_order(with_text.entries());
    for entry in t.entries() {
        check_entry(entry, docs);
    }
    for with in with_text.entries() {
        check_entry(with, docs);
        for m in &with.mentions {
            let fits = docs.iter().any(|d| {
                d.id == m.doc
                    && m.sentence.as_str(&d.text).map(str::trim) == Some(m.sentence_text.as_str())
            });
            assert!(
                fits,
                "sentence text {:?} of {:?} is not its span",
                m.sentence_text, m.doc
            );
        }
    }
}

/// The slice of `text` that `span` points to, when it lies on char boundaries inside `text`.
fn span_in(text: &str, span: Span) -> Option<&str> {
    if span.start > span.end {
        return None;
    }
    text.get(span.range())
}

fn check_entry(entry: &Entry, docs: &[Document]) {
    assert!(!entry.mentions.is_empty(), "an entry without mentions");
    let mut sources: Vec<String> = entry.mentions.iter().map(|m| m.doc.clone()).collect();
    sources.sort();
    sources.dedup();
    assert_eq!(
        entry.sources, sources,
        "sources are not the mentions' documents"
    );
    let mut kinds: Vec<EventKind> = entry.mentions.iter().map(|m| m.kind).collect();
    kinds.sort();
    kinds.dedup();
    assert_eq!(entry.kinds, kinds, "kinds are not the mentions' kinds");
    assert!(
        entry.kinds.contains(&entry.kind),
        "kind {:?} not among {:?}",
        entry.kind,
        entry.kinds
    );
    assert_eq!(
        entry.date, entry.mentions[0].date,
        "the entry's date is not its best mention's"
    );
    if let Some(d) = &entry.date {
        check_date(d);
    }
    for m in &entry.mentions {
        if let Some(d) = &m.date {
            check_date(d);
        }
        // The mention's spans fit the text of a document with its id (ids may repeat).
        let fits = docs
            .iter()
            .filter(|d| d.id == m.doc)
            .any(|d| mention_fits(m, &d.text));
        assert!(
            fits,
            "mention {m:?} does not fit any document with id {:?}",
            m.doc
        );
    }
}

fn check_date(d: &EventDate) {
    check_value(&d.value, true);
    if let Some(i) = d.interval {
        assert!(i.start < i.end, "empty interval {i:?} for {:?}", d.value);
    }
}

/// True when every span of `m` lies on char boundaries inside `text`, `start < end`, with its text equal to the
/// slice, and the trigger lies inside the sentence.
fn mention_fits(m: &Mention, text: &str) -> bool {
    let ok = |s: Span| s.start < s.end && span_in(text, s).is_some();
    ok(m.trigger.span)
        && span_in(text, m.trigger.span) == Some(m.trigger.text.as_str())
        && ok(m.sentence)
        && m.sentence.contains(m.trigger.span)
        && m.actors
            .iter()
            .all(|a| ok(a.span) && span_in(text, a.span) == Some(a.name.as_str()))
        && m.place
            .as_ref()
            .is_none_or(|p| ok(p.span) && span_in(text, p.span) == Some(p.name.as_str()))
        && m.date.as_ref().and_then(|d| d.span).is_none_or(ok)
}

/// Entries in the documented date order: dated entries (those with an interval) first, by interval start, a
/// container before what it contains (longer first on the same start); then undated ones by value.
fn check_entry_order(entries: &[Entry]) {
    let key = |e: &Entry| {
        let value = e.date.as_ref().map(|d| d.value.clone());
        match e.interval() {
            Some((s, t)) => (0, Some(s), Some(Reverse(t)), value),
            None => (1, None, None, value),
        }
    };
    for w in entries.windows(2) {
        assert!(
            key(&w[0]) <= key(&w[1]),
            "entries out of date order: {:?} before {:?}",
            key(&w[0]),
            key(&w[1])
        );
    }
}
