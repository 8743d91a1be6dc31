//! Byte spans into the caller's text.

use serde::{Deserialize, Serialize};
use std::ops::Range;

/// A half-open byte range `start..end` into the caller's original text.
///
/// Both ends always sit on `char` boundaries of the text the span came from, and `start < end` for every span the
/// library returns, so `&text[span.range()]` never panics.
///
/// ```
/// use arabic_timeline::Span;
/// let text = "في 5 يناير 2020";
/// let span = Span::new(5, text.len());
/// assert_eq!(span.as_str(text), Some("5 يناير 2020"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    /// First byte of the span.
    pub start: usize,
    /// One past the last byte of the span.
    pub end: usize,
}

impl Span {
    /// Creates a span; `start` and `end` are byte offsets.
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// The span as a `Range<usize>`, for slicing.
    pub const fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// Length in bytes.
    pub const fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// True when the span covers no byte.
    pub const fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// The slice of `text` this span points to, or `None` if it does not fit `text` (out of bounds or not on char
    /// boundaries).
    pub fn as_str<'t>(&self, text: &'t str) -> Option<&'t str> {
        text.get(self.range())
    }

    /// True when `other` lies inside this span.
    pub const fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

impl From<Range<usize>> for Span {
    fn from(r: Range<usize>) -> Span {
        Span::new(r.start, r.end)
    }
}
