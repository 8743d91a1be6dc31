//! Temporal expressions: records, the grammar that finds them, and their resolution against a reference date.

pub(crate) mod grammar;
pub(crate) mod resolve;
pub(crate) mod token;

use crate::span::Span;
use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

pub use crate::lexicon::Unit;

crate::names::names!(TimexType { Date => "DATE", Time => "TIME", Duration => "DURATION", Set => "SET" });
crate::names::names!(Grain {
    Second => "second",
    Minute => "minute",
    Hour => "hour",
    PartOfDay => "part_of_day",
    Day => "day",
    Week => "week",
    Month => "month",
    Quarter => "quarter",
    Season => "season",
    Half => "half",
    Year => "year",
    Decade => "decade",
    Century => "century",
});
crate::names::names!(Mod {
    Start => "START",
    Mid => "MID",
    End => "END",
    Approx => "APPROX",
    LessThan => "LESS_THAN",
    MoreThan => "MORE_THAN",
    EqualOrLess => "EQUAL_OR_LESS",
    EqualOrMore => "EQUAL_OR_MORE",
});
crate::names::names!(Calendar { Gregorian => "gregorian", Hijri => "hijri" });
crate::names::names!(Anchor { Absolute => "absolute", Relative => "relative", Anaphoric => "anaphoric" });

/// TIMEX3 type of a temporal expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum TimexType {
    /// A calendar date or period: `2021-07-26`, `2021-07`, `2022-Q3`, `2023-08-07/2023-08-08`.
    Date,
    /// A clock time or part of a day: `2021-07-26T10:15`, `2021-07-27TEV`.
    Time,
    /// A length of time: `P4M`, `PT1H`.
    Duration,
    /// A recurring time: `XXXX-WXX-5`.
    Set,
}

/// Precision of a value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Grain {
    /// A second.
    Second,
    /// A minute.
    Minute,
    /// An hour.
    Hour,
    /// Morning, afternoon, evening or night.
    PartOfDay,
    /// A day.
    Day,
    /// An ISO week.
    Week,
    /// A month.
    Month,
    /// A quarter.
    Quarter,
    /// A season (TIMEX3 `SP`, `SU`, `FA`, `WI`).
    Season,
    /// A half year.
    Half,
    /// A year.
    Year,
    /// A decade.
    Decade,
    /// A century.
    Century,
}

/// TIMEX3 `mod`: a part of the period, or an approximation or bound.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Mod {
    /// The beginning of the period («مطلع», «بداية», «أوائل»).
    Start,
    /// The middle of the period («منتصف», «أواسط»).
    Mid,
    /// The end of the period («نهاية», «أواخر»).
    End,
    /// About («نحو», «حوالي»).
    Approx,
    /// Less than («أقل من»).
    LessThan,
    /// More than («أكثر من»).
    MoreThan,
    /// At most («لا يتجاوز», «لا يزيد على»).
    EqualOrLess,
    /// At least («لا يقل عن»).
    EqualOrMore,
}

impl Mod {
    pub(crate) fn from_code(code: &str) -> Option<Mod> {
        Some(match code {
            "APPROX" => Mod::Approx,
            "LESS_THAN" => Mod::LessThan,
            "MORE_THAN" => Mod::MoreThan,
            "EQUAL_OR_LESS" => Mod::EqualOrLess,
            "EQUAL_OR_MORE" => Mod::EqualOrMore,
            _ => return None,
        })
    }
}

/// The calendar an expression was written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Calendar {
    /// Gregorian.
    Gregorian,
    /// Hijri (Umm al-Qura); `value` is still Gregorian, the Hijri value is in [`Temporal::hijri`].
    Hijri,
}

/// How an expression's value was anchored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Anchor {
    /// Fully given by the text («5 يناير 2020»), or a duration.
    Absolute,
    /// Computed from the document's reference date («أمس», «مايو الماضي»).
    Relative,
    /// Computed from an earlier date in the text («في 3 من هذا الشهر»).
    Anaphoric,
}

/// The time a value covers: `start` inclusive, `end` exclusive, local wall-clock time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Interval {
    /// First instant covered.
    pub start: NaiveDateTime,
    /// First instant after the value.
    pub end: NaiveDateTime,
}

/// An amount of a unit, for durations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Quantity {
    /// How many.
    pub amount: u64,
    /// Of what.
    pub unit: Unit,
}

/// A temporal expression found in a text, with its normalized value.
///
/// `value` is a TIMEX3 value string. With no reference date, values that depend on one stay symbolic: `REF`
/// followed by a signed ISO 8601 duration (`REF-P1D` for «أمس», `REF+P1M` for «الشهر المقبل», `REF` for «اليوم»),
/// and `interval` is `None`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Temporal {
    /// Byte offsets into the caller's text.
    #[serde(flatten)]
    pub span: Span,
    /// The matched text, equal to the slice `span` points to.
    pub text: String,
    /// TIMEX3 type.
    #[serde(rename = "type")]
    pub kind: TimexType,
    /// TIMEX3 value.
    pub value: String,
    /// TIMEX3 mod.
    #[serde(rename = "mod")]
    pub modifier: Option<Mod>,
    /// The calendar the text used.
    pub calendar: Calendar,
    /// How the value was anchored.
    pub anchor: Anchor,
    /// Precision of the value.
    pub grain: Grain,
    /// The time covered, when known (dates and times resolved to the calendar).
    pub interval: Option<Interval>,
    /// For durations: the amount and unit.
    pub quantity: Option<Quantity>,
    /// For Hijri dates: the Hijri value as written (`1436-09-15`, `1436-09`, `1436`).
    pub hijri: Option<String>,
}

impl Temporal {
    /// A record with the given value; mod, interval, quantity and Hijri value empty, Gregorian, absolute.
    pub(crate) fn new(
        span: Span,
        text: &str,
        kind: TimexType,
        value: String,
        grain: Grain,
    ) -> Temporal {
        Temporal {
            span,
            text: text.to_string(),
            kind,
            value,
            modifier: None,
            calendar: Calendar::Gregorian,
            anchor: Anchor::Absolute,
            grain,
            interval: None,
            quantity: None,
            hijri: None,
        }
    }
}
