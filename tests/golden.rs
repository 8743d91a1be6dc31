//! Golden temporal cases from `tests/data/temporal/*.jsonl` (format in `tests/data/README.md`) and the seed articles
//! in `../shared/seeds` against `tests/data/seeds_gold.jsonl`.
//!
//! Every case runs; the test then fails once, listing each failing case with a diff, if a file's pass count is below
//! its ratchet in `tests/data/baselines.json`.

mod common;

use common::*;
use serde::Deserialize;

#[derive(Deserialize)]
struct Case {
    name: String,
    text: String,
    reference: Option<String>,
    prefer: Option<String>,
    expected: Vec<Expected>,
    #[serde(default = "yes")]
    exhaustive: bool,
}

fn yes() -> bool {
    true
}

#[test]
fn temporal_golden_cases() {
    run_golden("temporal", |line, at| {
        let case: Case = serde_json::from_str(line).unwrap_or_else(|e| panic!("{at}: {e}"));
        let ex = extractor(case.prefer.as_deref());
        let found = ex.temporals(&case.text, reference(case.reference.as_deref()));
        let o = compare(&case.expected, &found);
        (!o.pass(case.exhaustive)).then(|| {
            format!(
                "{} ({}): {}\n{}",
                case.name,
                case.reference.as_deref().unwrap_or("no reference"),
                case.text,
                o.diff
            )
        })
    });
}

#[derive(Deserialize)]
struct SeedGold {
    file: String,
    reference: String,
    expected: Vec<Expected>,
}

#[test]
fn seed_articles() {
    let Some(shared) = shared_dir() else {
        eprintln!("skipped: ../shared is absent, so the seed articles cannot be read");
        return;
    };
    let gold =
        std::fs::read_to_string(data_dir().join("seeds_gold.jsonl")).expect("seeds_gold.jsonl");
    let ex = extractor(None);
    let (mut correct, mut expected, mut found_total) = (0, 0, 0);
    for line in gold.lines().filter(|l| !l.trim().is_empty()) {
        let g: SeedGold = serde_json::from_str(line).expect("seed gold line");
        let text =
            std::fs::read_to_string(shared.join("seeds").join(&g.file)).expect("seed article");
        let found = ex.temporals(&text, reference(Some(&g.reference)));
        let o = compare(&g.expected, &found);
        correct += o.correct;
        expected += o.expected;
        found_total += o.found;
        eprintln!(
            "{}: {}/{} correct, {} found\n{}",
            g.file, o.correct, o.expected, o.found, o.diff
        );
    }
    let recall = correct as f64 / expected.max(1) as f64;
    let precision = correct as f64 / found_total.max(1) as f64;
    eprintln!("seeds: recall {recall:.3}, precision {precision:.3} ({correct} correct of {expected} expected, {found_total} found)");
    let (min_r, min_p) = (
        baseline("seeds/recall").unwrap_or(1.0),
        baseline("seeds/precision").unwrap_or(1.0),
    );
    assert!(recall >= min_r && precision >= min_p, "seed scores below baseline: recall {recall:.3} (min {min_r}), precision {precision:.3} (min {min_p})");
}
