//! Inputs found by fuzzing (`fuzz/`), replayed through the fuzz targets' own code: every file under
//! `tests/data/fuzz/extract/` through `fuzz_extract`, every file under `tests/data/fuzz/jsonl/` through `fuzz_jsonl`
//! and the `extract` example's JSON-lines loop, every file under `tests/data/fuzz/timeline/` through `fuzz_timeline`.
//! Add a file here for every crash a fuzz run finds (see `fuzz/README.md`).

#[allow(dead_code)]
#[path = "../examples/extract.rs"]
mod extract;
mod invariants;

use arabic_timeline::Extractor;
use std::path::PathBuf;

/// The files of `tests/data/fuzz/<target>/`, sorted; at least one, so that a moved directory fails loudly.
fn inputs(target: &str) -> Vec<(PathBuf, Vec<u8>)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/fuzz")
        .join(target);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no saved inputs in {}", dir.display());
    files
        .into_iter()
        .map(|p| {
            let bytes = std::fs::read(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            (p, bytes)
        })
        .collect()
}

#[test]
fn extract_regressions() {
    for (path, data) in inputs("extract") {
        eprintln!("replaying {}", path.display());
        invariants::fuzz_extract(&data);
    }
}

#[test]
fn jsonl_regressions() {
    let ex = Extractor::new();
    for (path, data) in inputs("jsonl") {
        eprintln!("replaying {}", path.display());
        invariants::fuzz_jsonl(&data, |input, out, reference| {
            extract::jsonl(&ex, input, out, reference)
        });
    }
}

#[test]
fn timeline_regressions() {
    for (path, data) in inputs("timeline") {
        eprintln!("replaying {}", path.display());
        invariants::fuzz_timeline(&data);
    }
}
