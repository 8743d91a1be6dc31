//! What the lexicons say of each word spelling, kept across documents by the caller.

use crate::event::detect::EventWords;
use crate::lexicon::FxHasher;
use crate::temporal::token::TemporalWords;
use std::collections::HashMap;
use std::hash::BuildHasherDefault;

/// The cache is emptied before a chunk of text when it holds more spellings than this, so that its memory stays flat
/// on any input (a chunk adds at most a few tens of thousands more).
const MAX_WORDS: usize = 1 << 16;

/// A reusable cache of per-word lexicon lookups, owned by the caller and passed to [`Extractor::analyze_with`] or
/// [`Extractor::temporals_with`].
///
/// Reading a word (stemming it into its possible readings and probing the temporal and event lexicons) depends on its
/// spelling alone, and most words of an article also occur in other articles: a cache that lives across documents
/// does that work once per spelling instead of once per document. Results are exactly those of
/// [`Extractor::analyze`], whatever the cache held before and whatever the order of the documents. The cache holds
/// no text beyond folded word spellings and empties itself when it grows past a fixed number of them, so its memory
/// stays bounded. Use one per thread (it is `Send`, and needs `&mut`): [`Extractor::analyze_batch`] gives each
/// rayon worker its own.
///
/// [`Extractor::analyze_with`]: crate::Extractor::analyze_with
/// [`Extractor::temporals_with`]: crate::Extractor::temporals_with
/// [`Extractor::analyze`]: crate::Extractor::analyze
/// [`Extractor::analyze_batch`]: crate::Extractor::analyze_batch
///
/// ```
/// use arabic_timeline::{Document, Extractor, WordCache};
///
/// let ex = Extractor::new();
/// let mut cache = WordCache::new();
/// let docs = [
///     Document::new("a", "وصل الوفد في 5 يناير 2020.").with_reference("2020-01-06".parse()?),
///     Document::new("b", "عاد الوفد أمس.").with_reference("2021-03-10".parse()?),
/// ];
/// for doc in &docs {
///     assert_eq!(ex.analyze_with(doc, &mut cache), ex.analyze(doc));
/// }
/// assert_eq!(ex.analyze_with(&docs[1], &mut cache).temporals[0].value, "2021-03-09");
/// # Ok::<(), arabic_timeline::Error>(())
/// ```
#[derive(Debug, Default)]
pub struct WordCache {
    /// Index of each folded spelling: a token's [`Tok::word`](crate::temporal::token::Tok).
    ids: HashMap<Box<str>, u32, BuildHasherDefault<FxHasher>>,
    /// Temporal lexicon readings by word index.
    pub(crate) temporal: TemporalWords,
    /// Event lexicon lookups by word index.
    pub(crate) events: EventWords,
}

impl WordCache {
    /// An empty cache.
    pub fn new() -> WordCache {
        WordCache::default()
    }

    /// Number of word spellings held.
    pub fn len(&self) -> usize {
        self.ids.len()
    }

    /// True when no spelling is held.
    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    /// Forgets every spelling (keeping the memory for reuse).
    pub fn clear(&mut self) {
        self.ids.clear();
        self.temporal.clear();
        self.events.clear();
    }

    /// Called before the words of a chunk are numbered: word indexes stay valid for the whole chunk, and the cache is
    /// emptied only here, when it has grown past its bound.
    pub(crate) fn start_chunk(&mut self) {
        if self.ids.len() > MAX_WORDS {
            self.clear();
        }
    }

    /// The index of folded word `w`, a new one (the next number) the first time it is seen.
    #[inline]
    pub(crate) fn id(&mut self, w: &str) -> u32 {
        if let Some(&id) = self.ids.get(w) {
            return id;
        }
        let id = self.ids.len() as u32;
        self.ids.insert(w.into(), id);
        id
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cache_stays_bounded() {
        let mut c = WordCache::new();
        for i in 0..=MAX_WORDS + 1 {
            c.id(&format!("w{i}"));
        }
        assert_eq!(c.len(), MAX_WORDS + 2);
        c.start_chunk();
        assert!(c.is_empty());
        assert_eq!(c.id("قصف"), 0);
        assert_eq!(c.id("غارة"), 1);
        assert_eq!(c.id("قصف"), 0);
    }
}
