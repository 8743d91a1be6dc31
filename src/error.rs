//! The public error type.

use thiserror::Error as ThisError;

/// Everything that can go wrong in this crate: bad arguments and bad lexicon data. Text given for extraction is never
/// an error; text with nothing in it gives an empty result.
///
/// ```
/// use arabic_timeline::Reference;
/// let err = "2021-13-45".parse::<Reference>().unwrap_err();
/// assert!(err.to_string().contains("2021-13-45"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, ThisError)]
#[non_exhaustive]
pub enum Error {
    /// A reference date or datetime that is not a valid `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM[:SS]` value.
    #[error("invalid reference date {value:?}: {reason}")]
    InvalidReference {
        /// The text given.
        value: String,
        /// What was wrong with it.
        reason: String,
    },
    /// A lexicon data line that cannot be read.
    #[error("lexicon {file} line {line}: {reason}")]
    Lexicon {
        /// The lexicon file name.
        file: String,
        /// 1-based line number.
        line: usize,
        /// What was wrong with it.
        reason: String,
    },
    /// An option value that is not allowed.
    #[error("invalid option {name}: {reason}")]
    InvalidOption {
        /// The option's name.
        name: &'static str,
        /// What was wrong with it.
        reason: String,
    },
}
