//! Golden event cases from `tests/data/events/*.jsonl` (format in `tests/data/README.md`): sentences written for
//! this crate, each with the events a careful reader expects (kind, trigger, polarity, modality, date), or none.
//!
//! Every case runs; the test then fails once, listing each failing case with a diff, if a file's pass count is below
//! its ratchet (`events/<file>`) in `tests/data/baselines.json`. Cases that fail at the ratchet document known gaps.

mod common;

use arabic_timeline::{DateSource, Event};
use common::*;
use serde::Deserialize;
use std::fmt::Write as _;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    name: String,
    text: String,
    reference: Option<String>,
    prefer: Option<String>,
    expected: Vec<ExpectedEvent>,
    #[serde(default = "yes")]
    exhaustive: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ExpectedEvent {
    kind: String,
    /// A word or phrase of the text (its first occurrence) that the found trigger must overlap.
    trigger: String,
    #[serde(default = "positive")]
    polarity: String,
    #[serde(default = "actual")]
    modality: String,
    /// A TIMEX3 value the text gives, `"doc"` for the reference date as a last resort, `null` for no date.
    #[serde(deserialize_with = "some_or_null")]
    date: Option<Option<String>>,
}

fn yes() -> bool {
    true
}

fn positive() -> String {
    "positive".into()
}

fn actual() -> String {
    "actual".into()
}

fn show(e: &Event) -> String {
    format!(
        "{} «{}» {} {} date={}",
        e.kind,
        e.trigger.text,
        lower(e.polarity),
        lower(e.modality),
        date_of(e)
    )
}

/// The date as the case files write it.
fn date_of(e: &Event) -> String {
    match (&e.date, e.date_source) {
        (None, _) => "null".into(),
        (Some(_), Some(DateSource::Document)) => "doc".into(),
        (Some(d), _) => d.value.clone(),
    }
}

/// Aligns expected and found events (an expected event takes the first unused found event whose trigger overlaps
/// its own, of its kind if there is one), checks their fields, and returns the diff, empty when the case passes.
fn compare(case: &Case, found: &[Event]) -> String {
    let mut diff = String::new();
    let mut used = vec![false; found.len()];
    for e in &case.expected {
        let Some(start) = case.text.find(&e.trigger) else {
            panic!("{}: trigger «{}» is not in the text", case.name, e.trigger);
        };
        let end = start + e.trigger.len();
        let overlaps = |f: &Event| f.trigger.span.start < end && start < f.trigger.span.end;
        let pos = (0..found.len())
            .find(|&i| !used[i] && overlaps(&found[i]) && found[i].kind.as_str() == e.kind)
            .or_else(|| (0..found.len()).find(|&i| !used[i] && overlaps(&found[i])));
        let want_date = e.date.clone().flatten().unwrap_or_else(|| "null".into());
        let Some(i) = pos else {
            let _ = writeln!(
                diff,
                "  missing  {} «{}» {} {} date={want_date}",
                e.kind, e.trigger, e.polarity, e.modality
            );
            continue;
        };
        used[i] = true;
        let f = &found[i];
        let mut bad = Vec::new();
        if f.kind.as_str() != e.kind {
            bad.push(format!("kind {} != {}", f.kind, e.kind));
        }
        if lower(f.polarity) != e.polarity {
            bad.push(format!("polarity {} != {}", lower(f.polarity), e.polarity));
        }
        if lower(f.modality) != e.modality {
            bad.push(format!("modality {} != {}", lower(f.modality), e.modality));
        }
        let got = date_of(f);
        if got != want_date {
            bad.push(format!("date {got} != {want_date}"));
        }
        if !bad.is_empty() {
            let _ = writeln!(diff, "  wrong    «{}»: {}", f.trigger.text, bad.join(", "));
        }
    }
    if case.exhaustive {
        for (i, f) in found.iter().enumerate() {
            if !used[i] {
                let _ = writeln!(diff, "  extra    {}", show(f));
            }
        }
    }
    diff
}

#[test]
fn event_golden_cases() {
    run_golden("events", |line, at| {
        let case: Case = serde_json::from_str(line).unwrap_or_else(|e| panic!("{at}: {e}"));
        let ex = extractor(case.prefer.as_deref());
        let found = ex.events(&case.text, reference(case.reference.as_deref()));
        let diff = compare(&case, &found);
        (!diff.is_empty()).then(|| {
            format!(
                "{} ({}): {}\n{}",
                case.name,
                case.reference.as_deref().unwrap_or("no reference"),
                case.text,
                diff
            )
        })
    });
}
