//! # arabic-timeline
//!
//! Turns Arabic news text into a timeline of typed events. Underneath, it finds typed, normalized temporal
//! expressions: Gregorian dates in every regional month-name system, Hijri dates (Umm al-Qura), relative and
//! anaphoric expressions («نهاية العام الجاري», «في 3 من هذا الشهر»), durations and clock times, each with its exact
//! byte span in the caller's text and a TIMEX3 value. Then it finds the events the text reports (see [`event`]), each
//! tied to its date, and merges the events of many articles into one [`Timeline`].
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
//! Events and the merged timeline of several articles:
//!
//! ```
//! use arabic_timeline::{Document, Extractor, EventKind, Filter, Timeline};
//!
//! let ex = Extractor::new();
//! let a = ex.analyze(&Document::new("a", "قتل قاسم سليماني في غارة قرب مطار بغداد في 3 يناير 2020.")
//!     .with_reference("2020-01-04".parse()?));
//! let b = ex.analyze(&Document::new("b", "ما زال العراق يتذكر اغتيال سليماني عام 2020.")
//!     .with_reference("2023-08-10".parse()?));
//! assert_eq!(a.events[0].kind, EventKind::Killing);
//! let t = Timeline::from_analyses([&a, &b]);
//! let e = t.select(&Filter::new().kind(EventKind::Killing)).next().expect("entry");
//! assert_eq!(e.sources, ["a", "b"]);
//! assert_eq!(e.date.as_ref().map(|d| d.value.as_str()), Some("2020-01-03"));
//! # Ok::<(), arabic_timeline::Error>(())
//! ```
//!
//! ## Primary types
//! - [`Extractor`]: built once, shared across threads; [`Extractor::temporals`], [`Extractor::analyze`], and
//!   [`Extractor::analyze_batch`] for many documents in parallel (rayon), in input order.
//! - [`Document`], [`Reference`], [`Prefer`]: input and options.
//! - [`NumberMention`] ([`NumberKind`]): a number in digits or words, from [`Extractor::numbers`] (see [`number`]).
//! - [`Temporal`]: one expression: [`Span`], TIMEX3 type and value, mod, calendar, anchor, grain, interval.
//! - [`Event`] ([`EventKind`], [`Trigger`], [`EventDate`], [`DateSource`], [`Actor`], [`Place`], [`Polarity`],
//!   [`Modality`]): one event a text reports; in [`Analysis::events`] or from [`Extractor::events`].
//! - [`Timeline`] ([`Entry`], [`Mention`], [`Filter`]): events of many documents, merged and sorted by date.
//! - [`Error`]: bad arguments and bad lexicon data; text is never an error.
//!
//! ## Guarantees
//! - Every span lies on `char` boundaries of the caller's text, with `start < end`, and `text` equals that slice.
//! - No input text panics; cost is linear in the text length (one pass of folding and tokenizing, then bounded
//!   look-ahead at lexicon hits); memory per call is bounded by a fixed chunk size plus the results.
//! - Values are real calendar values: an impossible date («31 فبراير 2021») gives a less precise true value (the
//!   month) or nothing, never `2021-02-31`.
//! - Event detection is one more linear pass: each word is stemmed into a bounded number of readings looked up in a
//!   hash table, grammar words are checked within the clause, and dates are attached by walking the temporal
//!   expressions and the triggers together. Trigger, actor, place and sentence spans obey the span guarantee above.
//! - Building a [`Timeline`] from n mentions costs O(n log n): mentions are bucketed by kind family and compared only
//!   with entries whose dates overlap theirs, at most [`timeline::MAX_CANDIDATES`] of them; the result does not
//!   depend on the order of the documents.
//!
//! ## Lexicons
//! Month names, weekdays, number words, units and modifier words live in `data/lexicon/*.tsv`, event triggers and
//! grammar words in `data/events/triggers.tsv`, actors and places in `data/gazetteer/*.tsv`, all embedded at compile
//! time: adding a spelling or a trigger verb is a data change. Matching folds Arabic orthographic variation (see [`normalize`](crate)
//! in the source) without changing the caller's text.

#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod batch;
pub mod calendar;
mod error;
pub mod event;
mod extractor;
mod lexicon;
mod names;
mod normalize;
pub mod number;
mod span;
pub mod temporal;
pub mod timeline;
mod word_cache;

pub use error::Error;
pub use event::{
    Actor, DateSource, EntityType, Event, EventDate, EventKind, Family, Modality, Place, Polarity,
    Role, Trigger,
};
pub use extractor::{Analysis, Document, Extractor, ExtractorBuilder, Prefer, Reference};
pub use number::{NumberKind, NumberMention};
pub use span::Span;
pub use temporal::{Anchor, Calendar, Grain, Interval, Mod, Quantity, Temporal, TimexType, Unit};
pub use timeline::{Entry, Filter, Mention, Participant, Timeline};
pub use word_cache::{WordCache, WordCacheLease, WordCachePool};

#[cfg(test)]
mod tests {
    #[test]
    fn extractor_is_send_sync() {
        fn check<T: Send + Sync + Clone>() {}
        check::<crate::Extractor>();
    }

    #[test]
    fn word_cache_is_send() {
        fn check<T: Send + Default>() {}
        check::<crate::WordCache>();
    }
}
