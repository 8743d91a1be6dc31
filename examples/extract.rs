//! Extracts temporal expressions and events from Arabic text files or JSON lines.
//!
//! ```text
//! cargo run --release --example extract -- [--reference DATE_OR_DATETIME] [--prefer past|future] FILE...
//! cargo run --release --example extract -- --jsonl < docs.jsonl
//! ```
//!
//! Writes one JSON line per document, in input order: `{"id", "temporals": [...], "events": [...]}`. A malformed input
//! line gives `{"id"?, "line", "error"}` and processing goes on.

use arabic_timeline::{Document, Extractor, Prefer, Reference};
use serde_json::{json, Value};
use std::io::{self, BufRead, BufWriter, Read, Write};
use std::process::ExitCode;

const USAGE: &str = "usage: extract [--reference DATE_OR_DATETIME] [--prefer past|future] FILE...
       extract [--reference DATE_OR_DATETIME] [--prefer past|future] --jsonl < DOCS.jsonl";

struct Args {
    reference: Option<Reference>,
    prefer: Prefer,
    jsonl: bool,
    files: Vec<String>,
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args {
        reference: None,
        prefer: Prefer::Past,
        jsonl: false,
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

fn output(ex: &Extractor, doc: &Document) -> Value {
    let a = ex.analyze(doc);
    json!({ "id": a.id, "temporals": a.temporals, "events": a.events })
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
    let reference = match obj.get("reference") {
        None | Some(Value::Null) => reference,
        Some(Value::String(s)) => Some(s.parse::<Reference>().map_err(|e| fail(e.to_string()))?),
        Some(_) => return Err(fail("\"reference\" must be a string".into())),
    };
    Ok(Document {
        id: id.unwrap_or_else(|| format!("line-{n}")),
        text,
        reference,
    })
}

/// Reads JSON lines from `reader` and writes one output line per non-empty input line, in order. Returns whether every
/// line was a valid document; an I/O error on either side stops the loop. `pub(crate)` for the fuzz target `jsonl` and
/// `tests/fuzz_regressions.rs`, which include this file as a module.
pub(crate) fn jsonl(
    ex: &Extractor,
    mut reader: impl BufRead,
    out: &mut impl Write,
    reference: Option<Reference>,
) -> io::Result<bool> {
    let mut all_ok = true;
    let mut buf = Vec::new();
    let mut n = 0;
    loop {
        buf.clear();
        if reader.read_until(b'\n', &mut buf)? == 0 {
            return Ok(all_ok);
        }
        n += 1;
        let line = String::from_utf8_lossy(&buf);
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let v = match read_line(line, n, reference) {
            Ok(doc) => output(ex, &doc),
            Err(e) => {
                all_ok = false;
                e
            }
        };
        writeln!(out, "{v}")?;
    }
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
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut failed = false;
    if args.jsonl {
        match jsonl(&ex, io::stdin().lock(), &mut out, args.reference) {
            Ok(ok) => failed = !ok,
            Err(e) => {
                eprintln!("extract: --jsonl: {e}");
                return ExitCode::from(1);
            }
        }
    } else {
        for path in &args.files {
            let mut bytes = Vec::new();
            let read = std::fs::File::open(path).and_then(|mut f| f.read_to_end(&mut bytes));
            if let Err(e) = read {
                eprintln!("extract: {path}: {e}");
                failed = true;
                continue;
            }
            let text = match String::from_utf8(bytes) {
                Ok(t) => t,
                Err(_) => {
                    eprintln!("extract: {path}: not valid UTF-8, skipped");
                    failed = true;
                    continue;
                }
            };
            let mut doc = Document::new(path.clone(), text);
            doc.reference = args.reference;
            if writeln!(out, "{}", output(&ex, &doc)).is_err() {
                return ExitCode::from(1);
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
