//! Extraction throughput against a plain regex scan of the same text, measured in the same run.
//!
//! ```text
//! cargo bench --bench extract -- --warm-up-time 1 --measurement-time 5
//! ```
//!
//! Input: the "text" field of `../shared/corpus/arabic_news_sample.jsonl` (1,000 Arabic news articles, CC BY-NC-SA,
//! read at bench time and never shipped), or `data/samples/samples.jsonl` when `../shared` is absent (a note is
//! printed). Every timed loop checks its result, so a fast wrong answer fails. Numbers and the machine they came from
//! are in `benches/README.md`.
//!
//! Groups:
//! - `temporal`: `Extractor::temporals` over every article (the library call alone), and over one document of at
//!   least 10 MB with no line break built from the same texts (linearity: same cost per byte).
//! - `reference_scan`: one `regex` over the same texts for every month and weekday name of the lexicon and every digit
//!   run, counting matches: the cost of reading the text once with a good automaton, the floor to compare with.
//! - `construction`: `Extractor::new()` once the process-wide tables exist; the first build is timed once at start-up
//!   and printed, since it can only happen once per process.
//! - `batch`: `Extractor::analyze_batch` over the corpus in a 1-thread pool and in an all-cores pool.
//!
//! Before the criterion groups, a paired run alternates temporal extraction with the reference scan, and the 1-thread
//! with the all-cores batch, seven rounds each, and prints the best-of ratios (set `BENCH_PAIRED=0` to skip it): on
//! a shared machine, load changes between criterion groups, and alternating exposes both sides of a ratio to it.
//!
//! Pending (they land with the events module, issue 5 items 1 and 3): `full` (temporals + events) and
//! `timeline_merge` (1k, 10k, 100k events). See the marked place below.

use arabic_timeline::{Document, Extractor, Reference};
use criterion::{BenchmarkId, Criterion, Throughput};
use regex::Regex;
use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

const CORPUS: &str = "../shared/corpus/arabic_news_sample.jsonl";
const FALLBACK: &str = "data/samples/samples.jsonl";
const MONTHS: &str = include_str!("../data/lexicon/months.tsv");
const WEEKDAYS: &str = include_str!("../data/lexicon/weekdays.tsv");

/// The bench input: documents with their reference dates, and a label naming the source and size.
struct Input {
    docs: Vec<Document>,
    bytes: u64,
    label: String,
}

fn load() -> Input {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let (path, name) = if root.join(CORPUS).exists() {
        (root.join(CORPUS), "corpus")
    } else {
        println!("note: {CORPUS} not found; benchmarking the samples in {FALLBACK} instead");
        (root.join(FALLBACK), "samples")
    };
    let data = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("reading {}: {e}", path.display()));
    let mut docs = Vec::new();
    for (n, line) in data
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let v: serde_json::Value = serde_json::from_str(line)
            .unwrap_or_else(|e| panic!("{}: line {}: {e}", path.display(), n + 1));
        let text = v["text"].as_str().unwrap_or_default().to_string();
        // The corpus calls the publication date "published", the samples "reference".
        let reference = v["published"]
            .as_str()
            .or_else(|| v["reference"].as_str())
            .and_then(|s| s.parse::<Reference>().ok());
        let id = v["id"].as_str().unwrap_or_default().to_string();
        docs.push(Document {
            id,
            text,
            reference,
        });
    }
    let bytes = docs.iter().map(|d| d.text.len() as u64).sum();
    let label = format!(
        "{name}/{} docs/{:.1} MB",
        docs.len(),
        bytes as f64 / 1_000_000.0
    );
    Input { docs, bytes, label }
}

/// One document of at least 10 MB with no line break: the input texts, newlines turned into spaces, repeated. For the
/// linearity check: its cost per byte should match the corpus's.
fn one_big_document(input: &Input) -> Document {
    let mut text = String::new();
    for d in input.docs.iter().cycle().take(100_000) {
        if text.len() >= 10_000_000 {
            break;
        }
        text.push_str(&d.text.replace('\n', " "));
        text.push(' ');
    }
    Document::new("big", text).with_reference("2015-08-11".parse().expect("date"))
}

/// The reference automaton: every month and weekday form of the lexicon, longest first, and digit runs (ASCII,
/// Arabic-Indic, Persian).
fn reference_regex() -> Regex {
    let mut forms: Vec<&str> = [MONTHS, WEEKDAYS]
        .iter()
        .flat_map(|f| f.lines())
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .filter_map(|l| l.split('\t').next())
        .map(str::trim)
        .filter(|f| !f.is_empty())
        .collect();
    forms.sort_by_key(|f| std::cmp::Reverse(f.len()));
    forms.dedup();
    let alternation: Vec<String> = forms.iter().map(|f| regex::escape(f)).collect();
    let pattern = format!(
        "{}|[0-9\u{660}-\u{669}\u{6F0}-\u{6F9}]+",
        alternation.join("|")
    );
    Regex::new(&pattern).expect("reference regex")
}

fn temporal(c: &mut Criterion, input: &Input, big: &Document) {
    let ex = Extractor::new();
    let mut g = c.benchmark_group("temporal");
    g.sample_size(10);
    g.throughput(Throughput::Bytes(big.text.len() as u64));
    let big_label = format!(
        "one document, no line break/{:.1} MB",
        big.text.len() as f64 / 1_000_000.0
    );
    g.bench_function(BenchmarkId::from_parameter(big_label), |b| {
        b.iter(|| {
            let n = black_box(ex.temporals(&big.text, big.reference)).len();
            assert!(n > 0, "no temporal expression found in the big document");
            n
        })
    });
    g.throughput(Throughput::Bytes(input.bytes));
    g.bench_function(BenchmarkId::from_parameter(&input.label), |b| {
        b.iter(|| {
            let mut n = 0usize;
            for d in &input.docs {
                n += black_box(ex.temporals(&d.text, d.reference)).len();
            }
            assert!(n > 0, "no temporal expression found in the bench input");
            n
        })
    });
    g.finish();
}

fn reference_scan(c: &mut Criterion, input: &Input) {
    let re = reference_regex();
    let mut g = c.benchmark_group("reference_scan");
    g.throughput(Throughput::Bytes(input.bytes));
    g.sample_size(10);
    g.bench_function(BenchmarkId::from_parameter(&input.label), |b| {
        b.iter(|| {
            let mut n = 0usize;
            for d in &input.docs {
                n += re.find_iter(black_box(&d.text)).count();
            }
            assert!(n > 0, "the reference scan found nothing");
            n
        })
    });
    g.finish();
}

fn construction(c: &mut Criterion) {
    let mut g = c.benchmark_group("construction");
    g.bench_function("Extractor::new/repeated", |b| {
        b.iter(|| black_box(Extractor::new()))
    });
    g.bench_function("Extractor::builder/repeated", |b| {
        b.iter(|| {
            black_box(
                Extractor::builder()
                    .prefer(arabic_timeline::Prefer::Future)
                    .build(),
            )
        })
    });
    g.finish();
}

fn batch(c: &mut Criterion, input: &Input) {
    let ex = Extractor::new();
    let all = std::thread::available_parallelism().map_or(1, |n| n.get());
    let mut g = c.benchmark_group("batch");
    g.throughput(Throughput::Bytes(input.bytes));
    g.sample_size(10);
    let expected = input.docs.len();
    for threads in [1, all] {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .expect("thread pool");
        let id = BenchmarkId::new(format!("threads={threads}"), &input.label);
        g.bench_function(id, |b| {
            b.iter(|| {
                let out = pool.install(|| ex.analyze_batch(&input.docs));
                assert_eq!(out.len(), expected);
                let n: usize = out.iter().map(|a| a.temporals.len()).sum();
                assert!(n > 0, "no temporal expression found in the batch");
                n
            })
        });
        if all == 1 {
            break;
        }
    }
    g.finish();
}

/// Interleaved runs, best of `rounds`, printed as ratios: on a shared machine the load changes between criterion
/// groups, while alternating the two sides of a ratio exposes both to the same conditions.
fn paired(input: &Input, big: &Document, rounds: usize) {
    let ex = Extractor::new();
    let re = reference_regex();
    let mb = input.bytes as f64 / 1_000_000.0;
    let best = |f: &mut dyn FnMut() -> usize, best: &mut Duration| {
        let t = Instant::now();
        let n = f();
        let d = t.elapsed();
        assert!(n > 0);
        *best = (*best).min(d);
    };
    let (mut t_ex, mut t_re) = (Duration::MAX, Duration::MAX);
    for _ in 0..rounds {
        best(
            &mut || {
                input
                    .docs
                    .iter()
                    .map(|d| ex.temporals(&d.text, d.reference).len())
                    .sum()
            },
            &mut t_ex,
        );
        best(
            &mut || {
                input
                    .docs
                    .iter()
                    .map(|d| re.find_iter(&d.text).count())
                    .sum()
            },
            &mut t_re,
        );
    }
    println!(
        "paired (best of {rounds}): temporal {:.1} MB/s, reference_scan {:.1} MB/s, temporal = 1/{:.2} of the scan",
        mb / t_ex.as_secs_f64(),
        mb / t_re.as_secs_f64(),
        t_ex.as_secs_f64() / t_re.as_secs_f64()
    );
    let mut t_big = Duration::MAX;
    for _ in 0..3 {
        best(
            &mut || ex.temporals(&big.text, big.reference).len(),
            &mut t_big,
        );
    }
    let per_byte = |t: Duration, n: usize| t.as_secs_f64() / n as f64;
    println!(
        "paired (best of 3): one {:.1} MB document {:.1} MB/s, {:.3}x the corpus cost per byte",
        big.text.len() as f64 / 1e6,
        big.text.len() as f64 / 1e6 / t_big.as_secs_f64(),
        per_byte(t_big, big.text.len()) / per_byte(t_ex, input.bytes as usize)
    );
    let all = std::thread::available_parallelism().map_or(1, |n| n.get());
    let pools: Vec<rayon::ThreadPool> = [1, all]
        .iter()
        .map(|&n| {
            rayon::ThreadPoolBuilder::new()
                .num_threads(n)
                .build()
                .expect("thread pool")
        })
        .collect();
    let mut t = [Duration::MAX; 2];
    let mut cpu = [0.0f64; 2];
    for _ in 0..rounds {
        for (k, pool) in pools.iter().enumerate() {
            let c0 = process_cpu_seconds();
            best(
                &mut || {
                    pool.install(|| ex.analyze_batch(&input.docs))
                        .iter()
                        .map(|a| a.temporals.len())
                        .sum()
                },
                &mut t[k],
            );
            if let (Some(a), Some(b)) = (c0, process_cpu_seconds()) {
                cpu[k] += b - a;
            }
        }
    }
    println!(
        "paired (best of {rounds}): analyze_batch 1 thread {:.1} MB/s, {all} threads {:.1} MB/s, speedup {:.2}x",
        mb / t[0].as_secs_f64(),
        mb / t[1].as_secs_f64(),
        t[0].as_secs_f64() / t[1].as_secs_f64()
    );
    if cpu[0] > 0.0 {
        // Work done, whatever the load: more CPU time with more threads would be parallel overhead.
        println!(
            "paired: analyze_batch CPU time over {rounds} rounds: 1 thread {:.2} s, {all} threads {:.2} s (ratio {:.2}); load average {}",
            cpu[0],
            cpu[1],
            cpu[1] / cpu[0],
            std::fs::read_to_string("/proc/loadavg").unwrap_or_default().trim()
        );
    }
}

/// User + system CPU time of this process from `/proc/self/stat` (Linux; clock ticks taken as 1/100 s), or `None`.
fn process_cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    let rest = stat.get(stat.rfind(')')? + 2..)?;
    let fields: Vec<&str> = rest.split(' ').collect();
    let utime: f64 = fields.get(11)?.parse().ok()?;
    let stime: f64 = fields.get(12)?.parse().ok()?;
    Some((utime + stime) / 100.0)
}

// ---- Pending: full extraction and Timeline merge -------------------------------------------------------------------
// When the events module lands, add here:
// - `full`: temporals + events over the same input, `Throughput::Bytes(input.bytes)`, asserting a non-zero event count;
// - `timeline_merge`: `Timeline::merge` of 1k, 10k and 100k real events extracted from the corpus, replicated with
//   shifted dates and document ids, `Throughput::Elements(n)`, checking the merged length, to show O(n log n).
// Neither is faked in the meantime.

fn main() {
    // The first build pays for the process-wide tables (lexicon parsing, folding, hashing); it happens once per
    // process, so it is timed once here, before anything else touches them.
    let t = Instant::now();
    let first = Extractor::new();
    let first_build = t.elapsed();
    black_box(first);
    println!("construction/first Extractor::new (lexicon tables built): {first_build:?}");

    let input = load();
    println!("input: {} ({} bytes of text)", input.label, input.bytes);

    let big = one_big_document(&input);
    let args: Vec<String> = std::env::args().collect();
    if !args
        .iter()
        .any(|a| a == "--list" || a == "--test" || a == "--no-paired")
    {
        paired(&input, &big, 7);
    }

    let mut c = Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(5))
        .configure_from_args();
    temporal(&mut c, &input, &big);
    reference_scan(&mut c, &input);
    construction(&mut c);
    batch(&mut c, &input);
    c.final_summary();
}
