//! The `extract` example on bad arguments, bad files and bad JSON lines: a clear message on stderr naming what was
//! wrong, a non-zero exit, and nothing lost: the good files and lines are still processed, one output line each. The
//! `extract` and `timeline` examples give the same output whatever `--jobs`.
//!
//! The example binaries are built once per run with `cargo build --example NAME` (cargo is reachable through the
//! `CARGO` variable it sets at compile time, and releases its lock while tests run), into the target directory and
//! profile this test binary lives in, so it is never stale, also under `cargo test --test cli` or `--release`. The
//! binary is then run directly, so stderr and the exit status are the example's own, not cargo's.

use serde_json::Value;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;

fn extract_bin() -> &'static Path {
    static BIN: OnceLock<PathBuf> = OnceLock::new();
    BIN.get_or_init(|| build_example("extract"))
}

fn timeline_bin() -> &'static Path {
    static BIN: OnceLock<PathBuf> = OnceLock::new();
    BIN.get_or_init(|| build_example("timeline"))
}

fn build_example(name: &str) -> PathBuf {
    {
        // <target-dir>/<profile>/deps/cli-<hash>
        let exe = std::env::current_exe().expect("test binary path");
        let profile_dir = exe
            .parent()
            .and_then(Path::parent)
            .expect("target profile dir");
        let target_dir = profile_dir.parent().expect("target dir");
        let mut cmd = Command::new(env!("CARGO"));
        cmd.args(["build", "--quiet", "--example", name, "--target-dir"])
            .arg(target_dir)
            .current_dir(env!("CARGO_MANIFEST_DIR"));
        if profile_dir.file_name().is_some_and(|n| n == "release") {
            cmd.arg("--release");
        }
        let status = cmd.status().expect("run cargo build");
        assert!(status.success(), "cargo build --example {name} failed");
        let bin = profile_dir
            .join("examples")
            .join(format!("{name}{}", std::env::consts::EXE_SUFFIX));
        assert!(bin.is_file(), "{} not built", bin.display());
        bin
    }
}

fn run(args: &[&str], stdin: &[u8]) -> Output {
    run_bin(extract_bin(), args, stdin)
}

fn run_bin(bin: &Path, args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(bin)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run example");
    // Written from another thread while the output is read: a large input would otherwise fill the output pipe while
    // this thread is still writing, and both sides would wait for each other.
    let mut pipe = child.stdin.take().expect("stdin");
    let input = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        // The example may exit before reading everything (a usage error): a broken pipe is its answer, not a failure.
        let _ = pipe.write_all(&input);
    });
    let out = child.wait_with_output().expect("example output");
    writer.join().expect("stdin writer");
    out
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn lines(o: &Output) -> Vec<Value> {
    String::from_utf8(o.stdout.clone())
        .expect("UTF-8 output")
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON output line"))
        .collect()
}

/// A fresh scratch directory for one test.
fn scratch(name: &str) -> PathBuf {
    let dir =
        std::env::temp_dir().join(format!("arabic-timeline-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch dir");
    dir
}

fn path_str(p: &Path) -> &str {
    p.to_str().expect("UTF-8 temp path")
}

#[test]
fn bad_arguments_are_rejected_with_a_message() {
    let cases: &[(&[&str], &[&str])] = &[
        (
            &["--reference", "2021-13-45", "x.txt"],
            &["--reference", "2021-13-45", "month 13"],
        ),
        (
            &["--reference", "2021-02-30", "x.txt"],
            &["--reference", "2021-02-30"],
        ),
        (&["--reference"], &["--reference needs a value"]),
        (
            &["--prefer", "sideways", "x.txt"],
            &["--prefer", "sideways"],
        ),
        (
            &["--frobnicate", "x.txt"],
            &["unknown option", "--frobnicate"],
        ),
        (&[], &["no input files", "usage"]),
        // The files would be silently ignored: --jsonl reads standard input only.
        (&["--jsonl", "docs.jsonl"], &["--jsonl", "docs.jsonl"]),
    ];
    for (args, needles) in cases {
        let o = run(args, b"");
        assert_eq!(o.status.code(), Some(2), "{args:?}: {o:?}");
        assert!(o.stdout.is_empty(), "{args:?}: output on a usage error");
        let err = stderr(&o);
        for n in *needles {
            assert!(err.contains(n), "{args:?}: stderr {err:?} lacks {n:?}");
        }
    }
}

#[test]
fn bad_files_are_reported_and_skipped_and_the_others_processed() {
    let dir = scratch("files");
    let good1 = dir.join("good1.txt");
    let good2 = dir.join("good2.txt");
    let latin1 = dir.join("latin1.txt");
    let missing = dir.join("missing.txt");
    let unreadable = dir.join("a-directory");
    std::fs::write(&good1, "وقّع الطرفان الاتفاق في 26 يوليو 2021.").expect("write");
    std::fs::write(&good2, "وفي السابع من شباط 2016 انسحبت القوات.").expect("write");
    std::fs::write(&latin1, b"5 \xe9t\xe9 2020 \xff\xfe").expect("write");
    std::fs::create_dir_all(&unreadable).expect("dir");
    let o = run(
        &[
            "--reference",
            "2021-07-29",
            path_str(&good1),
            path_str(&missing),
            path_str(&latin1),
            path_str(&unreadable),
            path_str(&good2),
        ],
        b"",
    );
    assert_eq!(o.status.code(), Some(1), "{o:?}");
    let err = stderr(&o);
    for (p, why) in [
        (&missing, "No such file"),
        (&latin1, "not valid UTF-8, skipped"),
        (&unreadable, ""),
    ] {
        let line = err
            .lines()
            .find(|l| l.contains(path_str(p)))
            .unwrap_or_else(|| panic!("stderr {err:?} does not name {}", p.display()));
        assert!(line.contains(why), "{line:?} lacks {why:?}");
    }
    let out = lines(&o);
    let ids: Vec<&str> = out.iter().map(|v| v["id"].as_str().unwrap_or("")).collect();
    assert_eq!(ids, [path_str(&good1), path_str(&good2)]);
    assert_eq!(out[0]["temporals"][0]["value"], "2021-07-26");
    assert_eq!(out[1]["temporals"][0]["value"], "2016-02-07");
    // Only good files: success.
    let o = run(&[path_str(&good1), path_str(&good2)], b"");
    assert_eq!(o.status.code(), Some(0), "{o:?}");
    assert_eq!(lines(&o).len(), 2);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn every_non_empty_jsonl_line_gives_one_output_line() {
    let input = [
        r#"{"id": "ok", "text": "وقّع الطرفان الاتفاق في 26 يوليو 2021.", "reference": "2021-07-29"}"#,
        "not json",
        "",
        "   ",
        "[1, 2]",
        r#"{"id": 7}"#,
        r#"{"id": "n", "text": 5}"#,
        r#"{"id": "r", "text": "في 5 يناير 2020", "reference": "2021-13-45"}"#,
        r#"{"text": "في 5 يناير 2020", "reference": 20200105}"#,
        r#"{"text": "أمس"}"#,
    ]
    .join("\n");
    let o = run(&["--jsonl", "--reference", "2021-07-26"], input.as_bytes());
    assert_eq!(o.status.code(), Some(1), "{o:?}");
    let out = lines(&o);
    let shape: Vec<(Option<u64>, Option<&str>, bool)> = out
        .iter()
        .map(|v| {
            (
                v["line"].as_u64(),
                v["id"].as_str(),
                v.get("error").is_some(),
            )
        })
        .collect();
    assert_eq!(
        shape,
        [
            (None, Some("ok"), false),
            (Some(2), None, true),
            (Some(5), None, true),
            (Some(6), Some("7"), true),
            (Some(7), Some("n"), true),
            (Some(8), Some("r"), true),
            (Some(9), None, true),
            (None, Some("line-10"), false),
        ]
    );
    let errors: Vec<&str> = out.iter().filter_map(|v| v["error"].as_str()).collect();
    assert!(errors[0].starts_with("invalid JSON"), "{errors:?}");
    assert_eq!(errors[1], "expected a JSON object");
    assert_eq!(errors[2], "missing \"text\"");
    assert_eq!(errors[3], "\"text\" must be a string");
    assert!(errors[4].contains("2021-13-45"), "{errors:?}");
    assert_eq!(errors[5], "\"reference\" must be a string");
    assert_eq!(out[0]["temporals"][0]["value"], "2021-07-26");
    // The default reference applies to a line without one: «أمس» is the day before it.
    assert_eq!(out[7]["temporals"][0]["value"], "2021-07-25");
    // Good lines only: success.
    let o = run(&["--jsonl"], r#"{"text": "في 5 يناير 2020"}"#.as_bytes());
    assert_eq!(o.status.code(), Some(0), "{o:?}");
    assert_eq!(lines(&o)[0]["temporals"][0]["value"], "2020-01-05");
}

#[test]
fn a_line_without_reference_takes_its_published_date() {
    let input = [
        r#"{"id": "p", "text": "وصل الوفد أمس.", "published": "2015-08-03"}"#,
        r#"{"id": "both", "text": "وصل الوفد أمس.", "reference": "2020-01-10", "published": "2015-08-03"}"#,
        r#"{"id": "null", "text": "وصل الوفد أمس.", "reference": null, "published": "2015-08-03"}"#,
        r#"{"id": "none", "text": "وصل الوفد أمس.", "published": null}"#,
        r#"{"id": "bad", "text": "وصل الوفد أمس.", "published": "03/08/2015"}"#,
        r#"{"id": "slow\u0070ath", "text": "وصل الوفد أمس.", "n": 1, "published": "2015-08-03"}"#,
    ]
    .join("\n");
    let o = run(&["--jsonl", "--reference", "2021-07-26"], input.as_bytes());
    assert_eq!(o.status.code(), Some(1), "{o:?}");
    let out = lines(&o);
    let values: Vec<&str> = out
        .iter()
        .map(|v| {
            v["temporals"][0]["value"]
                .as_str()
                .or_else(|| v["error"].as_str())
                .unwrap_or("?")
        })
        .collect();
    assert_eq!(
        values[..4],
        ["2015-08-02", "2020-01-09", "2015-08-02", "2021-07-25"]
    );
    assert!(values[4].starts_with("\"published\": "), "{values:?}");
    assert_eq!(values[5], "2015-08-02");
    // The timeline reads the same field: the attack is dated the day before publication.
    let o = run_bin(
        timeline_bin(),
        &["--jsonl", "--format", "json"],
        r#"{"id": "t", "text": "قُتل ثلاثة جنود في هجوم استهدف نقطة تفتيش أمس.", "published": "2015-08-03"}"#
            .as_bytes(),
    );
    assert_eq!(o.status.code(), Some(0), "{o:?}");
    let v: Value = serde_json::from_slice(&o.stdout).expect("json");
    assert_eq!(v["entries"][0]["date"]["value"], "2015-08-02", "{v}");
}

#[test]
fn invalid_utf8_in_jsonl_is_read_lossily() {
    let o = run(&["--jsonl"], b"{\"id\": \"x\", \"text\": \"\xff 5 \xfe\xfe\xd8 \xd9\x8a\xd9\x86\xd8\xa7\xd9\x8a\xd8\xb1 2020\"}\n\xff\xff\n");
    assert_eq!(o.status.code(), Some(1), "{o:?}");
    let out = lines(&o);
    assert_eq!(out.len(), 2);
    assert_eq!(out[0]["id"], "x");
    assert_eq!(out[1]["line"], 2);
    assert!(out[1]["error"]
        .as_str()
        .is_some_and(|e| e.starts_with("invalid JSON")));
}

/// 700 JSON lines (more than two batches of the examples' 256): the sample articles under numbered ids, with every
/// tenth line blank and every 97th invalid, so that batches hold documents, blanks and errors.
fn many_lines() -> String {
    let samples = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("data/samples/samples.jsonl"),
    )
    .expect("samples");
    let docs: Vec<Value> = samples
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).expect("sample line"))
        .collect();
    assert!(!docs.is_empty());
    let mut input = String::new();
    for i in 0..700 {
        if i % 10 == 9 {
            input.push('\n');
        } else if i % 97 == 96 {
            input.push_str("{not json\n");
        } else {
            let mut d = docs[i % docs.len()].clone();
            d["id"] = Value::String(format!("doc-{i}"));
            input.push_str(&d.to_string());
            input.push('\n');
        }
    }
    input
}

#[test]
fn extract_output_does_not_depend_on_jobs() {
    let input = many_lines();
    let one = run(&["--jobs", "1", "--jsonl"], input.as_bytes());
    let two = run(&["--jobs", "2", "--jsonl"], input.as_bytes());
    let default = run(&["--jsonl"], input.as_bytes());
    // Invalid lines make the exit status 1, whatever the number of threads.
    assert_eq!(one.status.code(), Some(1), "{}", stderr(&one));
    assert_eq!(two.status.code(), Some(1), "{}", stderr(&two));
    assert_eq!(default.status.code(), Some(1), "{}", stderr(&default));
    assert_eq!(one.stdout, two.stdout, "--jobs 1 and --jobs 2 differ");
    assert_eq!(
        one.stdout, default.stdout,
        "--jobs 1 and the default differ"
    );
    let out = lines(&one);
    // One line per non-blank input line, in input order: 700 lines, 70 of them blank, so 630 outputs, 7 of them error
    // objects naming the invalid lines (1-based).
    assert_eq!(out.len(), 630);
    let errors: Vec<u64> = out
        .iter()
        .filter(|v| v.get("error").is_some())
        .filter_map(|v| v["line"].as_u64())
        .collect();
    assert_eq!(errors, [97, 194, 291, 388, 485, 582, 679]);
    assert_eq!(out[0]["id"], "doc-0");
    assert_eq!(out[629]["id"], "doc-698");
    // A real document's results: the first sample reports a drone attack «فجر اليوم الثلاثاء 12 مارس 2024».
    let first = &out[0];
    assert_eq!(first["temporals"][0]["value"], "2024-03-12TMO", "{first}");
    assert_eq!(
        first["temporals"][1]["value"], "2024-03-12T03:40",
        "{first}"
    );
    assert!(first["events"].as_array().is_some_and(|e| !e.is_empty()));
}

#[test]
fn timeline_output_does_not_depend_on_jobs() {
    let input = many_lines();
    let args = |jobs: &'static str| ["--jobs", jobs, "--jsonl", "--format", "json"];
    let one = run_bin(timeline_bin(), &args("1"), input.as_bytes());
    let two = run_bin(timeline_bin(), &args("2"), input.as_bytes());
    // Invalid lines are reported on stderr and make the exit status 1.
    assert_eq!(one.status.code(), Some(1), "{}", stderr(&one));
    assert_eq!(two.status.code(), Some(1), "{}", stderr(&two));
    assert_eq!(one.stdout, two.stdout, "--jobs 1 and --jobs 2 differ");
    let t: Value = serde_json::from_slice(&one.stdout).expect("JSON timeline");
    let entries = t["entries"].as_array().expect("entries");
    assert!(!entries.is_empty());
    // The same articles under 623 ids: the mentions of one event merge across documents.
    let most = entries
        .iter()
        .filter_map(|e| e["sources"].as_array().map(Vec::len))
        .max();
    assert!(most.is_some_and(|n| n > 100), "{most:?}");
}

#[test]
fn timeline_csv_has_one_row_per_entry_and_quotes_commas() {
    let input = concat!(
        r#"{"id": "mali,1", "text": "قُتل ثلاثة جنود في هجوم استهدف نقطة تفتيش في شمال مالي يوم الأحد.", "reference": "2024-02-12"}"#,
        "\n",
        r#"{"id": "b", "text": "قال الرئيس الفرنسي إيمانويل ماكرون، يوم الأحد، إن الهجوم جبان.", "reference": "2024-02-12"}"#,
        "\n",
        r#"{"id": "=1+1", "text": "وصل الرئيس التركي إلى القاهرة يوم 14 فبراير 2024.", "reference": "2024-02-15"}"#,
        "\n"
    );
    let json = run_bin(
        timeline_bin(),
        &["--jsonl", "--format", "json"],
        input.as_bytes(),
    );
    let csv = run_bin(
        timeline_bin(),
        &["--jsonl", "--format", "csv"],
        input.as_bytes(),
    );
    assert!(csv.status.success(), "{}", stderr(&csv));
    let t: Value = serde_json::from_slice(&json.stdout).expect("JSON timeline");
    let entries = t["entries"].as_array().expect("entries");
    let text = String::from_utf8(csv.stdout).expect("UTF-8");
    let text = text.strip_prefix('\u{feff}').expect("byte-order mark");
    let rows: Vec<&str> = text.split("\r\n").filter(|r| !r.is_empty()).collect();
    assert_eq!(
        rows.first().copied(),
        Some("date,mod,date_source,kind,kinds,modality,polarity,mentions,sources,participants,place,summary")
    );
    assert_eq!(rows.len(), entries.len() + 1, "{rows:#?}");
    // The same entries in the same order: date and kind of each row.
    for (row, e) in rows.iter().skip(1).zip(entries) {
        let cells: Vec<&str> = row.splitn(5, ',').collect();
        assert_eq!(cells[0], e["date"]["value"].as_str().unwrap_or(""), "{row}");
        assert_eq!(cells[3], e["kind"].as_str().unwrap_or(""), "{row}");
    }
    // The soldiers killed in the attack are one entry with both kinds; a source id with a comma is quoted.
    assert!(
        rows.iter().any(|r| r.starts_with(
            "2024-02-11,,explicit,killing,attack;killing,actual,positive,2,\"mali,1\","
        )),
        "{rows:#?}"
    );
    // A cell that begins like a spreadsheet formula is shown as text.
    assert!(rows.iter().any(|r| r.contains(",'=1+1,")), "{rows:#?}");
}

#[test]
fn bad_jobs_values_are_usage_errors() {
    for bad in ["0", "-1", "two", "1.5", ""] {
        for (name, bin) in [("extract", extract_bin()), ("timeline", timeline_bin())] {
            let o = run_bin(bin, &["--jobs", bad, "--jsonl"], b"");
            assert_eq!(o.status.code(), Some(2), "{name} --jobs {bad:?}: {o:?}");
            assert!(o.stdout.is_empty(), "{name}: output on a usage error");
            let err = stderr(&o);
            assert!(
                err.contains("--jobs") && err.contains(&format!("{bad:?}")),
                "{name}: {err:?}"
            );
        }
    }
    for (name, bin) in [("extract", extract_bin()), ("timeline", timeline_bin())] {
        let o = run_bin(bin, &["--jsonl", "--jobs"], b"");
        assert_eq!(o.status.code(), Some(2), "{name}: {o:?}");
        assert!(stderr(&o).contains("--jobs needs a value"), "{name}");
    }
}
