//! Arbitrary bytes as the standard input of `extract --jsonl`, through the example's own line loop: the example file is
//! included as a module, so this is its code, not a copy. Checks the documented contract (`fuzz_jsonl` in
//! `tests/invariants/mod.rs`): every non-empty input line gives exactly one output line, in order, each a JSON object;
//! an error object carries the input's line number and a message; a document's spans and values pass the invariants.

#![no_main]

#[allow(dead_code)]
#[path = "../../examples/extract.rs"]
mod extract;
#[path = "../../tests/invariants/mod.rs"]
mod invariants;

use arabic_timeline::Extractor;
use std::sync::OnceLock;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    static EXTRACTOR: OnceLock<Extractor> = OnceLock::new();
    let ex = EXTRACTOR.get_or_init(Extractor::new);
    invariants::fuzz_jsonl(data, |input, out, reference| {
        extract::jsonl(ex, input, out, reference)
    });
});
