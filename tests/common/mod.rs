//! Shared by the tests: golden case loading, comparison and readable diffs, and the sample articles.

#![allow(dead_code)]

pub mod event_gold;
pub mod pathological;

use arabic_timeline::{Extractor, Prefer, Reference, Temporal};
use serde::Deserialize;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// One expected temporal expression.
#[derive(Debug, Clone, Deserialize)]
pub struct Expected {
    pub text: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub value: String,
    #[serde(rename = "mod", default, deserialize_with = "some_or_null")]
    pub modifier: Option<Option<String>>,
    pub anchor: Option<String>,
    pub calendar: Option<String>,
    pub hijri: Option<String>,
}

/// Reads a field that must be written, `null` included (`Some(None)` for `null`).
pub fn some_or_null<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> Result<Option<Option<String>>, D::Error> {
    Ok(Some(Option::<String>::deserialize(d)?))
}

/// Outcome of comparing one text's expected expressions with what was found.
pub struct Outcome {
    pub matched: usize,
    pub expected: usize,
    pub found: usize,
    /// Expected items found with every checked field right.
    pub correct: usize,
    pub diff: String,
}

impl Outcome {
    pub fn pass(&self, exhaustive: bool) -> bool {
        self.correct == self.expected && (!exhaustive || self.found == self.expected)
    }
}

pub fn show(t: &Temporal) -> String {
    let m = t
        .modifier
        .map(|m| {
            format!(
                " mod={}",
                serde_json::to_value(m)
                    .unwrap_or_default()
                    .as_str()
                    .unwrap_or("")
            )
        })
        .unwrap_or_default();
    let h = t
        .hijri
        .as_ref()
        .map(|h| format!(" hijri={h}"))
        .unwrap_or_default();
    format!(
        "«{}» {:?} {}{}{} {:?}",
        t.text, t.kind, t.value, m, h, t.anchor
    )
}

/// The serialized name of a unit enum value (`"negative"`), or "" for anything else.
pub fn lower<T: serde::Serialize>(v: T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

/// Aligns expected and found expressions in text order (by text), then checks fields.
pub fn compare(expected: &[Expected], found: &[Temporal]) -> Outcome {
    let mut diff = String::new();
    let mut used = vec![false; found.len()];
    let mut correct = 0;
    let mut matched = 0;
    let mut cursor = 0;
    for e in expected {
        let pos = (cursor..found.len())
            .find(|&i| !used[i] && found[i].text == e.text)
            .or_else(|| (0..found.len()).find(|&i| !used[i] && found[i].text == e.text));
        match pos {
            None => {
                let _ = writeln!(diff, "  missing  «{}» {} {}", e.text, e.kind, e.value);
            }
            Some(i) => {
                used[i] = true;
                cursor = i + 1;
                matched += 1;
                let t = &found[i];
                let mut bad = Vec::new();
                if lower(t.kind) != e.kind {
                    bad.push(format!("type {} != {}", lower(t.kind), e.kind));
                }
                if t.value != e.value {
                    bad.push(format!("value {} != {}", t.value, e.value));
                }
                if let Some(m) = &e.modifier {
                    let got = t.modifier.map(lower);
                    if &got != m {
                        bad.push(format!("mod {:?} != {:?}", got, m));
                    }
                }
                if let Some(a) = &e.anchor {
                    if &lower(t.anchor) != a {
                        bad.push(format!("anchor {} != {}", lower(t.anchor), a));
                    }
                }
                if let Some(c) = &e.calendar {
                    if &lower(t.calendar) != c {
                        bad.push(format!("calendar {} != {}", lower(t.calendar), c));
                    }
                }
                if let Some(h) = &e.hijri {
                    if t.hijri.as_ref() != Some(h) {
                        bad.push(format!("hijri {:?} != {}", t.hijri, h));
                    }
                }
                if bad.is_empty() {
                    correct += 1;
                } else {
                    let _ = writeln!(diff, "  wrong    «{}»: {}", e.text, bad.join(", "));
                }
            }
        }
    }
    for (i, t) in found.iter().enumerate() {
        if !used[i] {
            let _ = writeln!(diff, "  extra    {}", show(t));
        }
    }
    Outcome {
        matched,
        expected: expected.len(),
        found: found.len(),
        correct,
        diff,
    }
}

pub fn extractor(prefer: Option<&str>) -> Extractor {
    let prefer = match prefer {
        Some("future") => Prefer::Future,
        _ => Prefer::Past,
    };
    Extractor::builder().prefer(prefer).build()
}

pub fn reference(s: Option<&str>) -> Option<Reference> {
    s.map(|s| {
        s.parse()
            .unwrap_or_else(|e| panic!("bad reference in test data: {e}"))
    })
}

pub fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("data")
}

/// `../shared` beside the project, if present.
pub fn shared_dir() -> Option<PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join("shared");
    p.is_dir().then_some(p)
}

/// Runs the golden cases of every `tests/data/<sub>/*.jsonl` file, in file name order. `check` is given each
/// non-empty line and where it stands (`path:line`, for parse errors) and returns `None` when the case passes, else a
/// report of the failure (its name, text and diff). Prints each file's pass count, and the failures of every file
/// below its ratchet (of all files with `GOLDEN_VERBOSE` set); fails when a file's pass count drops below its
/// `<sub>/<stem>` baseline in `tests/data/baselines.json` (a file with no baseline must pass entirely).
pub fn run_golden(sub: &str, mut check: impl FnMut(&str, &str) -> Option<String>) {
    let dir = data_dir().join(sub);
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
        .collect();
    files.sort();
    let mut report = String::new();
    let mut regressions = Vec::new();
    let (mut all_pass, mut all_total) = (0, 0);
    for path in files {
        let stem = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or("")
            .to_string();
        let text = std::fs::read_to_string(&path).expect("read case file");
        let (mut pass, mut total) = (0, 0);
        let mut failures = String::new();
        for (n, line) in text
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty())
        {
            total += 1;
            match check(line, &format!("{}:{}", path.display(), n + 1)) {
                None => pass += 1,
                Some(f) => {
                    let _ = write!(failures, "{stem}/{f}");
                }
            }
        }
        all_pass += pass;
        all_total += total;
        let _ = writeln!(report, "{stem:<12} {pass:>3}/{total:<3}");
        let min = baseline(&format!("{sub}/{stem}")).unwrap_or(total as f64);
        if (pass as f64) < min {
            regressions.push(format!("{stem}: {pass} passed, baseline {min}"));
        }
        if std::env::var_os("GOLDEN_VERBOSE").is_some() || (pass as f64) < min {
            eprint!("{failures}");
        }
    }
    eprintln!("{sub} golden cases:\n{report}total        {all_pass}/{all_total}");
    assert!(
        regressions.is_empty(),
        "golden pass counts dropped below the baseline:\n{}",
        regressions.join("\n")
    );
}

/// Reads a baseline number from `tests/data/baselines.json`: the ratchet a score may not drop below.
pub fn baseline(key: &str) -> Option<f64> {
    let text = std::fs::read_to_string(data_dir().join("baselines.json")).ok()?;
    let v: serde_json::Value = serde_json::from_str(&text).ok()?;
    v.get(key)?.as_f64()
}

/// The texts of the sample articles in `data/samples/*.txt`, in file name order; at least four, so that a moved
/// directory fails loudly.
pub fn sample_texts() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/samples");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("data/samples")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    assert!(files.len() >= 4, "the samples are missing");
    files
        .iter()
        .map(|p| std::fs::read_to_string(p).expect("sample"))
        .collect()
}
