//! Prints the numbers of each line of standard input as JSON, one line per input line.
//!
//! `cargo run --release --example numbers < text.txt`

use arabic_timeline::Extractor;
use std::io::{BufRead, Write};

fn main() {
    let ex = Extractor::new();
    let stdin = std::io::stdin();
    let mut out = std::io::stdout().lock();
    for line in stdin.lock().lines() {
        let Ok(line) = line else { break };
        let found = ex.numbers(&line);
        let json = serde_json::to_string(&found).unwrap_or_default();
        if writeln!(out, "{json}").is_err() {
            break;
        }
    }
}
