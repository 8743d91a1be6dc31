//! Golden timeline cases from `tests/data/timeline/*.jsonl` (format in `tests/data/README.md`): small sets of
//! articles written for this crate, each with the entries a careful reader expects once the articles are merged:
//! which articles tell the same event (one entry), which tell different events (several entries), and the date.
//!
//! Every case runs; the test then fails once, listing each failing case with a diff, if a file's pass count is below
//! its ratchet (`timeline/<file>`) in `tests/data/baselines.json`.

mod common;

use arabic_timeline::{Analysis, DateSource, Document, Entry, Extractor, Timeline};
use common::*;
use serde::Deserialize;
use std::fmt::Write as _;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    name: String,
    articles: Vec<Article>,
    expected: Vec<ExpectedEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Article {
    id: String,
    text: String,
    reference: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ExpectedEntry {
    kind: String,
    /// A TIMEX3 value the articles give, `"doc"` when only a publication date dates it.
    date: String,
    /// The articles that tell this event, in any order.
    sources: Vec<String>,
    /// Optional: the entry's polarity (`positive`, `negative`), as its best-dated mention has it.
    polarity: Option<String>,
    /// Optional: the entry's modality (`actual`, `planned`, `hypothetical`).
    modality: Option<String>,
}

fn date_of(e: &Entry) -> String {
    match (&e.date, e.date_source) {
        (None, _) => "null".into(),
        (Some(_), Some(DateSource::Document)) => "doc".into(),
        (Some(d), _) => d.value.clone(),
    }
}

fn show(e: &Entry) -> String {
    format!(
        "{} date={} sources={:?} {} {} «{}»",
        e.kind,
        date_of(e),
        e.sources,
        lower(e.polarity),
        lower(e.modality),
        e.summary
    )
}

/// Whether one of the entry's mentions reports `kind` («قتل ثلاثة جنود في هجوم» is one entry, an attack and a
/// killing).
fn has_kind(e: &Entry, kind: &str) -> bool {
    e.kinds.iter().any(|k| k.as_str() == kind)
}

/// Every kind named in `expected` must come out as exactly the expected entries (same sources, same date); entries
/// with none of those kinds are not checked. Returns the diff, empty when the case passes.
fn compare(case: &Case, t: &Timeline) -> String {
    let mut diff = String::new();
    let mut used = vec![false; t.entries().len()];
    for e in &case.expected {
        let mut want = e.sources.clone();
        want.sort();
        let pos = t.entries().iter().enumerate().position(|(i, x)| {
            !used[i]
                && has_kind(x, &e.kind)
                && x.sources == want
                && date_of(x) == e.date
                && e.polarity.as_ref().is_none_or(|p| &lower(x.polarity) == p)
                && e.modality.as_ref().is_none_or(|m| &lower(x.modality) == m)
        });
        match pos {
            Some(i) => used[i] = true,
            None => {
                let _ = writeln!(
                    diff,
                    "  missing  {} date={} sources={want:?} {} {}",
                    e.kind,
                    e.date,
                    e.polarity.as_deref().unwrap_or(""),
                    e.modality.as_deref().unwrap_or("")
                );
            }
        }
    }
    for (i, x) in t.entries().iter().enumerate() {
        if !used[i] && case.expected.iter().any(|e| has_kind(x, &e.kind)) {
            let _ = writeln!(diff, "  extra    {}", show(x));
        }
    }
    diff
}

#[test]
fn timeline_golden_cases() {
    let ex = Extractor::new();
    run_golden("timeline", |line, at| {
        let case: Case = serde_json::from_str(line).unwrap_or_else(|e| panic!("{at}: {e}"));
        let analyses: Vec<Analysis> = case
            .articles
            .iter()
            .map(|a| {
                let reference = a
                    .reference
                    .parse()
                    .unwrap_or_else(|e| panic!("{at}: reference {}: {e}", a.reference));
                ex.analyze(&Document::new(a.id.as_str(), a.text.as_str()).with_reference(reference))
            })
            .collect();
        // With the texts, as the `timeline` example builds it: sentence texts are evidence too.
        let t = Timeline::from_documents(
            analyses
                .iter()
                .zip(&case.articles)
                .map(|(an, a)| (an, a.text.as_str())),
        );
        let diff = compare(&case, &t);
        (!diff.is_empty()).then(|| {
            let mut all = String::new();
            for x in t.entries() {
                let _ = writeln!(all, "           {}", show(x));
            }
            format!("{}:\n{}  entries:\n{}", case.name, diff, all)
        })
    });
}
