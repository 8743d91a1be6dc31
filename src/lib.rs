//! # arabic-timeline
//!
//! Turns Arabic news text into typed, normalized temporal expressions: Gregorian dates in every regional month-name
//! system, Hijri dates (Umm al-Qura), relative and anaphoric expressions («نهاية العام الجاري», «في 3 من هذا الشهر»),
//! durations and clock times, each with its exact byte span in the caller's text and a TIMEX3 value.
//!
//! ```
//! use arabic_timeline::{Document, Extractor};
//!
//! let ex = Extractor::new();
//! let doc = Document::new("a1", "ففي 5 يناير 2020 قرر التحالف تعليق عملياته، بعد مقتل سليماني في 3 من هذا الشهر.")
//!     .with_reference("2023-10-05".parse()?);
//! let analysis = ex.analyze(&doc);
//! let values: Vec<&str> = analysis.temporals.iter().map(|t| t.value.as_str()).collect();
//! assert_eq!(values, ["2020-01-05", "2020-01-03"]);
//! # Ok::<(), arabic_timeline::Error>(())
//! ```
//!
//! ## Primary types
//! - [`Extractor`]: built once, shared across threads; [`Extractor::temporals`], [`Extractor::analyze`], and
//!   [`Extractor::analyze_batch`] for many documents in parallel (rayon), in input order.
//! - [`Document`], [`Reference`], [`Prefer`]: input and options.
//! - [`Temporal`]: one expression: [`Span`], TIMEX3 type and value, mod, calendar, anchor, grain, interval.
//! - [`Error`]: bad arguments and bad lexicon data; text is never an error.
//!
//! ## Guarantees
//! - Every span lies on `char` boundaries of the caller's text, with `start < end`, and `text` equals that slice.
//! - No input text panics; cost is linear in the text length (one pass of folding and tokenizing, then bounded
//!   look-ahead at lexicon hits); memory per call is bounded by a fixed chunk size plus the results.
//! - Values are real calendar values: an impossible date («31 فبراير 2021») gives a less precise true value (the
//!   month) or nothing, never `2021-02-31`.
//!
//! ## Lexicons
//! Month names, weekdays, number words, units and modifier words live in `data/lexicon/*.tsv`, embedded at compile
//! time: adding a spelling is a data change. Matching folds Arabic orthographic variation (see [`normalize`](crate)
//! in the source) without changing the caller's text.

#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod batch;
pub mod calendar;
mod error;
mod extractor;
mod lexicon;
mod normalize;
mod span;
pub mod temporal;

pub use error::Error;
pub use extractor::{Analysis, Document, Extractor, ExtractorBuilder, Prefer, Reference};
pub use span::Span;
pub use temporal::{Anchor, Calendar, Grain, Interval, Mod, Quantity, Temporal, TimexType, Unit};

#[cfg(test)]
mod tests {
    #[test]
    fn extractor_is_send_sync() {
        fn check<T: Send + Sync + Clone>() {}
        check::<crate::Extractor>();
    }
}
