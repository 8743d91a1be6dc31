//! Cost per byte of extraction on pathological inputs (megabytes of one phrase, digits, punctuation, marks, line
//! breaks), against real news text measured in the same run. The bound is 20 times the cost per byte of real text.
//!
//! ```text
//! cargo bench --bench hostile
//! ```
//!
//! Real text is the sample articles of `data/samples/` repeated to 500 KB. Before the criterion groups, a paired run
//! alternates real text and each input, best of three rounds each, and prints the ratio of the costs per byte for
//! `Extractor::temporals` (with a reference date), for `Extractor::numbers` and for `Extractor::analyze` on the event
//! inputs (set `NO_PAIRED=1` to skip it). On a
//! shared machine the load changes between criterion groups; alternating exposes both sides of a ratio to it. A ratio
//! above the bound fails the run.

#[path = "../tests/common/mod.rs"]
mod common;

use common::pathological;

use arabic_timeline::{Document, Extractor, Reference};
use criterion::{BenchmarkId, Criterion, Throughput};
use std::hint::black_box;
use std::time::{Duration, Instant};

/// The bound on the ratio of costs per byte.
const BOUND: f64 = 20.0;

fn reference() -> Option<Reference> {
    "2021-07-26".parse().ok()
}

/// The sample articles, repeated to at least `min_len` bytes.
fn real_text(min_len: usize) -> String {
    let one: String = common::sample_texts()
        .into_iter()
        .map(|t| t + "\n")
        .collect();
    assert!(one.len() > 8_000, "the samples are missing");
    one.repeat(min_len / one.len() + 1)
}

/// Seconds per byte of one run of `run` over `text`; `run` returns a count that must be non-zero when `nonzero` (a
/// fast wrong answer fails).
fn per_byte(text: &str, run: &dyn Fn(&str) -> usize, nonzero: bool) -> f64 {
    let t = Instant::now();
    let n = run(black_box(text));
    let secs = t.elapsed().as_secs_f64();
    assert!(!nonzero || n > 0, "no result on real text");
    secs / text.len().max(1) as f64
}

/// For each input: the best of `rounds` alternating timings of real text and the input, and the ratio.
fn paired(label: &str, real: &str, inputs: &[(&str, String)], run: &dyn Fn(&str) -> usize) {
    let mut worst = 0.0f64;
    for (name, text) in inputs {
        let (mut base, mut cost) = (f64::MAX, f64::MAX);
        for _ in 0..3 {
            base = base.min(per_byte(real, run, true));
            cost = cost.min(per_byte(text, run, false));
        }
        let ratio = cost / base;
        worst = worst.max(ratio);
        println!(
            "paired {label}: {name}: {} bytes, {:.1} ns/B vs real text {:.1} ns/B: ratio {ratio:.2}",
            text.len(),
            cost * 1e9,
            base * 1e9
        );
    }
    println!("paired {label}: worst ratio {worst:.2}, bound {BOUND}");
    // A run above the bound fails, so that running the bench is a check of the promise in SECURITY.md.
    assert!(
        worst <= BOUND,
        "{label}: cost per byte {worst:.2} times that of real text, above the bound of {BOUND}"
    );
}

fn main() {
    let ex = Extractor::new();
    let real = real_text(500_000);
    let temporal_inputs = pathological::pathological();
    let number_inputs = pathological::number_inputs();
    let event_inputs = pathological::event_inputs();
    let temporals = |t: &str| ex.temporals(t, reference()).len();
    let numbers = |t: &str| ex.numbers(t).len();
    let events = |t: &str| {
        let mut doc = Document::new("x", t);
        if let Some(r) = reference() {
            doc = doc.with_reference(r);
        }
        ex.analyze(&doc).events.len()
    };
    let args: Vec<String> = std::env::args().collect();
    if !args.iter().any(|a| a == "--list" || a == "--test")
        && std::env::var_os("NO_PAIRED").is_none()
    {
        paired("temporals", &real, &temporal_inputs, &temporals);
        paired("numbers", &real, &number_inputs, &numbers);
        paired("events", &real, &event_inputs, &events);
    }

    let mut c = Criterion::default()
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3))
        .configure_from_args();
    let mut g = c.benchmark_group("hostile_temporals");
    let all = std::iter::once(("real news text", real.clone())).chain(temporal_inputs);
    for (name, text) in all {
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(BenchmarkId::from_parameter(name), &text, |b, t| {
            b.iter(|| temporals(t))
        });
    }
    g.finish();
    c.final_summary();
}
