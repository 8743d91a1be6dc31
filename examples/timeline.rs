//! Builds the merged timeline of Arabic news articles and prints it as a table, JSON or an HTML page.
//!
//! ```text
//! cargo run --release --example timeline -- [--format table|json|html|csv] [--reference DATE] [--jsonl] [--jobs N]
//!     [--from DAY] [--to DAY] [--kind KIND]... [--participant KEY] [PATH...]
//! ```
//!
//! - `PATH...`: `.txt` files or folders of them (one document each; its id is the file name without `.txt`). A
//!   `manifest.jsonl` next to the files (`{"file": "...", "published": "YYYY-MM-DD"}` per line) gives each file's
//!   publication date; `--reference` gives one to files the manifest does not list.
//! - `--jsonl`: read documents from standard input instead, one JSON object a line, as for the `extract` example:
//!   `{"id": "...", "text": "...", "reference": "YYYY-MM-DD"}` (`published` is read when `reference` is absent). The input is read in batches of 256 lines, each
//!   analyzed in parallel and kept as event mentions only (no article text), so memory grows with the events, not the
//!   input.
//! - `--jobs N`: analyze documents on N threads (default: all cores); the output does not depend on N.
//! - With no path and no `--jsonl`: the sample articles in `data/samples/`.
//! - `--from`, `--to` (days), `--kind KIND` (repeatable), `--participant KEY` (a gazetteer key such as `usa`,
//!   `soleimani`): keep only the entries that pass.
//! - `--format table` (default): date, kind, summary, number of mentions, sources. `json`: `{"entries": [...]}`. `html`: one
//!   self-contained page with an SVG timeline; each entry links to its mentions. `csv`: one row per entry for a
//!   spreadsheet (RFC 4180, UTF-8 with a byte-order mark so that spreadsheet programs read Arabic right): date, mod,
//!   date source, kind, all kinds, modality, polarity, mentions, sources, participants, place, summary.
//!
//! Exit status: 0 on success; 1 when a file could not be read or is not UTF-8 (reported by name and skipped); 2 on
//! bad arguments.

use arabic_timeline::{
    Document, Entry, EventKind, Extractor, Filter, Mention, Reference, Timeline,
};
use rayon::prelude::*;
use serde_json::Value;
use std::collections::HashMap;
use std::fmt::Write as _;
use std::io::{self, BufRead, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// A faster allocator for the binary (the library allocates through whatever its caller chose).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const USAGE: &str =
    "usage: timeline [--format table|json|html|csv] [--reference YYYY-MM-DD] [--jsonl] [--jobs N] \
     [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--kind KIND]... [--participant KEY] [PATH...]";

/// Documents read from standard input and analyzed together.
const BATCH: usize = 256;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    Table,
    Json,
    Html,
    Csv,
}

struct Args {
    format: Format,
    reference: Option<Reference>,
    jsonl: bool,
    /// Threads; `None`: all cores.
    jobs: Option<usize>,
    filter: Filter,
    paths: Vec<PathBuf>,
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args {
        format: Format::Table,
        reference: None,
        jsonl: false,
        jobs: None,
        filter: Filter::new(),
        paths: Vec::new(),
    };
    let day = |flag: &str, v: Option<String>| -> Result<chrono::NaiveDate, String> {
        let v = v.ok_or(format!("{flag} needs a value"))?;
        chrono::NaiveDate::parse_from_str(&v, "%Y-%m-%d")
            .map_err(|_| format!("{flag}: expected YYYY-MM-DD, found {v:?}"))
    };
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        match a.as_str() {
            "--format" => {
                let v = it
                    .next()
                    .ok_or("--format needs a value: table, json, html or csv")?;
                args.format = match v.as_str() {
                    "table" => Format::Table,
                    "json" => Format::Json,
                    "html" => Format::Html,
                    "csv" => Format::Csv,
                    _ => {
                        return Err(format!(
                            "--format: expected table, json, html or csv, found {v:?}"
                        ))
                    }
                };
            }
            "--reference" => {
                let v = it.next().ok_or("--reference needs a value")?;
                args.reference = Some(v.parse().map_err(|e| format!("--reference: {e}"))?);
            }
            "--jsonl" => args.jsonl = true,
            "--jobs" => {
                let v = it.next().ok_or("--jobs needs a value")?;
                match v.parse::<usize>() {
                    Ok(n) if n >= 1 => args.jobs = Some(n),
                    _ => {
                        return Err(format!(
                            "--jobs: expected a number of threads, at least 1, found {v:?}\n{USAGE}"
                        ))
                    }
                }
            }
            "--from" => args.filter = args.filter.clone().from(day("--from", it.next())?),
            "--to" => args.filter = args.filter.clone().to(day("--to", it.next())?),
            "--kind" => {
                let v = it.next().ok_or("--kind needs a value")?;
                let k: EventKind = v.parse().map_err(|e| format!("--kind: {e}"))?;
                args.filter = args.filter.clone().kind(k);
            }
            "--participant" => {
                let v = it.next().ok_or("--participant needs a value")?;
                args.filter = args.filter.clone().participant(v);
            }
            "-h" | "--help" => return Err(USAGE.to_string()),
            s if s.starts_with("--") => return Err(format!("unknown option {s:?}\n{USAGE}")),
            _ => args.paths.push(PathBuf::from(a)),
        }
    }
    if args.jsonl && !args.paths.is_empty() {
        return Err(format!(
            "--jsonl reads standard input: give no PATH\n{USAGE}"
        ));
    }
    Ok(args)
}

/// Publication dates from a folder's `manifest.jsonl`, by file name.
fn manifest(dir: &Path) -> HashMap<String, Reference> {
    let mut out = HashMap::new();
    let Ok(text) = std::fs::read_to_string(dir.join("manifest.jsonl")) else {
        return out;
    };
    for line in text.lines() {
        let Ok(v) = serde_json::from_str::<Value>(line) else {
            continue;
        };
        let (Some(file), Some(date)) = (v["file"].as_str(), v["published"].as_str()) else {
            continue;
        };
        if let Ok(r) = date.parse::<Reference>() {
            out.insert(file.to_string(), r);
        }
    }
    out
}

/// The `.txt` files a path names, sorted.
fn txt_files(path: &Path) -> io::Result<Vec<PathBuf>> {
    if path.is_dir() {
        let mut files: Vec<PathBuf> = std::fs::read_dir(path)?
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "txt") && p.is_file())
            .collect();
        files.sort();
        Ok(files)
    } else if path.exists() {
        Ok(vec![path.to_path_buf()])
    } else {
        Err(io::Error::new(
            io::ErrorKind::NotFound,
            "no such file or folder",
        ))
    }
}

fn read_files(args: &Args, failed: &mut bool) -> Vec<Document> {
    let paths = if args.paths.is_empty() {
        vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("data/samples")]
    } else {
        args.paths.clone()
    };
    let mut docs = Vec::new();
    let mut manifests: HashMap<PathBuf, HashMap<String, Reference>> = HashMap::new();
    for path in &paths {
        let files = match txt_files(path) {
            Ok(f) => f,
            Err(e) => {
                eprintln!("timeline: {}: {e}", path.display());
                *failed = true;
                continue;
            }
        };
        for file in files {
            let mut bytes = Vec::new();
            if let Err(e) = std::fs::File::open(&file).and_then(|mut f| f.read_to_end(&mut bytes)) {
                eprintln!("timeline: {}: {e}", file.display());
                *failed = true;
                continue;
            }
            let Ok(text) = String::from_utf8(bytes) else {
                eprintln!("timeline: {}: not valid UTF-8, skipped", file.display());
                *failed = true;
                continue;
            };
            let dir = file.parent().map(Path::to_path_buf).unwrap_or_default();
            let man = manifests
                .entry(dir.clone())
                .or_insert_with(|| manifest(&dir));
            let name = file.file_name().and_then(|n| n.to_str()).unwrap_or("");
            let id = name.strip_suffix(".txt").unwrap_or(name).to_string();
            let mut doc = Document::new(id, text);
            doc.reference = man.get(name).copied().or(args.reference);
            docs.push(doc);
        }
    }
    docs
}

/// The event mentions of `docs`, analyzed on `pool`, in document order; each keeps its sentence's text, the
/// documents themselves are not kept.
fn mentions_of(ex: &Extractor, docs: &[Document], pool: &rayon::ThreadPool) -> Vec<Mention> {
    let per_doc: Vec<Vec<Mention>> = pool.install(|| {
        docs.par_iter()
            .map(|d| {
                let a = ex.analyze(d);
                a.events
                    .iter()
                    .map(|e| Mention::new(&a.id, a.reference, e, &d.text))
                    .collect()
            })
            .collect()
    });
    per_doc.into_iter().flatten().collect()
}

/// Reads documents from standard input in batches of [`BATCH`] lines and returns the mentions of their events:
/// memory holds one batch of texts at a time.
fn read_jsonl(
    args: &Args,
    ex: &Extractor,
    pool: &rayon::ThreadPool,
    failed: &mut bool,
) -> Vec<Mention> {
    let mut mentions = Vec::new();
    let mut docs = Vec::with_capacity(BATCH);
    let stdin = io::stdin();
    let mut reader = stdin.lock();
    let mut buf = Vec::new();
    let mut n = 0;
    loop {
        if docs.len() >= BATCH {
            mentions.extend(mentions_of(ex, &docs, pool));
            docs.clear();
        }
        buf.clear();
        match reader.read_until(b'\n', &mut buf) {
            Ok(0) => break,
            Ok(_) => {}
            Err(e) => {
                eprintln!("timeline: reading standard input: {e}");
                *failed = true;
                break;
            }
        }
        n += 1;
        let Ok(line) = simdutf8::basic::from_utf8(&buf) else {
            eprintln!("timeline: standard input line {n}: not valid UTF-8, skipped");
            *failed = true;
            continue;
        };
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let v: Value = match serde_json::from_str(line) {
            Ok(v) => v,
            Err(e) => {
                eprintln!("timeline: standard input line {n}: invalid JSON: {e}");
                *failed = true;
                continue;
            }
        };
        let Some(text) = v["text"].as_str() else {
            eprintln!("timeline: standard input line {n}: missing string \"text\"");
            *failed = true;
            continue;
        };
        let id = match &v["id"] {
            Value::String(s) => s.clone(),
            Value::Number(x) => x.to_string(),
            _ => format!("line-{n}"),
        };
        // `reference`, else `published` (the field news datasets commonly carry).
        let given = v["reference"].as_str().or_else(|| v["published"].as_str());
        let reference = match given.map(str::parse::<Reference>) {
            Some(Ok(r)) => Some(r),
            Some(Err(e)) => {
                eprintln!("timeline: standard input line {n}: {e}");
                *failed = true;
                continue;
            }
            None => args.reference,
        };
        let mut doc = Document::new(id, text);
        doc.reference = reference;
        docs.push(doc);
    }
    mentions.extend(mentions_of(ex, &docs, pool));
    mentions
}

/// A CSV field: quoted when it holds a comma, a quote or a line break (RFC 4180), quotes doubled. A text cell that
/// begins like a formula (`=`, `+`, `-`, `@`) gets a leading `'`, so that a spreadsheet shows it rather than runs it.
fn csv_field(out: &mut String, s: &str) {
    let guarded;
    let s = if s.starts_with(['=', '+', '-', '@']) {
        guarded = format!("'{s}");
        guarded.as_str()
    } else {
        s
    };
    if s.contains([',', '"', '\n', '\r']) {
        out.push('"');
        out.push_str(&s.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(s);
    }
}

/// The serialized name of a unit enum value (`"negative"`), or "" for anything else.
fn name_of<T: serde::Serialize>(v: T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

/// One row per entry, with a header row; lines end in CRLF as RFC 4180 asks.
fn csv(t: &Timeline) -> String {
    // The byte-order mark makes spreadsheet programs read the file as UTF-8.
    let mut out = String::from("\u{feff}");
    out.push_str("date,mod,date_source,kind,kinds,modality,polarity,mentions,sources,participants,place,summary\r\n");
    for e in t.entries() {
        let kinds: Vec<&str> = e.kinds.iter().map(|k| k.as_str()).collect();
        let actors: Vec<&str> = e.actors.iter().map(|a| a.key.as_str()).collect();
        let cells = [
            e.date.as_ref().map_or(String::new(), |d| d.value.clone()),
            e.date
                .as_ref()
                .and_then(|d| d.modifier)
                .map(name_of)
                .unwrap_or_default(),
            e.date_source.map(name_of).unwrap_or_default(),
            e.kind.as_str().to_string(),
            kinds.join(";"),
            name_of(e.modality),
            name_of(e.polarity),
            e.mentions.len().to_string(),
            e.sources.join(";"),
            actors.join(";"),
            e.place
                .as_ref()
                .map_or(String::new(), |p| p.key.to_string()),
            e.summary.clone(),
        ];
        for (i, c) in cells.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            csv_field(&mut out, c);
        }
        out.push_str("\r\n");
    }
    out
}

fn date_cell(e: &Entry) -> String {
    match &e.date {
        Some(d) => {
            let m = d
                .modifier
                .and_then(|m| serde_json::to_value(m).ok())
                .and_then(|v| v.as_str().map(str::to_string))
                .map(|m| format!(" ({})", m.to_lowercase()))
                .unwrap_or_default();
            let src = match e.date_source {
                Some(arabic_timeline::DateSource::Document) => " *",
                _ => "",
            };
            format!("{}{m}{src}", d.value)
        }
        None => "undated".to_string(),
    }
}

fn kind_cell(e: &Entry) -> String {
    let mut k = e.kind.as_str().to_string();
    match e.modality {
        arabic_timeline::Modality::Planned => k.push_str(" (planned)"),
        arabic_timeline::Modality::Hypothetical => k.push_str(" (possible)"),
        arabic_timeline::Modality::Actual => {}
    }
    if e.polarity == arabic_timeline::Polarity::Negative {
        k.push_str(" (denied)");
    }
    k
}

fn pad(s: &str, w: usize) -> String {
    let n = s.chars().count();
    let mut out = s.to_string();
    out.extend(std::iter::repeat_n(' ', w.saturating_sub(n)));
    out
}

fn cut(s: &str, w: usize) -> String {
    if s.chars().count() <= w {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(w.saturating_sub(1)).collect();
        t.push('…');
        t
    }
}

fn table(t: &Timeline) -> String {
    let rows: Vec<[String; 5]> = t
        .entries()
        .iter()
        .map(|e| {
            [
                date_cell(e),
                kind_cell(e),
                cut(&e.summary, 60),
                e.mentions.len().to_string(),
                e.sources.join(", "),
            ]
        })
        .collect();
    let head = ["date", "kind", "summary", "mentions", "sources"];
    let mut w = head.map(|h| h.chars().count());
    for r in &rows {
        for (i, c) in r.iter().enumerate() {
            if let Some(x) = w.get_mut(i) {
                *x = (*x).max(c.chars().count());
            }
        }
    }
    let mut out = String::new();
    let line = |cells: [&str; 5], out: &mut String| {
        let parts: Vec<String> = cells
            .iter()
            .zip(w.iter())
            .map(|(c, &wd)| pad(c, wd))
            .collect();
        let _ = writeln!(out, "{}", parts.join(" | ").trim_end());
    };
    line(head, &mut out);
    let rule: Vec<String> = w.iter().map(|&x| "-".repeat(x)).collect();
    let _ = writeln!(out, "{}", rule.join("-+-"));
    for r in &rows {
        line([&r[0], &r[1], &r[2], &r[3], &r[4]], &mut out);
    }
    let _ = writeln!(
        out,
        "{} entries; * = dated only by the publication date",
        t.len()
    );
    out
}

fn esc(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            '\'' => o.push_str("&#39;"),
            _ => o.push(c),
        }
    }
    o
}

/// The sentence with the trigger marked, when the trigger lies inside it.
fn marked_sentence(m: &arabic_timeline::Mention) -> String {
    let s = &m.sentence_text;
    let t = &m.trigger.text;
    match s.find(t.as_str()) {
        Some(p) if !t.is_empty() => format!(
            "{}<mark>{}</mark>{}",
            esc(s.get(..p).unwrap_or("")),
            esc(t),
            esc(s.get(p + t.len()..).unwrap_or(""))
        ),
        _ => esc(s),
    }
}

fn html(t: &Timeline) -> String {
    let dated: Vec<(usize, &Entry, chrono::NaiveDateTime)> = t
        .entries()
        .iter()
        .enumerate()
        .filter_map(|(i, e)| Some((i, e, e.interval()?.0)))
        .collect();
    let mut out = String::new();
    out.push_str(
        "<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">\n<head>\n<meta charset=\"utf-8\">\n",
    );
    out.push_str("<title>الخط الزمني للأحداث</title>\n<style>\n");
    out.push_str(
        "body{font-family:'Noto Naskh Arabic','Amiri',Tahoma,sans-serif;margin:2em;line-height:1.6;color:#222}\n\
         svg{direction:ltr;background:#fafafa;border:1px solid #ddd}\n\
         .entry{border-right:4px solid #36c;padding:.3em 1em;margin:1em 0}\n\
         .meta{direction:ltr;unicode-bidi:isolate;font-family:monospace;color:#555}\n\
         mark{background:#fe8}\n li{margin:.3em 0}\n .conflict{color:#b00}\n",
    );
    out.push_str("</style>\n</head>\n<body>\n<h1>الخط الزمني للأحداث</h1>\n");
    let _ = writeln!(
        out,
        "<p class=\"meta\">{} entries from {} mentions</p>",
        t.len(),
        t.entries().iter().map(|e| e.mentions.len()).sum::<usize>()
    );
    // The picture: time runs left to right (the axis is a number line), entries stacked in rows.
    if let (Some(first), Some(last)) = (
        dated.iter().map(|d| d.2).min(),
        dated.iter().map(|d| d.2).max(),
    ) {
        let width = 1000.0_f64;
        let row_h = 22.0_f64;
        let rows = 12usize;
        let height = 60.0 + row_h * rows as f64;
        let span = (last - first).num_seconds().max(1) as f64;
        let x_of = |d: chrono::NaiveDateTime| {
            40.0 + (d - first).num_seconds() as f64 / span * (width - 80.0)
        };
        let _ = writeln!(
            out,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" role=\"img\" aria-label=\"timeline\">"
        );
        let axis_y = height - 30.0;
        let _ = writeln!(
            out,
            "<line x1=\"40\" y1=\"{axis_y}\" x2=\"{}\" y2=\"{axis_y}\" stroke=\"#333\"/>",
            width - 40.0
        );
        let _ = writeln!(
            out,
            "<text x=\"40\" y=\"{}\" font-size=\"12\">{}</text><text x=\"{}\" y=\"{}\" font-size=\"12\" text-anchor=\"end\">{}</text>",
            axis_y + 18.0,
            first.format("%Y-%m-%d"),
            width - 40.0,
            axis_y + 18.0,
            last.format("%Y-%m-%d")
        );
        for (row, (i, e, d)) in dated.iter().enumerate() {
            let x = x_of(*d);
            let y = 30.0 + row_h * (row % rows) as f64;
            let r = 4.0 + (e.sources.len() as f64).min(5.0) * 1.5;
            let _ = writeln!(
                out,
                "<a href=\"#entry-{i}\"><line x1=\"{x:.1}\" y1=\"{y:.1}\" x2=\"{x:.1}\" y2=\"{axis_y}\" stroke=\"#ccc\"/>\
                 <circle cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"{r:.1}\" fill=\"#36c\"><title>{} {}</title></circle>\
                 <text x=\"{:.1}\" y=\"{:.1}\" font-size=\"11\" text-anchor=\"{}\">{}</text></a>",
                esc(&date_cell(e)),
                esc(&e.summary),
                if x > width / 2.0 { x - r - 2.0 } else { x + r + 2.0 },
                y + 4.0,
                if x > width / 2.0 { "end" } else { "start" },
                esc(&format!("{} {}", date_cell(e), e.kind.as_str()))
            );
        }
        out.push_str("</svg>\n");
    }
    out.push_str("<h2>الأحداث</h2>\n");
    for (i, e) in t.entries().iter().enumerate() {
        let _ = writeln!(out, "<div class=\"entry\" id=\"entry-{i}\">");
        let _ = writeln!(
            out,
            "<h3><span class=\"meta\">{} · {}</span> {}</h3>",
            esc(&date_cell(e)),
            esc(&kind_cell(e)),
            esc(&e.summary)
        );
        let links: Vec<String> = (0..e.mentions.len())
            .map(|k| format!("<a href=\"#entry-{i}-mention-{k}\">{}</a>", k + 1))
            .collect();
        let _ = writeln!(
            out,
            "<p class=\"meta\">sources: {} · mentions: {}</p>",
            esc(&e.sources.join(", ")),
            links.join(" ")
        );
        for c in &e.conflicts {
            let _ = writeln!(out, "<p class=\"conflict\">{}</p>", esc(c));
        }
        out.push_str("<ol>\n");
        for (k, m) in e.mentions.iter().enumerate() {
            let date = m.date.as_ref().map_or("—", |d| d.value.as_str());
            let _ = writeln!(
                out,
                "<li id=\"entry-{i}-mention-{k}\"><span class=\"meta\">{} [{}..{}] {} {}</span><br>{}</li>",
                esc(&m.doc),
                m.trigger.span.start,
                m.trigger.span.end,
                esc(m.kind.as_str()),
                esc(date),
                marked_sentence(m)
            );
        }
        out.push_str("</ol>\n</div>\n");
    }
    out.push_str("</body>\n</html>\n");
    out
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("timeline: {e}");
            return ExitCode::from(2);
        }
    };
    let jobs = args
        .jobs
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    let pool = match rayon::ThreadPoolBuilder::new().num_threads(jobs).build() {
        Ok(p) => p,
        Err(e) => {
            eprintln!("timeline: cannot start {jobs} threads: {e}");
            return ExitCode::from(1);
        }
    };
    let mut failed = false;
    let ex = Extractor::new();
    let mentions = if args.jsonl {
        read_jsonl(&args, &ex, &pool, &mut failed)
    } else {
        let docs = read_files(&args, &mut failed);
        mentions_of(&ex, &docs, &pool)
    };
    let timeline = Timeline::from_mentions(mentions);
    let timeline = timeline.filtered(&args.filter);
    let text = match args.format {
        Format::Table => table(&timeline),
        Format::Html => html(&timeline),
        Format::Csv => csv(&timeline),
        Format::Json => match serde_json::to_string_pretty(&timeline) {
            Ok(s) => s + "\n",
            Err(e) => {
                eprintln!("timeline: {e}");
                return ExitCode::from(1);
            }
        },
    };
    let stdout = io::stdout();
    let mut out = stdout.lock();
    if out
        .write_all(text.as_bytes())
        .and_then(|_| out.flush())
        .is_err()
    {
        return ExitCode::from(1);
    }
    if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
