//! Arbitrary bytes, read as lossy UTF-8, through `Extractor::temporals` with and without a reference date, with the
//! default and the future-leaning extractor. Checks the documented guarantees, not only the absence of a panic: spans
//! on char boundaries inside the text, `start < end`, sorted and non-overlapping, `text` equal to the slice, every date
//! inside a value real, a second extraction equal to the first. The body is `fuzz_extract` in the tests' own checker
//! (`tests/invariants/mod.rs`), so `tests/fuzz_regressions.rs` replays saved inputs through the same code.

#![no_main]

#[path = "../../tests/invariants/mod.rs"]
mod invariants;

libfuzzer_sys::fuzz_target!(|data: &[u8]| invariants::fuzz_extract(data));
