//! Hostile and pathological input: no panic, and every span is a valid slice equal to the record's text.

use arabic_timeline::{Extractor, Reference, Temporal};

fn check(text: &str, found: &[Temporal]) {
    let mut last_end = 0;
    for t in found {
        assert!(t.span.start < t.span.end, "empty span {:?}", t.span);
        assert!(
            t.span.start >= last_end,
            "overlapping or unsorted spans at {:?}",
            t.span
        );
        assert_eq!(
            text.get(t.span.range()),
            Some(t.text.as_str()),
            "span {:?} does not match its text",
            t.span
        );
        assert_valid_value(&t.value);
        last_end = t.span.end;
    }
}

/// Every calendar date inside a value (`2021-02-28`, `2021-02`, either end of `A/B`, the date of `…T10:15`) exists.
fn assert_valid_value(value: &str) {
    for part in value.split('/') {
        let date = part.split('T').next().unwrap_or("");
        let fields: Vec<&str> = date.split('-').collect();
        let numeric = |f: &str| !f.is_empty() && f.bytes().all(|b| b.is_ascii_digit());
        match fields.as_slice() {
            [y, m, d] if numeric(y) && numeric(m) && numeric(d) => {
                assert!(
                    chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d").is_ok(),
                    "impossible date in value {value:?}"
                );
            }
            [y, m] if numeric(y) && numeric(m) => {
                let m: u32 = m.parse().unwrap_or(0);
                assert!((1..=12).contains(&m), "impossible month in value {value:?}");
            }
            _ => {}
        }
    }
}

fn inputs() -> Vec<String> {
    let mut v = vec![
        String::new(),
        " ".into(),
        "\u{0}\u{1}\u{7f}".into(),
        "٣١ فبراير ٢٠٢١".into(),
        "0 يناير 2020 و 32 مارس 2020 و 5 يناير 99999999999".into(),
        "عام 0 وعام 99999 وسنة 1 و 31/02/2021 و 2021-13-45".into(),
        "5 رمضان 1200هـ و 5 رمضان 1900هـ".into(),
        "في 5\u{200F} يـنـايـر\u{200D} 2020م 😀 abc".into(),
        "ـــــــــ".into(),
        "قبل 99999999999999999999 عام وبعد 18446744073709551615 يوم".into(),
        "الساعة 99:99 والساعة 25 والساعة 12:60".into(),
        "\u{FFFD}\u{FFFD} 12 \u{202E}مارس\u{202C} 2019".into(),
    ];
    v.push("في 5 يناير 2020 و".repeat(2_000));
    v.push("قبل ".repeat(20_000));
    v.push("9".repeat(100_000));
    v.push("ب".repeat(200_000));
    v.push(".,;:!؟،".repeat(20_000));
    v.push("7-8-".repeat(20_000));
    v
}

#[test]
fn pathological_inputs_never_panic_and_spans_hold() {
    let ex = Extractor::new();
    let r: Reference = "2021-07-26".parse().expect("reference");
    for text in inputs() {
        for reference in [None, Some(r)] {
            let found = ex.temporals(&text, reference);
            check(&text, &found);
        }
    }
}

#[test]
fn impossible_dates_are_never_output() {
    let ex = Extractor::new();
    let found = ex.temporals(
        "وقع الحادث في 31 فبراير 2021 ثم في 0 يناير 2020.",
        Some("2021-07-26".parse().expect("ref")),
    );
    for t in &found {
        assert!(!t.value.starts_with("2021-02-31"), "{}", t.value);
        assert!(!t.value.starts_with("2020-01-00"), "{}", t.value);
    }
    // The impossible day falls back to its month.
    assert!(found.iter().any(|t| t.value == "2021-02"), "{found:?}");
}
