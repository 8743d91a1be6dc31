//! Fuzz bytes read as a structured input (`timeline_input` in `tests/invariants/mod.rs`): up to 12 documents with ids
//! from a small set (duplicates and the empty id included), a reference date or none, texts assembled from trigger
//! words, gazetteer names, dates in the three digit systems, month names, noise marks and raw bytes; plus a
//! permutation seed. Each document is analyzed and a `Timeline` built in the given order, in the permuted order and
//! from two halves merged either way. Checks (`check_timeline`): the timelines are equal; entries are in date order;
//! no mention is lost or duplicated; every mention's spans lie on char boundaries in its document's text with the
//! texts equal to the slices; every date is valid; no panic.

#![no_main]

#[path = "../../tests/invariants/mod.rs"]
mod invariants;

libfuzzer_sys::fuzz_target!(|data: &[u8]| invariants::fuzz_timeline(data));
