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
//! - `full`: `Extractor::analyze` (temporals and events) over every article.
//! - `timeline_merge`: `Timeline::from_analyses` over 1k, 10k and 100k real events extracted from the corpus, the
//!   corpus's analyses replicated with dates shifted by 1,000 days per copy and document ids suffixed (`#k`), so that
//!   copies are distinct documents on distinct days; `Throughput::Elements(events)`.
//!
//! Before the criterion groups, a paired run alternates temporal extraction and full extraction with the reference
//! scan, and the 1-thread with the all-cores batch, seven rounds each, and prints the best-of ratios (set the
//! environment variable `NO_PAIRED=1` to skip it; criterion rejects arguments it does not know): on a shared machine, load changes between criterion groups, and alternating exposes both
//! sides of a ratio to it. It also prints the merge's cost per event at 1k, 10k and 100k events and the ratio of the
//! 100k to the 1k cost (O(n log n) gives about log(100k)/log(1k) = 1.67; a pairwise merge would give 100).

use arabic_timeline::{Analysis, Document, Extractor, Reference, Timeline, WordCache};
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
    let (mut t_ex, mut t_re, mut t_full) = (Duration::MAX, Duration::MAX, Duration::MAX);
    // The plain calls borrow the extractor's word caches, warm after the first round. For comparison, the same calls
    // with a fresh `WordCache` for each document: every word read anew, the cost of an article the first of its kind.
    let (mut t_ex_c, mut t_full_c) = (Duration::MAX, Duration::MAX);
    for _ in 0..rounds {
        best(
            &mut || {
                input
                    .docs
                    .iter()
                    .map(|d| {
                        ex.temporals_with(&d.text, d.reference, &mut WordCache::new())
                            .len()
                    })
                    .sum()
            },
            &mut t_ex_c,
        );
        best(
            &mut || {
                input
                    .docs
                    .iter()
                    .map(|d| ex.analyze_with(d, &mut WordCache::new()).events.len())
                    .sum()
            },
            &mut t_full_c,
        );
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
            &mut || input.docs.iter().map(|d| ex.analyze(d).events.len()).sum(),
            &mut t_full,
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
    println!(
        "paired (best of {rounds}): full (temporals + events) {:.1} MB/s, reference_scan {:.1} MB/s, full = 1/{:.2} of the scan",
        mb / t_full.as_secs_f64(),
        mb / t_re.as_secs_f64(),
        t_full.as_secs_f64() / t_re.as_secs_f64()
    );
    println!(
        "paired (best of {rounds}): a fresh WordCache per document: temporal {:.1} MB/s = 1/{:.2} of the scan; full {:.1} MB/s = 1/{:.2} of the scan",
        mb / t_ex_c.as_secs_f64(),
        t_ex_c.as_secs_f64() / t_re.as_secs_f64(),
        mb / t_full_c.as_secs_f64(),
        t_full_c.as_secs_f64() / t_re.as_secs_f64()
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

fn full(c: &mut Criterion, input: &Input) {
    let ex = Extractor::new();
    let mut g = c.benchmark_group("full");
    g.sample_size(10);
    g.throughput(Throughput::Bytes(input.bytes));
    g.bench_function(BenchmarkId::from_parameter(&input.label), |b| {
        b.iter(|| {
            let mut n = 0usize;
            for d in &input.docs {
                let a = black_box(ex.analyze(d));
                n += a.events.len();
            }
            assert!(n > 0, "no event found in the bench input");
            n
        })
    });
    g.finish();
}

/// `a` with its dates moved `days` days on and `#copy` appended to its id: another document reporting the same events
/// on other days. Interval and document dates move; a day value (`2021-07-26`) is rewritten, coarser values keep their
/// text (the merge compares them only between mentions whose intervals overlap, and copies never overlap: 1,000 days
/// is more than any interval but a century's, and no event of the corpus is dated by a century).
fn shifted(a: &Analysis, copy: usize, days: i64) -> Analysis {
    let d = chrono::Duration::days(days);
    let mut out = a.clone();
    out.id = format!("{}#{copy}", a.id);
    out.temporals.clear();
    if let Some(r) = &mut out.reference {
        r.0 += d;
    }
    for e in &mut out.events {
        if let Some(date) = &mut e.date {
            if let Some(iv) = &mut date.interval {
                iv.start += d;
                iv.end += d;
            }
            if let Ok(day) = chrono::NaiveDate::parse_from_str(&date.value, "%Y-%m-%d") {
                date.value = (day + d).format("%Y-%m-%d").to_string();
            }
        }
    }
    out
}

/// Analyses holding exactly `n` events: the corpus's analyses, then shifted copies of them, the last one cut.
fn merge_input(analyses: &[Analysis], n: usize) -> Vec<Analysis> {
    let mut out = Vec::new();
    let mut total = 0;
    let per_copy: usize = analyses.iter().map(|a| a.events.len()).sum();
    assert!(per_copy > 0, "no event to merge");
    for copy in 0.. {
        for a in analyses {
            if total >= n {
                return out;
            }
            let mut a = shifted(a, copy, 1000 * copy as i64);
            a.events.truncate(n - total);
            total += a.events.len();
            out.push(a);
        }
    }
    out
}

const MERGE_SIZES: [usize; 3] = [1_000, 10_000, 100_000];

fn timeline_merge(c: &mut Criterion, analyses: &[Analysis]) {
    let mut g = c.benchmark_group("timeline_merge");
    g.sample_size(10);
    for n in MERGE_SIZES {
        let input = merge_input(analyses, n);
        g.throughput(Throughput::Elements(n as u64));
        g.bench_function(BenchmarkId::new("events", n), |b| {
            b.iter(|| {
                let t = Timeline::from_analyses(black_box(&input));
                let mentions: usize = t.entries().iter().map(|e| e.mentions.len()).sum();
                assert_eq!(mentions, n, "every event is a mention of one entry");
                t.len()
            })
        });
    }
    g.finish();
}

/// The merge's cost per event at each size (best of 3), and the ratio of the largest to the smallest.
fn paired_merge(analyses: &[Analysis]) {
    let mut per_event = Vec::new();
    for n in MERGE_SIZES {
        let input = merge_input(analyses, n);
        let mut best = Duration::MAX;
        let mut entries = 0;
        for _ in 0..3 {
            let t = Instant::now();
            let tl = Timeline::from_analyses(&input);
            best = best.min(t.elapsed());
            entries = tl.len();
            assert!(entries > 0);
        }
        let per = best.as_secs_f64() / n as f64;
        println!(
            "merge (best of 3): {n} events -> {entries} entries in {:.1} ms, {:.2} us per event",
            best.as_secs_f64() * 1e3,
            per * 1e6
        );
        per_event.push(per);
    }
    if let (Some(first), Some(last)) = (per_event.first(), per_event.last()) {
        println!(
            "merge: cost per event at 100k events = {:.2}x the cost at 1k (n log n: {:.2}x; pairwise: 100x)",
            last / first,
            (100_000f64).ln() / (1_000f64).ln()
        );
    }
}

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
    let ex = Extractor::new();
    let analyses: Vec<Analysis> = input.docs.iter().map(|d| ex.analyze(d)).collect();
    let args: Vec<String> = std::env::args().collect();
    if !args.iter().any(|a| a == "--list" || a == "--test")
        && std::env::var_os("NO_PAIRED").is_none()
    {
        paired(&input, &big, 7);
        paired_merge(&analyses);
    }

    let mut c = Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(5))
        .configure_from_args();
    temporal(&mut c, &input, &big);
    reference_scan(&mut c, &input);
    construction(&mut c);
    batch(&mut c, &input);
    full(&mut c, &input);
    timeline_merge(&mut c, &analyses);
    c.final_summary();
}
