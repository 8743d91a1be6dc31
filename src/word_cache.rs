//! What the lexicons say of each word spelling, kept across documents by the caller.

use crate::event::detect::EventWords;
use crate::lexicon::FxHasher;
use crate::temporal::token::TemporalWords;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::Mutex;
use std::thread::ThreadId;

/// The cache is emptied before a chunk of text when it holds more spellings than this, so that its memory stays flat
/// on any input (a chunk adds at most a few tens of thousands more).
const MAX_WORDS: usize = 1 << 16;

/// Makes room in `v`, a table indexed by word, for `n` entries; when it has to grow, room for a full cache's
/// [`MAX_WORDS`] entries at once. Such a table reaches about that
/// size over a few hundred articles anyway, and growing it by doubling copied it each time (realloc copies were
/// most of the cost of making room). Capacity not written to is not touched, so a small input costs no more memory.
#[inline]
pub(crate) fn reserve_words<T>(v: &mut Vec<T>, n: usize) {
    if n > v.capacity() {
        let want = n.max(MAX_WORDS + 2);
        v.reserve(want.saturating_sub(v.len()));
    }
}

/// End of a chain of [`WordCache::next`].
const END: u32 = u32::MAX;

/// A reusable cache of per-word lexicon lookups, owned by the caller and passed to [`Extractor::analyze_with`] or
/// [`Extractor::temporals_with`].
///
/// Reading a word (stemming it into its possible readings and probing the temporal and event lexicons) depends on its
/// spelling alone, and most words of an article also occur in other articles: a cache that lives across documents
/// does that work once per spelling instead of once per document. Results are exactly those of
/// [`Extractor::analyze`], whatever the cache held before and whatever the order of the documents. The cache holds
/// no text beyond folded word spellings and empties itself when it grows past a fixed number of them, so its memory
/// stays bounded. Use one per thread (it is `Send`, and needs `&mut`), or lend them to threads from a
/// [`WordCachePool`], as [`Extractor::analyze_batch`] does.
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
    // A spelling's index is a token's `Tok::word`. The spellings are kept one after another in one string and found
    // by their hash, so that a new word costs no allocation of its own.
    /// The spellings, one after another.
    spellings: String,
    /// Byte range of each spelling in `spellings`, by index.
    spans: Vec<(u32, u32)>,
    /// The last index given to a spelling of each hash.
    by_hash: HashMap<u64, u32, BuildHasherDefault<KeyHasher>>,
    /// By index, the previous index with the same hash ([`END`] for none).
    next: Vec<u32>,
    /// The index of each spelling of at most [`SHORT`] bytes, keyed by its bytes and length packed in one integer:
    /// found with one probe and no comparison of bytes. Almost every word is that short.
    short: ShortTable,
    /// The same for a spelling of [`SHORT`] + 1 to [`MEDIUM`] bytes (most of the others), keyed by its first 16
    /// bytes and the [`short_key`] of the rest.
    medium: HashMap<(u128, u128), u32, BuildHasherDefault<KeyHasher>>,
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
        self.spans.len()
    }

    /// True when no spelling is held.
    pub fn is_empty(&self) -> bool {
        self.spans.is_empty()
    }

    /// Forgets every spelling (keeping the memory for reuse).
    pub fn clear(&mut self) {
        self.spellings.clear();
        self.spans.clear();
        self.by_hash.clear();
        self.next.clear();
        self.short.clear();
        self.medium.clear();
        self.temporal.clear();
        self.events.clear();
    }

    /// Called before the words of a chunk are numbered: word indexes stay valid for the whole chunk, and the cache is
    /// emptied only here, when it has grown past its bound.
    pub(crate) fn start_chunk(&mut self, text: &str) {
        if self.spans.len() > MAX_WORDS {
            self.clear();
        }
        // Room for the chunk's new words at once (a fresh cache would otherwise grow its table many times over one
        // article): about one distinct word per dozen bytes of Arabic text.
        let words = text.len() / 12;
        self.short.reserve(words);
        let n = self.spans.len() + words;
        reserve_words(&mut self.spans, n);
        reserve_words(&mut self.next, n);
        // About a dozen bytes a spelling.
        let bytes = self.spellings.len() + text.len();
        if bytes > self.spellings.capacity() {
            self.spellings
                .reserve(bytes.max(MAX_WORDS * 12) - self.spellings.len());
        }
    }

    /// [`WordCache::id`] of the word at `start..end` of `text` (char boundaries). A short word with 16 bytes of text
    /// from its start has its key read in one load, masked to its length: the same key as [`short_key`] builds byte
    /// by byte; a medium one with 32 bytes from its start, in two.
    #[inline(always)]
    pub(crate) fn id_at(&mut self, text: &str, start: usize, end: usize) -> Option<u32> {
        let n = end.checked_sub(start)?;
        if (1..=SHORT).contains(&n) {
            if let Some(chunk) = text.as_bytes().get(start..start + 16) {
                let key = masked_key(chunk, n);
                let slot = match self.short.find(key) {
                    Ok(id) => return Some(id),
                    Err(slot) => slot,
                };
                // A new spelling: only now is it read as a str (the bounds checked).
                let w = text.get(start..end)?;
                let id = self.spans.len() as u32;
                self.short.insert_at(slot, key, id);
                self.push_spelling(w, END);
                return Some(id);
            }
        } else if (SHORT + 1..=MEDIUM).contains(&n) {
            if let (Some(head), Some(rest)) = (
                text.as_bytes().get(start..start + 16),
                text.as_bytes().get(start + 16..start + 32),
            ) {
                let key = (masked_key(head, 16), masked_key(rest, n - 16));
                if let Some(&id) = self.medium.get(&key) {
                    return Some(id);
                }
                let w = text.get(start..end)?;
                let id = self.spans.len() as u32;
                self.medium.insert(key, id);
                self.push_spelling(w, END);
                return Some(id);
            }
        }
        text.get(start..end).map(|w| self.id(w))
    }

    /// The index of folded word `w`, a new one (the next number) the first time it is seen.
    #[inline(always)]
    pub(crate) fn id(&mut self, w: &str) -> u32 {
        // The empty spelling's key is 0, an empty slot of the short table: it is found by hash.
        match short_key(w).filter(|&key| key != 0) {
            Some(key) => {
                let next = self.spans.len() as u32;
                match self.short.get(key) {
                    Some(id) => id,
                    None => {
                        self.short.insert(key, next);
                        self.push_spelling(w, END)
                    }
                }
            }
            None => match medium_key(w) {
                Some(key) => {
                    let next = self.spans.len() as u32;
                    let id = *self.medium.entry(key).or_insert(next);
                    if id == next {
                        self.push_spelling(w, END);
                    }
                    id
                }
                None => self.long_id(w),
            },
        }
    }

    /// [`WordCache::id`] of a word longer than [`MEDIUM`] bytes.
    fn long_id(&mut self, w: &str) -> u32 {
        let mut h = FxHasher::default();
        h.write(w.as_bytes());
        let h = h.finish();
        let last = self.by_hash.get(&h).copied().unwrap_or(END);
        let mut k = last;
        while k != END {
            if self.spelling(k) == Some(w) {
                return k;
            }
            k = self.next.get(k as usize).copied().unwrap_or(END);
        }
        let id = self.push_spelling(w, last);
        self.by_hash.insert(h, id);
        id
    }

    /// Records a new spelling under the next index, `last` being the previous index of its hash.
    fn push_spelling(&mut self, w: &str, last: u32) -> u32 {
        let id = self.spans.len() as u32;
        let start = self.spellings.len() as u32;
        self.spellings.push_str(w);
        self.spans.push((start, self.spellings.len() as u32));
        self.next.push(last);
        id
    }

    /// The spelling of index `k`.
    fn spelling(&self, k: u32) -> Option<&str> {
        let &(a, b) = self.spans.get(k as usize)?;
        self.spellings.get(a as usize..b as usize)
    }
}

/// The longest spelling kept in [`WordCache::short`]: its bytes and its length fill a `u128`.
const SHORT: usize = 15;

/// The longest spelling kept in [`WordCache::medium`]: 16 bytes, then at most [`SHORT`].
const MEDIUM: usize = 16 + SHORT;

/// By length `n`, the mask of a key's first `n` bytes: one load instead of a shift of a 128-bit integer.
static KEY_MASKS: [u128; SHORT + 1] = {
    let mut m = [0u128; SHORT + 1];
    let mut n = 1;
    while n <= SHORT {
        m[n] = (1u128 << (8 * n)) - 1;
        n += 1;
    }
    m
};

/// The index of each short spelling by its key ([`short_key`]), in one array probed from the key's hash onward (open
/// addressing, linear probing): a word costs a hash, a load and a comparison of two integers, where a general map
/// also matched tag bytes first. A key is never 0 (it holds a length from 1 up), so 0 marks an empty slot.
#[derive(Debug, Default)]
struct ShortTable {
    /// Key and index; the number of slots is 0 or a power of two, at most three quarters of them full, so that a
    /// probe always meets an empty slot.
    slots: Vec<(u128, u32)>,
    /// Slots in use.
    len: usize,
}

impl ShortTable {
    /// The first slot to probe for `key`.
    #[inline(always)]
    fn home(&self, key: u128) -> usize {
        let h = fold_mul((key as u64) ^ KEY_LO, ((key >> 64) as u64) ^ KEY_HI);
        (h as usize) & self.slots.len().wrapping_sub(1)
    }

    /// The index of `key`, or else the empty slot where it goes (past the slots when there are none).
    #[inline(always)]
    fn find(&self, key: u128) -> Result<u32, usize> {
        let mask = self.slots.len().wrapping_sub(1);
        let mut i = self.home(key);
        loop {
            let Some(&(k, id)) = self.slots.get(i) else {
                return Err(usize::MAX);
            };
            if k == key {
                return Ok(id);
            }
            if k == 0 {
                return Err(i);
            }
            i = (i + 1) & mask;
        }
    }

    /// The index of `key`.
    #[inline(always)]
    fn get(&self, key: u128) -> Option<u32> {
        self.find(key).ok()
    }

    /// Records `key` (not in the table, not 0) with index `id`.
    fn insert(&mut self, key: u128, id: u32) {
        self.insert_at(usize::MAX, key, id);
    }

    /// Records `key` (not in the table, not 0) with index `id` in `slot`, the empty slot [`ShortTable::find`] gave
    /// for it, unless the table grows first.
    fn insert_at(&mut self, slot: usize, key: u128, id: u32) {
        debug_assert_ne!(key, 0, "0 marks an empty slot");
        self.len += 1;
        if self.len.saturating_mul(4) <= self.slots.len().saturating_mul(3) {
            if let Some(s) = self.slots.get_mut(slot) {
                *s = (key, id);
                return;
            }
        }
        self.reserve(0);
        self.place(key, id);
    }

    /// Writes `key` into the first empty slot from its home.
    fn place(&mut self, key: u128, id: u32) {
        let mask = self.slots.len().wrapping_sub(1);
        let mut i = self.home(key);
        while let Some(slot) = self.slots.get_mut(i) {
            if slot.0 == 0 {
                *slot = (key, id);
                return;
            }
            i = (i + 1) & mask;
        }
    }

    /// Makes room for `more` keys more than it holds, moving the keys into a larger array when the load would pass
    /// three quarters.
    fn reserve(&mut self, more: usize) {
        let need = self.len.saturating_add(more);
        if need.saturating_mul(4) <= self.slots.len().saturating_mul(3) {
            return;
        }
        let size = (need.saturating_mul(4) / 3 + 1).next_power_of_two().max(64);
        let old = std::mem::replace(&mut self.slots, vec![(0, 0); size]);
        for (k, id) in old {
            if k != 0 {
                self.place(k, id);
            }
        }
    }

    /// Empties the table, keeping its memory.
    fn clear(&mut self) {
        self.slots.fill((0, 0));
        self.len = 0;
    }
}

/// The hash of [`WordCache`]'s keys: a folded multiply (the 128-bit product of the key's two halves, each mixed with
/// a constant, its halves xored), which spreads every byte of a key over every bit of the hash. The table takes a
/// key's position from the hash's low bits: with Fx those depend on the low bytes of the last word hashed alone, and
/// the high half of a word of at most eight bytes (most) is its length only, so the keys of a corpus crowded into a
/// tenth of the positions and every probe scanned long runs.
#[derive(Default, Clone, Copy)]
struct KeyHasher(u64);

/// The constants of [`KeyHasher`]. Each has a byte 0xFF, which neither UTF-8 text nor a length holds: a half mixed
/// with its constant is never zero, so no key multiplies to zero.
const KEY_LO: u64 = 0x243f_6a88_85a3_08ff;
const KEY_HI: u64 = 0x1319_8a2e_0370_ff44;

/// The 128-bit product of `a` and `b`, its halves xored.
#[inline(always)]
fn fold_mul(a: u64, b: u64) -> u64 {
    let p = u128::from(a) * u128::from(b);
    (p as u64) ^ ((p >> 64) as u64)
}

impl Hasher for KeyHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        // Not used by the cache's keys (integers), but correct for any.
        for chunk in bytes.chunks(8) {
            let mut b = [0u8; 8];
            b.get_mut(..chunk.len())
                .unwrap_or_default()
                .copy_from_slice(chunk);
            self.write_u64(u64::from_le_bytes(b));
        }
    }

    #[inline(always)]
    fn write_u64(&mut self, x: u64) {
        self.0 = fold_mul(self.0 ^ x ^ KEY_LO, KEY_HI);
    }

    #[inline(always)]
    fn write_u128(&mut self, x: u128) {
        self.0 = fold_mul(self.0 ^ (x as u64) ^ KEY_LO, ((x >> 64) as u64) ^ KEY_HI);
    }

    #[inline(always)]
    fn finish(&self) -> u64 {
        self.0
    }
}

/// The first `n` bytes of `chunk` (16 bytes, `n` at most 16) and `n` in one integer: for `n` up to [`SHORT`], the
/// [`short_key`] of those bytes.
#[inline(always)]
fn masked_key(chunk: &[u8], n: usize) -> u128 {
    let raw = u128::from_le_bytes(chunk.try_into().unwrap_or([0; 16]));
    if n >= 16 {
        return raw;
    }
    (raw & KEY_MASKS[n & SHORT]) | ((n as u128) << 120)
}

/// The key of `w` in [`WordCache::medium`] when it has [`SHORT`] + 1 to [`MEDIUM`] bytes: its first 16 bytes, and
/// the [`short_key`] of the rest. Equal keys, equal spellings.
#[inline]
fn medium_key(w: &str) -> Option<(u128, u128)> {
    let b = w.as_bytes();
    if !(SHORT + 1..=MEDIUM).contains(&b.len()) {
        return None;
    }
    let (head, rest) = b.split_at_checked(16)?;
    Some((masked_key(head, 16), short_key_of(rest)?))
}

/// The bytes of `w` and its length in one integer, when `w` has at most [`SHORT`] bytes: equal keys, equal
/// spellings.
#[inline]
fn short_key(w: &str) -> Option<u128> {
    short_key_of(w.as_bytes())
}

/// [`short_key`] of bytes.
#[inline]
fn short_key_of(b: &[u8]) -> Option<u128> {
    let n = b.len();
    if n > SHORT {
        return None;
    }
    // Two fixed-size reads when the spelling fills a half (no copy of a variable length).
    let (lo, hi) = match (b.get(..8), b.get(n.saturating_sub(8)..)) {
        (Some(head), Some(tail)) => {
            let lo = u64::from_le_bytes(head.try_into().unwrap_or([0; 8]));
            let tail = u64::from_le_bytes(tail.try_into().unwrap_or([0; 8]));
            // The bytes from 8 on, moved down from the end of the last eight.
            (lo, tail.checked_shr(8 * (16 - n) as u32).unwrap_or(0))
        }
        _ => {
            let lo = b.iter().rev().fold(0u64, |v, &x| (v << 8) | u64::from(x));
            (lo, 0)
        }
    };
    Some(u128::from(lo) | u128::from(hi) << 64 | (n as u128) << 120)
}

/// Word caches shared by the threads of a pool: each run of documents borrows one with [`WordCachePool::lease`] and
/// gives it back when the lease is dropped, so the next run starts with the words the last one learned instead of an
/// empty cache. It holds at most as many caches as runs were in progress at once. Every [`Extractor`] keeps one, shared
/// with its clones, that its calls without a cache of their own (and [`Extractor::analyze_batch`]) borrow; a caller
/// with its own workers can keep one for as long as it likes. A lease dropped by a panic is not given back: the cache
/// may be halfway through an update.
///
/// [`Extractor`]: crate::Extractor
/// [`Extractor::analyze_batch`]: crate::Extractor::analyze_batch
///
/// ```
/// use arabic_timeline::{Document, Extractor, WordCachePool};
///
/// let ex = Extractor::new();
/// let pool = WordCachePool::new();
/// let doc = Document::new("a", "عاد الوفد أمس.").with_reference("2021-03-10".parse()?);
/// let mut lease = pool.lease();
/// assert_eq!(ex.analyze_with(&doc, &mut lease).temporals[0].value, "2021-03-09");
/// # Ok::<(), arabic_timeline::Error>(())
/// ```
#[derive(Default)]
pub struct WordCachePool(Mutex<Vec<(ThreadId, WordCache)>>);

impl std::fmt::Debug for WordCachePool {
    /// The number of caches at rest, not their contents (tens of thousands of spellings each).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let free = self.0.lock().map_or(0, |v| v.len());
        f.debug_struct("WordCachePool")
            .field("free", &free)
            .finish()
    }
}

impl WordCachePool {
    /// An empty pool.
    pub fn new() -> WordCachePool {
        WordCachePool::default()
    }

    /// A cache from the pool: the one this thread gave back last if it is free, else the one given back last, or a
    /// new one when none is free. A thread that takes back its own cache finds its tables still in its core's cache
    /// memory; the one another thread used last would have to be fetched from there (megabytes, for a cache that has
    /// read a corpus).
    pub fn lease(&self) -> WordCacheLease<'_> {
        let me = std::thread::current().id();
        let cache = self
            .0
            .lock()
            .ok()
            .and_then(|mut v| match v.iter().rposition(|(t, _)| *t == me) {
                Some(k) => Some(v.remove(k).1),
                None => v.pop().map(|(_, c)| c),
            })
            .unwrap_or_default();
        WordCacheLease { cache, home: self }
    }
}

/// A [`WordCache`] borrowed from a [`WordCachePool`], given back when dropped. Dereferences to the cache.
pub struct WordCacheLease<'a> {
    cache: WordCache,
    home: &'a WordCachePool,
}

impl std::fmt::Debug for WordCacheLease<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WordCacheLease").finish_non_exhaustive()
    }
}

impl std::ops::Deref for WordCacheLease<'_> {
    type Target = WordCache;
    fn deref(&self) -> &WordCache {
        &self.cache
    }
}

impl std::ops::DerefMut for WordCacheLease<'_> {
    fn deref_mut(&mut self) -> &mut WordCache {
        &mut self.cache
    }
}

impl Drop for WordCacheLease<'_> {
    fn drop(&mut self) {
        // A cache left by a panic may be halfway through an update (a list the next chunk expects empty, a word
        // numbered but not read): it is dropped rather than lent to the next call. A poisoned lock only loses the
        // cache, never a result.
        if std::thread::panicking() {
            return;
        }
        if let Ok(mut v) = self.home.0.lock() {
            v.push((std::thread::current().id(), std::mem::take(&mut self.cache)));
        }
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
        c.start_chunk("");
        assert!(c.is_empty());
        assert_eq!(c.id("قصف"), 0);
        assert_eq!(c.id("غارة"), 1);
        assert_eq!(c.id("قصف"), 0);
        assert_eq!(c.spelling(1), Some("غارة"));
    }

    #[test]
    fn a_thread_takes_back_its_own_cache() {
        let pool = WordCachePool::new();
        let mut mine = pool.lease();
        mine.id("قصف");
        // Another thread gives its cache back after this one: a plain stack would lend that one next.
        std::thread::scope(|s| {
            s.spawn(|| {
                let mut other = pool.lease();
                other.id("غارة");
                other.id("هجوم");
            });
        });
        drop(mine);
        assert_eq!(format!("{pool:?}"), "WordCachePool { free: 2 }");
        assert_eq!(pool.lease().len(), 1);
        // A thread with no cache of its own takes the one given back last.
        std::thread::scope(|s| {
            s.spawn(|| assert_eq!(pool.lease().len(), 1));
        });
    }

    #[test]
    fn a_lease_dropped_by_a_panic_is_not_given_back() {
        let pool = WordCachePool::new();
        drop(pool.lease());
        let caught = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            let mut lease = pool.lease();
            lease.id("قصف");
            panic!("a call fails halfway");
        }));
        assert!(caught.is_err());
        // Neither the cache the panic held nor a half-filled one is lent again: the next lease starts empty.
        assert_eq!(format!("{pool:?}"), "WordCachePool { free: 0 }");
        assert_eq!(pool.lease().len(), 0);
    }

    #[test]
    fn short_table_finds_every_key_it_holds() {
        let mut t = ShortTable::default();
        let key = |k: u32| (u128::from(k) * 0x9e37_79b9) | (3 << 120);
        assert_eq!(t.get(key(1)), None);
        for k in 0..10_000 {
            assert_eq!(t.get(key(k)), None);
            t.insert(key(k), k);
        }
        assert_eq!(t.len, 10_000);
        assert!(t.len * 4 <= t.slots.len() * 3);
        for k in 0..10_000 {
            assert_eq!(t.get(key(k)), Some(k));
        }
        assert_eq!(t.get(key(10_000)), None);
        t.clear();
        assert_eq!(t.get(key(5)), None);
        t.insert(key(5), 0);
        assert_eq!(t.get(key(5)), Some(0));
        // The empty spelling (key 0) is numbered like any other.
        let mut c = WordCache::new();
        assert_eq!(
            (c.id("قصف"), c.id(""), c.id("غارة"), c.id("")),
            (0, 1, 2, 1)
        );
        assert_eq!(c.spelling(1), Some(""));
    }

    #[test]
    fn spellings_of_one_hash_are_told_apart() {
        // Spellings longer than `MEDIUM` bytes: the ones found by hash.
        let (x, y) = ("والمستشفياتوالانتخابات", "والانتخاباتوالمستشفيات");
        let mut c = WordCache::new();
        let (a, b) = (c.id(x), c.id(y));
        // Force a collision: both spellings chained under one hash.
        let mut h = FxHasher::default();
        h.write(x.as_bytes());
        let h = h.finish();
        c.by_hash.insert(h, b);
        if let Some(n) = c.next.get_mut(b as usize) {
            *n = a;
        }
        assert_eq!(c.id(x), a);
        assert_eq!(c.id(y), b);
        assert_eq!(c.id("هجوم"), 2);
        assert_eq!(c.len(), 3);
    }

    #[test]
    fn short_and_long_spellings_share_one_numbering() {
        let mut c = WordCache::new();
        let words = [
            "قصف",
            "والمستشفيات",
            "a",
            "abcdefghijklmno",
            "abcdefghijklmnop",
            "قصفت",
            "abcdefghijklmnopqrstuvwxyz01234",
            "abcdefghijklmnopqrstuvwxyz012345",
            "abcdefghijklmnopqrstuvwxyz0123",
        ];
        let ids: Vec<u32> = words.iter().map(|w| c.id(w)).collect();
        assert_eq!(ids, [0, 1, 2, 3, 4, 5, 6, 7, 8]);
        let again: Vec<u32> = words.iter().rev().map(|w| c.id(w)).collect();
        assert_eq!(again, [8, 7, 6, 5, 4, 3, 2, 1, 0]);
        for (k, w) in (0u32..).zip(words) {
            assert_eq!(c.spelling(k), Some(w));
        }
        // Equal bytes up to the padding, different lengths.
        assert_ne!(short_key("ab"), short_key("ab\0"));
        // Every length packs its bytes, each at its place.
        let all = "abcdefghijklmno";
        for n in 0..=SHORT {
            let w = &all[..n];
            let mut key = [0u8; 16];
            key[..n].copy_from_slice(w.as_bytes());
            key[SHORT] = n as u8;
            assert_eq!(short_key(w), Some(u128::from_le_bytes(key)), "{w}");
        }
        assert_eq!(short_key("abcdefghijklmnop"), None);
        assert_ne!(
            medium_key("abcdefghijklmnop"),
            medium_key("abcdefghijklmnop\0")
        );
        assert_eq!(medium_key("abcdefghijklmnopqrstuvwxyz012345"), None);
        // Read in place from a longer text, a word has the key and the index it has alone.
        let text = "قصف والمستشفيات a abcdefghijklmno abcdefghijklmnop قصفت abcdefghijklmnopqrstuvwxyz01234 \
                    abcdefghijklmnopqrstuvwxyz012345 abcdefghijklmnopqrstuvwxyz0123 xyzxyzxyzxyzxyzxyz \
                    abcdefghijklmnopqrstuvwxyz01234";
        let mut d = WordCache::new();
        let mut at = 0;
        for w in text.split(' ') {
            let (s, e) = (at, at + w.len());
            assert_eq!(d.id_at(text, s, e), Some(c.id(w)), "{w}");
            at = e + 1;
        }
    }
}
