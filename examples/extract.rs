//! Extracts temporal expressions and events from Arabic text files or JSON lines.
//!
//! ```text
//! cargo run --release --example extract -- [--reference DATE_OR_DATETIME] [--prefer past|future] [--jobs N] FILE...
//! cargo run --release --example extract -- [--jobs N] --jsonl < docs.jsonl
//! ```
//!
//! Writes one JSON line per document, in input order: `{"id", "temporals": [...], "events": [...]}`. A malformed input
//! line gives `{"id"?, "line", "error"}` and processing goes on.
//!
//! `--jobs N`: documents are analyzed on N threads (default: all cores), in batches of [`BATCH`] lines (or files) read,
//! analyzed in parallel and written in input order, so the output does not depend on N and memory stays bounded by
//! three batches (one being read, one analyzed, one written) whatever the input size.

use arabic_timeline::{Document, Extractor, Prefer, Reference, WordCache, WordCachePool};
use rayon::prelude::*;
use serde_json::{json, Value};
use std::io::{self, BufRead, BufWriter, IoSlice, Read, Write};
use std::process::ExitCode;

/// A faster allocator for the binary (the library allocates through whatever its caller chose). Not when this file is
/// included by a test or a fuzz target, which keep the default.
#[cfg(not(any(test, fuzzing)))]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// The output line, written by hand (same bytes as serde_json, faster).
#[path = "extract/json.rs"]
pub(crate) mod json;

/// The input line, read by hand (the common shape; serde_json reads the others).
#[path = "extract/input.rs"]
pub(crate) mod input;

const USAGE: &str = "usage: extract [--reference DATE_OR_DATETIME] [--prefer past|future] [--jobs N] FILE...
       extract [--reference DATE_OR_DATETIME] [--prefer past|future] [--jobs N] --jsonl < DOCS.jsonl";

/// Lines (or files) read, analyzed in parallel and written together: enough to keep every thread busy, few enough
/// that memory stays flat.
pub(crate) const BATCH: usize = 256;

struct Args {
    reference: Option<Reference>,
    prefer: Prefer,
    jsonl: bool,
    /// Threads; `None`: all cores.
    jobs: Option<usize>,
    files: Vec<String>,
}

/// A `--jobs` value: a whole number of threads, at least 1.
pub(crate) fn parse_jobs(v: &str) -> Result<usize, String> {
    match v.parse::<usize>() {
        Ok(n) if n >= 1 => Ok(n),
        _ => Err(format!(
            "--jobs: expected a number of threads, at least 1, found {v:?}"
        )),
    }
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args {
        reference: None,
        prefer: Prefer::Past,
        jsonl: false,
        jobs: None,
        files: Vec::new(),
    };
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        match a.as_str() {
            "--reference" => {
                let v = it.next().ok_or("--reference needs a value")?;
                args.reference = Some(v.parse().map_err(|e| format!("--reference: {e}"))?);
            }
            "--prefer" => {
                let v = it.next().ok_or("--prefer needs a value")?;
                args.prefer = v.parse().map_err(|e| format!("--prefer: {e}"))?;
            }
            "--jsonl" => args.jsonl = true,
            "--jobs" => {
                let v = it.next().ok_or("--jobs needs a value")?;
                args.jobs = Some(parse_jobs(&v).map_err(|e| format!("{e}\n{USAGE}"))?);
            }
            "-h" | "--help" => return Err(USAGE.to_string()),
            s if s.starts_with("--") => return Err(format!("unknown option {s:?}\n{USAGE}")),
            _ => args.files.push(a),
        }
    }
    if !args.jsonl && args.files.is_empty() {
        return Err(format!("no input files\n{USAGE}"));
    }
    if let (true, Some(f)) = (args.jsonl, args.files.first()) {
        return Err(format!(
            "--jsonl reads standard input, found file argument {f:?}\n{USAGE}"
        ));
    }
    Ok(args)
}

/// One output line (UTF-8, without its newline): the records as serde_json would write them, keys in the documented
/// order, written by [`json::line`].
fn output(ex: &Extractor, doc: &Document, cache: &mut WordCache) -> Vec<u8> {
    let a = ex.analyze_with(doc, cache);
    // Room for the whole line at once, rather than growing the buffer (a regrowth copies the line so far). The line's
    // length follows what was found, not the text: a temporal takes about 210 bytes, an event 300 and each of its
    // actors 115 (at most about 360, 610 and 220 on news); the sizes below cover all but the longest lines, and
    // capacity never written to costs no memory.
    let events: usize = a.events.iter().map(|e| 448 + 160 * e.actors.len()).sum();
    let mut buf = Vec::with_capacity(64 + a.id.len() + 256 * a.temporals.len() + events);
    json::line(&mut buf, &a.id, &a.temporals, &a.events);
    buf
}

/// A well-formed JSON-lines document read straight from the line's bytes, the common case; `None` sends the line to
/// [`read_line`], which names what is wrong. The line's UTF-8 is checked once, with SIMD, and [`input::read`] reads
/// the common shape of a line by hand (a lossy conversion of the whole line first cost as much as reading it).
fn read_fast(line: &[u8], n: usize, reference: Option<Reference>) -> Option<Document> {
    let line = simdutf8::basic::from_utf8(line).ok()?;
    let f = input::read(line)?;
    let given = f.reference.or(f.published);
    let reference = match given.as_deref().map(str::parse::<Reference>) {
        None => reference,
        Some(Ok(r)) => Some(r),
        Some(Err(_)) => return None,
    };
    Some(Document {
        id: f.id.map_or_else(|| format!("line-{n}"), |s| s.into_owned()),
        text: f.text.into_owned(),
        reference,
    })
}

/// One JSON-lines input line to a document, or an error object. `reference` is the `--reference` default.
fn read_line(line: &str, n: usize, reference: Option<Reference>) -> Result<Document, Value> {
    let v: Value = serde_json::from_str(line)
        .map_err(|e| json!({ "line": n, "error": format!("invalid JSON: {e}") }))?;
    let Some(obj) = v.as_object() else {
        return Err(json!({ "line": n, "error": "expected a JSON object" }));
    };
    let id = match obj.get("id") {
        Some(Value::String(s)) => Some(s.clone()),
        Some(Value::Number(x)) => Some(x.to_string()),
        _ => None,
    };
    let fail = |msg: String| {
        let mut e = json!({ "line": n, "error": msg });
        if let Some(id) = &id {
            e["id"] = json!(id);
        }
        e
    };
    let text = match obj.get("text") {
        Some(Value::String(s)) => s.clone(),
        Some(_) => return Err(fail("\"text\" must be a string".into())),
        None => return Err(fail("missing \"text\"".into())),
    };
    // A line's own date: `reference`, else `published` (the field news datasets commonly carry); null is absent.
    let field = ["reference", "published"]
        .into_iter()
        .find_map(|k| obj.get(k).filter(|v| !v.is_null()).map(|v| (k, v)));
    let reference = match field {
        None => reference,
        Some((k, Value::String(s))) => Some(
            s.parse::<Reference>()
                .map_err(|e| fail(format!("\"{k}\": {e}")))?,
        ),
        Some((k, _)) => return Err(fail(format!("\"{k}\" must be a string"))),
    };
    Ok(Document {
        id: id.unwrap_or_else(|| format!("line-{n}")),
        text,
        reference,
    })
}

/// The answer to one input line (`None` for a blank line), and whether it is a document rather than an error.
fn answer(
    ex: &Extractor,
    buf: &[u8],
    n: usize,
    reference: Option<Reference>,
    cache: &mut WordCache,
) -> Option<(Vec<u8>, bool)> {
    let bytes = buf.trim_ascii();
    if bytes.is_empty() {
        return None;
    }
    if let Some(doc) = read_fast(bytes, n, reference) {
        return Some((output(ex, &doc, cache), true));
    }
    let line = String::from_utf8_lossy(buf);
    let line = line.trim();
    if line.is_empty() {
        return None;
    }
    Some(match read_line(line, n, reference) {
        Ok(doc) => (output(ex, &doc, cache), true),
        Err(e) => (e.to_string().into_bytes(), false),
    })
}

/// Reads JSON lines from `reader` and writes one output line per non-empty input line, in order. Returns whether every
/// line was a valid document; an I/O error on either side stops the loop (the lines read before a read error are
/// answered first). Lines are read in batches of [`BATCH`], each batch analyzed on rayon's global pool and written
/// in input order. `pub(crate)` for the fuzz target `jsonl` and `tests/fuzz_regressions.rs`, which include this file
/// as a module (the binary itself calls [`jsonl_in`] with its own pool).
#[allow(dead_code)]
pub(crate) fn jsonl(
    ex: &Extractor,
    reader: impl BufRead,
    out: &mut impl Write,
    reference: Option<Reference>,
) -> io::Result<bool> {
    jsonl_in(ex, reader, out, reference, None)
}

/// [`jsonl`], each batch analyzed in `pool` when one is given (else in rayon's global pool). Reading and writing
/// stay on the calling thread.
pub(crate) fn jsonl_in(
    ex: &Extractor,
    mut reader: impl BufRead,
    out: &mut impl Write,
    reference: Option<Reference>,
    pool: Option<&rayon::ThreadPool>,
) -> io::Result<bool> {
    // Kept for the whole run: the lookups made for one batch serve the next ones too.
    let caches = WordCachePool::new();
    // The answers to `lines`, ranges of `bytes`, analyzed in parallel.
    let analyze = |bytes: &[u8], lines: &[(usize, std::ops::Range<usize>)]| -> Answers {
        let go = || {
            lines
                .par_iter()
                .map_init(
                    || caches.lease(),
                    |lease, (n, r)| {
                        let line = bytes.get(r.clone()).unwrap_or_default();
                        answer(ex, line, *n, reference, lease)
                    },
                )
                .collect()
        };
        match pool {
            Some(p) => p.install(go),
            None => go(),
        }
    };
    let analyze = &analyze;
    // The answers, and the batch's buffer given back (emptied) for a later batch to read into.
    let run = |batch: Batch| -> (Answers, Vec<u8>) {
        let answers = analyze(&batch.bytes, &batch.lines);
        let mut bytes = batch.bytes;
        bytes.clear();
        (answers, bytes)
    };
    // The last batch, held here so that its pieces can borrow it.
    let last = std::sync::OnceLock::new();
    let mut all_ok = true;
    let mut n = 0;
    // The start of a line read with the batch before and not in it; to begin with, room for a batch of news
    // articles (a few megabytes).
    let mut carry = Vec::with_capacity(4 << 20);
    // Buffers of batches answered, to read later ones into: the same few megabytes serve the whole run, where a
    // fresh buffer for every batch was fresh memory from the system each time.
    let mut spare: Vec<Vec<u8>> = Vec::new();
    // A batch is analyzed on its own thread while this one writes the answers of the batch before and reads the next
    // one: reading and writing overlap the analysis instead of leaving the pool idle. At most three batches are held.
    // The last batch goes in pieces of [`PIECE`] lines, each on its own thread, all given to the pool at once: the pool
    // takes them in order, so the answers of the first pieces are written while the later ones are analyzed, and
    // what is left to write once the analysis ends is one piece, not a whole batch.
    std::thread::scope(|scope| -> io::Result<bool> {
        let mut pending = std::collections::VecDeque::new();
        loop {
            let (batch, end) = read_batch(&mut reader, &mut n, &mut carry, &mut spare);
            if end.is_some() {
                let batch: &Batch = last.get_or_init(|| batch);
                for lines in batch.lines.chunks(PIECE) {
                    pending
                        .push_back(scope.spawn(move || (analyze(&batch.bytes, lines), Vec::new())));
                }
            } else {
                pending.push_back(scope.spawn(|| run(batch)));
            }
            // The batch before this one (all of them at the end), in input order.
            let keep = usize::from(end.is_none());
            while pending.len() > keep {
                let Some(h) = pending.pop_front() else { break };
                let (answers, bytes) = join(h);
                spare.push(bytes);
                all_ok &= write_answers(out, answers)?;
            }
            if let Some(end) = end {
                return end.map(|()| all_ok);
            }
        }
    })
}

/// Lines of the last batch analyzed together: enough for every thread to take several, few enough that the answers
/// of one piece (about 12 KB a line on news) are soon written.
const PIECE: usize = 32;

/// Input lines: the bytes read, and each line's number and range in them.
struct Batch {
    bytes: Vec<u8>,
    lines: Vec<(usize, std::ops::Range<usize>)>,
}

/// Answers to a batch: an output line and whether it is a document, or `None` for a blank line.
type Answers = Vec<Option<(Vec<u8>, bool)>>;

/// Bytes asked of the reader at a time: what is read past a batch's last line is copied to the next batch's buffer.
const READ: usize = 256 << 10;

/// The next [`BATCH`] lines of `reader`, numbered on from `n`, and how reading ended if it did (the lines read
/// before an error are answered first). The input is read straight into the batch's buffer, and the lines are
/// ranges of it: no line is copied on its own. `carry` holds the start of the line after the batch's last one, read
/// with it; it begins the next batch, in a buffer taken from `spare` when there is one.
fn read_batch(
    reader: &mut impl BufRead,
    n: &mut usize,
    carry: &mut Vec<u8>,
    spare: &mut Vec<Vec<u8>>,
) -> (Batch, Option<io::Result<()>>) {
    let mut batch = Batch {
        bytes: std::mem::take(carry),
        lines: Vec::with_capacity(BATCH),
    };
    // The start of the next line, and how far line breaks have been searched for.
    let (mut start, mut searched) = (0, 0);
    loop {
        while batch.lines.len() < BATCH {
            let rest = batch.bytes.get(searched..).unwrap_or_default();
            let Some(k) = memchr::memchr(b'\n', rest) else {
                searched = batch.bytes.len();
                break;
            };
            let end = searched + k + 1;
            *n += 1;
            batch.lines.push((*n, start..end));
            (start, searched) = (end, end);
        }
        if batch.lines.len() == BATCH {
            // The next batch's buffer, with room for as much as this one's: a buffer that grows is copied each time.
            *carry = spare.pop().unwrap_or_default();
            carry.clear();
            carry.reserve(start + 2 * READ);
            carry.extend_from_slice(batch.bytes.get(start..).unwrap_or_default());
            batch.bytes.truncate(start);
            return (batch, None);
        }
        // Room for the whole read (else `read_to_end` grows the buffer in steps, and probes before it does).
        if batch.bytes.capacity() - batch.bytes.len() <= READ {
            batch.bytes.reserve(READ + 64);
        }
        match reader
            .by_ref()
            .take(READ as u64)
            .read_to_end(&mut batch.bytes)
        {
            Ok(0) => {
                // The last line may have no line break.
                if start < batch.bytes.len() {
                    *n += 1;
                    batch.lines.push((*n, start..batch.bytes.len()));
                }
                return (batch, Some(Ok(())));
            }
            Ok(_) => {}
            Err(e) => {
                batch.bytes.truncate(start);
                return (batch, Some(Err(e)));
            }
        }
    }
}

/// The answers of a batch thread; a panic there is carried on here.
fn join<T>(h: std::thread::ScopedJoinHandle<'_, T>) -> T {
    h.join().unwrap_or_else(|e| std::panic::resume_unwind(e))
}

/// Writes a batch's answers, one line each; returns whether all were documents.
fn write_answers(out: &mut impl Write, answers: Answers) -> io::Result<bool> {
    let mut all_ok = true;
    let mut lines = Vec::with_capacity(answers.len());
    for (mut line, ok) in answers.into_iter().flatten() {
        all_ok &= ok;
        line.push(b'\n');
        lines.push(line);
    }
    // The batch's lines in one vectored write: a batch (megabytes) is larger than the 256 KB buffer in front of
    // standard output, which then hands the lines on without copying them, and line-buffered standard output finds
    // its last line break at once, at the end of the last line.
    let mut slices: Vec<IoSlice<'_>> = lines.iter().map(|l| IoSlice::new(l)).collect();
    let mut bufs = &mut slices[..];
    while !bufs.is_empty() {
        match out.write_vectored(bufs) {
            Ok(0) => return Err(io::ErrorKind::WriteZero.into()),
            Ok(n) => IoSlice::advance_slices(&mut bufs, n),
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(all_ok)
}

/// The output line for one file, or the message for a file that cannot be read.
fn file_answer(
    ex: &Extractor,
    path: &str,
    reference: Option<Reference>,
    cache: &mut WordCache,
) -> Result<Vec<u8>, String> {
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .and_then(|mut f| f.read_to_end(&mut bytes))
        .map_err(|e| format!("{path}: {e}"))?;
    let text = String::from_utf8(bytes).map_err(|_| format!("{path}: not valid UTF-8, skipped"))?;
    let mut doc = Document::new(path, text);
    doc.reference = reference;
    Ok(output(ex, &doc, cache))
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("extract: {e}");
            return ExitCode::from(2);
        }
    };
    let ex = Extractor::builder().prefer(args.prefer).build();
    let jobs = args
        .jobs
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    let pool = match rayon::ThreadPoolBuilder::new().num_threads(jobs).build() {
        Ok(p) => p,
        Err(e) => {
            eprintln!("extract: cannot start {jobs} threads: {e}");
            return ExitCode::from(1);
        }
    };
    let stdout = io::stdout();
    // Output lines are about 12 KB: a buffer that holds many of them makes few writes.
    let mut out = BufWriter::with_capacity(256 * 1024, stdout.lock());
    let mut failed = false;
    if args.jsonl {
        match jsonl_in(
            &ex,
            // Read 1 MB at a time into each batch's buffer (standard input's own buffer of 8 KB is passed by).
            io::stdin().lock(),
            &mut out,
            args.reference,
            Some(&pool),
        ) {
            Ok(ok) => failed = !ok,
            Err(e) => {
                eprintln!("extract: --jsonl: {e}");
                return ExitCode::from(1);
            }
        }
    } else {
        // Kept for the whole run: the lookups made for one batch serve the next ones too.
        let caches = WordCachePool::new();
        for paths in args.files.chunks(BATCH) {
            let answers: Vec<Result<Vec<u8>, String>> = pool.install(|| {
                paths
                    .par_iter()
                    .map_init(
                        || caches.lease(),
                        |lease, p| file_answer(&ex, p, args.reference, lease),
                    )
                    .collect()
            });
            for a in answers {
                match a {
                    Ok(mut line) => {
                        line.push(b'\n');
                        if out.write_all(&line).is_err() {
                            return ExitCode::from(1);
                        }
                    }
                    Err(e) => {
                        eprintln!("extract: {e}");
                        failed = true;
                    }
                }
            }
        }
    }
    if out.flush().is_err() {
        return ExitCode::from(1);
    }
    if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
