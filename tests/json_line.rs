//! The `extract` example writes its output lines by hand (`examples/extract/json.rs`); they must be the very bytes
//! serde_json writes for the same records, so that the records' serde derives stay the one definition of the format.
//! Compared on the sample articles, with and without a reference date, and on texts and ids full of characters JSON
//! escapes. A field added to a record and not to the writer fails here.

#[allow(dead_code)]
#[path = "../examples/extract.rs"]
mod extract;

use arabic_timeline::{Document, Event, Extractor, Reference, Temporal};

/// serde_json's line for the same records.
fn reference_line(id: &str, temporals: &[Temporal], events: &[Event]) -> String {
    #[derive(serde::Serialize)]
    struct Line<'a> {
        id: &'a str,
        temporals: &'a [Temporal],
        events: &'a [Event],
    }
    serde_json::to_string(&Line {
        id,
        temporals,
        events,
    })
    .expect("records serialize")
}

/// Checks one document; returns how many temporals and events its line carried.
fn check(ex: &Extractor, doc: &Document) -> (usize, usize) {
    let a = ex.analyze(doc);
    let mut ours = Vec::new();
    extract::json::line(&mut ours, &a.id, &a.temporals, &a.events);
    let ours = String::from_utf8(ours).expect("the line is UTF-8");
    let theirs = reference_line(&a.id, &a.temporals, &a.events);
    if ours != theirs {
        let at = ours
            .bytes()
            .zip(theirs.bytes())
            .position(|(x, y)| x != y)
            .unwrap_or(ours.len().min(theirs.len()));
        let from = (0..=at.saturating_sub(80))
            .rev()
            .find(|&i| ours.is_char_boundary(i) && theirs.is_char_boundary(i))
            .unwrap_or(0);
        panic!(
            "{}: the lines differ at byte {at}\n  written: {}\n  serde:   {}",
            a.id,
            ours.get(from..)
                .unwrap_or("")
                .chars()
                .take(200)
                .collect::<String>(),
            theirs
                .get(from..)
                .unwrap_or("")
                .chars()
                .take(200)
                .collect::<String>(),
        );
    }
    (a.temporals.len(), a.events.len())
}

#[test]
fn sample_articles_match_serde_json() {
    let ex = Extractor::new();
    let samples = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/data/samples/samples.jsonl"
    ))
    .expect("data/samples/samples.jsonl");
    let reference: Reference = "2024-03-12".parse().expect("date");
    let (mut temporals, mut events, mut docs) = (0, 0, 0);
    for line in samples.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value = serde_json::from_str(line).expect("sample line is JSON");
        let text = v["text"].as_str().expect("sample text").to_string();
        let id = v["id"].as_str().unwrap_or("sample").to_string();
        for r in [None, Some(reference)] {
            let mut doc = Document::new(id.clone(), text.clone());
            doc.reference = r;
            let (t, e) = check(&ex, &doc);
            temporals += t;
            events += e;
            docs += 1;
        }
    }
    // The comparison must have covered real records, not empty lines.
    assert!(docs >= 8, "{docs} documents");
    assert!(
        temporals >= 40 && events >= 40,
        "{temporals} temporals, {events} events"
    );
}

#[test]
fn escapes_match_serde_json() {
    let ex = Extractor::new();
    let texts = [
        "قال \"المتحدث\" في 3 مارس 2021 إن الهجوم\tوقع أمس\\اليوم.",
        "انسحبت القوات\u{1}من المدينة في\u{8}الخامس من يونيو\u{c}2020\r\nوأعلن الجيش ذلك يوم الأحد.",
        "\u{7f}\u{1f}\u{0}وصل الوفد إلى بغداد 😀 يوم 12/5/2019 «الاثنين» \u{200f}صباحاً",
    ];
    let ids = [
        "plain",
        "with \"quotes\" and \\ backslash",
        "ctl\u{1}\u{1f}\n\t\u{7f}é😀",
    ];
    let reference: Reference = "2021-03-10".parse().expect("date");
    let mut records = 0;
    for (text, id) in texts.iter().zip(ids) {
        for r in [None, Some(reference)] {
            let mut doc = Document::new(id, *text);
            doc.reference = r;
            let (t, e) = check(&ex, &doc);
            records += t + e;
        }
    }
    assert!(records >= 6, "{records} records");
}

#[test]
fn escapes_at_every_position_match_serde_json() {
    // The writer tests eight bytes at a time, then the tail one by one: an escape must be found wherever it falls.
    let ex = Extractor::new();
    for special in ['"', '\\', '\n', '\u{1}', '\u{1f}', ' ', '\u{7f}', 'é', 'ب'] {
        for before in 0..20 {
            for after in [0, 1, 7, 9] {
                let id = format!("{}{special}{}", "a".repeat(before), "ن".repeat(after));
                check(&ex, &Document::new(id, "في 3 مارس 2021"));
            }
        }
    }
}

/// serde_json's reading of an input line's fields: what `extract::input::read` must give whenever it reads one.
fn serde_input(line: &str) -> Option<(Option<String>, String, Option<String>)> {
    #[derive(serde::Deserialize)]
    struct Fast {
        id: Option<String>,
        text: String,
        reference: Option<String>,
    }
    serde_json::from_str::<Fast>(line)
        .ok()
        .map(|f| (f.id, f.text, f.reference))
}

/// The input reader agrees with serde_json on `line` (when it reads it at all; `read` says whether it must).
fn check_input(line: &str, read: bool) {
    let ours = extract::input::read(line).map(|l| {
        (
            l.id.map(|s| s.into_owned()),
            l.text.into_owned(),
            l.reference.map(|s| s.into_owned()),
        )
    });
    if read {
        assert!(ours.is_some(), "not read: {line}");
    }
    if ours.is_some() {
        assert_eq!(ours, serde_input(line), "{line}");
    }
}

#[test]
fn input_lines_are_read_as_serde_json_reads_them() {
    let samples = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/data/samples/samples.jsonl"
    ))
    .expect("data/samples/samples.jsonl");
    let mut n = 0;
    for line in samples.lines().filter(|l| !l.trim().is_empty()) {
        check_input(line, true);
        n += 1;
    }
    assert!(n >= 4, "{n} sample lines");
    // Every char JSON escapes, and some it need not, at every position of a short string and as the field values.
    let specials = [
        '"', '\\', '/', '\n', '\r', '\t', '\u{8}', '\u{c}', '\u{1}', '\u{1f}', '\u{7f}', 'é', 'ب',
        '😀', ' ',
    ];
    for special in specials {
        for before in 0..12 {
            let text = format!("{}{special}{}", "ن".repeat(before), "x".repeat(before % 3));
            let line = serde_json::json!({"id": text, "text": text, "reference": "2021-03-10"})
                .to_string();
            check_input(&line, true);
            // serde_json's own escapes are one way to write them; `\u` escapes of any char are another.
            let spelled: String = text
                .chars()
                .map(|c| {
                    if (c as u32) < 0x10000 {
                        format!("\\u{:04x}", c as u32)
                    } else {
                        c.to_string()
                    }
                })
                .collect();
            check_input(&format!("{{\"text\":\"{spelled}\"}}"), true);
        }
    }
    // Spacing, field order, null, unknown fields, and shapes serde_json must read instead.
    for (line, read) in [
        (
            " { \"reference\" : null ,\t\"text\":\"أمس\" , \"id\":null }\r\n",
            true,
        ),
        (
            r#"{"source":"x","ok":true,"no":false,"none":null,"text":"أمس"}"#,
            true,
        ),
        (r#"{"id":12,"text":"أمس"}"#, false),
        (r#"{"text":"أمس","tags":["a"]}"#, false),
        (r#"{"text":"\ud83d\ude00"}"#, false),
        (r#"{"text":"أمس","text":"اليوم"}"#, false),
        (r#"{"text":"أمس"}x"#, false),
        (r#"{"text":"\x"}"#, false),
    ] {
        check_input(line, read);
    }
}

#[test]
fn numbers_are_written_as_serde_json_writes_them() {
    // Offsets below 10,000 take a path of their own: every one of them, and the lengths around each power of ten.
    let mut values: Vec<usize> = (0..=12_000).collect();
    for p in 1..20u32 {
        let t = 10usize.saturating_pow(p);
        values.extend([t.saturating_sub(1), t, t.saturating_add(1)]);
    }
    values.push(usize::MAX);
    for v in values {
        let mut out = Vec::new();
        extract::json::uint(&mut out, v);
        assert_eq!(
            String::from_utf8(out).expect("digits"),
            serde_json::to_string(&v).expect("a number"),
            "{v}"
        );
    }
}
