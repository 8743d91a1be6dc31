//! Hostile and pathological input: no panic, every span a valid slice equal to the record's text, no impossible value.
//! The cost per byte on the pathological inputs is measured by `benches/hostile.rs`.

mod common;
mod invariants;

use arabic_timeline::{Document, Extractor, Reference, Temporal};
use common::pathological::{event_inputs, number_inputs, pathological};
use invariants::check;

fn reference() -> Reference {
    "2021-07-26".parse().expect("reference")
}

/// Small hostile texts: controls, impossible numbers, broken marks.
fn small_inputs() -> Vec<String> {
    [
        "",
        " ",
        "\u{0}\u{1}\u{7f}",
        "٣١ فبراير ٢٠٢١",
        "0 يناير 2020 و 32 مارس 2020 و 5 يناير 99999999999",
        "عام 0 وعام 99999 وسنة 1 و 31/02/2021 و 2021-13-45",
        "5 رمضان 1200هـ و 5 رمضان 1900هـ",
        "في 5\u{200F} يـنـايـر\u{200D} 2020م 😀 abc",
        "ـــــــــ",
        "قبل 99999999999999999999 عام وبعد 18446744073709551615 يوم",
        "الساعة 99:99 والساعة 25 والساعة 12:60",
        "\u{FFFD}\u{FFFD} 12 \u{202E}مارس\u{202C} 2019",
        "\u{064E}\u{0651}\u{0640} 5 \u{0640}\u{064B} يناير",
        "\r\n\r\n5\r\nيناير\r\n2020\r\n",
    ]
    .into_iter()
    .map(String::from)
    .collect()
}

#[test]
fn small_hostile_inputs_never_panic_and_spans_hold() {
    let ex = Extractor::new();
    for text in small_inputs() {
        for r in [None, Some(reference())] {
            check(&text, &ex.temporals(&text, r));
        }
    }
}

fn values(text: &str) -> Vec<(String, String)> {
    let found: Vec<Temporal> = Extractor::new().temporals(text, Some(reference()));
    check(text, &found);
    found.into_iter().map(|t| (t.text, t.value)).collect()
}

fn pairs(v: &[(&str, &str)]) -> Vec<(String, String)> {
    v.iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}

#[test]
fn impossible_days_fall_back_to_the_month() {
    assert_eq!(
        values("وقع الحادث في 31 فبراير 2021 ثم في 29 فبراير 2021."),
        pairs(&[("31 فبراير 2021", "2021-02"), ("29 فبراير 2021", "2021-02")])
    );
    // Day 0, day 32 and a 20-digit day are not days: the month and year remain.
    assert_eq!(
        values("في 0 يناير 2020 و32 مارس 2020 و99999999999999999999 مايو 2020"),
        pairs(&[
            ("يناير 2020", "2020-01"),
            ("مارس 2020", "2020-03"),
            ("مايو 2020", "2020-05")
        ])
    );
    // Without a year or a reference: a day that no year has keeps only its month (found by fuzzing).
    let found = Extractor::new().temporals("في 31 أبريل و30 فبراير و29 فبراير", None);
    let got: Vec<&str> = found.iter().map(|t| t.value.as_str()).collect();
    assert_eq!(got, ["XXXX-04", "XXXX-02", "XXXX-02-29"]);
}

#[test]
fn impossible_years_are_never_output() {
    // Year 0 and an 11-digit year are not read as years; the day and month resolve against the reference.
    assert_eq!(
        values("في 5 يناير 0 ثم في 6 يناير 99999999999"),
        pairs(&[("5 يناير", "2021-01-05"), ("6 يناير", "2021-01-06")])
    );
    for text in [
        "في عام 0.",
        "في عام 99999999999.",
        "في عام 10000.",
        "في 5 يناير 0000.",
    ] {
        assert_eq!(values(text), pairs(&[]), "{text}");
    }
}

#[test]
fn hijri_years_outside_the_table() {
    // The Umm al-Qura table covers 1356-1500 AH. Before it the arithmetical calendar gives the days; after it (from
    // 2077) a Hijri year is taken for a slip and gives nothing.
    for text in ["في 5 رمضان 1501 هـ", "في عام 0 هـ"] {
        assert_eq!(values(text), pairs(&[]), "{text}");
    }
    assert_eq!(
        values("في 5 رمضان 1200هـ"),
        pairs(&[("5 رمضان 1200هـ", "1786-07-02")])
    );
    assert_eq!(
        values("في عام 1200 هـ"),
        pairs(&[("عام 1200 هـ", "1785-11-04/1786-10-23")])
    );
    // Inside the table, the same phrase is read.
    assert_eq!(
        values("في 5 رمضان 1436 هـ"),
        pairs(&[("5 رمضان 1436 هـ", "2015-06-22")])
    );
}

/// On each pathological input: no panic and the invariants hold, with and without a reference date. Their cost per byte
/// against real news text is measured by `benches/hostile.rs`.
#[test]
fn pathological_inputs_hold() {
    let ex = Extractor::new();
    let r = Some(reference());
    for (name, text) in pathological() {
        check(&text, &ex.temporals(&text, None));
        let found = ex.temporals(&text, r);
        check(&text, &found);
        if text.starts_with("في 5 يناير 2020 و") {
            // Every phrase is found whole, also across the internal chunk cuts.
            assert_eq!(found.len(), 60_000, "{name}");
            assert!(found.iter().all(|t| t.value == "2020-01-05"), "{name}");
        }
    }
}

/// Event detection on the pathological event inputs: every sentence's event is found, with spans on the text. Their
/// cost per byte is measured by `benches/hostile.rs`.
#[test]
fn event_inputs_hold() {
    let ex = Extractor::new();
    for (name, text) in event_inputs() {
        let a = ex.analyze(&Document::new("x", text.as_str()).with_reference(reference()));
        assert!(a.events.len() >= 32_000, "{name}: {}", a.events.len());
        assert!(
            a.events
                .iter()
                .all(|e| text.get(e.trigger.span.range()) == Some(e.trigger.text.as_str())),
            "{name}"
        );
    }
}

/// The number reader on the pathological inputs and on long compounds of number words: spans hold and values are
/// finite.
#[test]
fn numbers_on_pathological_inputs_hold() {
    let ex = Extractor::new();
    for (name, text) in number_inputs() {
        for n in ex.numbers(&text) {
            assert_eq!(n.span.as_str(&text), Some(n.text.as_str()), "{name}");
            assert!(n.value.is_finite(), "{name}");
        }
    }
}

#[test]
fn references_at_the_ends_of_the_calendar_resolve_as_none() {
    use chrono::NaiveDate;
    let ex = Extractor::new();
    let text = "قُتل ثلاثة أشخاص الليلة، وفي تلك الليلة بين العاشرة والحادية عشرة ليلاً وقع انفجار، \
                وسيعقد الاجتماع الأسبوع المقبل يوم الخميس.";
    let none = ex.temporals(text, None);
    assert!(!none.is_empty());
    for d in [NaiveDate::MAX, NaiveDate::MIN] {
        let r = Reference(d.and_hms_opt(23, 59, 59).expect("time"));
        // No overflow: the same expressions and values as with no reference.
        assert_eq!(ex.temporals(text, Some(r)), none);
        let doc = Document::new("x", text).with_reference(r);
        let a = ex.analyze(&doc);
        assert_eq!(a.reference, Some(r), "the caller's reference is kept");
        assert_eq!(a.temporals, none);
    }
}

#[test]
fn hours_counted_from_date_only_references_at_the_ends_of_the_written_years_stay_in_them() {
    use chrono::Datelike;
    let ex = Extractor::new();
    let text =
        "ستصل الطائرة بعد 99999 ساعة، وقبل 99999 ساعة وقبل 30 ساعة وخلال الساعات الـ24 الماضية وقع \
                انفجار، وبعد دقائق وصل الوفد.";
    for r in ["9990-01-01", "9999-12-31", "0001-01-01", "0005-01-01"] {
        let reference: Reference = r.parse().expect("reference");
        for t in ex.temporals(text, Some(reference)) {
            if let Some(iv) = t.interval {
                for y in [iv.start.year(), iv.end.year()] {
                    assert!(
                        (1..=10000).contains(&y),
                        "{r}: «{}» = {} lies in year {y}",
                        t.text,
                        t.value
                    );
                }
            }
            assert!(
                !t.value.starts_with('+')
                    && !t.value.starts_with('-')
                    && !t.value.starts_with("0000"),
                "{r}: «{}» = {}",
                t.text,
                t.value
            );
        }
    }
}
