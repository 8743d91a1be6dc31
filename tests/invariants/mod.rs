//! The guarantees every extraction must keep, checked the same way by the property, hostile-input and fuzz-regression
//! tests and by the fuzz targets (`fuzz/fuzz_targets/*.rs` include this file with `#[path]` and call [`fuzz_extract`]
//! and [`fuzz_jsonl`], so a saved fuzz input replayed by `tests/fuzz_regressions.rs` runs exactly the target's code).
//! Needs only the library and `serde_json`.

#![allow(dead_code)]

use arabic_timeline::{Extractor, Prefer, Reference, Temporal};
use serde_json::Value;
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
        check_value(&t.value, true);
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
