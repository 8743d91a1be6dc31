//! Property tests (proptest) on random text: span invariants, idempotence, insertion invariance of orthographic noise
//! inside dates, valid values on random (often impossible) dates, and a timeline independent of document order.
//!
//! Each property runs `PROPTEST_CASES` cases (proptest's default, 256, when unset), so CI stays fast; run
//! `PROPTEST_CASES=100000 cargo test --release --test properties` for a long search. Failing inputs are shrunk and
//! written by proptest to `tests/properties.proptest-regressions`; commit that file so they are replayed first.

mod invariants;

use arabic_timeline::{Analysis, Document, Extractor, Prefer, Reference};
use invariants::{check, check_timeline, days_in_month, timeline_input};
use proptest::prelude::*;
use proptest::sample::{select, Index};
use std::sync::OnceLock;

fn reference() -> Reference {
    "2021-07-26".parse().expect("reference")
}

/// First column of a lexicon file (comments and blank lines skipped).
fn lexicon(data: &'static str) -> Vec<&'static str> {
    data.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| l.split('\t').next())
        .collect()
}

/// Month names with their calendar and number, from the shipped lexicon.
fn months() -> Vec<(&'static str, bool, u32)> {
    include_str!("../data/lexicon/months.tsv")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            Some((*f.first()?, *f.get(1)? == "hijri", f.get(2)?.parse().ok()?))
        })
        .collect()
}

const WORDS: &[&str] = &[
    "قال",
    "الرئيس",
    "في",
    "من",
    "إلى",
    "بعد",
    "قبل",
    "منذ",
    "حتى",
    "الحكومة",
    "الماضي",
    "المقبل",
    "العام",
    "الشهر",
    "يوم",
    "أمس",
    "غدا",
    "اليوم",
    "الأسبوع",
    "نهاية",
    "مطلع",
    "منتصف",
    "حوالي",
    "الساعة",
    "صباحا",
    "مساء",
    "هـ",
    "م",
    "عام",
    "سنة",
    "أيام",
    "ثلاثة",
    "خمس",
    "الأول",
    "الثاني",
    "و",
    "ف",
    "ب",
    "ل",
    "ال",
    "الجاري",
    "نفسه",
    "ذلك",
];

/// Orthographic noise: bidi and zero-width controls, tatweel, tashkeel, NUL and other controls, U+FFFD, emoji, Latin.
const NOISE: &[&str] = &[
    "\u{200E}",
    "\u{200F}",
    "\u{202A}",
    "\u{202B}",
    "\u{202C}",
    "\u{202D}",
    "\u{202E}",
    "\u{2066}",
    "\u{2067}",
    "\u{2068}",
    "\u{2069}",
    "\u{200B}",
    "\u{200C}",
    "\u{200D}",
    "\u{FEFF}",
    "\u{061C}",
    "\u{0640}",
    "\u{064B}",
    "\u{064E}",
    "\u{0650}",
    "\u{0651}",
    "\u{0652}",
    "\u{0670}",
    "\0",
    "\u{1}",
    "\u{7}",
    "\u{1B}",
    "\u{7F}",
    "\u{85}",
    "\u{FFFD}",
    "😀",
    "🇸🇦",
    "👍🏽",
    "Reuters",
    "AFP",
    "January 5",
    "abc",
    "\t",
    "\r\n",
    "\n",
];

const PUNCT: &[&str] = &[
    " ", " ", " ", "، ", ". ", "-", "/", ":", "؟", "!", "(", ")", "«", "»", "\"", "٪", "٫", "–",
    "\u{A0}",
];

/// Digits in one of the three systems: Western, Arabic-Indic, Persian.
fn digits(n: u64, system: u8) -> String {
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

/// A number that is often plausible as a day, month or year, sometimes absurd.
fn number() -> impl Strategy<Value = u64> {
    prop_oneof![
        0u64..=40,
        1900u64..=2100,
        1350u64..=1510,
        Just(0),
        Just(99_999_999_999),
        Just(u64::MAX),
        any::<u64>(),
    ]
}

/// One fragment of a random text.
fn fragment() -> impl Strategy<Value = String> {
    let months: Vec<String> = months().into_iter().map(|m| m.0.to_string()).collect();
    let weekdays: Vec<String> = lexicon(include_str!("../data/lexicon/weekdays.tsv"))
        .into_iter()
        .flat_map(|w| [w.to_string(), format!("ال{w}")])
        .collect();
    let numbers: Vec<String> = lexicon(include_str!("../data/lexicon/numbers.tsv"))
        .into_iter()
        .map(String::from)
        .collect();
    let units: Vec<String> = lexicon(include_str!("../data/lexicon/units.tsv"))
        .into_iter()
        .map(String::from)
        .collect();
    let words: Vec<String> = lexicon(include_str!("../data/lexicon/words.tsv"))
        .into_iter()
        .map(String::from)
        .chain(WORDS.iter().map(|w| w.to_string()))
        .collect();
    let date = (number(), select(months.clone()), number(), any::<u8>())
        .prop_map(|(d, m, y, sys)| format!("{} {m} {}", digits(d, sys), digits(y, sys)));
    let numeric_date = (
        number(),
        number(),
        number(),
        select(vec!["/", "-", "."]),
        any::<u8>(),
    )
        .prop_map(|(a, b, c, sep, sys)| {
            format!(
                "{}{sep}{}{sep}{}",
                digits(a, sys),
                digits(b, sys),
                digits(c, sys)
            )
        });
    prop_oneof![
        4 => select(words),
        3 => select(months),
        2 => select(weekdays),
        2 => select(numbers),
        2 => select(units),
        3 => (number(), any::<u8>()).prop_map(|(n, sys)| digits(n, sys)),
        3 => date,
        1 => numeric_date,
        3 => select(NOISE).prop_map(String::from),
        3 => select(PUNCT).prop_map(String::from),
        1 => any::<char>().prop_map(String::from),
        1 => "[0-9٠-٩۰-۹]{1,30}",
    ]
}

/// A random mix of fragments, mostly separated by spaces.
fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        (fragment(), select(vec![" ", " ", " ", "", "\n", "، "])),
        0..40,
    )
    .prop_map(|parts| {
        parts
            .into_iter()
            .flat_map(|(f, sep)| [f, sep.to_string()])
            .collect()
    })
}

proptest! {
    #[test]
    fn spans_hold_on_random_mixes(text in text()) {
        let past = Extractor::new();
        let future = Extractor::builder().prefer(Prefer::Future).build();
        for ex in [&past, &future] {
            for r in [None, Some(reference())] {
                check(&text, &ex.temporals(&text, r));
            }
        }
    }

    #[test]
    fn spans_hold_on_arbitrary_strings(text in any::<String>()) {
        let ex = Extractor::new();
        for r in [None, Some(reference())] {
            check(&text, &ex.temporals(&text, r));
        }
    }

    #[test]
    fn number_spans_hold(text in text(), other in any::<String>()) {
        let ex = Extractor::new();
        for t in [&text, &other] {
            let mut last_end = 0;
            for n in ex.numbers(t) {
                prop_assert!(n.span.start < n.span.end && n.span.start >= last_end, "{:?} in {:?}", n, t);
                prop_assert_eq!(n.span.as_str(t), Some(n.text.as_str()));
                prop_assert!(n.value.is_finite());
                last_end = n.span.end;
            }
        }
    }

    #[test]
    fn extraction_is_idempotent(text in text()) {
        let ex = Extractor::new();
        for r in [None, Some(reference())] {
            let first = ex.temporals(&text, r);
            prop_assert_eq!(&first, &ex.temporals(&text, r));
            // A fresh extractor and the document API give the same records.
            prop_assert_eq!(&first, &Extractor::new().temporals(&text, r));
            let mut doc = Document::new("d", text.clone());
            doc.reference = r;
            prop_assert_eq!(&first, &ex.analyze(&doc).temporals);
        }
    }
}

/// Dates with their value, each found whole in a clean sentence (checked by `clean_dates_are_read`).
const DATES: &[(&str, &str)] = &[
    ("5 يناير 2020", "2020-01-05"),
    ("السابع من شباط 2016", "2016-02-07"),
    ("٣ مارس ٢٠٢١", "2021-03-03"),
    ("۲۵ ديسمبر ۲۰۱۹", "2019-12-25"),
    ("15 رمضان 1436 هـ", "2015-07-02"),
    ("1 كانون الثاني 2019", "2019-01-01"),
    ("الخامس عشر من أيار 2018", "2018-05-15"),
    ("3 جانفي 2017", "2017-01-03"),
    ("26/07/2021", "2021-07-26"),
];

const PREFIXES: &[&str] = &[
    "",
    "وقع الهجوم في ",
    "وفي ",
    "قال المتحدث إن الاتفاق وُقّع في ",
];
const SUFFIXES: &[&str] = &["", " بحسب البيان.", "، ثم انسحبت القوات.", "\n"];

/// Marks that may be written anywhere inside a date.
const MARKS: &[char] = &[
    '\u{200E}', '\u{200F}', '\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}', '\u{2066}',
    '\u{2067}', '\u{2068}', '\u{2069}', '\u{200B}', '\u{200C}', '\u{200D}', '\u{FEFF}', '\u{061C}',
];

/// Marks that are written on an Arabic letter: tatweel (between two letters) and tashkeel (after one).
const TATWEEL: char = '\u{0640}';
const TASHKEEL: &[char] = &[
    '\u{064B}', '\u{064E}', '\u{064F}', '\u{0650}', '\u{0651}', '\u{0652}',
];

fn is_arabic_letter(c: char) -> bool {
    ('\u{0621}'..='\u{064A}').contains(&c)
}

/// `date` with `mark` inserted at the interior char boundary picked by `at`, among the boundaries where that mark can
/// stand; `None` when there is no such boundary.
fn insert(date: &str, mark: char, at: &Index) -> Option<String> {
    let chars: Vec<(usize, char)> = date.char_indices().collect();
    let spots: Vec<usize> = chars
        .windows(2)
        .filter(|w| {
            let (a, b) = (w[0].1, w[1].1);
            if mark == TATWEEL {
                is_arabic_letter(a) && is_arabic_letter(b)
            } else if TASHKEEL.contains(&mark) {
                is_arabic_letter(a)
            } else {
                true
            }
        })
        .map(|w| w[1].0)
        .collect();
    if spots.is_empty() {
        return None;
    }
    let p = spots[at.index(spots.len())];
    Some(format!("{}{mark}{}", &date[..p], &date[p..]))
}

fn mark() -> impl Strategy<Value = char> {
    prop_oneof![
        3 => select(MARKS),
        1 => Just(TATWEEL),
        1 => select(TASHKEEL),
    ]
}

#[test]
fn clean_dates_are_read() {
    let ex = Extractor::new();
    for (date, value) in DATES {
        for (p, s) in PREFIXES.iter().zip(SUFFIXES) {
            let text = format!("{p}{date}{s}");
            let found = ex.temporals(&text, Some(reference()));
            let got: Vec<(&str, &str)> = found
                .iter()
                .map(|t| (t.text.as_str(), t.value.as_str()))
                .collect();
            assert_eq!(got, [(*date, *value)], "{text:?}");
        }
    }
}

proptest! {
    /// Bidi and zero-width marks, tatweel and tashkeel inside a date change neither its value nor its span: the span
    /// lies inside the noisy date, and without the marks it is the clean date.
    #[test]
    fn marks_inside_a_date_change_nothing(
        case in select(DATES),
        prefix in select(PREFIXES),
        suffix in select(SUFFIXES),
        marks in prop::collection::vec((mark(), any::<Index>()), 1..6),
        with_reference in any::<bool>(),
    ) {
        let (date, value) = case;
        let mut noisy = date.to_string();
        for (m, at) in &marks {
            if let Some(n) = insert(&noisy, *m, at) {
                noisy = n;
            }
        }
        let text = format!("{prefix}{noisy}{suffix}");
        let r = with_reference.then(reference);
        let found = Extractor::new().temporals(&text, r);
        check(&text, &found);
        prop_assert_eq!(found.len(), 1, "{:?}: {:?}", text, found);
        prop_assert_eq!(found[0].value.as_str(), value);
        let strip = |s: &str| -> String {
            s.chars()
                .filter(|c| !MARKS.contains(c) && *c != TATWEEL && !TASHKEEL.contains(c))
                .collect()
        };
        prop_assert_eq!(strip(&found[0].text), strip(date));
        // The span lies inside the noisy date (a mark between the last letter and a trailing tatweel, as in
        // «ه\u{200E}ـ», may be left out of it).
        let inside = prefix.len()..=prefix.len() + noisy.len();
        prop_assert!(inside.contains(&found[0].span.start) && inside.contains(&found[0].span.end));
    }

    /// Random day, month and year numbers, often impossible, in any digit system: every value that comes out is
    /// valid, and a real Gregorian date with a four-digit year in 1900-2100 is read exactly.
    #[test]
    fn values_are_always_valid(
        d in number(),
        month in select(months()),
        y in number(),
        sys in any::<u8>(),
        prefix in select(PREFIXES),
        with_reference in any::<bool>(),
    ) {
        let (name, hijri, m) = month;
        let date = format!("{} {name} {}", digits(d, sys), digits(y, sys));
        let text = format!("{prefix}{date} ثم انسحبوا");
        let r = with_reference.then(reference);
        let found = Extractor::new().temporals(&text, r);
        check(&text, &found);
        let real = !hijri
            && (1900..=2100).contains(&y)
            && (1..=u64::from(days_in_month(Some(y as u32), m))).contains(&d);
        if real {
            let want = format!("{y:04}-{m:02}-{d:02}");
            prop_assert!(
                found.iter().any(|t| t.value == want && t.text == date),
                "{:?}: want {} on {:?}, found {:?}", text, want, date, found
            );
        }
    }
}

/// Cases for the long-text property: an eighth of `PROPTEST_CASES` (each case is over 64 KiB of text), at least 16.
fn long_cases() -> u32 {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|c| c.parse::<u32>().ok())
        .unwrap_or(256);
    (cases / 8).max(16)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(long_cases()))]

    /// A date placed across the library's internal 64 KiB chunk cut, whatever the filler before it (words, sentences,
    /// lines), is found whole with its value.
    #[test]
    fn a_date_across_the_chunk_cut_is_found_whole(
        case in select(DATES),
        filler in select(vec!["نص ", "جملة قصيرة. ", "سطر\n", "، ", "ب"]),
        offset in 0usize..48,
        with_reference in any::<bool>(),
    ) {
        let (date, value) = case;
        let target = 64 * 1024 - offset;
        let mut prefix = filler.repeat(target / filler.len() + 1);
        let mut cut = target.min(prefix.len());
        while !prefix.is_char_boundary(cut) {
            cut -= 1;
        }
        prefix.truncate(cut);
        let text = format!("{prefix} {date} ثم انسحبت القوات.");
        let r = with_reference.then(reference);
        let found = Extractor::new().temporals(&text, r);
        check(&text, &found);
        let got: Vec<(&str, &str)> = found.iter().map(|t| (t.text.as_str(), t.value.as_str())).collect();
        prop_assert_eq!(got, vec![(date, value)]);
    }
}

/// Cases for the timeline property: `PROPTEST_CASES` when set, else 32 (each case analyzes a few documents and
/// builds four timelines, slow in a debug build).
fn timeline_cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|c| c.parse::<u32>().ok())
        .unwrap_or(32)
}

/// The four sample articles of `data/samples/` with their manifest's publication dates, and their analyses (done
/// once).
fn samples() -> &'static [(Document, Analysis)] {
    static SAMPLES: OnceLock<Vec<(Document, Analysis)>> = OnceLock::new();
    SAMPLES.get_or_init(|| {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/samples");
        let manifest = std::fs::read_to_string(dir.join("manifest.jsonl")).expect("manifest");
        let ex = Extractor::new();
        let docs: Vec<(Document, Analysis)> = manifest
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| {
                let m: serde_json::Value = serde_json::from_str(l).expect("manifest line");
                let file = m["file"].as_str().expect("file");
                let text = std::fs::read_to_string(dir.join(file)).expect("sample article");
                let reference: Reference = m["published"]
                    .as_str()
                    .expect("published")
                    .parse()
                    .expect("reference");
                let doc =
                    Document::new(file.trim_end_matches(".txt"), text).with_reference(reference);
                let analysis = ex.analyze(&doc);
                (doc, analysis)
            })
            .collect();
        assert_eq!(docs.len(), 4, "four sample articles");
        assert!(
            docs.iter().all(|(_, a)| !a.events.is_empty()),
            "every sample article reports events"
        );
        docs
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(timeline_cases()))]

    /// Any selection of the sample articles (repeats allowed) plus generated documents (the `timeline` fuzz target's
    /// decoder: triggers, gazetteer names, dates in three digit systems, noise; each with its own id), added in any
    /// order, at once or as two halves merged either way, gives the same timeline; entries in date order, no mention
    /// lost or duplicated, every span inside its document, every date valid (`check_timeline`).
    #[test]
    fn timeline_is_independent_of_document_order(
        picks in prop::collection::vec(0usize..4, 0..7),
        extra in prop::collection::vec(any::<u8>(), 0..300),
        seed in any::<u64>(),
    ) {
        let samples = samples();
        let ex = Extractor::new();
        let mut docs: Vec<Document> = Vec::new();
        let mut analyses: Vec<Analysis> = Vec::new();
        for &i in &picks {
            docs.push(samples[i].0.clone());
            analyses.push(samples[i].1.clone());
        }
        for (i, d) in timeline_input(&extra).0.into_iter().enumerate() {
            let mut doc = Document::new(format!("extra-{i}"), d.text);
            doc.reference = d.reference;
            analyses.push(ex.analyze(&doc));
            docs.push(doc);
        }
        check_timeline(&docs, &analyses, seed);
    }
}

/// A Hijri day and month with no year and no reference keep their Hijri numbers in the value («30 صفر» →
/// `XXXX-02-30`): a valid Hijri day, though no Gregorian one.
#[test]
fn hijri_day_without_year_or_reference_holds() {
    let text = "30 صفر 0 ";
    let found = Extractor::new().temporals(text, None);
    assert_eq!(found.first().map(|t| t.value.as_str()), Some("XXXX-02-30"));
    check(text, &found);
}
