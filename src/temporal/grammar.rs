//! The temporal grammar: finds expressions in the token stream and builds unresolved values.
//!
//! The scan is one left-to-right pass. Only tokens that carry a lexicon reading, a digit run, or one of a few signal
//! words («قبل», «بعد», «بين», «من») can start an expression; every rule looks ahead a bounded number of tokens, so the
//! cost is linear in the text. At each start the longest rule wins; the scan resumes after it.

use super::token::{self, Kind, Lex, Tok};
use super::Grain;
use crate::event::morph::{looks_feminine_perfect, looks_only_imperfect};
use crate::lexicon::{bits, Cal, Count, Holiday, Part, Reading, Unit, WordList, LEXICON};
use crate::normalize::Folded;
use crate::number::{NumParser, NumberKind};
use std::cell::Cell;

/// A year as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum YearX {
    /// A number.
    Abs(i32),
    /// Relative to the reference year.
    Rel(i32),
    /// The year of the narrative («العام نفسه»).
    Same,
}

/// A month as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum MonthX {
    /// A month name or number, optionally with a shift («مايو الماضي»).
    Abs(u8, Option<i8>),
    /// Relative to the reference month («الشهر الماضي»).
    Rel(i32),
    /// «هذا الشهر», «الشهر نفسه» after a day: the month of the narrative.
    Same,
    /// «(مثل) هذا اليوم من عام 1990»: the reference's month, in the year written.
    OfRef,
}

/// A day as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DayX {
    /// A day of the month.
    Abs(u8),
    /// Relative to the reference day («أمس» = -1).
    Rel(i32),
    /// Relative to the narrative's day («اليوم التالي»).
    Next(i32),
    /// A weekday, with an explicit shift if written («الأحد الماضي»).
    Weekday(u8, Option<i8>),
    /// The n-th (negative: from the end) weekday of the month.
    NthWeekday(i8, u8),
    /// The last day of the month.
    LastDay,
    /// «(مثل) هذا اليوم من عام 1990»: the reference's day of the month, in the month and year written.
    OfRef,
}

/// A clock time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct TimeX {
    pub hour: u8,
    pub minute: u8,
    pub second: Option<u8>,
    /// Thousandths of a second written after the seconds («12:30:15.5» → 500).
    pub milli: u16,
    pub grain: Grain,
}

/// An hour of a 12-hour clock read in a TIMEX3 part of day: the afternoon and evening are past noon, the night's
/// hours from five to eleven are the evening's («العاشرة ليلاً» is 22:00, «الثانية ليلاً» 02:00), and twelve at night
/// or in the morning is midnight.
fn hour_in_part(hour: u8, part: &str) -> u8 {
    match part {
        "TAF" | "TEV" if hour < 12 => hour + 12,
        "TNI" if (5..12).contains(&hour) => hour + 12,
        "TMO" | "TNI" if hour == 12 => 0,
        _ => hour,
    }
}

/// An unresolved date, time or period.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct DateX {
    pub hijri: bool,
    pub year: Option<YearX>,
    pub month: Option<MonthX>,
    pub day: Option<DayX>,
    /// Week relative to the reference week.
    pub week: Option<i32>,
    /// n-th week of the month (negative: from the end).
    pub nth_week: Option<i8>,
    /// (n, parts): quarter (parts = 4) or half (parts = 2) of the year.
    pub fraction: Option<(u8, u8)>,
    /// First year of a decade (1980), or a tens digit to complete from the century.
    pub decade: Option<i32>,
    /// Century number (20 = the 1900s), or relative to the reference century.
    pub century: Option<CenturyX>,
    /// A calendar decade relative to the reference one («العقد الماضي» = -1).
    pub decade_rel: Option<i32>,
    pub part: Option<Part>,
    pub time: Option<TimeX>,
    pub daypart: Option<&'static str>,
    /// An offset from the reference («قبل أسبوع»). Counts are at most [`MAX_COUNT`], so `i32` holds them: the
    /// struct is copied by every rule, and its size is what they copy.
    pub offset: Option<(i32, Unit)>,
    /// Smaller units added to `offset`, largest first («شهر و 21 يوماً من الآن»).
    pub offset_more: [Option<(i32, Unit)>; 3],
    /// The offset counts an unspecified few units («قبل بضعة أيام»): the value is the period around it, one grain
    /// coarser.
    pub vague: bool,
    /// The reference instant itself («الآن»).
    pub now: bool,
    /// A weekday written beside a day and month with no year («الأربعاء 20 مارس»): it tells the year.
    pub weekday_hint: Option<u8>,
    /// Relative parts count from the narrative's last date, when there is one («الشهر التالي», «بعد ذلك بيومين»).
    pub anaphoric: bool,
    /// A holiday («عيد الفطر»), in the year given or the one nearest the reference.
    pub holiday: Option<Holiday>,
    /// The n-th weekday after the date («أول جمعة بعد عيد الفطر», «ثالث ثلاثاء بعد كريسماس 2014»).
    pub weekday_after: Option<(u8, u8)>,
    /// A season code («الصيف» = `SU`), in `year` or the one nearest the reference.
    pub season: Option<&'static str>,
    /// The Hijri day written beside a Gregorian one («15 رمضان 1436هـ الموافق 2 يوليو 2015م»): year, month, day.
    pub also_hijri: Option<(i32, u8, u8)>,
    /// The week around the day («أسبوع 15 سبتمبر»).
    pub week_of: bool,
    /// The first (n > 0) or last (n < 0) n units of the period («الأيام العشرة الأخيرة من رمضان»).
    pub sub: Option<(i32, Unit)>,
    /// An approximator before the date («قرابة الثلاثاء القادم»): a `Mod` code.
    pub modifier: Option<&'static str>,
    /// The day was an ordinal word after a weekday («الثلاثاء الثالث من أيلول»): if that day of the month is not that
    /// weekday, the ordinal counts the weekdays.
    pub nth_ok: bool,
    /// A day and month that name a well-known event («ثورة 25 يناير»): the year is not the reference's nor the
    /// narrative's, and stays unknown (`XXXX-01-25`).
    pub year_unknown: bool,
    /// Days from the date written: «عشية عيد الفطر» is the eve (-1), «غداة 5 يونيو» the morrow (+1).
    pub day_shift: i16,
    /// A year after «منذ», «بحلول», «حتى», «قبل» or «بعد» («منذ 2011»), or a year of a span looked back on («في
    /// الأعوام 2005 و2006 و2007»): a bound of the time spoken of, not the time the narrative is at, so the dates
    /// after it do not take its year.
    pub bound: bool,
    /// The bound is a deadline («حتى 2030», «بحلول 2035»; list `deadline_prep`).
    pub deadline: bool,
    /// «الأسبوع» with neither a shift word nor a demonstrative («عائدين من عطلة نهاية الأسبوع»): its weekend is the
    /// one on the preferred side of the reference.
    pub plain_week: bool,
    /// «بعد» with a count in a clause told as past («انسحبت القوات بعد شهر واحد», «وبعد ساعات تم إطلاق سراحهم»): it
    /// counts from an act of the narrative, not ahead of the reference; unless a written date just before anchors
    /// it, the count is a length of time.
    pub told_past: bool,
    /// A day and month with no year whose last dated neighbour is two sentences back or more, or one back but in a
    /// background clause («وكانت الحكومة قد أقرت الخطة عام 2020. … يوم 6 أيلول»): with a reference, the year is the
    /// reference's, not the narrative's.
    pub out_of_reach: bool,
    /// The second year of an institution's year written as two («العام الدراسي 2025/2026», «السنة المالية
    /// 2025-2026»): a yearless day or month after it falls in the first year from July on, in the second before
    /// (school, fiscal and football years run from the summer or autumn of one year to the next).
    pub split_year: bool,
}

/// A century as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CenturyX {
    /// Ordinal century: 20 is the twentieth century (1900–1999).
    Abs(i32),
    /// Relative to the reference century.
    Rel(i32),
}

/// The count of a plural period with none written («الأيام الماضية»): what «القليلة» stands for in
/// `data/lexicon/words.tsv`.
const FEW_UNITS: u64 = 3;

/// A count of days or weeks in days, as a day shift («بثلاثة أيام» 3, «بأسبوعين» 14); other units give none.
fn days_in(amount: u64, unit: Unit) -> Option<i16> {
    let days = match unit {
        Unit::Day => amount,
        Unit::Week => amount.checked_mul(7)?,
        _ => return None,
    };
    i16::try_from(days).ok()
}

/// A clock time `expr` moved by `minutes` (negative: earlier), wrapping around midnight, to the minute.
fn moved_by_minutes(expr: Expr, minutes: i64) -> Option<DateX> {
    let Expr::Date(mut x) = expr else {
        return None;
    };
    let tm = x.time.as_mut()?;
    let total = (i64::from(tm.hour) * 60 + i64::from(tm.minute) + minutes).rem_euclid(24 * 60);
    tm.hour = (total / 60) as u8;
    tm.minute = (total % 60) as u8;
    tm.second = None;
    tm.grain = Grain::Minute;
    Some(x)
}

/// An unresolved expression.
// Short-lived and `Copy` inside the parser: boxing the two-date range would cost an allocation per candidate.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Expr {
    Date(DateX),
    /// Inclusive range of two dates; missing fields of the first come from the second.
    Range(DateX, DateX),
    Duration {
        amount: u64,
        unit: Unit,
        modifier: Option<&'static str>,
        /// «بضعة أيام», «عدة أشهر»: an unspecified number of units (TIMEX3 `PXD`).
        vague: bool,
        /// Smaller units joined by «و»: «سنة وستة أشهر», «عام واحد و شهر و 21 يوما».
        more: [Option<(u64, Unit)>; 3],
    },
    DurationRange {
        from: u64,
        to: u64,
        unit: Unit,
    },
    /// A recurring time (TIMEX3 SET): every n units («كل يوم», «كل ثلاثة أشهر», «يومياً»); n = 0 for an unspecified
    /// number («كل بضعة أيام»).
    Every {
        amount: u64,
        unit: Unit,
    },
    /// Every given weekday («كل جمعة», «كل يوم اثنين»).
    EveryWeekday(u8),
    /// The start, middle or end of every week, month or year («نهاية كل شهر», «مطلع كل عام»).
    EveryPart(Unit, Part),
    /// Every given part of the day («كل صباح», «كل مساء»), or of every given weekday («صباح كل يوم اثنين»): its
    /// TIMEX3 code.
    EveryDayPart(Option<u8>, &'static str),
    /// Every given season («كل صيف»): its TIMEX3 code.
    EverySeason(&'static str),
    /// A day or month of every year («30 يونيو من كل عام», «في مارس من كل سنة», «كل رمضان», «كل عيد أضحى»), or
    /// a day of every month («الخامس والعشرين من كل شهر»: no month).
    Yearly {
        month: Option<u8>,
        day: Option<u8>,
        /// The month is Hijri («كل رمضان», «في رمضان من كل عام»).
        hijri: bool,
    },
    /// A clock time every day or every given weekday («الساعة 9 كل يوم», «الثامنة مساء كل خميس»).
    EveryAt {
        weekday: Option<u8>,
        time: TimeX,
    },
    /// The past, present or future as a whole («مؤخراً», «حالياً», «قريباً»): -1, 0, 1.
    Deictic(i8),
}

/// A match: token range and byte adjustment of the first token (proclitics left out of the span).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Match {
    pub start: usize,
    pub end: usize,
    pub skip: usize,
    pub expr: Expr,
    /// The governing verb is future or planned.
    pub future: bool,
}

/// Smaller units after a first quantity, largest first («سنة وستة أشهر»).
type MoreUnits = [Option<(u64, Unit)>; 3];

impl Match {
    fn new(start: usize, end: usize, skip: usize, expr: Expr) -> Match {
        Match {
            start,
            end,
            skip,
            expr,
            future: false,
        }
    }
}

/// How many tokens back, inside the sentence, a future or planning word makes an ambiguous date lean forward.
const FUTURE_REACH: usize = 24;

/// The largest count of units read as a quantity or an offset: more is a serial number, not a time.
const MAX_COUNT: u64 = 100_000;

/// How many words before a bare season «كل» may stand and make it the season a habit recurs in («كل ساعتين في ذروة
/// الصيف»).
const EVERY_REACH: usize = 5;

/// A rule's skip value meaning "the first token is a preposition left out of the span".
const SKIP_TOKEN: usize = usize::MAX;

pub(crate) struct Parser<'a> {
    text: &'a str,
    toks: &'a [Tok],
    /// The last results of the sub-rules that several rules ask for at one position.
    memo: Memo,
    /// Set while the second end of a range of clock times is read: that end extends into no range of its own, so a
    /// chain of ranges («… حتى … حتى …») costs no nested parse per link (nor the stack).
    in_range_end: Cell<bool>,
    /// The text before folding and its offset map, when known: for a spelling that folding merges («آب» with madda,
    /// the month, and «اب» or «أب», a city and a father).
    original: Option<(&'a str, &'a Folded)>,
}

/// One remembered result per sub-rule, with the position it was read at: the rules tried at a start position ask for
/// the same clock time, month, count or number there several times over.
#[derive(Default)]
struct Memo {
    time: Slot<Match>,
    month_year: Slot<(usize, usize, DateX)>,
    cardinal: Slot<(usize, u64, bool)>,
    /// By `bare_ok`.
    quantity: [Slot<Quantity>; 2],
}

/// What [`Parser::quantity`] reads: (end, amount, unit, skip).
type Quantity = (usize, u64, Unit, usize);

/// The result of a sub-rule at one position (the position is checked before the value is copied out). Most results
/// are `None`: one is remembered by a flag alone, without copying the (large) value in or out.
struct Slot<T> {
    at: Cell<usize>,
    /// The result at `at` is `value`, not `None`.
    found: Cell<bool>,
    value: Cell<Option<T>>,
}

impl<T> Default for Slot<T> {
    fn default() -> Slot<T> {
        Slot {
            at: Cell::new(usize::MAX),
            found: Cell::new(false),
            value: Cell::new(None),
        }
    }
}

impl<T: Copy> Slot<T> {
    /// `f()`, the result at position `i`, remembered when it was the last one asked for.
    #[inline]
    fn get(&self, i: usize, f: impl FnOnce() -> Option<T>) -> Option<T> {
        if self.at.get() == i {
            if !self.found.get() {
                return None;
            }
            if let Some(v) = self.value.get() {
                return Some(v);
            }
        }
        let v = f();
        self.at.set(i);
        self.found.set(v.is_some());
        if v.is_some() {
            self.value.set(v);
        }
        v
    }
}

/// The smallest finer unit of which `unit` holds a whole number divisible by `f`, and that number: the unit a
/// fraction `1/f` of `unit` is counted in («نصف شهر» = 15 days, «نصف أسبوع» = 84 hours, a week having an odd number of
/// days).
fn finer_by(unit: Unit, f: u64) -> Option<(u64, Unit)> {
    let (mut per, mut smaller) = finer(unit)?;
    while per % f != 0 {
        let (p, s) = finer(smaller)?;
        per = per.checked_mul(p)?;
        smaller = s;
    }
    Some((per, smaller))
}

/// The next smaller unit and how many of it make one `unit`.
fn finer(unit: Unit) -> Option<(u64, Unit)> {
    Some(match unit {
        Unit::Second => return None,
        Unit::Minute => (60, Unit::Second),
        Unit::Hour => (60, Unit::Minute),
        Unit::Day => (24, Unit::Hour),
        Unit::Week => (7, Unit::Day),
        Unit::Month => (30, Unit::Day),
        Unit::Year => (12, Unit::Month),
        Unit::Decade => (10, Unit::Year),
        Unit::Century => (100, Unit::Year),
    })
}

/// The bits of the function-word readings (see [`is_weak`]).
const WEAK: u64 = bits::PREP
    | bits::TO
    | bits::THIS
    | bits::THAT
    | bits::LINK
    | bits::SAME
    | bits::FUTURE
    | bits::LAST
    | bits::SIGNAL
    | bits::EVERY
    | bits::CLOCK_SUFFIX
    | bits::MOTION
    | bits::MOD
    | bits::FEW
    | bits::OWN
    | bits::VAGUE_ADJ
    | bits::NUMERAL
    | bits::SCALE
    | bits::BOUND
    | bits::MINUS
    | bits::POINT
    | bits::DENOMINATOR
    | bits::AGE
    | bits::NAMED
    | bits::TIMES;

/// What a day of the month is read from: digits or an ordinal (or «العشرين», «الثلاثين») word.
const DAYLIKE: u64 = bits::NUM | bits::ORDINAL | bits::CARDINAL;

/// Every bit that a guard in [`Parser::r_date`] tests on its token or the next two: with none of them there (and
/// neither «الليلة» nor «آخر», the words two guards name) no rule is tried, and the position starts no date. A rule
/// added to `r_date` adds the bits its guard tests here.
const DATE_BITS: u64 = DAYLIKE
    | bits::MONTH
    | bits::UNIT
    | bits::THIS
    | bits::DAY_PART
    | bits::REL_DAY
    | bits::WEEKDAY
    | bits::NOW
    | bits::PART
    | bits::FRACTION
    | bits::DECADE
    | bits::HOLIDAY
    | bits::LAST
    | bits::SEASON;

/// Function-word readings: they start an expression only near a temporal word.
fn is_weak(r: &Reading) -> bool {
    matches!(
        r,
        Reading::Prep
            | Reading::To
            | Reading::This
            | Reading::That
            | Reading::Link
            | Reading::Same
            | Reading::Future(_)
            | Reading::Still
            | Reading::PastFrame
            | Reading::Times
            | Reading::Last
            | Reading::Signal
            | Reading::Every
            | Reading::ClockSuffix(_)
            | Reading::Motion(_)
            | Reading::Mod(_)
            | Reading::Few(_)
            | Reading::Own(_)
            | Reading::VagueAdj
            // The number parser's words: no date starts at them.
            | Reading::Numeral(_)
            | Reading::Scale(..)
            | Reading::Bound
            | Reading::Minus
            | Reading::Point
            | Reading::Denominator(_)
            | Reading::Age
            | Reading::Named(_)
    )
}

fn has<F: Fn(&Reading) -> bool>(t: &Tok, f: F) -> Option<&Lex> {
    t.lex.iter().find(|l| f(&l.reading))
}

impl<'a> Parser<'a> {
    pub fn new(text: &'a str, toks: &'a [Tok]) -> Parser<'a> {
        Parser {
            text,
            toks,
            memo: Memo::default(),
            in_range_end: Cell::new(false),
            original: None,
        }
    }

    /// The parser of `folded`, which can look at the original spelling of a word (`original` is the unfolded text).
    pub fn with_original(folded: &'a Folded, toks: &'a [Tok], original: &'a str) -> Parser<'a> {
        Parser {
            original: Some((original, folded)),
            ..Parser::new(&folded.text, toks)
        }
    }

    /// Whether word `i` is written with «آ» (alef madda) in the original text.
    fn spelled_with_madda(&self, i: usize) -> bool {
        let (Some((original, folded)), Some(t)) = (self.original, self.toks.get(i)) else {
            return false;
        };
        let (s, e) = folded.to_original(t.start, t.end, original);
        original.get(s..e).is_some_and(|w| w.contains('آ'))
    }

    /// Every expression, in text order, non-overlapping.
    pub fn run(&self) -> Vec<Match> {
        // About one expression per 170 tokens of news text: sized once for most texts rather than grown (a regrowth
        // copies every match so far).
        let mut out = Vec::with_capacity(self.toks.len() / 64 + 4);
        let mut i = 0;
        while i < self.toks.len() {
            // A token with no reading and no digits starts nothing (see `can_start`): pass a run of them in one scan.
            match self
                .toks
                .get(i..)
                .and_then(|rest| rest.iter().position(|t| t.bits != 0))
            {
                Some(k) => i += k,
                None => break,
            }
            if self.can_start(i) {
                if let Some(mut m) = self.parse_at(i) {
                    if m.end > i {
                        i = m.end;
                        // «الـ15 من مايو», «عند الـ 3:30 فجراً»: the article written apart before the digits of a
                        // day or a clock time belongs to the date.
                        if m.skip == 0
                            && matches!(
                                m.expr,
                                Expr::Date(DateX {
                                    day: Some(DayX::Abs(_)),
                                    ..
                                }) | Expr::Date(DateX { time: Some(_), .. })
                            )
                            && m.start > 0
                            && self.num(m.start).is_some()
                            && self.is(m.start - 1, "ال")
                            && out.last().is_none_or(|p: &Match| p.end < m.start)
                        {
                            m.start -= 1;
                        }
                        // «۱۳۴۰ هجري شمسي»: a year of the Iranian solar calendar, no date.
                        if self.is_listed(m.end, WordList::SolarEra) {
                            continue;
                        }
                        match self.name_before(&m) {
                            // A place or a group: no date.
                            Some(false) => {}
                            Some(true) => {
                                let mut m = m;
                                if let Expr::Date(x) = &mut m.expr {
                                    x.year_unknown = true;
                                }
                                out.push(m);
                            }
                            None => {
                                let mut m = m;
                                self.mark_bound(&mut m);
                                self.mark_out_of_reach(&mut m, &out);
                                self.mark_speech_night(&mut m, &out);
                                let every = matches!(m.expr, Expr::EveryWeekday(_));
                                out.push(m);
                                // «كل يومي الاثنين والخميس»: a weekday joined by «و» to a weekly one recurs too.
                                if every {
                                    while let Some(w) = self.and_weekday(i) {
                                        out.push(w);
                                        i += 1;
                                    }
                                }
                            }
                        }
                        continue;
                    }
                }
            }
            i += 1;
        }
        out
    }

    /// A weekday with «و» glued at `i`, alone (no shift word, no day number after it): the next day of a list of
    /// weekly days.
    fn and_weekday(&self, i: usize) -> Option<Match> {
        let w = self.lex(i, bits::WEEKDAY, |r| matches!(r, Reading::Weekday(_)))?;
        let Reading::Weekday(wd) = w.reading else {
            return None;
        };
        if w.ntok != 1
            || !self.starts(i, "و")
            || w.skip == 0
            || self.shift(i + 1).is_some()
            || self.num(i + 1).is_some()
        {
            return None;
        }
        // An indefinite day joins only an indefinite one («كل اثنين وخميس»), and not before a definite noun, whose
        // construct it heads: «كل جمعة وأحد المتظاهرين» is «and one of the protesters».
        if !w.definite {
            let first_definite = i > 0
                && self
                    .lex(i - 1, bits::WEEKDAY, |r| matches!(r, Reading::Weekday(_)))
                    .is_some_and(|l| l.definite);
            if first_definite || self.starts(i + 1, "ال") {
                return None;
            }
        }
        Some(Match::new(i, i + 1, w.skip, Expr::EveryWeekday(wd)))
    }

    /// Marks a year that follows a word of «since», «by», «until», «before» or «after», or the noun of an event (see
    /// [`DateX::bound`]).
    fn mark_bound(&self, m: &mut Match) {
        let Expr::Date(x) = &mut m.expr else {
            return;
        };
        if x.month.is_some() || x.day.is_some() || !matches!(x.year, Some(YearX::Abs(_))) {
            return;
        }
        let before = if m.skip == SKIP_TOKEN {
            Some(m.start)
        } else {
            m.start.checked_sub(1)
        };
        // After the noun of a dated event («انتفاضة 2011»: a `year_prep` word that is no preposition) the year names
        // that event, not the time the narrative is at.
        x.deadline = before.is_some_and(|k| self.kw_list(k, WordList::DeadlinePrep).is_some());
        x.bound = x.deadline
            || before.is_some_and(|k| {
                self.kw_list(k, WordList::BoundPrep).is_some()
                    || (self.kw_list(k, WordList::YearPrep).is_some()
                        && self
                            .lex(k, bits::PREP, |r| matches!(r, Reading::Prep))
                            .is_none())
            });
    }

    /// «قالت مصادر أمنية الأحد إن مسلحين هاجموا … الليلة الماضية»: «الليلة الماضية» in what a speaker says, after
    /// the day he says it on (a bare weekday or «أمس», the last date before it in `out`, in its sentence, before
    /// «إن»/«أن» or a colon), is the night before that day, not before the reference.
    fn mark_speech_night(&self, m: &mut Match, out: &[Match]) {
        let Expr::Date(x) = &mut m.expr else {
            return;
        };
        if !matches!(x.day, Some(DayX::Rel(-1)))
            || x.daypart != Some("TNI")
            || x.time.is_some()
            || x.anaphoric
            || !self.is(m.start, "الليله")
        {
            return;
        }
        let Some(Match {
            expr: Expr::Date(d),
            end: said_end,
            ..
        }) = out.last()
        else {
            return;
        };
        if d.time.is_some()
            || d.daypart.is_some()
            || d.month.is_some()
            || !matches!(d.day, Some(DayX::Weekday(_, None) | DayX::Rel(-2..=-1)))
        {
            return;
        }
        let mut reported = false;
        for k in *said_end..m.start {
            if self.sentence_break(k) {
                return;
            }
            reported |= self.punct(k) == Some(':') || self.is_any(k, &["ان", "بان"]);
        }
        if reported {
            x.day = Some(DayX::Next(-1));
            x.anaphoric = true;
        }
    }

    /// Marks a day and month with no year that the last date before it in `out` does not govern ([`DateX::out_of_reach`]):
    /// a written year governs a yearless date in its own sentence, or from the main clause of the sentence just before.
    /// Only yearless days and months pay for the look back.
    fn mark_out_of_reach(&self, m: &mut Match, out: &[Match]) {
        let Expr::Date(x) = &mut m.expr else {
            return;
        };
        if !matches!(x.month, Some(MonthX::Abs(..))) || x.year.is_some() || x.hijri {
            return;
        }
        // The last date that sets the narrative's year or month: a year bound («منذ 2011») never does.
        let Some(p) = out.iter().rev().find(|p| match &p.expr {
            Expr::Date(d) | Expr::Range(_, d) => {
                (d.year.is_some() || d.month.is_some()) && !d.bound
            }
            _ => false,
        }) else {
            return;
        };
        let mut breaks = 0;
        for k in p.end..m.start {
            if self.sentence_break(k) {
                breaks += 1;
                if breaks > 1 {
                    x.out_of_reach = true;
                    return;
                }
            }
        }
        // A year a participle gives its noun («الاتفاق الموقع عام 2017 …، وفي 3 مارس وقع الطرفان ملحقاً») is no year
        // of the story, in its sentence or the next.
        x.out_of_reach = self.after_participle(p.start) || (breaks == 1 && self.in_aside(p.start));
    }

    /// Whether the date starting at token `i` follows, within four words of its clause, a participle that describes
    /// the noun before it (list `participle`: «الموقع عام 2017», «الموقع بين العشائر عام 2017»).
    fn after_participle(&self, i: usize) -> bool {
        for k in (i.saturating_sub(4)..i).rev() {
            match self.tok(k).map(|t| t.kind) {
                Some(Kind::Word) => {}
                Some(Kind::Break | Kind::Punct(_)) | None => return false,
                _ => continue,
            }
            if self.is_listed(k, WordList::Participle) {
                return true;
            }
        }
        false
    }

    /// Token `k` ends a sentence: a full stop, «!», «؟» or a line break.
    fn sentence_break(&self, k: usize) -> bool {
        matches!(
            self.tok(k).map(|t| t.kind),
            Some(Kind::Break | Kind::Punct('.' | '!' | '؟'))
        )
    }

    /// Whether the date starting at token `i` stands in a background clause: a pluperfect «كان» or a relative pronoun
    /// earlier in its clause (list `aside_word`: «وكانت الحكومة قد أقرت الخطة عام 2020», «المشاورات التي انطلقت عام
    /// 2016»). «كان» right before the date is its verb («كان عام 2016 عاماً صعباً»).
    fn in_aside(&self, i: usize) -> bool {
        let lo = i.saturating_sub(30);
        for k in (lo..i.saturating_sub(1)).rev() {
            if matches!(
                self.tok(k).map(|t| t.kind),
                Some(Kind::Break | Kind::Punct('.' | '!' | '؟' | '،' | '؛' | ':'))
            ) {
                return false;
            }
            if self.kw_list(k, WordList::AsideWord).is_some() {
                return true;
            }
        }
        false
    }

    /// A day and month with no year after a noun they name: `Some(true)` after a well-known event («ثورة 25
    /// يناير»), `Some(false)` after a place or a group («قوى (14 آذار)»).
    fn name_before(&self, m: &Match) -> Option<bool> {
        let Expr::Date(x) = &m.expr else {
            return None;
        };
        // «في حديث لـ"اليوم"», «صحيفة "الغد"», «بحسب "اليوم"»: a relative day alone in quotation marks after «ل», a
        // noun of the press or a word citing a source is the newspaper's (or a programme's) name. So it is at the
        // head of a clause before a verb of reporting («"اليوم" رصدت آراء الأهالي»: the paper speaking of itself);
        // before anything else («"اليوم" نحن أمام مرحلة جديدة») the quotation marks only set the word off.
        // Brackets set a paper's name off as quotation marks do («وعلمت (اليوم) من مصادر», «الأحساء - (اليوم):»).
        let quote = |c: Option<char>| matches!(c, Some('"' | '«' | '»' | '“' | '”'));
        if matches!(x.day, Some(DayX::Rel(_)))
            && m.end == m.start + 1
            && m.start > 0
            && (quote(self.punct(m.start - 1)) && quote(self.punct(m.end))
                || self.punct(m.start - 1) == Some('(') && self.punct(m.end) == Some(')'))
        {
            let before = m.start - 1;
            let named = if before == 0
                || matches!(
                    self.tok(before - 1).map(|t| t.kind),
                    Some(Kind::Break | Kind::Punct('.' | ':' | '،' | '؛' | '!' | '؟'))
                ) {
                self.in_list(m.end + 1, WordList::PressVerb)
            } else {
                self.is_any(before - 1, &["ل", "لـ"])
                    || self.in_list(before - 1, WordList::NameNoun)
                    // The paper after its verb of reporting («وعلمت "اليوم"»), or at the head of a byline after a
                    // dash («الأحساء - (اليوم):»).
                    || self.word(before - 1).is_some_and(|w| {
                        let w = w.strip_prefix(['و', 'ف']).unwrap_or(w);
                        LEXICON.in_list(WordList::PressVerb, w)
                    })
                    || matches!(self.punct(before - 1), Some('-' | '–' | '—'))
            };
            if named {
                return Some(false);
            }
        }
        // «قالت صحيفة الغد الأردنية», «ذكرت قناة الآن», «لقناة الغد»: with no marks, «اليوم», «الغد» or «الآن» in
        // construct after an indefinite noun of the press or of a party is its name (`press_noun`), or after the head
        // of a byline (`press_byline`, «جدة - عين اليوم»): «برنامج اليوم», «اجتماع الغد» are today's and tomorrow's.
        if (matches!(x.day, Some(DayX::Rel(0 | 1))) || x.now)
            && x.daypart.is_none()
            && m.end == m.start + 1
            && m.start > 0
            && (self.in_list(m.start - 1, WordList::PressNoun)
                || self.in_list(m.start - 1, WordList::PressByline)
                    && (m.start >= 2
                        && matches!(
                            self.tok(m.start - 2).map(|t| t.kind),
                            Some(Kind::Punct('-'))
                        )
                        || matches!(self.punct(m.end), Some('-' | '–' | '—'))))
        {
            return Some(false);
        }
        // «جيل الغد», «عالم اليوم», «من أجل الغد»: today or tomorrow as an age, in construct after a noun of people or
        // of a world (list `age_head`), is no day.
        if matches!(x.day, Some(DayX::Rel(0 | 1)))
            && x.daypart.is_none()
            && m.end == m.start + 1
            && m.start > 0
            && self.in_list(m.start - 1, WordList::AgeHead)
        {
            return Some(false);
        }
        // «برنامج العاشرة مساء», «برنامج "التاسعة مساء"»: a clock time with no date in construct after the noun of a
        // programme is the programme's name (list `show_noun`).
        if x.time.is_some()
            && x.day.is_none()
            && x.month.is_none()
            && x.year.is_none()
            && m.start > 0
        {
            let k = if quote(self.punct(m.start - 1)) {
                m.start - 1
            } else {
                m.start
            };
            if k > 0 && self.kw_list(k - 1, WordList::ShowNoun).is_some() {
                return Some(false);
            }
        }
        if !matches!(x.day, Some(DayX::Abs(_)))
            || !matches!(x.month, Some(MonthX::Abs(_, None)))
            || x.year.is_some()
            || x.time.is_some()
        {
            return None;
        }
        let mut k = m.start;
        if k > 0 && matches!(self.punct(k - 1), Some('(' | '«' | '"')) {
            k -= 1;
        }
        let l = self.lex(k.checked_sub(1)?, bits::NAMED, |r| {
            matches!(r, Reading::Named(_))
        })?;
        // A name is the second term of a construct, whose head never takes the article: after «الفريق»,
        // «المدينة» the date is the sentence's («اجتمع الفريق 5 مارس»).
        if l.definite {
            return None;
        }
        match l.reading {
            Reading::Named(event) => Some(event),
            _ => None,
        }
    }

    /// Whether the word before `i` is an indefinite noun naming a well-known event by its day («ثورة», «أحداث»).
    fn event_name_before(&self, i: usize) -> bool {
        i.checked_sub(1)
            .and_then(|k| self.lex(k, bits::NAMED, |r| matches!(r, Reading::Named(true))))
            .is_some_and(|l| !l.definite)
    }

    fn can_start(&self, i: usize) -> bool {
        let Some(t) = self.toks.get(i) else {
            return false;
        };
        // A number or a word with a temporal reading starts an expression; a word whose readings are all function
        // words («في», «من», «بين», «هذا») only before a number or a temporal word within four tokens, so the many
        // prepositions of a text cost one look each. Tokens with no reading have no bits. An approximator of three
        // words puts the unit four tokens on («قبل ما يزيد على عامين»).
        t.bits & !WEAK != 0 || (t.bits != 0 && (i + 1..i + 5).any(|k| self.bits(k) & !WEAK != 0))
    }

    /// Whether the one-word part of day at `k`, right after a day, is an adverb of time: written in the accusative
    /// («فجراً», «صباحاً»), ending in a hamza («مساءً» is written «مساء»), definite («بالليل» too), or not followed by a
    /// word. A bare «فجر», «ظهر» before a word is a verb: «أمس فجّر انتحاري نفسه», «الأحد ظهر الرئيس».
    fn adverbial_daypart(&self, k: usize) -> bool {
        self.word(k).is_some_and(|w| {
            w.ends_with('ا') || w.ends_with('ء') || w.starts_with("ال") || w.starts_with("بال")
        }) || !matches!(self.tok(k + 1).map(|t| t.kind), Some(Kind::Word))
    }

    /// The summary of token `i`'s readings ([`Tok::bits`]); 0 past the end.
    #[inline(always)]
    fn bits(&self, i: usize) -> u64 {
        self.toks.get(i).map_or(0, |t| t.bits)
    }

    // ---- token helpers ----

    fn tok(&self, i: usize) -> Option<&'a Tok> {
        self.toks.get(i)
    }

    #[inline(always)]
    fn word(&self, i: usize) -> Option<&'a str> {
        token::word_at(self.text, self.toks, i)
    }

    // The word tests below are inlined: their lists are constants at every call, and comparisons with constant
    // strings compile to a few loads instead of a loop calling `memcmp`.

    /// The bytes of word `i`: for comparing with keywords, which are whole chars, so equal bytes are an equal word
    /// (token bounds are char boundaries) without the boundary checks of [`Parser::word`].
    #[inline(always)]
    fn word_bytes(&self, i: usize) -> Option<&'a [u8]> {
        let t = self.toks.get(i)?;
        if t.kind == Kind::Word {
            self.text.as_bytes().get(t.start..t.end)
        } else {
            None
        }
    }

    /// Word `i` starts with `p` (whole chars).
    #[inline(always)]
    fn starts(&self, i: usize, p: &str) -> bool {
        self.word_bytes(i)
            .is_some_and(|w| w.starts_with(p.as_bytes()))
    }

    /// Word `i` ends with `p` (whole chars).
    #[inline(always)]
    fn ends(&self, i: usize, p: &str) -> bool {
        self.word_bytes(i)
            .is_some_and(|w| w.ends_with(p.as_bytes()))
    }

    #[inline(always)]
    fn is(&self, i: usize, w: &str) -> bool {
        self.word_bytes(i) == Some(w.as_bytes())
    }

    #[inline(always)]
    fn is_any(&self, i: usize, ws: &[&str]) -> bool {
        self.word_bytes(i)
            .is_some_and(|x| ws.iter().any(|k| k.as_bytes() == x))
    }

    /// Whether token `i` is a word of one of the lexicon's word lists (category `list` of `words.tsv`).
    fn in_list(&self, i: usize, list: WordList) -> bool {
        self.word(i).is_some_and(|w| LEXICON.in_list(list, w))
    }

    /// Whether word `i` is one of the word list `list` (as [`Parser::is_any`] for a list of `words.tsv`).
    #[inline(always)]
    fn is_listed(&self, i: usize, list: WordList) -> bool {
        match self.word_bytes(i) {
            Some(x) => LEXICON.list(list).contains(x),
            None => false,
        }
    }

    /// A word of the word list `list`, possibly with a leading «و»/«ف» (as [`Parser::kw`]): the bytes to skip.
    #[inline(always)]
    fn kw_list(&self, i: usize, list: WordList) -> Option<usize> {
        let w = self.word_bytes(i)?;
        let ws = LEXICON.list(list);
        if ws.contains(w) {
            return Some(0);
        }
        // «و» (U+0648) and «ف» (U+0641) in UTF-8.
        let [0xD9, 0x88 | 0x81, s @ ..] = w else {
            return None;
        };
        ws.contains(s).then_some(2)
    }

    /// A keyword, possibly with a leading «و»/«ف»: returns the bytes to skip.
    #[inline(always)]
    fn kw(&self, i: usize, ws: &[&str]) -> Option<usize> {
        let w = self.word_bytes(i)?;
        if ws.iter().any(|k| k.as_bytes() == w) {
            return Some(0);
        }
        // «و» (U+0648) and «ف» (U+0641) in UTF-8.
        let [0xD9, 0x88 | 0x81, s @ ..] = w else {
            return None;
        };
        ws.iter().any(|k| k.as_bytes() == s).then_some(2)
    }

    fn punct(&self, i: usize) -> Option<char> {
        token::punct_at(self.toks, i)
    }

    /// Token i touches the token before it (no space).
    fn tight(&self, i: usize) -> bool {
        token::tight_at(self.toks, i)
    }

    fn num(&self, i: usize) -> Option<(u64, usize)> {
        let t = self.toks.get(i)?;
        (t.kind == Kind::Num).then_some((t.num, t.ndigits))
    }

    /// The first reading of token `i` that `f` accepts; `mask` holds the bits of every kind of reading `f` can
    /// accept, so that a token with none of them costs one test instead of a walk over its readings.
    fn lex<F: Fn(&Reading) -> bool>(&self, i: usize, mask: u64, f: F) -> Option<&'a Lex> {
        let t = self.toks.get(i)?;
        if t.bits & mask == 0 {
            // The mask must cover every reading `f` accepts, or a reading would be lost here.
            debug_assert!(has(t, &f).is_none(), "a reading outside mask {mask:#x}");
            return None;
        }
        has(t, f)
    }

    fn is_and(&self, i: usize) -> bool {
        self.is(i, "و")
    }

    fn is_to(&self, i: usize) -> bool {
        self.lex(i, bits::TO, |r| matches!(r, Reading::To))
            .is_some()
            || self.punct(i) == Some('-')
    }

    // ---- numbers ----

    /// A cardinal number in digits or words: (end, value, digits?).
    fn cardinal(&self, i: usize) -> Option<(usize, u64, bool)> {
        // Digits or a number word: most tokens asked about are neither.
        if self.bits(i) & (bits::NUM | bits::CARDINAL) == 0 {
            return None;
        }
        self.memo.cardinal.get(i, || self.read_cardinal(i))
    }

    /// The rule itself, remembered by the function above.
    fn read_cardinal(&self, i: usize) -> Option<(usize, u64, bool)> {
        if let Some((v, _)) = self.num(i) {
            // «1,000» and «1.5» are read by the caller where they matter.
            return Some((i + 1, v, true));
        }
        // «الخمسة عشر عاماً»: «عشر» after a unit digit is the tail of that number, never ten on its own.
        if i > 0
            && self
                .lex(i, bits::TEEN, |r| matches!(r, Reading::Teen))
                .is_some_and(|t| !t.prefixed)
            && self
                .lex(i - 1, bits::CARDINAL, |r| {
                    matches!(r, Reading::Cardinal(1..=9))
                })
                .is_some()
        {
            return None;
        }
        let (end, v) = self.cardinal_words(i)?;
        // Scales and hundreds in two words («ثلاثة آلاف», «ثلاث مئة») through the number reader, when it reads a
        // longer whole number from the same word; it reads on only over lexicon words (most words have none).
        let more = self
            .tok(end)
            .is_some_and(|t| !t.lex.is_empty() || t.kind != Kind::Word);
        if let Some(n) = more
            .then(|| NumParser::new(self.text, self.toks).number(i))
            .flatten()
        {
            if n.start == i
                && n.end > end
                && n.kind == NumberKind::Cardinal
                && n.value.fract() == 0.0
                && (1.0..1e15).contains(&n.value)
            {
                return Some((n.end, n.value as u64, false));
            }
        }
        Some((end, v, false))
    }

    /// A cardinal number in words below the scales: (end, value).
    fn cardinal_words(&self, i: usize) -> Option<(usize, u64)> {
        let l = self.lex(i, bits::CARDINAL, |r| matches!(r, Reading::Cardinal(_)))?;
        let Reading::Cardinal(v) = l.reading else {
            return None;
        };
        let mut v = u64::from(v);
        let mut end = i + 1;
        if v < 10 {
            if self
                .lex(end, bits::TEEN, |r| matches!(r, Reading::Teen))
                .is_some()
                && !self.is_unit_at(end)
            {
                return Some((end + 1, v + 10));
            }
            if let Some(t) = self.conj_tens(end) {
                return Some((t.0, v + t.1));
            }
        }
        if v >= 100 {
            // «مئة وخمسون», «ألف وتسعمئة»: hundreds or thousands, «و», then the rest.
            if let Some((e2, rest)) = self.conj_cardinal(end) {
                if rest < v {
                    v += rest;
                    end = e2;
                }
            }
        }
        Some((end, v))
    }

    /// A singular period noun heading an expression («شهر», «الشهر», «عام», «سنة», «الأسبوع», «القرن»); the
    /// accusative «شهراً» counts one month and is no head.
    fn period_noun(&self, i: usize, unit: Unit) -> Option<&'a Lex> {
        let l = self.lex(
            i,
            bits::UNIT,
            |r| matches!(r, Reading::Unit { unit: u, count: Count::One } if *u == unit),
        )?;
        (!self.ends(i, "ا")).then_some(l)
    }

    fn is_unit_at(&self, i: usize) -> bool {
        self.lex(i, bits::UNIT, |r| matches!(r, Reading::Unit { .. }))
            .is_some()
    }

    /// The unit word at `i` written with `count` («يوم» One, «أيام» Plural): its unit and reading.
    fn unit_of(&self, i: usize, count: Count) -> Option<(Unit, &'a Lex)> {
        let l = self.lex(
            i,
            bits::UNIT,
            |r| matches!(r, Reading::Unit { count: c, .. } if *c == count),
        )?;
        match l.reading {
            Reading::Unit { unit, .. } => Some((unit, l)),
            _ => None,
        }
    }

    /// «وعشرين» or «و عشرين»: (end, tens).
    fn conj_tens(&self, i: usize) -> Option<(usize, u64)> {
        let (j, prefixed) = if self.is_and(i) {
            (i + 1, false)
        } else {
            (i, true)
        };
        let l = self.lex(
            j,
            bits::CARDINAL,
            |r| matches!(r, Reading::Cardinal(v) if (20..=90).contains(v) && v % 10 == 0),
        )?;
        if prefixed && !l.prefixed {
            return None;
        }
        let Reading::Cardinal(v) = l.reading else {
            return None;
        };
        Some((j + 1, u64::from(v)))
    }

    /// «و» and a cardinal (word or conj-prefixed word).
    fn conj_cardinal(&self, i: usize) -> Option<(usize, u64)> {
        if self.is_and(i) {
            let (e, v, _) = self.cardinal(i + 1)?;
            return Some((e, v));
        }
        let l = self.lex(i, bits::CARDINAL, |r| matches!(r, Reading::Cardinal(_)))?;
        if !l.prefixed {
            return None;
        }
        let (e, v, _) = self.cardinal(i)?;
        Some((e, v))
    }

    /// An ordinal number word: (end, value).
    fn ordinal(&self, i: usize) -> Option<(usize, u32)> {
        if let Some(l) = self.lex(i, bits::ORDINAL, |r| matches!(r, Reading::Ordinal(_))) {
            let Reading::Ordinal(v) = l.reading else {
                return None;
            };
            if v < 10 {
                // «الحادية عشرة», never «الواحدة وعشر» (one hour and ten minutes): a teen takes no «و».
                if self
                    .lex(i + 1, bits::TEEN, |r| matches!(r, Reading::Teen))
                    .is_some_and(|t| !t.prefixed)
                {
                    return Some((i + 2, v + 10));
                }
                if let Some((e, t)) = self.conj_tens(i + 1) {
                    return Some((e, v + t as u32));
                }
            }
            if v == 1
                && self
                    .lex(i, bits::ORDINAL, |r| matches!(r, Reading::Ordinal(1)))
                    .is_some()
                && self.word(i).is_some_and(|w| w.contains("حادي"))
            {
                // «الحادي» only lives in compounds.
                return None;
            }
            return Some((i + 1, v));
        }
        // «العشرين», «الثلاثين» as ordinals.
        let l = self.lex(i, bits::CARDINAL, |r| {
            matches!(r, Reading::Cardinal(20 | 30))
        })?;
        if !l.definite {
            return None;
        }
        let Reading::Cardinal(v) = l.reading else {
            return None;
        };
        Some((i + 1, v))
    }

    /// A day of the month in digits or ordinal words.
    fn day(&self, i: usize) -> Option<(usize, u8)> {
        // «الـ23», «والـ24» («يومي الـ23 والـ24 من أغسطس»): the article written apart before the digits.
        if self.is_any(i, &["ال", "وال"]) && self.num(i + 1).is_some() && self.tight(i + 1) {
            return self.day(i + 1);
        }
        if let Some((v, nd)) = self.num(i) {
            if nd <= 2 && (1..=31).contains(&v) {
                return Some((i + 1, v as u8));
            }
            return None;
        }
        // An ordinal word, or «العشرين», «الثلاثين» (see `ordinal`).
        if self.bits(i) & (bits::ORDINAL | bits::CARDINAL) == 0 {
            return None;
        }
        // Days are masculine ordinals («الأول», «الثاني عشر»); «المرحلة الأولى يونيو» names no day. A feminine one
        // names a day only in a compound with tens («الثانية والعشرون من يونيو»).
        let w = self.word(i)?.trim_start_matches(['و', 'ف']);
        let feminine = (w.starts_with("ال") && w.ends_with('ه')) || w.ends_with("اولي");
        let (e, v) = self.ordinal(i)?;
        // Right after a preposition and before «من» and a month it is the day, as many writers have it («في الخامسة
        // عشرة من آذار»): an adjective would follow its noun («المرحلة الثالثة من يونيو»).
        if feminine
            && v < 21
            && !(self.prep_before(i) && self.is(e, "من") && self.month(e + 1).is_some())
        {
            return None;
        }
        (1..=31).contains(&v).then_some((e, v as u8))
    }

    // ---- months and years ----

    /// A month: name (single or paired «أغسطس/آب», «آب (أغسطس)»), «شهر» + number, «الشهر» + ordinal.
    /// Returns (end, hijri, month, strong).
    fn month(&self, i: usize) -> Option<(usize, bool, u8, bool)> {
        let mut j = i;
        let mut head = false;
        if self.period_noun(j, Unit::Month).is_some() {
            head = true;
            j += 1;
        }
        if let Some(l) = self.lex(j, bits::MONTH, |r| matches!(r, Reading::Month { .. })) {
            let Reading::Month { cal, n, weak } = l.reading else {
                return None;
            };
            let mut end = j + l.ntok;
            let mut strong = !weak || head;
            // Paired names.
            if matches!(self.punct(end), Some('/' | '-' | '\\')) {
                if let Some(l2) = self.lex(
                    end + 1,
                    bits::MONTH,
                    |r| matches!(r, Reading::Month { n: m, .. } if *m == n),
                ) {
                    end = end + 1 + l2.ntok;
                    strong = true;
                }
            } else if self.punct(end) == Some('(') {
                if let Some(l2) = self.lex(
                    end + 1,
                    bits::MONTH,
                    |r| matches!(r, Reading::Month { n: m, .. } if *m == n),
                ) {
                    if self.punct(end + 1 + l2.ntok) == Some(')') {
                        end = end + 2 + l2.ntok;
                        strong = true;
                    }
                }
            } else if let Some(l2) = self.lex(
                end,
                bits::MONTH,
                |r| matches!(r, Reading::Month { cal: c, n: m, .. } if *m == n && *c == cal),
            ) {
                // «17 سبتمبر أيلول», «مايو أيار»: the two names of one month side by side, with no mark between.
                // Two names, not one word twice («صفر صفر» is a zero and a month).
                if !l2.prefixed && self.word_bytes(end) != self.word_bytes(j) {
                    end += l2.ntok;
                    strong = true;
                }
            }
            return Some((end, cal == Cal::Hijri, n, strong));
        }
        if head {
            if let Some((v, nd)) = self.num(j) {
                if nd <= 2 && (1..=12).contains(&v) {
                    return Some((j + 1, false, v as u8, true));
                }
            }
            // «شهر واحد» is one month, never January: «واحد» after a singular unit counts it.
            if let Some((e, v, false)) = self.cardinal(j) {
                if (2..=12).contains(&v) {
                    return Some((e, false, v as u8, true));
                }
            }
            let definite = self.period_noun(i, Unit::Month).is_some_and(|l| l.definite);
            if definite {
                if let Some((e, v)) = self.ordinal(j) {
                    if (1..=12).contains(&v) {
                        return Some((e, false, v as u8, true));
                    }
                }
            }
        }
        None
    }

    /// A year after a month or on its own with a head noun: (end, year, hijri era?, has head word).
    fn year(&self, i: usize, after_date: bool) -> Option<(usize, i32, Option<bool>, bool)> {
        let mut j = i;
        if after_date && (self.punct(j) == Some(',') || self.is(j, "من")) {
            j += 1;
        } else if after_date
            && self.punct(j) == Some('.')
            && i >= 3
            && self.punct(i - 2) == Some('.')
            && self.num(i - 3).is_some_and(|(_, nd)| nd <= 2)
            && self.num(j + 1).is_some_and(|(_, nd)| nd == 4)
        {
            // «16. نوفمبر. 2016»: a dot after the day and after the month, the year next.
            j += 1;
        }
        let mut head = false;
        let mut head_definite = false;
        // «العام الهجري 1445», «السنة الميلادية 2024»: the calendar named between the head noun and the number.
        let mut head_era = None;
        if let Some(l) = self.period_noun(j, Unit::Year) {
            head = true;
            head_definite = l.definite;
            j += 1;
            if self.starts(j, "ال") && self.num(j + 1).is_some() {
                if let Some((c, e)) = self.era_at(j) {
                    head_era = Some(c == Cal::Hijri);
                    j = e;
                }
            }
            // «عام الـ2000»: the article glued to a year of four digits.
            if self.is(j, "ال")
                && self.tight(j + 1)
                && self.num(j + 1).is_some_and(|(_, nd)| nd == 4)
            {
                j += 1;
            }
        }
        // Without a head noun only a year after a date is read (see the end): nothing to parse otherwise.
        if !after_date && !head {
            return None;
        }
        // A year in digits, or in words after a head or a month («عام ألفين وعشرين», «فبراير ألفين وثمانية عشر»).
        let (v, nd, words_end) = match self.num(j) {
            // «عام 2.5 مليون زائر», «العام 12 ألف طن»: fewer than four digits read on into a decimal or a scale are
            // an amount («عام 1999 ألف نسخة» keeps its year).
            Some((_, nd))
                if nd < 4
                    && NumParser::new(self.text, self.toks)
                        .number(j)
                        .is_some_and(|n| n.start == j && n.end > j + 1) =>
            {
                return None;
            }
            Some((v, nd)) => (v, nd, None),
            None => {
                let (e, v) = self.year_words(j, head)?;
                if self.is_unit_at(e) {
                    return None;
                }
                (v, 4, Some(e))
            }
        };
        if after_date && !head && j > i && self.punct(i) != Some(',') {
            // «من 2020» after a date is a range start, not the date's year.
            return None;
        }
        // «أغسطس 98», «12 أكتوبر 92»: two digits right after a Gregorian month name are its year when nothing is
        // counted by them (the next token ends the clause or opens a new one with «و»); «5 يونيو 30 قتيلا» counts.
        // Up to 31 they may be the month's day («سبتمبر 16»), so they are a year only after a day and its month.
        let short_after_month = after_date
            && !head
            && nd == 2
            && j == i
            && (v > 31 || (i >= 2 && self.num(i - 2).is_some_and(|(_, d)| d <= 2)))
            && i > 0
            && self
                .lex(i - 1, bits::MONTH, |r| {
                    matches!(r, Reading::Month { cal: Cal::Gregorian, .. })
                })
                .is_some()
            && (self.tok(j + 1).is_none()
                || self.punct(j + 1).is_some_and(|c| c != '/' && c != '-' && c != ':')
                || self.starts(j + 1, "و"))
            // «سبتمبر 10، 2016»: a month's day before its year.
            && !(self.punct(j + 1).is_some()
                && (self.num(j + 2).is_some_and(|(_, nd)| nd == 4)
                    || self.tok(j + 2).is_some_and(|t| !t.lex.is_empty())));
        let ok = if head {
            (1..=4).contains(&nd) && v >= 1
        } else {
            nd == 4 && ((1000..=2999).contains(&v) || after_date)
        } || short_after_month;
        if !ok || !(after_date || head) {
            return None;
        }
        let mut end = words_end.unwrap_or(j + 1);
        let mut era = head_era;
        if let Some((c, e)) = self.era_at(end) {
            // A one-letter era mark must touch the number or stand alone before punctuation.
            let w = self.word(end).unwrap_or("");
            // A lone «ه» or «م» after a year of three or four digits is the era mark too («1440 هـ»).
            if w.chars().count() > 1
                || self.tight(end)
                || (3..=4).contains(&nd)
                || !matches!(self.tok(end + 1).map(|t| t.kind), Some(Kind::Word))
            {
                era = Some(c == Cal::Hijri);
                end = e;
            }
        }
        // «عام 94», «سنة ٥٨»: two digits after a head noun are the year within its century, as news writes the
        // years of famous events; 30–99 are the 1900s, 00–29 the 2000s. A Hijri mark keeps the number («سنة 37هـ»).
        // After the article the number counts years («للعام 11 على التوالي», «في العام 15 من حكمه»): no year.
        let short =
            (head || short_after_month) && nd == 2 && words_end.is_none() && era != Some(true);
        if short && head_definite {
            return None;
        }
        let v = if short {
            if v >= 30 {
                1900 + v
            } else {
                2000 + v
            }
        } else {
            v
        };
        Some((end, v as i32, era, head))
    }

    /// A year in words: 1000 to 2999 («ألفين وعشرين», «ألف وتسعمائة وثمانية وسبعون»); after a head noun also from
    /// 100 («عام مائتين وسبعة وستين»), and the spoken pair of centuries and years («عام تسعة عشر ثمانية وسبعين» is
    /// 1978). Returns (end, year).
    fn year_words(&self, j: usize, head: bool) -> Option<(usize, u64)> {
        // Number words are lexicon words: most words have no reading and start no number.
        if self.tok(j)?.lex.is_empty() {
            return None;
        }
        let np = NumParser::new(self.text, self.toks);
        let whole = |k: usize| {
            np.number(k).filter(|n| {
                n.words
                    && n.kind == NumberKind::Cardinal
                    && n.value >= 0.0
                    && n.value.fract() == 0.0
            })
        };
        let n = whole(j).filter(|n| n.start == j && n.skip == 0)?;
        let v = n.value as u64;
        if head && (11..=29).contains(&v) {
            let k = if self.is_and(n.end) { n.end + 1 } else { n.end };
            let m = whole(k)?;
            let y = m.value as u64;
            return (1..=99).contains(&y).then_some((m.end, v * 100 + y));
        }
        let range = if head { 100..=2999 } else { 1000..=2999 };
        range.contains(&v).then_some((n.end, v))
    }

    /// A year with its head noun («عام 2020», «سنة 1436هـ») or an era mark («2015م», «1436هـ»).
    #[inline(never)]
    fn standalone_year(&self, i: usize) -> Option<(usize, usize, DateX)> {
        let skip = self.period_noun(i, Unit::Year).map_or(0, |l| l.skip);
        if let Some((end, y, era, head)) = self.year(i, false) {
            if head {
                // «عام 2024 الجاري», «العام 2023 الماضي»: a shift word after the written year only repeats it.
                let end = self.shift(end).map_or(end, |(e, _)| e);
                return Some((
                    end,
                    skip,
                    DateX {
                        year: Some(YearX::Abs(y)),
                        hijri: era == Some(true),
                        ..DateX::default()
                    },
                ));
            }
        }
        let (v, nd) = self.num(i)?;
        let (c, end) = self.era_at(i + 1)?;
        // Without a head noun, a Gregorian year has four digits: «(100م)» is a hundred metres.
        if nd > 4
            || v == 0
            || (c == Cal::Gregorian && nd < 4)
            || (!self.tight(i + 1) && self.word(i + 1).is_some_and(|w| w.chars().count() == 1))
        {
            return None;
        }
        Some((
            end,
            0,
            DateX {
                year: Some(YearX::Abs(v as i32)),
                hijri: c == Cal::Hijri,
                ..DateX::default()
            },
        ))
    }

    /// A shift word after a month or period: «الماضي», «المقبل», «الجاري».
    fn shift(&self, i: usize) -> Option<(usize, i8)> {
        let l = self.lex(i, bits::SHIFT, |r| matches!(r, Reading::Shift(..)))?;
        if l.prefixed {
            return None;
        }
        let Reading::Shift(s, _) = l.reading else {
            return None;
        };
        if !self.dual_shift_fits(i) {
            return None;
        }
        Some((i + l.ntok, s))
    }

    /// A dual shift word («الماضيين», «القادمين») at `i` qualifies two things only: a dual unit right before it
    /// («العامين الماضيين») or the second of two coordinated items («الخميس والجمعة المقبلين», «من تشرين الأول إلى
    /// كانون الأول الماضيين»). After one day or month it is a noun («السبت القادمين من السودان»: those arriving), and
    /// so it is before «من» and a word that is no time («الخميس والجمعة القادمين من غزة»). True for other words.
    fn dual_shift_fits(&self, i: usize) -> bool {
        if !self.is_listed(i, WordList::DualShift) {
            return true;
        }
        const TIME: u64 = bits::UNIT | bits::MONTH | bits::NUM | bits::HOLIDAY | bits::SEASON;
        if self.is(i + 1, "من") && self.bits(i + 2) & TIME == 0 {
            return false;
        }
        let dual_unit = i > 0
            && self
                .lex(i - 1, bits::UNIT, |r| {
                    matches!(
                        r,
                        Reading::Unit {
                            count: Count::Two,
                            ..
                        }
                    )
                })
                .is_some();
        // The coordinator stands within the few tokens of the second item, with a gloss in brackets («و3 ديسمبر»,
        // «إلى كانون الثاني (يناير)», «سبتمبر أو أكتوبر (تشرين الأول)»).
        const ITEM: u64 =
            bits::MONTH | bits::WEEKDAY | bits::NUM | bits::CARDINAL | bits::UNIT | bits::FRACTION;
        dual_unit
            || (i.saturating_sub(7)..i).any(|j| {
                self.is_and(j)
                    || self.is_to(j)
                    || self.is(j, "او")
                    || (self.starts(j, "و") && self.bits(j) & ITEM != 0)
            })
    }

    /// Like [`Parser::shift`], also telling whether the shift counts from the narrative («التالي», «السابق»).
    fn shift_kind(&self, i: usize) -> Option<(usize, i8, bool)> {
        let l = self.lex(i, bits::SHIFT, |r| matches!(r, Reading::Shift(..)))?;
        if l.prefixed {
            return None;
        }
        let Reading::Shift(s, a) = l.reading else {
            return None;
        };
        if !self.dual_shift_fits(i) {
            return None;
        }
        Some((i + l.ntok, s, a))
    }

    /// An era mark at `i` («هـ», «م», «ميلادية»): its calendar and the index after it.
    fn era_at(&self, i: usize) -> Option<(Cal, usize)> {
        let l = self.lex(i, bits::ERA, |r| matches!(r, Reading::Era(_)))?;
        match l.reading {
            Reading::Era(c) => Some((c, i + l.ntok)),
            _ => None,
        }
    }

    /// A bare month name needs a preposition before it («في مارس»): after anything else it is often a verb or a
    /// name («مارس الوزير ضغوطاً»).
    fn prep_before(&self, i: usize) -> bool {
        i > 0
            && (self
                .lex(i - 1, bits::PART | bits::PREP, |r| {
                    matches!(r, Reading::Prep | Reading::Part(_))
                })
                .is_some()
                // Maghrebi «إلى غاية 15 منه», «لغاية مارس»: until.
                || (self.is(i - 1, "غايه") && i > 1 && self.is_any(i - 2, &["الي", "إلى"]))
                || self.is(i - 1, "لغايه"))
    }

    /// The word before `i` is a part word («منتصف», «أواخر») or a preposition only time follows («منذ», «خلال»).
    fn time_only_before(&self, i: usize) -> bool {
        i > 0
            && (self
                .kw(i - 1, &["منذ", "خلال", "طوال", "طيله", "بحلول"])
                .is_some()
                || self
                    .lex(i - 1, bits::PART, |r| matches!(r, Reading::Part(_)))
                    .is_some())
    }

    /// The month name at `i` carries «و» and follows another month name: the second of a pair («في يناير
    /// وأبريل»), which the first's preposition governs too.
    fn and_month_before(&self, i: usize) -> bool {
        i > 1
            && self.bits(i - 1) & bits::MONTH != 0
            && self.prep_before(i - 1)
            && self
                .lex(i, bits::MONTH, |r| matches!(r, Reading::Month { .. }))
                .is_some_and(|l| l.prefixed && self.starts(i, "و"))
    }

    /// The bare month from `i` to `end` is an end of «بين <month> و<month>»: the first one, with «و» and a month
    /// after it, or the second one, «و» (glued or apart) after a month after «بين».
    fn between_months(&self, i: usize, end: usize) -> bool {
        let is_month = |k: usize| {
            self.lex(k, bits::MONTH, |r| matches!(r, Reading::Month { .. }))
                .is_some()
        };
        if i > 0 && self.is(i - 1, "بين") {
            let k = if self.is_and(end) { end + 1 } else { end };
            return (k > end || self.starts(end, "و")) && is_month(k);
        }
        let k = if i > 0 && self.is_and(i - 1) {
            i - 1
        } else if self.starts(i, "و") {
            i
        } else {
            return false;
        };
        k >= 2 && is_month(k - 1) && self.is(k - 2, "بين")
    }

    /// What [`Parser::month_tail`] and [`Parser::month_ref_tail`] need at `i`: a month name, «شهر» (a unit), or
    /// «هذا» before it. Tested before a rule builds the date they would fill.
    #[inline(always)]
    fn month_may_start(&self, i: usize) -> bool {
        self.bits(i) & (bits::MONTH | bits::UNIT | bits::THIS) != 0
    }

    /// Month with optional shift and year, after a day or alone: fills `d`; returns end.
    fn month_tail(&self, i: usize, d: &mut DateX, need_strong: bool) -> Option<usize> {
        // Inside an expression a month does not carry «و»: «الثاني وآذار» is two things.
        if !need_strong
            && self
                .lex(i, bits::MONTH, |r| matches!(r, Reading::Month { .. }))
                .is_some_and(|l| {
                    l.prefixed && self.word(i).is_some_and(|w| w.starts_with(['و', 'ف']))
                })
        {
            return None;
        }
        let (mut end, hijri, m, strong) = self.month(i)?;
        // «فاز الأهلي 3 صفر», «بنتيجة 2 صفر»: after a match's result, a number and a weak month name are a score.
        if !strong && !need_strong && self.score_before(i) {
            return None;
        }
        // «رمضان المبارك 1445هـ», «شهر رمضان المعظم لعام 1445»: an epithet of a Hijri month belongs to it.
        if hijri && self.in_list(end, WordList::MonthEpithet) {
            end += 1;
        }
        let mut shift = None;
        if let Some((e, s)) = self.shift(end) {
            shift = Some(s);
            end = e;
        }
        let mut year = None;
        if shift.is_none() {
            if let Some((e, y, era, _)) = self.year(end, true) {
                year = Some(y);
                end = e;
                if era == Some(true) && !hijri {
                    return None;
                }
            }
        }
        // «أكتوبر من العام نفسه», «مارس من العام الماضي».
        let mut year_spec = year.map(YearX::Abs);
        if shift.is_none() && year.is_none() {
            // «يونيو العام المقبل» too.
            let k = if self.is(end, "من") { end + 1 } else { end };
            // «أيلول من نفس العام»: the narrative's year too.
            let same = (k > end && self.is_any(k, &["نفس", "ذات"]))
                .then(|| self.same_period(k + 1))
                .flatten()
                .and_then(|m| match m.expr {
                    Expr::Date(y) => Some((m.end, 0, y)),
                    _ => None,
                });
            if let Some((e, _, y)) = same.or_else(|| self.relperiod(k, false)) {
                if let (Some(ys), None, None) = (y.year, y.month, y.week) {
                    year_spec = Some(ys);
                    d.anaphoric |= y.anaphoric;
                    end = e;
                }
            }
        }
        // «في يناير وفبراير الماضيين», «بين مارس وأبريل 2020»: a month coordinated with the next one shares its
        // shift or year.
        if shift.is_none() && year_spec.is_none() && self.starts(end, "و") {
            if let Some((e2, _, _, _)) = self.month(end) {
                if let Some((_, s)) = self.shift(e2) {
                    shift = Some(s);
                } else if let Some((_, y, _, _)) = self.year(e2, true) {
                    year_spec = Some(YearX::Abs(y));
                }
            }
        }
        // «من ماي إلى أوت»: a month name that is also a word is a month as an end of a range of months.
        if need_strong
            && !strong
            && shift.is_none()
            && year_spec.is_none()
            && !(self.is_to(end) && self.month(end + 1).is_some())
            && !(i > 1 && self.is_to(i - 1) && self.bits(i - 2) & bits::MONTH != 0)
            // «شهري تموز وآب»: joined by «و» to the month before it.
            && !(i > 0 && self.starts(i, "و") && self.bits(i - 1) & bits::MONTH != 0)
            // «خلال آب», «منذ صفر»: after a preposition only time follows, a name that is also a word is the month.
            && !self.time_only_before(i)
            // «وفي آب أعلنت», «من آب»: the bare word written with madda after «في» or «من» (not «في اب», the
            // Yemeni city Ibb, nor «من أب», a father, nor «في الآب»).
            && !(i > 0
                && self.is(i, "اب")
                && self.is_any(i - 1, &["في", "وفي", "من", "ومن"])
                && self.spelled_with_madda(i))
        {
            return None;
        }
        d.hijri = hijri;
        d.month = Some(MonthX::Abs(m, shift));
        if year_spec.is_some() {
            d.year = year_spec;
        }
        Some(end)
    }

    /// Whether a word of a match's result (list `score_word`) stands within the four words before the number before
    /// token `i`, in its sentence, and no word that introduces a date (list `date_prep`) right before the number.
    fn score_before(&self, i: usize) -> bool {
        if i < 2 || self.in_list(i - 2, WordList::DatePrep) {
            return false;
        }
        for k in (i.saturating_sub(5)..i.saturating_sub(1)).rev() {
            if self.sentence_break(k) {
                return false;
            }
            if self.is_listed(k, WordList::ScoreWord) {
                return true;
            }
        }
        false
    }

    /// «من هذا الشهر», «من الشهر الجاري», «من الشهر نفسه», «من الشهر المقبل»: month of a day given before.
    fn month_ref_tail(&self, i: usize, d: &mut DateX) -> Option<usize> {
        let mut j = i;
        let mut this = false;
        if self
            .lex(j, bits::THIS, |r| matches!(r, Reading::This))
            .is_some()
        {
            this = true;
            j += 1;
        }
        let l = self.period_noun(j, Unit::Month)?;
        if !l.definite || !self.ends(j, "شهر") {
            return None;
        }
        j += 1;
        if let Some((e, s, ana)) = self.shift_kind(j) {
            // «من الشهر الجاري» is the reference's month, even after a date of another month.
            d.month = Some(MonthX::Rel(s.into()));
            d.anaphoric |= ana;
            return Some(e);
        }
        if self
            .lex(j, bits::SAME, |r| matches!(r, Reading::Same))
            .is_some()
        {
            d.month = Some(MonthX::Same);
            return Some(j + 1);
        }
        if this {
            d.month = Some(MonthX::Same);
            return Some(j);
        }
        None
    }

    // ---- rules ----

    fn parse_at(&self, i: usize) -> Option<Match> {
        let mut best: Option<Match> = None;
        let mut consider = |m: Option<Match>| {
            if let Some(m) = m {
                if best.as_ref().is_none_or(|b| m.end > b.end) {
                    best = Some(m);
                }
            }
        };
        // Rules that need a reading of token i are tried only when it has one (each guard is the rule's first test).
        let b0 = self.bits(i);
        consider(self.r_date(i));
        if b0 & bits::MOD != 0 {
            consider(self.approx_date(i));
        }
        // «من» (colloquial «a week ago»), «قبل» or «بعد» (or «وقبل»…): prepositions in the lexicon.
        if b0 & bits::PREP != 0 && self.tok(i).is_some_and(|t| t.kind == Kind::Word) {
            consider(self.r_offset(i));
            consider(self.offset_from_day(i));
        }
        // A quantity at i (the guard of `quantity`).
        if b0 & (bits::FRACTION | bits::NUM | bits::CARDINAL | bits::UNIT) != 0 {
            consider(self.ahead_from_now(i));
        }
        // An approximator, or a count, a fraction or a unit at i or after «بين» or «طوال», or «بضعة» before a unit.
        if b0 & bits::MOD != 0
            || (b0 | self.bits(i + 1)) & (bits::NUM | bits::CARDINAL | bits::FRACTION | bits::UNIT)
                != 0
            || self.bits(i + 2) & bits::UNIT != 0
        {
            consider(self.r_duration(i));
        }
        if b0 & bits::UNIT != 0 {
            consider(self.past_decade(i));
        }
        if b0 & (bits::RECURRING | bits::EVERY) != 0 {
            consider(self.r_set(i));
        }
        if b0 & bits::DAY_PART != 0 {
            consider(self.daypart_every(i));
        }
        if b0 & (bits::NUM | bits::ORDINAL | bits::CARDINAL) != 0
            || self.is_any(i, &["يوم", "اليوم"])
        {
            consider(self.monthly_day(i));
        }
        if b0 & bits::UNIT != 0 && self.bits(i + 1) & (bits::WEEKDAY | bits::WEEKDAY_PLURAL) != 0 {
            consider(self.weekday_days(i));
        }
        // «مرتين في الأسبوع», «ثلاث مرات في اليوم», «مرة كل شهر»: a count of times per period (the word «مرة» or
        // a number before «مرات»).
        if b0 & (bits::TIMES | bits::CARDINAL | bits::NUM) != 0 {
            consider(self.times_per(i));
        }
        consider(self.r_time(i));
        // The first end of a range of hours at i or after «من»/«بين» (the rule's first test).
        if self.time_may_start(i) || self.time_may_start(i + 1) {
            consider(self.bare_time_range(i));
        }
        if b0 & bits::DEICTIC != 0 {
            consider(self.deictic(i));
        }
        if b0 & (bits::THIS | bits::UNIT) != 0 {
            consider(self.same_of_year(i));
        }
        if b0 & bits::UNIT != 0 && i > 0 && self.is_any(i - 1, &["نفس", "ذات"]) {
            consider(self.same_period(i));
        }
        let mut m = best?;
        // «الأسبوع القادم يوم الجمعة», «هذا الأسبوع الجمعة»: a weekday of the week just named.
        if let Expr::Date(mut d) = m.expr {
            if d.week.is_some() && d.day.is_none() && d.part.is_none() {
                let k = if self.kw(m.end, &["يوم"]).is_some() {
                    m.end + 1
                } else {
                    m.end
                };
                let weekday_at = |k: usize| -> Option<(usize, u8)> {
                    let l = self.lex(k, bits::WEEKDAY, |r| matches!(r, Reading::Weekday(_)))?;
                    match l.reading {
                        Reading::Weekday(wd) if l.definite => Some((k + l.ntok, wd)),
                        _ => None,
                    }
                };
                if let Some(l) = self.lex(k, bits::WEEKDAY, |r| matches!(r, Reading::Weekday(_))) {
                    if let (Reading::Weekday(wd), true) = (l.reading, l.definite || k > m.end) {
                        d.day = Some(DayX::Weekday(wd, Some(0)));
                        m = Match {
                            end: k + l.ntok,
                            expr: Expr::Date(d),
                            ..m
                        };
                    }
                } else if let (true, Some((e1, w1))) =
                    (self.is_any(m.end, &["بين", "من"]), weekday_at(m.end + 1))
                {
                    // «الأسبوع المقبل بين الأربعاء والجمعة», «هذا الأسبوع من الثلاثاء إلى الخميس».
                    let second = if self.is_to(e1) || self.is_and(e1) {
                        weekday_at(e1 + 1)
                    } else if self.starts(e1, "و") {
                        weekday_at(e1)
                    } else {
                        None
                    };
                    if let Some((e2, w2)) = second {
                        let a = DateX {
                            day: Some(DayX::Weekday(w1, Some(0))),
                            ..d
                        };
                        let b = DateX {
                            day: Some(DayX::Weekday(w2, Some(0))),
                            ..d
                        };
                        m = Match {
                            end: e2,
                            expr: Expr::Range(a, b),
                            ..m
                        };
                    }
                }
            }
        }
        // «أن غرة شوال توافق الأربعاء», «الأول من رمضان يوافق يوم السبت»: the weekday of the date just written.
        if let Expr::Date(mut d) = m.expr {
            if let (Some(DayX::Weekday(wd, None)), None, None) = (d.day, d.month, d.year) {
                if m.start > 0 && self.is_any(m.start - 1, &["يوافق", "توافق", "الموافق"])
                {
                    d.day = Some(DayX::Weekday(wd, Some(0)));
                    d.anaphoric = true;
                    m.expr = Expr::Date(d);
                }
            }
        }
        // «ليلة الخميس الجمعة», «ليل الخميس - الجمعة», «ليلة السبت على الأحد»: one night, named by both its days.
        if let Some(n) = self.night_of_two_days(&m) {
            m = n;
        }
        // Ranges: «من X إلى Y», «بين X و Y», «X - Y».
        if let Some(r) = self.range_after(&m) {
            m = r;
        }
        // «من الساعة 8 صباحاً حتى 5 مساءً يوم الخميس»: a range of clock times followed by its day.
        if let Expr::Range(a, b) = m.expr {
            let bare = |x: &DateX| {
                x.time.is_some() && x.day.is_none() && x.month.is_none() && x.year.is_none()
            };
            if bare(&a) && bare(&b) {
                let j = if self.is(m.end, "من") {
                    m.end + 1
                } else {
                    m.end
                };
                let day = self
                    .relday(j)
                    .or_else(|| self.weekday(j))
                    .or_else(|| self.day_month(j));
                if let Some((e, _, d)) = day {
                    if d.time.is_none() && d.offset.is_none() && d.daypart.is_none() {
                        // The second end takes the day from the first when resolved, or the next one when
                        // the range runs overnight.
                        let a = DateX {
                            time: a.time,
                            daypart: a.daypart,
                            ..d
                        };
                        m = Match {
                            end: e,
                            expr: Expr::Range(a, b),
                            ..m
                        };
                    }
                }
            }
        }
        // «15 رمضان 1436هـ الموافق 2 يوليو 2015م»: one date written in two calendars; the Gregorian one is kept.
        if let Expr::Date(d) = m.expr {
            let l = if self.punct(m.end) == Some(',') {
                m.end + 1
            } else {
                m.end
            };
            if self
                .lex(l, bits::LINK, |r| matches!(r, Reading::Link))
                .is_some()
            {
                if let Some(b) = self.r_date(l + 1) {
                    if let Expr::Date(bx) = b.expr {
                        // «يوم عرفة الموافق 15 يونيو 2024»: a feast and its Gregorian day.
                        let feast = d.holiday.is_some()
                            && d.day.is_none()
                            && !bx.hijri
                            && bx.holiday.is_none();
                        if bx.day.is_some() && (d.day.is_some() || feast) {
                            let (mut keep, other) = if (d.hijri && !bx.hijri) || feast {
                                (bx, d)
                            } else {
                                (d, bx)
                            };
                            // The Hijri day written beside it stays on the record.
                            if let (
                                true,
                                Some(YearX::Abs(y)),
                                Some(MonthX::Abs(mo, _)),
                                Some(DayX::Abs(dd)),
                            ) = (
                                other.hijri && !keep.hijri,
                                other.year,
                                other.month,
                                other.day,
                            ) {
                                keep.also_hijri = Some((y, mo, dd));
                            }
                            // «فجر الأربعاء 22 ربيع الأول 1446هـ، الموافق 25 أيلول 2024»: the part of the day
                            // or the time written with the date kept is the other's too.
                            if keep.daypart.is_none() && keep.time.is_none() {
                                keep.daypart = other.daypart;
                                keep.time = other.time;
                            }
                            m = Match {
                                end: b.end,
                                expr: Expr::Date(keep),
                                ..m
                            };
                        }
                    }
                }
            }
        }
        // «13 ربيع الأول 1395هـ (25 مارس 1975م)», «سنة 1350هـ (1931م)»: the same date in the other calendar, in
        // brackets after it; the Gregorian one is kept, as after «الموافق».
        if let Expr::Date(d) = m.expr {
            if self.punct(m.end) == Some('(') {
                if let Some(Match {
                    end: be,
                    expr: Expr::Date(bx),
                    ..
                }) = self.r_date(m.end + 1)
                {
                    let year_only = |x: &DateX| {
                        matches!(x.year, Some(YearX::Abs(_)))
                            && x.month.is_none()
                            && x.day.is_none()
                    };
                    let full_day = |x: &DateX| {
                        matches!(x.year, Some(YearX::Abs(_)))
                            && matches!(x.month, Some(MonthX::Abs(..)))
                            && matches!(x.day, Some(DayX::Abs(_)))
                    };
                    let same_shape =
                        (year_only(&d) && year_only(&bx)) || (full_day(&d) && full_day(&bx));
                    if same_shape && d.hijri != bx.hijri && self.punct(be) == Some(')') {
                        let (mut keep, other) = if d.hijri { (bx, d) } else { (d, bx) };
                        if let (
                            Some(YearX::Abs(y)),
                            Some(MonthX::Abs(mo, _)),
                            Some(DayX::Abs(dd)),
                        ) = (other.year, other.month, other.day)
                        {
                            keep.also_hijri = Some((y, mo, dd));
                        }
                        m = Match {
                            end: be + 1,
                            expr: Expr::Date(keep),
                            ..m
                        };
                    }
                }
            }
        }
        // A date followed by a clock time («الخميس الساعة 8»), or a part of day.
        if let Expr::Date(d) = m.expr {
            if d.time.is_none() && d.offset.is_none() {
                let mut j = m.end;
                // «السبت المقبل على الساعة الخامسة مساء»: Maghrebi «على الساعة» too.
                // «12/05/2024 - 14:30», «الأحد 12 مايو 2024 | 10:15 ص»: the time stamp of a dated day.
                let stamp = matches!(self.punct(j), Some('-' | '|'))
                    && matches!(d.day, Some(DayX::Abs(_)))
                    && self.num(j + 1).is_some()
                    && self.punct(j + 2) == Some(':');
                if self.is_listed(j, WordList::ClockLink)
                    || self.punct(j) == Some(',')
                    || (self.is_any(j, &["على", "علي"]) && self.is(j + 1, "الساعه"))
                    || stamp
                {
                    j += 1;
                }
                // «غداً في تمام الساعة التاسعة».
                if self.is(j, "تمام") {
                    j += 1;
                }
                let on_day = |td: DateX| -> Option<DateX> {
                    (td.time.is_some() && td.day.is_none() && td.month.is_none()).then(|| {
                        let mut nd = d;
                        nd.time = td.time;
                        nd.daypart = td.daypart.or(nd.daypart);
                        nd.modifier = nd.modifier.or(td.modifier);
                        nd
                    })
                };
                if let Some(t) = self.r_time(j) {
                    if let Some(nd) = match t.expr {
                        Expr::Date(td) => on_day(td),
                        _ => None,
                    } {
                        m = Match {
                            end: t.end,
                            expr: Expr::Date(nd),
                            ..m
                        };
                    }
                } else if self.is_any(m.end, &["من", "بين"]) {
                    // «الخميس من الساعة التاسعة وحتى الساعة الحادية عشرة صباحاً», «يوم الخميس بين الساعة 2 و5
                    // عصراً»: a time range on that day.
                    let r = self
                        .is(m.end, "من")
                        .then(|| self.r_time(m.end + 1).and_then(|t| self.range_after(&t)))
                        .flatten()
                        .or_else(|| self.bare_time_range(m.end));
                    if let Some(Match {
                        end,
                        expr: Expr::Range(ta, tb),
                        ..
                    }) = r
                    {
                        if let (Some(a), Some(b)) = (on_day(ta), on_day(tb)) {
                            m = Match {
                                end,
                                expr: Expr::Range(a, b),
                                ..m
                            };
                        }
                    }
                }
            }
        }
        // A clock time followed by its day: «الساعة التاسعة من صباح أمس», «الساعة 8 مساء الخميس».
        if let Expr::Date(t) = m.expr {
            if t.time.is_some() && t.day.is_none() && t.month.is_none() && t.year.is_none() {
                // «الساعة 7,00 (بالتوقيت المحلي) من صباح الجمعة»: a short aside in brackets between them.
                let k = (m.end + 2..m.end + 8)
                    .find(|&k| self.punct(k) == Some(')'))
                    .filter(|_| self.punct(m.end) == Some('('))
                    .map_or(m.end, |k| k + 1);
                let j = if self.is(k, "من") { k + 1 } else { k };
                // The longest reading: «من فجر اليوم الجمعة» is the weekday's, not «فجر اليوم» alone.
                let day = [
                    self.daypart_date(j),
                    self.relday(j),
                    self.weekday(j),
                    self.day_month(j),
                ]
                .into_iter()
                .flatten()
                .reduce(|a, b| if b.0 > a.0 { b } else { a });
                if let Some((e, _, d)) = day {
                    if d.time.is_none() && d.offset.is_none() {
                        let mut nd = d;
                        nd.time = t.time;
                        // «نحو الساعة 11:30 من صباح اليوم»: the approximator of the clock time stays.
                        nd.modifier = nd.modifier.or(t.modifier);
                        if let (Some(tm), Some(p)) = (nd.time.as_mut(), d.daypart) {
                            tm.hour = hour_in_part(tm.hour, p);
                        }
                        nd.daypart = None;
                        m = Match {
                            end: e,
                            expr: Expr::Date(nd),
                            ..m
                        };
                        // «من الساعة العاشرة مساء الخميس حتى السادسة من صباح السبت»: a clock time on its day is
                        // the first end of a range to another clock time on its own day.
                        if self.is_to(m.end) && !self.in_range_end.get() {
                            let j = if self.is(m.end + 1, "الي") {
                                m.end + 2
                            } else {
                                m.end + 1
                            };
                            self.in_range_end.set(true);
                            let second = self.parse_at(j);
                            self.in_range_end.set(false);
                            if let Some(Match {
                                start,
                                end,
                                expr: Expr::Date(bx),
                                ..
                            }) = second
                            {
                                if start == j && bx.time.is_some() && bx.day.is_some() {
                                    m = Match {
                                        end,
                                        expr: Expr::Range(nd, bx),
                                        ..m
                                    };
                                }
                            }
                        }
                    }
                }
            }
        }
        // «الثلاثاء مساءً», «يوم الجمعة صباحاً», «الخميس في المساء»: a part of day after its day.
        if let Expr::Date(mut d) = m.expr {
            if d.day.is_some()
                && d.time.is_none()
                && d.daypart.is_none()
                && d.offset.is_none()
                && d.part.is_none()
            {
                if let Some(l) = self
                    .lex(m.end, bits::DAY_PART, |r| matches!(r, Reading::DayPart(_)))
                    .filter(|l| l.ntok > 1 || self.adverbial_daypart(m.end))
                {
                    let k = m.end + l.ntok;
                    // «الأحد مساء الاثنين» puts the part of day on the next date.
                    let construct = self.daypart_date(m.end).is_some() || self.starts_date(k);
                    if let (Reading::DayPart(p), false) = (l.reading, construct) {
                        if !l.prefixed && (!l.definite || l.ntok > 1) {
                            d.daypart = Some(p);
                            m = Match {
                                end: k,
                                expr: Expr::Date(d),
                                ..m
                            };
                        }
                    }
                }
            }
        }
        // «يوم الأربعاء من كل أسبوع»: every such weekday.
        if let Expr::Date(d) = m.expr {
            if let Some(DayX::Weekday(wd, None)) = d.day {
                if d == (DateX {
                    day: d.day,
                    ..DateX::default()
                }) && self.is(m.end, "من")
                    && self
                        .lex(m.end + 1, bits::EVERY, |r| matches!(r, Reading::Every))
                        .is_some()
                    && self
                        .period_noun(m.end + 2, Unit::Week)
                        .is_some_and(|l| !l.definite)
                {
                    m = Match {
                        end: m.end + 3,
                        expr: Expr::EveryWeekday(wd),
                        ..m
                    };
                }
            }
        }
        // «الساعة 9 كل يوم», «كل يوم اثنين الساعة العاشرة»: a clock time that recurs.
        if let Some(r) = self.recurring_time(&m) {
            m = r;
        } else if let Some(r) = self.every_then_daypart(&m) {
            m = r;
        } else if let Some(r) = self.yearly(&m) {
            m = r;
        }
        if let Expr::Date(mut d) = m.expr {
            let today = d
                == DateX {
                    day: Some(DayX::Rel(0)),
                    ..DateX::default()
                };
            if today && m.start == i && m.end == i + 1 && i > 0 && self.is(i, "اليوم") {
                // «“عين اليوم”», «"روسيا اليوم"»: a quoted name of two words ending in «اليوم» (a newspaper, a
                // channel) is no date.
                if i >= 2
                    && self.opens(i - 2)
                    && matches!(
                        self.tok(i + 1).map(|t| t.kind),
                        Some(Kind::Punct('"' | '»' | '”' | ')'))
                    )
                {
                    return None;
                }
                // «في نفس اليوم», «في ذات اليوم»: the narrative's day, as «اليوم نفسه».
                if self.is_any(i - 1, &["نفس", "ذات"]) {
                    d.day = Some(DayX::Next(0));
                    d.anaphoric = true;
                    m.start = i - 1;
                    m.skip = 0;
                    m.expr = Expr::Date(d);
                }
            }
        }
        // «ساعتين تقريباً»: the approximator written after a duration.
        if let Expr::Duration {
            modifier: ref mut md,
            ..
        } = m.expr
        {
            if md.is_none() && self.is(m.end, "تقريبا") {
                *md = Some("APPROX");
                m.end += 1;
            } else if self.kw_list(m.end, WordList::MoreAfter) == Some(2) {
                // «عشرين عاماً ونيف»: more than the count («ما يزيد عن عشرين عاماً ونيف» already says so).
                md.get_or_insert("MORE_THAN");
                m.end += 1;
            }
        } else if let Expr::Date(ref mut x) = m.expr {
            // «قبل عام ونيف»: more than the count back, as «قبل أكثر من عام».
            if x.offset.is_some()
                && x.modifier.is_none()
                && self.kw_list(m.end, WordList::MoreAfter) == Some(2)
            {
                x.modifier = Some("MORE_THAN");
                m.end += 1;
            }
        }
        // «في الـ 20 من الشهر الماضي», «خلال الـ12 عاماً الماضية»: the article written apart before the digits
        // belongs to the expression.
        if m.start == i
            && i > 0
            && m.skip == 0
            && matches!(m.expr, Expr::Date(_) | Expr::Range(..))
            && self.num(i).is_some()
            && self.is(i - 1, "ال")
        {
            m.start = i - 1;
        }
        // «منذ الاثنين»: what began since is not ahead, whatever verb leads the clause. A range of weekdays after
        // «من» («تستمر موجة الحر من الثلاثاء حتى الجمعة») lies within a week, so it leans with its end after «حتى».
        let since = m.start > 0 && self.kw_list(m.start - 1, WordList::Since).is_some();
        let weekdays = matches!(
            m.expr,
            Expr::Range(
                DateX {
                    day: Some(DayX::Weekday(_, None)),
                    ..
                },
                DateX {
                    day: Some(DayX::Weekday(_, None)),
                    ..
                }
            )
        );
        // «أجلت المحكمة الجلسة للجمعة»: a weekday with «ل» glued is a target, as after «إلى»; so is a day after
        // the head «ليوم» («ليوم الخميس», «ليوم 20 مايو»).
        let glued_to = match m.expr {
            Expr::Date(DateX {
                day: Some(DayX::Weekday(..)),
                ..
            }) => {
                (m.skip == 2 && self.starts(m.start, "ل")) || self.glued_day_head(m.start).is_some()
            }
            Expr::Date(DateX {
                day: Some(DayX::Abs(_)),
                ..
            }) => self.glued_day_head(m.start).is_some(),
            _ => false,
        };
        m.future = !since
            && (self.future_context(m.start)
                || (glued_to && self.future_in(m.start, true))
                || (weekdays
                    && m.start > 0
                    && self.is(m.start - 1, "من")
                    && self.future_in(m.start, true)));
        Some(m)
    }

    /// «يومي السبت والأحد», «يومي الأحد والاثنين المقبلين»: the dual «يومي» before two weekdays joined by «و».
    #[inline(never)]
    fn weekday_pair(&self, i: usize) -> Option<(usize, usize, Expr)> {
        // Without «يومي», a dual shift word after the second day joins them («الخميس والجمعة المقبلين»).
        let (skip, first, dual_head) = match self.kw(i, &["يومي"]) {
            Some(s) => (s, i + 1, true),
            None if self.bits(i) & bits::WEEKDAY != 0 => (0, i, false),
            None => return None,
        };
        let (e1, _, a) = self.weekday(first)?;
        let k = if self.is_and(e1) { e1 + 1 } else { e1 };
        if k == e1 && !self.starts(e1, "و") {
            return None;
        }
        let (e2, _, b) = self.weekday(k)?;
        match (a.day, b.day) {
            (Some(DayX::Weekday(_, None)), Some(DayX::Weekday(..))) if a.daypart.is_none() => {}
            _ => return None,
        }
        // Without the head only days in a row («الأحد والأربعاء الماضيين» are two days, not the days between).
        let in_row = match (a.day, b.day) {
            (Some(DayX::Weekday(w1, _)), Some(DayX::Weekday(w2, _))) => w2 == w1 % 7 + 1,
            _ => false,
        };
        if !(dual_head || (in_row && e2 > k + 1 && self.is_listed(e2 - 1, WordList::DualShift))) {
            return None;
        }
        // «الماضيين», «المقبلين» after both days: the first takes the second's shift; «من الأسبوع المقبل», its week.
        let a = DateX {
            day: match (a.day, b.day) {
                (Some(DayX::Weekday(w, None)), Some(DayX::Weekday(_, s))) => {
                    Some(DayX::Weekday(w, s))
                }
                _ => a.day,
            },
            week: a.week.or(b.week),
            ..a
        };
        // «يومي الأربعاء والخميس 15 و16 مايو»: the two dates after the two weekdays are their days.
        if let Some((e3, _, Expr::Range(da, db))) = self.day_range(e2) {
            if matches!(da.day, Some(DayX::Abs(_)))
                && matches!((da.day, db.day), (Some(DayX::Abs(x)), Some(DayX::Abs(y))) if y == x + 1)
            {
                let hint = |w: &DateX| match w.day {
                    Some(DayX::Weekday(wd, _)) => Some(wd),
                    _ => None,
                };
                let da = DateX {
                    weekday_hint: hint(&a),
                    ..da
                };
                let db = DateX {
                    weekday_hint: hint(&b),
                    ..db
                };
                return Some((e3, skip, Expr::Range(da, db)));
            }
        }
        Some((e2, skip, Expr::Range(a, b)))
    }

    /// The night of a weekday followed by the next weekday, in apposition or after «إلى», «على», «-», «/» or «و»:
    /// the night of the first day («ليلة الأربعاء الخميس» → Wednesday `TNI`).
    fn night_of_two_days(&self, m: &Match) -> Option<Match> {
        let Expr::Date(mut x) = m.expr else {
            return None;
        };
        let Some(DayX::Weekday(wd, shift)) = x.day else {
            return None;
        };
        if x.daypart != Some("TNI") || x.time.is_some() || x.month.is_some() {
            return None;
        }
        let k = m.end;
        let j = if self.is_to(k)
            || self.is_and(k)
            || self.is_any(k, &["على", "علي"])
            || self.punct(k) == Some('/')
        {
            k + 1
        } else {
            k
        };
        let l = self.lex(j, bits::WEEKDAY, |r| matches!(r, Reading::Weekday(_)))?;
        match l.reading {
            // ISO weekdays 1 (Monday) to 7 (Sunday): the next day only.
            Reading::Weekday(next) if l.definite && next == wd % 7 + 1 => {}
            _ => return None,
        }
        let mut end = j + l.ntok;
        // «ليلة الخميس والجمعة الماضيين»: a shift after both days.
        if shift.is_none() {
            if let Some((e, s)) = self.shift(end) {
                x.day = Some(DayX::Weekday(wd, Some(s)));
                end = e;
            }
        }
        Some(Match {
            end,
            expr: Expr::Date(x),
            ..*m
        })
    }

    /// «مرة في الشهر», «مرتين في الأسبوع», «ثلاث مرات في اليوم», «مرة كل عام»: the period that recurs (TIMEX3 SET;
    /// the count of times is not kept). Not «لأول مرة في العام» nor «مرتين في الأسبوع الماضي».
    #[inline(never)]
    fn times_per(&self, i: usize) -> Option<Match> {
        let (j, skip) = if let Some(l) = self.lex(i, bits::TIMES, |r| matches!(r, Reading::Times)) {
            if l.definite || (i > 0 && self.is_listed(i - 1, WordList::TimesOrdinal)) {
                return None;
            }
            (i + 1, l.skip)
        } else {
            // «ثلاث مرات», «3 مرات», «خمسة وعشرين مرات»: most numbers have no «مرات» within two words.
            if !self.is(i + 1, "مرات") && !self.is(i + 2, "مرات") && !self.is(i + 3, "مرات")
            {
                return None;
            }
            let (e, _, _) = self.cardinal(i)?;
            if !self.is(e, "مرات") {
                return None;
            }
            (e + 1, 0)
        };
        // «مرة واحدة في العام».
        let j = if self
            .lex(j, bits::CARDINAL, |r| matches!(r, Reading::Cardinal(1)))
            .is_some()
        {
            j + 1
        } else {
            j
        };
        if self.is(j, "في") {
            let (unit, l) = self.unit_of(j + 1, Count::One)?;
            let end = j + 1 + l.ntok;
            if !l.definite
                || self.bits(end) & (bits::SHIFT | bits::SAME | bits::THIS) != 0
                || self.is(end, "من")
            {
                return None;
            }
            return Some(Match::new(i, end, skip, Expr::Every { amount: 1, unit }));
        }
        // «ثلاث مرات يومياً», «مرتين أسبوعياً»: an adverb of recurrence.
        if self.bits(j) & (bits::EVERY | bits::RECURRING) == 0 {
            return None;
        }
        let s = self.r_set(j).filter(|s| s.start == j)?;
        Some(Match {
            start: i,
            skip,
            ..s
        })
    }

    /// «نهاية كل شهر», «مطلع كل عام», «منتصف كل أسبوع»: the start, middle or end of every such period, one SET.
    fn part_of_every(&self, i: usize) -> Option<(usize, usize, Expr)> {
        let l = self.lex(i, bits::PART, |r| matches!(r, Reading::Part(_)))?;
        let Reading::Part(p @ (Part::Start | Part::Mid | Part::End)) = l.reading else {
            return None;
        };
        let j = i + l.ntok;
        let s = self.r_set(j).filter(|s| s.start == j)?;
        match s.expr {
            Expr::Every {
                amount: 1,
                unit: unit @ (Unit::Week | Unit::Month | Unit::Year),
            } if self.bits(j) & bits::EVERY != 0 => Some((s.end, l.skip, Expr::EveryPart(unit, p))),
            _ => None,
        }
    }

    /// A clock time and a daily or weekly recurrence next to it, in either order: one SET.
    fn recurring_time(&self, m: &Match) -> Option<Match> {
        let every = |e: &Expr| match *e {
            Expr::Every {
                amount: 1,
                unit: Unit::Day,
            } => Some(None),
            Expr::EveryWeekday(wd) => Some(Some(wd)),
            _ => None,
        };
        // «كل صباح في الساعة السادسة», «كل مساء عند الثامنة»: a part of every day before its clock time, which
        // it places in the afternoon or evening.
        if let Expr::EveryDayPart(weekday, code) = m.expr {
            let j = if self.is_any(m.end, &["في", "عند"]) {
                m.end + 1
            } else {
                m.end
            };
            let t = self.r_time(j).filter(|t| t.start == j)?;
            let Expr::Date(x) = t.expr else {
                return None;
            };
            let mut time = x.time?;
            if x.day.is_some() || x.month.is_some() || x.offset.is_some() {
                return None;
            }
            if x.daypart.is_none() {
                time.hour = hour_in_part(time.hour, code);
            }
            return Some(Match {
                end: t.end,
                expr: Expr::EveryAt { weekday, time },
                ..*m
            });
        }
        let clock = |e: &Expr| match *e {
            Expr::Date(x)
                if x.day.is_none()
                    && x.month.is_none()
                    && x.year.is_none()
                    && x.offset.is_none()
                    && x.part.is_none() =>
            {
                x.time
            }
            _ => None,
        };
        if let Some(time) = clock(&m.expr) {
            // «الساعة العاشرة صباحاً أيام الجمعة»: every such weekday too.
            if self.bits(m.end) & bits::UNIT != 0 {
                if let Some(s) = self.weekday_days(m.end).filter(|s| s.start == m.end) {
                    if let Expr::EveryWeekday(wd) = s.expr {
                        return Some(Match {
                            end: s.end,
                            expr: Expr::EveryAt {
                                weekday: Some(wd),
                                time,
                            },
                            ..*m
                        });
                    }
                }
            }
            // «الساعة الخامسة من فجر كل يوم», «السابعة من مساء كل خميس»: the clock time of a part of every day.
            if self.is(m.end, "من") && self.bits(m.end + 1) & bits::DAY_PART != 0 {
                if let Some(s) = self
                    .daypart_every(m.end + 1)
                    .filter(|s| s.start == m.end + 1)
                {
                    if let Expr::EveryDayPart(weekday, code) = s.expr {
                        let mut time = time;
                        time.hour = hour_in_part(time.hour, code);
                        return Some(Match {
                            end: s.end,
                            expr: Expr::EveryAt { weekday, time },
                            ..*m
                        });
                    }
                }
            }
            if self.bits(m.end) & (bits::EVERY | bits::RECURRING) == 0 {
                return None;
            }
            let s = self.r_set(m.end)?;
            let weekday = every(&s.expr)?;
            return Some(Match {
                end: s.end,
                expr: Expr::EveryAt { weekday, time },
                ..*m
            });
        }
        let weekday = every(&m.expr)?;
        let j = if self.is_any(m.end, &["في", "عند"]) {
            m.end + 1
        } else {
            m.end
        };
        let t = self.r_time(j).filter(|t| t.start == j)?;
        let time = clock(&t.expr)?;
        Some(Match {
            end: t.end,
            expr: Expr::EveryAt { weekday, time },
            ..*m
        })
    }

    /// The clause before an expression is future or planned: a marker word from the lexicon («سوف», «من المقرر»)
    /// or a verb with the future prefix «س».
    fn future_context(&self, s: usize) -> bool {
        // Right after «إلى» or «-», the expression is a target: the words that plan one count too.
        // «أجلت المحكمة القضية إلى جلسة 25 أبريل»: a hearing or appointment named between them too.
        let target = (s > 0 && self.is_to(s - 1))
            || (s > 1 && self.is_to(s - 2) && self.is_listed(s - 1, WordList::Appointment));
        self.future_in(s, target)
    }

    /// [`Parser::future_context`], `target` telling whether the expression at `s` is where something planned or
    /// going on ends, so that the words of postponing and continuing count too.
    fn future_in(&self, s: usize, target: bool) -> bool {
        let lo = s.saturating_sub(FUTURE_REACH);
        let bytes = self.text.as_bytes();
        // The tokens before `s`, nearest first (none when `s` is past the end).
        let before = self.toks.get(lo..s).unwrap_or_default();
        for (off, t) in before.iter().enumerate().rev() {
            match t.kind {
                Kind::Word => {}
                Kind::Break | Kind::Punct('.' | '?' | '!' | ';') => break,
                _ => continue,
            }
            // Most words have neither a future reading nor the prefix «س» (U+0633, bytes D8 B3), alone or after «و»
            // or «ف» (D9 88, D9 81): a look or two each.
            if t.bits & (bits::FUTURE | bits::SHIFT) == 0
                && !matches!(
                    bytes.get(t.start..t.start + 4),
                    Some([0xD8, 0xB3, ..] | [0xD9, 0x88 | 0x81, 0xD8, 0xB3])
                )
            {
                continue;
            }
            let k = lo + off;
            // «… أن يزور الوزير تركيا» وكان كارتر قد زار بغداد الخميس»: a past «كان» nearer than any future word
            // opens a past clause of its own (a planned end after «حتى» still lies ahead).
            if !target
                && t.bits & bits::FUTURE != 0
                && self
                    .lex(k, bits::FUTURE, |r| matches!(r, Reading::PastFrame))
                    .is_some()
            {
                return false;
            }
            // «لم» or «لمّا» make the imperfect after them a past («لم يصوّت المجلس … مساء الاثنين» is last Monday).
            if k.checked_sub(1)
                .and_then(|p| self.word(p))
                .is_some_and(|p| matches!(p, "لم" | "ولم" | "فلم" | "لما" | "ولما"))
            {
                return false;
            }
            if let Some(w) = self.word(k) {
                // «من المقرر», «يُنتظر أن», or a period already placed ahead in the sentence («مطلع الشهر المقبل»).
                if let Some(l) = self.lex(k, bits::FUTURE | bits::SHIFT, |r| {
                    matches!(r, Reading::Future(false) | Reading::Shift(1, false))
                        || (target && matches!(r, Reading::Future(true) | Reading::Still))
                }) {
                    // A planned end («حتى الجمعة») still lies ahead under a past «كان», but not in a pluperfect
                    // («وكانت المحكمة قد منحت الدفاع مهلة حتى 12 فبراير»: the deadline told as past); what was still
                    // going on under a past «كان» ended in the past.
                    let past = if target {
                        self.pluperfect_before(k)
                            || l.reading == Reading::Still && self.past_frame(k)
                    } else {
                        self.past_frame(k)
                    };
                    return !past && !self.relative_between(k, s);
                }
                // «سيزور», «ستعقد», «وسيصل»: future prefix on an imperfect verb. Common words that only begin the
                // same way are not: «سيطرت», «سيناء», «ستين», «لا سيما», «وسيلة» (folding has dropped the hamza of
                // «سأزور», so «سا» is «ساهم», «سابق», «ساعة», «وسائل» and no future).
                let w = match w.strip_prefix(['و', 'ف']) {
                    Some(rest) if rest.starts_with('س') => rest,
                    _ => w,
                };
                let mut cs = w.chars();
                if cs.next() == Some('س')
                    && matches!(cs.next(), Some('ي' | 'ت'))
                    && w.chars().count() >= 4
                    && !LEXICON.not_future(w)
                {
                    return (target || !self.past_frame(k)) && !self.relative_between(k, s);
                }
            }
        }
        false
    }

    /// A relative pronoun between the future word at `k` and the date at `s`: the date is in a relative clause with a
    /// verb of its own («سيلتقي كيري نظراءه بعد الاتفاق الذي أبرم في 14 يوليو» is past). Looked for only once a
    /// future word is found, which is rare.
    fn relative_between(&self, k: usize, s: usize) -> bool {
        // «سيصعّد هجماته كما فعل في منتصف يوليو»: a comparison opens a clause with a verb of its own, unless it
        // follows a comma («، كما يلتقي»: «also»), is a plan's («كما هو مقرر») or has a future verb after it («كما
        // ستشمل الحملة …»: «also»).
        let compare = |j: usize| {
            self.kw_list(j, WordList::CompareOpen).is_some()
                && !matches!(self.punct(j - 1), Some('،' | ','))
                && !self.is_any(j + 1, &["هو", "هي"])
                && !self.word(j + 1).is_some_and(|w| {
                    let mut cs = w.chars();
                    cs.next() == Some('س') && matches!(cs.next(), Some('ي' | 'ت'))
                })
        };
        // «… الذي سيعقد … بعدما رفعت واشنطن في أواخر مارس التجميد», «الرحلات القادمة … بعد أن أسقطت الدفاعات
        // الجوية فجر الأحد»: a clause of time whose verb reads as a perfect is past, and a date in it is its act's.
        // A perfect: a feminine one in «ت» («أسقطت»), «تم», or a verb that opens with none of the imperfect's letters
        // («رفعت», «التقى»); not «بعدما يتسلم منصبه في يناير», «بعد أن ينهي», still to come.
        let past_when = |j: usize| {
            let Some(w) = self.word(j) else {
                return false;
            };
            let v = match w.strip_prefix(['و', 'ف']).unwrap_or(w) {
                "بعدما" | "عندما" | "حينما" | "لما" => j + 1,
                "بعد" if self.is_any(j + 1, &["ان"]) => j + 2,
                _ => return false,
            };
            self.word(v).is_some_and(|v| {
                v.chars().count() >= 3 && (v.ends_with('ت') || !v.starts_with(['ي', 'ت', 'ن', 'س']))
                    || v == "تم"
            })
        };
        // A relative clause in the imperfect tells what is, or is to come, with its main clause («ستشارك الوفود في
        // المؤتمر الذي تنظمه الحكومة يوم الجمعة»): it parts nothing.
        let imperfect = |j: usize| self.word(j).is_some_and(looks_only_imperfect);
        (k + 1..s).any(|j| {
            compare(j)
                || past_when(j)
                || self.word(j).is_some_and(|w| {
                    matches!(
                        w,
                        "الذي"
                            | "التي"
                            | "الذين"
                            | "اللذين"
                            | "اللذان"
                            | "اللتين"
                            | "اللتان"
                            | "اللواتي"
                            | "اللاتي"
                    )
                }) && !imperfect(j + 1)
        })
    }

    /// A pluperfect «كان … قد» opening the clause of the word at `k`: «قد» among the eight words before it, and a past
    /// «كان» among the six before «قد» («وكانت المحكمة قد منحت الدفاع مهلة»). Looked for only once a future word is
    /// found.
    fn pluperfect_before(&self, k: usize) -> bool {
        (k.saturating_sub(8)..k)
            .rev()
            .take_while(|&j| {
                !matches!(
                    self.tok(j).map(|t| t.kind),
                    Some(Kind::Break | Kind::Punct('.' | '?' | '!' | ';' | '،' | ','))
                )
            })
            .find(|&j| self.is(j, "قد"))
            .is_some_and(|q| self.past_frame(q))
    }

    /// A past «كان» among the four words before the future word at `k`, in its clause («كان من المقرر أن»,
    /// «وكان الوفد سيصل», «وكان من المفترض أن تبدأ»): a plan made in the past, whose date may be past too.
    fn past_frame(&self, k: usize) -> bool {
        let mut seen = 0;
        for j in (k.saturating_sub(6)..k).rev() {
            match self.tok(j).map(|t| t.kind) {
                Some(Kind::Word) => {}
                Some(Kind::Break | Kind::Punct('.' | '?' | '!' | ';' | '،' | ',')) | None => {
                    return false
                }
                _ => continue,
            }
            if self
                .lex(j, bits::FUTURE, |r| matches!(r, Reading::PastFrame))
                .is_some()
            {
                return true;
            }
            seen += 1;
            if seen == 4 {
                return false;
            }
        }
        false
    }

    /// Dates: numeric, day-month-year, month-year, years, weekdays, relative days and periods, parts, decades.
    /// «قرابة الثلاثاء القادم», «حوالي منتصف الشهر»: an approximator before a date.
    fn approx_date(&self, i: usize) -> Option<Match> {
        let l = self.lex(i, bits::MOD, |r| matches!(r, Reading::Mod("APPROX")))?;
        let m = self.r_date(i + l.ntok)?;
        let Expr::Date(mut x) = m.expr else {
            return None;
        };
        if x.offset.is_some() || x.time.is_some() || m.start != i + l.ntok {
            return None;
        }
        x.modifier = Some("APPROX");
        Some(Match::new(i, m.end, l.skip, Expr::Date(x)))
    }

    // The rules tried at each start position (here and in `parse_at`) are kept out of line (`#[inline(never)]`):
    // inlined, they made the callers' frames large and cost more instructions than the calls they saved.
    fn r_date(&self, i: usize) -> Option<Match> {
        // The bits of the token and of the next two: a head word («يوم», «من», «في», «هذا») comes before what a rule
        // reads first.
        let (b0, b1, b2) = (self.bits(i), self.bits(i + 1), self.bits(i + 2));
        if (b0 | b1 | b2) & DATE_BITS == 0 && !self.is_any(i, &["الليله", "اخر"]) {
            // Every guard below fails: checked in debug builds, so that a rule whose guard tests other bits shows.
            debug_assert!(
                self.date_rules(i, b0, b1, b2).is_none(),
                "a date rule's guard tests bits outside DATE_BITS"
            );
            return None;
        }
        self.date_rules(i, b0, b1, b2)
    }

    /// The rules of [`Parser::r_date`], `b0`, `b1` and `b2` being the bits of tokens `i` to `i + 2`.
    #[inline(always)]
    fn date_rules(&self, i: usize, b0: u64, b1: u64, b2: u64) -> Option<Match> {
        let mut best: Option<(usize, usize, Expr)> = None;
        // The rules below that need a reading of their first token (or of the next, after a head word) are tried
        // only when it is there: each guard is the first condition of its rule, or a weaker one.
        let num = b0 & bits::NUM != 0;
        let mut take = |c: Option<(usize, usize, Expr)>| {
            if let Some(c) = c {
                if best.as_ref().is_none_or(|b| c.0 > b.0) {
                    best = Some(c);
                }
            }
        };
        if num {
            take(self.numeric_date(i).map(|(e, d)| (e, 0, Expr::Date(d))));
            // «10-15/10/2024»: the first day of a range before a full numeric date.
            if self.punct(i + 1) == Some('-') && self.tight(i + 1) && self.tight(i + 2) {
                if let (Some((d1, 1..=2)), Some((e, b))) = (self.num(i), self.numeric_date(i + 2)) {
                    if matches!(b.day, Some(DayX::Abs(d2)) if d1 >= 1 && d1 < u64::from(d2))
                        && matches!(b.year, Some(YearX::Abs(_)))
                    {
                        let a = DateX {
                            day: Some(DayX::Abs(d1 as u8)),
                            ..b
                        };
                        take(Some((e, 0, Expr::Range(a, b))));
                    }
                }
            }
        } else if b1 & bits::NUM != 0 {
            // «يوم 12/5/2024»: the head noun belongs to the date, as with a month name.
            if let Some(skip) = self.kw(i, &["يوم"]) {
                take(
                    self.numeric_date(i + 1)
                        .map(|(e, d)| (e, skip, Expr::Date(d))),
                );
            }
        }
        // The first day at i, or after a head word and «من»/«بين».
        if (b0 | b1 | b2) & DAYLIKE != 0 {
            take(self.day_range(i));
        }
        // The day at i, or after a head word.
        if (b0 | b1) & DAYLIKE != 0 {
            take(self.day_month(i).map(|(e, s, d)| (e, s, Expr::Date(d))));
        }
        take(self.month_year(i).map(|(e, s, d)| (e, s, Expr::Date(d))));
        if num || b0 & bits::UNIT != 0 {
            take(
                self.standalone_year(i)
                    .map(|(e, s, d)| (e, s, Expr::Date(d))),
            );
        }
        if b0 & (bits::UNIT | bits::SIGNAL) != 0 {
            take(self.calendar_year(i));
        }
        // The first year after «عامي» (and «بين»).
        if (b1 | b2) & bits::NUM != 0 {
            take(self.year_pair(i));
        }
        // The first year at i or after «من»/«بين»/«منذ».
        if (b0 | b1) & bits::NUM != 0 {
            take(self.bare_years(i));
        }
        // A month (or «شهر») at i or after «هذا», as `month_year` reads first.
        if (b0 | b1) & (bits::MONTH | bits::UNIT) != 0 {
            take(self.month_day_range(i));
        }
        // A month (or «شهر») at i.
        if b0 & (bits::MONTH | bits::UNIT) != 0 {
            take(self.month_days(i));
        }
        // A month (or «شهر») after «شهري», or a month at i before another and a dual shift.
        if (b0 | b1) & (bits::MONTH | bits::UNIT) != 0 {
            take(self.month_pair(i));
        }
        // Everything before the weekday is a reading of token i, or «يوم» with the weekday or a relative day next
        // («يوم غد الأربعاء»).
        if b0 & (bits::THIS | bits::DAY_PART | bits::REL_DAY | bits::WEEKDAY) != 0
            || b1 & (bits::WEEKDAY | bits::REL_DAY) != 0
        {
            take(self.weekday(i).map(|(e, s, d)| (e, s, Expr::Date(d))));
            // «يومي السبت والأحد»: two weekdays under the dual head, or joined by a dual shift after them.
            if (b0 | b1) & bits::WEEKDAY != 0 {
                take(self.weekday_pair(i));
            }
        }
        take(self.relday(i).map(|(e, s, d)| (e, s, Expr::Date(d))));
        take(
            self.relperiod(i, false)
                .map(|(e, s, d)| (e, s, Expr::Date(d))),
        );
        // A holiday named with its night («ليلة رأس السنة») is that holiday, not the night before the next day.
        // Before the parts of periods, so that a feast wins a tie with them («النصف من شعبان» is the 15th, not the
        // month's middle). «ثاني أيام عيد الفطر», «اليوم الثالث من عيد الأضحى»: the feast two or three tokens on.
        if (b0 | b1 | b2) & bits::HOLIDAY != 0
            || (b0 & bits::UNIT != 0 && self.bits(i + 3) & bits::HOLIDAY != 0)
        {
            take(self.holiday(i).map(|(e, s, d)| (e, s, holiday_expr(d))));
        }
        if b0 & bits::PART != 0 {
            take(self.part(i).map(|(e, s, d)| (e, s, Expr::Date(d))));
            take(self.part_of_every(i));
        }
        if b0 & bits::FRACTION != 0 {
            take(
                self.fraction_of_year(i)
                    .map(|(e, s, d)| (e, s, Expr::Date(d))),
            );
        }
        take(self.decade(i).map(|(e, s, d)| (e, s, Expr::Date(d))));
        if b0 & bits::UNIT != 0 {
            take(self.hijri_century(i));
        }
        if b0 & (bits::DAY_PART | bits::SIGNAL) != 0 {
            take(self.eve_or_morrow(i).map(|(e, s, d)| (e, s, Expr::Date(d))));
        }
        if b0 & (bits::PART | bits::DAY_PART) != 0 {
            take(self.daypart_date(i).map(|(e, s, d)| (e, s, Expr::Date(d))));
        }
        // An ordinal or «آخر», a week or day noun, or a weekday (after «يوم»).
        if b0
            & (bits::ORDINAL
                | bits::CARDINAL
                | bits::LAST
                | bits::PART
                | bits::UNIT
                | bits::WEEKDAY)
            != 0
            || b1 & bits::WEEKDAY != 0
        {
            take(self.nth_in_month(i));
        }
        // «آخر», a plural unit, a definite number word or a quantity at i.
        if b0 & (bits::NUM | bits::CARDINAL | bits::FRACTION | bits::UNIT) != 0 || self.is(i, "اخر")
        {
            take(self.units_around(i));
        }
        if (b0 | b1) & bits::SEASON != 0 {
            take(self.season(i));
        }
        // The part of day at i, after a preposition, or after «وقت»; a part of it first.
        if (b0 | b1) & bits::PART != 0 || (b0 | b1 | b2) & bits::DAY_PART != 0 {
            take(self.lone_daypart(i).map(|(e, s, d)| (e, s, Expr::Date(d))));
        }
        // The day number after «يوم», «في» or «في يوم».
        if (b1 | b2) & bits::NUM != 0 {
            take(self.bare_day(i).map(|(e, s, d)| (e, s, Expr::Date(d))));
        }
        if b0 & (bits::ORDINAL | bits::CARDINAL) != 0 {
            take(self.weekday_after(i).map(|(e, s, d)| (e, s, Expr::Date(d))));
        }
        // The day at i («للثاني») or after the preposition.
        if (b0 | b1) & DAYLIKE != 0 {
            take(
                self.day_after_motion(i)
                    .map(|(e, s, d)| (e, s, Expr::Date(d))),
            );
        }
        if b0 & bits::MONTH != 0 {
            take(
                self.month_ordinal_day(i)
                    .map(|(e, s, d)| (e, s, Expr::Date(d))),
            );
        }
        if num {
            take(
                self.numeric_after_motion(i)
                    .map(|(e, d)| (e, 0, Expr::Date(d))),
            );
        }
        if b0 & bits::UNIT != 0 {
            take(self.week_of(i).map(|(e, s, d)| (e, s, Expr::Date(d))));
        }
        // A plural unit or a cardinal at i.
        if b0 & (bits::UNIT | bits::CARDINAL) != 0 {
            take(
                self.units_of_period(i)
                    .map(|(e, s, d)| (e, s, Expr::Date(d))),
            );
        }
        let (end, skip, expr) = best?;
        if skip == SKIP_TOKEN {
            return Some(Match::new(i + 1, end, 0, expr));
        }
        Some(Match::new(i, end, skip, expr))
    }

    /// 2022/03/09, 09/03/2022, 2022-03-09, 9.3.2022; 2/2013; «5/3/1427هـ» (Hijri); «19/ 10/ 2015», «19 /10/2015»
    /// (spaced, evenly or not, with a year of four digits).
    fn numeric_date(&self, i: usize) -> Option<(usize, DateX)> {
        let (a, na) = self.num(i)?;
        let sep = self.punct(i + 1)?;
        if !matches!(sep, '/' | '-' | '.') {
            return None;
        }
        let tight = self.tight(i + 1) && self.tight(i + 2);
        let (b, nb) = self.num(i + 2)?;
        let all_tight = tight && self.tight(i + 3) && self.tight(i + 4);
        let third = if self.punct(i + 3) == Some(sep) {
            self.num(i + 4)
        } else {
            None
        };
        // Spaces around the separators («19/ 10/ 2015», «15 - 6 - 1435هـ», unevenly «19 /10/2015») only in a full
        // date with a year of four digits: two spaced numbers are a score or a range.
        let third = third.filter(|&(_, nc)| all_tight || na == 4 || nc == 4);
        if !tight && third.is_none() {
            return None;
        }
        if let Some((c, nc)) = third {
            let (y, m, d) = if na == 4 && nb <= 2 && nc <= 2 {
                (a, b, c)
            } else if nc == 4 && na <= 2 && nb <= 2 {
                // Day first (the Arab convention) unless only the month-first reading fits («5/13/2024»).
                if b > 12 && a <= 12 {
                    (c, a, b)
                } else {
                    (c, b, a)
                }
            } else if nc == 2 && na <= 2 && nb <= 2 {
                // «18-9-15», «9-18-15»: a two-digit year; day first unless only the month-first reading fits.
                let y = if c < 50 { 2000 + c } else { 1900 + c };
                if a <= 12 && b > 12 {
                    (y, a, b)
                } else {
                    (y, b, a)
                }
            } else {
                return None;
            };
            if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
                return None;
            }
            // An era mark after it («5/3/1427هـ», «2015/10/19م») tells the calendar; without one, a year from 1300
            // to 1500 written in full is a Hijri one (news dates official acts that way), not the fourteenth century.
            let mut end = i + 5;
            let mut hijri = i32::try_from(y)
                .is_ok_and(|y| crate::calendar::PLAIN_HIJRI_YEARS.contains(&y))
                && (na == 4 || nc == 4);
            if let Some((c, e)) = self.era_at(end) {
                hijri = c == Cal::Hijri;
                end = e;
            }
            return Some((
                end,
                DateX {
                    year: Some(YearX::Abs(y as i32)),
                    month: Some(MonthX::Abs(m as u8, None)),
                    day: Some(DayX::Abs(d as u8)),
                    hijri,
                    ..DateX::default()
                },
            ));
        }
        // «2/2013/5» is no month; a full stop after the pair that closes the sentence («في 3/2024.») is.
        if matches!(self.punct(i + 3), Some('/' | '-' | '.'))
            && self.tight(i + 3)
            && (self.punct(i + 3) != Some('.') || (self.num(i + 4).is_some() && self.tight(i + 4)))
        {
            return None;
        }
        // Month/year: «2/2013», «3-2015», «2015/3».
        let (my, mm) = match (na, nb) {
            (1 | 2, 4) => (b, a),
            (4, 1 | 2) => (a, b),
            _ => (0, 0),
        };
        if (1..=12).contains(&mm) && (1900..=2100).contains(&my) {
            return Some((
                i + 3,
                DateX {
                    year: Some(YearX::Abs(my as i32)),
                    month: Some(MonthX::Abs(mm as u8, None)),
                    ..DateX::default()
                },
            ));
        }
        // Day/month after a preposition: «في 22/4», «يوم 22-4»; month first when only that fits («في 4/22»).
        // With «-» or «.» one number must be above 12, so that «في 3-1» (a score) stays out.
        if na <= 2
            && nb <= 2
            && i > 0
            && self.kw_list(i - 1, WordList::DatePrep).is_some()
            && (sep == '/' || a > 12 || b > 12)
            // «عند 11.20 نقطة», «في 3.15 دولار»: a dotted pair before more words is a decimal.
            && (sep != '.' || self.clause_end(i + 3))
        {
            let (m, d) = if b <= 12 { (b, a) } else { (a, b) };
            if (1..=12).contains(&m) && (1..=31).contains(&d) {
                // «في 14/3 الماضي», «يوم 5/7 المقبل»: the month's modifier, as after a month name.
                let (end, shift) = match self.shift(i + 3) {
                    Some((e, s)) => (e, Some(s)),
                    None => (i + 3, None),
                };
                return Some((
                    end,
                    DateX {
                        month: Some(MonthX::Abs(m as u8, shift)),
                        day: Some(DayX::Abs(d as u8)),
                        ..DateX::default()
                    },
                ));
            }
        }
        None
    }

    /// Optional «يوم»/«يومي»/«أيام» head before a day number: (next index, skip).
    fn day_head(&self, i: usize) -> (usize, usize) {
        if let Some(s) = self.kw_list(i, WordList::DayHead) {
            if self.day(i + 1).is_some()
                || self.is_any(i + 1, &["من", "بين"])
                || self.words_day(i + 1).is_some()
            {
                return (i + 1, s);
            }
        }
        // «أجلت الجلسة ليوم 20 مايو»: the head with «ل» glued, the span from «يوم».
        if let Some(s) = self.glued_day_head(i) {
            if self.day(i + 1).is_some() {
                return (i + 1, s);
            }
        }
        (i, 0)
    }

    /// «ليوم», «لـيوم», «وليوم»: the head «يوم» with «ل» glued (and «و» before it): the bytes before «يوم».
    fn glued_day_head(&self, i: usize) -> Option<usize> {
        let w = self.word_bytes(i)?;
        let skip = w.len().checked_sub("يوم".len())?;
        let (pre, head) = w.split_at(skip);
        let pre = std::str::from_utf8(pre).ok()?.trim_end_matches('ـ');
        (head == "يوم".as_bytes() && matches!(pre, "ل" | "ول" | "فل")).then_some(skip)
    }

    /// «خمسة وعشرين يناير»: a day in cardinal words right before a month name that is no other word (its end and
    /// day). Quoted speech says a day so; it is one only after a preposition or a day head («يوم», «في»).
    fn words_day(&self, j: usize) -> Option<(usize, u8)> {
        let (e, v) = self
            .cardinal_words(j)
            .filter(|&(e, v)| (1..=31).contains(&v) && e > j)?;
        self.month(e).filter(|m| m.3)?;
        Some((e, u8::try_from(v).ok()?))
    }

    /// «7-8 أغسطس 2023», «يومي 7 و8 أغسطس», «من 12 إلى 14 شباط», «بين 3 و5 مارس», «يوليو 13-15».
    #[inline(never)]
    fn day_range(&self, i: usize) -> Option<(usize, usize, Expr)> {
        let (mut j, mut skip) = self.day_head(i);
        if j == i {
            if self.kw(i, &["من", "بين"]).is_some() {
                // The preposition itself is left out of the span.
                j = i + 1;
                skip = SKIP_TOKEN;
            }
        } else if self.is_any(j, &["من", "بين"]) {
            j += 1;
        }
        let (e1, d1) = self.day(j)?;
        let (mut e2, mut d2) = self.second_day(e1)?;
        // «الأول والثالث من أغسطس» names two days; «بين الخامس عشر والتاسع عشر», «يومي الثاني والثالث» a range.
        let listed =
            j > 0 && !self.is_and(e1) && !self.is_to(e1) && !self.is_any(j - 1, &["بين", "يومي"]);
        if d2 <= d1 || (listed && d2 != d1 + 1) {
            return None;
        }
        // «أيام 5 و6 و7 يونيو», «الخامس والسادس والسابع من يونيو»: a list of days that follow one another is their
        // range.
        if d2 == d1 + 1 {
            while self.is_and(e2) || (self.num(e2).is_none() && self.starts(e2, "و")) {
                match self.second_day(e2) {
                    Some((e3, d3)) if d3 == d2 + 1 => (e2, d2) = (e3, d3),
                    _ => break,
                }
            }
        }
        let mut k = e2;
        // «من 4 إلى 23 من الشهر المقبل», «… في الشهر المقبل».
        if self.is_any(k, &["من", "في"]) {
            k += 1;
        }
        if !self.month_may_start(k) {
            return None;
        }
        let mut a = DateX {
            day: Some(DayX::Abs(d1)),
            ..DateX::default()
        };
        let end = self
            .month_tail(k, &mut a, false)
            .or_else(|| self.month_ref_tail(k, &mut a))?;
        let mut b = a;
        b.day = Some(DayX::Abs(d2));
        Some((end, skip, Expr::Range(a, b)))
    }

    /// The second day of a range after its first: «إلى 14», «و 8» («و8»: «و» glued to a number is its own token),
    /// «والتاسع عشر» (glued to an ordinal word).
    fn second_day(&self, k: usize) -> Option<(usize, u8)> {
        if self.is_to(k) || self.is_and(k) {
            // «من يوم 3 إلى يوم 9 مارس»: the day noun repeated before the second day.
            if self.is(k + 1, "يوم") {
                if let Some(d) = self.day(k + 2) {
                    return Some(d);
                }
            }
            return self.day(k + 1);
        }
        if self.is(k, "وال") {
            return self.day(k);
        }
        if self.num(k).is_none() && self.starts(k, "و") {
            return self.day(k);
        }
        None
    }

    /// «نوفمبر بين 15 و 19», «شهر نوفمبر بين 19 و 20», «تشرين الثاني من 3 إلى 7»: a month, then a range of its
    /// days; the days make a bare month name a date without a preposition before it.
    #[inline(never)]
    fn month_days(&self, i: usize) -> Option<(usize, usize, Expr)> {
        let skip = self
            .lex(i, bits::MONTH | bits::UNIT, |r| {
                matches!(r, Reading::Month { .. } | Reading::Unit { .. })
            })
            .map(|l| l.skip)
            .unwrap_or(0);
        let mut a = DateX::default();
        let e = self.month_tail(i, &mut a, false)?;
        if !self.is_any(e, &["بين", "من"]) {
            return None;
        }
        let (e1, d1) = self.day(e + 1)?;
        let (e2, d2) = self.second_day(e1)?;
        // The range closes its clause: «ارتفع في مارس من 3 إلى 5 في المئة» counts no days.
        let closes = match self.tok(e2) {
            None => true,
            Some(t) => {
                matches!(t.kind, Kind::Break | Kind::Punct(_)) && self.punct(e2) != Some('%')
            }
        };
        if d2 <= d1 || !closes {
            return None;
        }
        a.day = Some(DayX::Abs(d1));
        let b = DateX {
            day: Some(DayX::Abs(d2)),
            ..a
        };
        Some((e2, skip, Expr::Range(a, b)))
    }

    /// «5 يناير 2020», «السابع من شباط/فبراير 2016», «الأول من يناير», «26 سبتمبر الفائت», «3 من هذا الشهر».
    #[inline(never)]
    fn day_month(&self, i: usize) -> Option<(usize, usize, DateX)> {
        let (j, skip0) = self.day_head(i);
        let skip = if j > i {
            skip0
        } else {
            self.lex(i, bits::CARDINAL | bits::ORDINAL, |r| {
                matches!(r, Reading::Ordinal(_) | Reading::Cardinal(_))
            })
            .map(|l| l.skip)
            .unwrap_or(0)
        };
        let (mut k, d) = match self.day(j) {
            Some(day) => day,
            // «في خمسة وعشرين يناير», «يوم واحد وعشرين مايو»: a day in cardinal words, as quoted speech says it,
            // only after a preposition, a day head or the name of a well-known event («ثورة خمسة وعشرين يناير»),
            // and right before a month name that is no other word («قتل خمسة أيار» counts people).
            None if j > i || self.prep_before(i) || self.event_name_before(i) => {
                self.words_day(j)?
            }
            None => return None,
        };
        let ordinal_day = self.num(j).is_none();
        let mut had_of = false;
        if self.is(k, "من") {
            had_of = true;
            k += 1;
        } else if matches!(self.punct(k), Some('.' | '-' | '/')) && self.tight(k) && !ordinal_day {
            // «2. أكتوبر», «2- أكتوبر», «2/ أكتوبر».
            k += 1;
        }
        // «يوم 15 الجاري», «في 20 الحالي»: a day number standing apart (not glued to a word: «(يوليو9 الجاري») and a
        // word for the current period, news shorthand for «من الشهر الجاري». The number leads a day only after a day
        // head, a weekday or a preposition: «المادة 15 الحالية», «الدورة 25 الحالية» are the current article and
        // session.
        let day_led =
            j > i || self.prep_before(i) || (i > 0 && self.bits(i - 1) & bits::WEEKDAY != 0);
        if !had_of && !self.tight(j) && day_led && self.is(k, "منه") {
            // «وتنتهي في 20 منه», «في العاشر منه»: a day of the month just named.
            let x = DateX {
                day: Some(DayX::Abs(d)),
                month: Some(MonthX::Same),
                ..DateX::default()
            };
            return Some((k + 1, skip, x));
        }
        if !had_of && !ordinal_day && !self.tight(j) && day_led {
            if let Some((e, 0, false)) = self.shift_kind(k) {
                let x = DateX {
                    day: Some(DayX::Abs(d)),
                    month: Some(MonthX::Rel(0)),
                    ..DateX::default()
                };
                return Some((e, skip, x));
            }
        }
        if !self.month_may_start(k) {
            return None;
        }
        let mut x = DateX {
            day: Some(DayX::Abs(d)),
            ..DateX::default()
        };
        if let Some(end) = self.month_tail(k, &mut x, false) {
            // «3 من رمضان» is fine; an ordinal needs «من» or a month right after it.
            return Some((end, skip, x));
        }
        // «في 27 الشهر الجاري»: digits need «من» before the month, or a day head, a weekday or a preposition
        // before them.
        if had_of || ordinal_day || (day_led && !self.tight(j)) {
            if let Some(end) = self.month_ref_tail(k, &mut x) {
                return Some((end, skip, x));
            }
        }
        None
    }

    /// «سبتمبر 2025», «يونيو/حزيران 2020», «مايو الماضي», «شهر رمضان», «مارس», «يوليو 13».
    #[inline]
    fn month_year(&self, i: usize) -> Option<(usize, usize, DateX)> {
        // The month (or «شهر») at i, or after «هذا».
        if (self.bits(i) | self.bits(i + 1)) & (bits::MONTH | bits::UNIT) == 0 {
            return None;
        }
        self.memo.month_year.get(i, || self.read_month_year(i))
    }

    /// The rule itself, remembered by the function above.
    #[inline(never)]
    fn read_month_year(&self, i: usize) -> Option<(usize, usize, DateX)> {
        // «هذا يناير», «هذا تشرين الأول»: the month of the reference year.
        if let Some(l) = self.lex(i, bits::THIS, |r| matches!(r, Reading::This)) {
            if self.month(i + 1).is_some() {
                let mut x = DateX::default();
                let end = self.month_tail(i + 1, &mut x, true)?;
                if let Some(MonthX::Abs(m, None)) = x.month {
                    if x.year.is_none() {
                        x.month = Some(MonthX::Abs(m, Some(0)));
                    }
                }
                return Some((end, l.skip, x));
            }
        }
        let skip = self
            .lex(i, bits::MONTH | bits::UNIT, |r| {
                matches!(r, Reading::Month { .. } | Reading::Unit { .. })
            })
            .map(|l| l.skip)
            .unwrap_or(0);
        let mut x = DateX::default();
        let end = self.month_tail(i, &mut x, true)?;
        // A bare month name (no day, year, shift, pairing or «شهر» head) needs a preposition before it.
        if x.year.is_none()
            && matches!(x.month, Some(MonthX::Abs(_, None)))
            && end
                == i + self
                    .lex(i, bits::MONTH, |r| matches!(r, Reading::Month { .. }))
                    .map(|l| l.ntok)
                    .unwrap_or(0)
            && !self.prep_before(i)
            && !self.and_month_before(i)
            // «بين آذار وأيار من العام الماضي»: either end of a range of months after «بين».
            && !self.between_months(i, end)
            && self.day(end).is_none()
            // «مارس-أبريل 2020»: the first of two months joined by a dash.
            && !(self.punct(end) == Some('-')
                && self.tight(end)
                && self.tight(end + 1)
                && self.month(end + 1).is_some())
        {
            return None;
        }
        // A bare Hijri month name is also a common first name («رجب», «رمضان»): it needs «شهر», a year or a shift,
        // or a preposition before it and no name after it («في رمضان،» but not «في رجب طيب»). A word after it with
        // «و» and the article starts the next conjunct, not a surname («في رمضان والعيد»).
        // A name has no place after a part word or a preposition of time only («منتصف شعبان», «خلال رمضان»), and
        // after «في» a word with a proclitic is the clause going on («في رمضان بتوزيع الحلوى», «في رمضان لتأمين»).
        if x.hijri
            && x.year.is_none()
            && matches!(x.month, Some(MonthX::Abs(_, None)))
            && self.period_noun(i, Unit::Month).is_none()
            && !(self.prep_before(i)
                && (self.tok(end).is_none_or(|t| {
                    t.kind != Kind::Word || !t.lex.is_empty() || self.starts(end, "وال")
                }) || self.time_only_before(i)
                    // «قبل رمضان بقليل»: no surname either.
                    || self.is_listed(end, WordList::Shortly)
                    || (self.kw(i - 1, &["في"]).is_some()
                        && self.word(end).is_some_and(|w| {
                            w.starts_with(['ب', 'ل', 'ك', 'و', 'ف']) && w.chars().count() > 4
                        }))))
        {
            return None;
        }
        // «يوليو 13»: a day after the month name.
        if x.year.is_none() && matches!(x.month, Some(MonthX::Abs(_, None))) {
            if let Some((e, d)) = self.day(end) {
                if self.num(end).is_some()
                    && (self.tok(e).is_none()
                        || !matches!(self.tok(e).map(|t| t.kind), Some(Kind::Word))
                        || self.is_to(e))
                {
                    // «يوليو 13-15» continues as a range: see `month_day_range`.
                    x.day = Some(DayX::Abs(d));
                    // «سبتمبر 10، ألف وتسعمائة وواحد»: the year after the day.
                    if let Some((e2, y, era, _)) = self.year(e, true) {
                        if era != Some(true) || x.hijri {
                            x.year = Some(YearX::Abs(y));
                            return Some((e2, skip, x));
                        }
                    }
                    return Some((e, skip, x));
                }
            }
        }
        Some((end, skip, x))
    }

    /// «يوليو 13-15», «تموز 13 الى 15»: a month name, then a range of days.
    #[inline(never)]
    fn month_day_range(&self, i: usize) -> Option<(usize, usize, Expr)> {
        let (e, skip, a) = self.month_year(i)?;
        let Some(DayX::Abs(d1)) = a.day else {
            return None;
        };
        if !self.is_to(e) {
            return None;
        }
        let (e2, d2) = self.day(e + 1)?;
        if d2 <= d1 || self.num(e + 1).is_none() {
            return None;
        }
        let b = DateX {
            day: Some(DayX::Abs(d2)),
            ..a
        };
        Some((e2, skip, Expr::Range(a, b)))
    }

    /// «2010-2015», «من 2003 إلى 2011», «بين 1995 و2012», and a bare year after a preposition («في 2011،»).
    #[inline(never)]
    fn bare_years(&self, i: usize) -> Option<(usize, usize, Expr)> {
        let lead = self.kw(i, &["من", "بين", "منذ"]).is_some();
        let j = if lead { i + 1 } else { i };
        let (y1, n1) = self.num(j)?;
        if n1 != 4 || !(1000..=2999).contains(&y1) {
            return None;
        }
        let a = DateX {
            year: Some(YearX::Abs(y1 as i32)),
            ..DateX::default()
        };
        let tight_dash = self.punct(j + 1) == Some('-') && self.tight(j + 1) && self.tight(j + 2);
        // «(2007 - 2016)»: a spaced dash joins two years that close their phrase; before a word they may be
        // amounts («1900 - 2000 جندي»).
        let spaced_dash = self.punct(j + 1) == Some('-')
            && !tight_dash
            && (1800..=2100).contains(&y1)
            && !matches!(
                self.tok(j + 3).map(|t| t.kind),
                Some(Kind::Word | Kind::Num)
            );
        let joined =
            tight_dash || spaced_dash || (lead && (self.is_to(j + 1) || self.is_and(j + 1)));
        if joined {
            if let Some((y2, 4)) = self.num(j + 2) {
                // «ارتفع من 2011 إلى 2500 دولار» is an amount.
                if y2 > y1 && y2 <= 2100 {
                    let mut b = DateX {
                        year: Some(YearX::Abs(y2 as i32)),
                        ..DateX::default()
                    };
                    let mut a = a;
                    let mut end = j + 3;
                    // «من 1373 إلى 1384هـ»: the era after the second year is both years'.
                    if let Some((e, _, Some(true), _)) = self.year(j + 2, true) {
                        a.hijri = true;
                        b.hijri = true;
                        end = e;
                    }
                    return Some((end, if lead { SKIP_TOKEN } else { 0 }, Expr::Range(a, b)));
                }
            }
        }
        // A lone year: after a preposition, and followed by punctuation or the end («في 2011،»).
        let after_prep = !lead
            && i > 0
            && self
                .lex(i - 1, bits::PREP, |r| matches!(r, Reading::Prep))
                .is_some();
        let ends = !matches!(
            self.tok(j + 1).map(|t| t.kind),
            Some(Kind::Word | Kind::Num)
        ) && !matches!(self.punct(j + 1), Some('-' | '/' | '%' | '.' | ','))
            || matches!(self.punct(j + 1), Some(',' | '.'))
                && !matches!(self.tok(j + 2).map(|t| t.kind), Some(Kind::Num));
        if after_prep && ends && (1900..=2100).contains(&y1) {
            return Some((j + 1, 0, Expr::Date(a)));
        }
        // «في 2019 بعد أزمة طويلة», «منذ 2013 بين أنقرة والمتمردين»: after a preposition of time a recent year
        // goes on into the clause; «من», «إلى», «مع» and «حتى» also take amounts («أكثر من 2000 مواطن»), and a unit
        // or a scale after the number makes it a count («بعد 2000 كيلومتر», «في 2019 ألف»).
        // «حرب 1967», «انتخابات 2021.»: after the noun of a dated event (same list) the year also closes its clause.
        // (What follows the year leaves it a year: a word or the clause's end, but no unit, counted noun or scale.)
        let year_stands = || {
            (matches!(self.tok(j + 1).map(|t| t.kind), Some(Kind::Word)) || ends)
                && !self.is_unit_at(j + 1)
                && !self.in_list(j + 1, WordList::Counted)
                && NumParser::new(self.text, self.toks)
                    .number(j)
                    .is_none_or(|n| n.end == j + 1)
        };
        // «منذ الـ2000»: the article written apart between the preposition and the year (the caller takes it in).
        let prep = if i > 1 && self.is(i - 1, "ال") {
            i - 2
        } else {
            i.wrapping_sub(1)
        };
        if !lead
            && i > 0
            && self.kw_list(prep, WordList::YearPrep).is_some()
            && (1900..=2100).contains(&y1)
            && year_stands()
        {
            // «خلال 2022 و2023»: the next year joined by «و» makes one span, as after «عامي»; years further apart
            // are two dates («في 2014 و2019»: see below).
            if self.is_and(j + 1) {
                if let Some((y2, 4)) = self.num(j + 2) {
                    if y2 == y1 + 1
                        && !self.is_unit_at(j + 3)
                        && !self.in_list(j + 3, WordList::Counted)
                    {
                        let b = DateX {
                            year: Some(YearX::Abs(y2 as i32)),
                            ..DateX::default()
                        };
                        return Some((j + 3, 0, Expr::Range(a, b)));
                    }
                }
            }
            return Some((j + 1, 0, Expr::Date(a)));
        }
        // «في 2014 و2019»: a year joined by «و» to a year after a preposition of time is a date too.
        if !lead
            && i >= 3
            && (1900..=2100).contains(&y1)
            && self.is_and(i - 1)
            && self
                .num(i - 2)
                .is_some_and(|(y0, n0)| n0 == 4 && (1900..y1).contains(&y0) && y1 != y0 + 1)
            && self.kw_list(i - 3, WordList::YearPrep).is_some()
            && year_stands()
        {
            return Some((j + 1, 0, Expr::Date(a)));
        }
        // «منذ 2011 وحتى الآن», «من 2011 حتى اليوم»: the first end of a range to another kind of date.
        if lead
            && !self.is(i, "بين")
            && self.is_to(j + 1)
            && (1900..=2100).contains(&y1)
            && self.r_date(j + 2).is_some()
        {
            return Some((j + 1, SKIP_TOKEN, Expr::Date(a)));
        }
        None
    }

    /// «آخر اثنين من شهر آذار», «ثالث ثلاثاء في أيلول 2014», «الثلاثاء الأول من أكتوبر», «آخر يوم بشهر عشرة».
    /// «أول جمعة من كل شهر», «آخر خميس من كل شهر»: the weekday of every month, a monthly SET (`P1M`: TIMEX3 has no
    /// value for the n-th weekday of every month, and the frequency is what it can say).
    #[inline(never)]
    fn nth_in_month(&self, i: usize) -> Option<(usize, usize, Expr)> {
        // n: an ordinal, or «آخر»/«الأخير» for the last.
        let ord_or_last = |k: usize| -> Option<(usize, i8)> {
            if let Some((e, n)) = self.ordinal(k) {
                return (1..=5).contains(&n).then_some((e, n as i8));
            }
            if self
                .lex(k, bits::LAST | bits::PART, |r| {
                    matches!(r, Reading::Last | Reading::Part(Part::End))
                })
                .is_some()
                && self.word(k).is_some_and(|w| {
                    w.ends_with("اخر") || w.ends_with("اخير") || w.ends_with("اخيره")
                })
            {
                return Some((k + 1, -1));
            }
            None
        };
        let weekday = |k: usize| -> Option<(usize, u8)> {
            let mut k = k;
            if self.kw(k, &["يوم"]).is_some()
                && self
                    .lex(k + 1, bits::WEEKDAY, |r| matches!(r, Reading::Weekday(_)))
                    .is_some()
            {
                k += 1;
            }
            let l = self.lex(k, bits::WEEKDAY, |r| matches!(r, Reading::Weekday(_)))?;
            let Reading::Weekday(w) = l.reading else {
                return None;
            };
            Some((k + 1, w))
        };
        let day_word = |k: usize| self.period_noun(k, Unit::Day).is_some();
        let week_word = |k: usize| self.period_noun(k, Unit::Week).is_some();
        let mut week = false;
        let (j, n, what) = if let Some((e, n)) = ord_or_last(i) {
            if let Some((e2, w)) = weekday(e) {
                (e2, n, Some(w))
            } else if day_word(e) {
                (e + 1, n, None)
            } else if n > 0 && self.is(e, "ايام") && !self.starts(i, "ال") {
                // «أول أيام شهر رمضان», «ثاني أيام رمضان»: the n-th of the days of a month.
                (e + 1, n, None)
            } else if week_word(e) {
                // «أول أسبوع بشهر أكتوبر», «آخر أسبوع في سبتمبر».
                week = true;
                (e + 1, n, None)
            } else {
                return None;
            }
        } else if week_word(i) && self.starts(i, "ال") {
            // «الأسبوع الأول من شهر عشرة», «الأسبوع الأخير في الشهر التاسع».
            let (e, n) = ord_or_last(i + 1)?;
            week = true;
            (e, n, None)
        } else if let Some((e, w)) = weekday(i) {
            let (e2, n) = ord_or_last(e)?;
            (e2, n, Some(w))
        } else if day_word(i) && self.starts(i, "ال") {
            let (e, n) = ord_or_last(i + 1)?;
            if n != -1 {
                return None;
            }
            (e, n, None)
        } else {
            return None;
        };
        // The first or last day of a year («آخر يوم من العام الجاري»); not «اليوم الثالث من العام», which counts days
        // of something else as often as of the year.
        let year_day = !week && what.is_none() && (n == 1 || n == -1);
        if what.is_some()
            && self.is_any(j, &["من", "في"])
            && self
                .lex(j + 1, bits::EVERY, |r| matches!(r, Reading::Every))
                .is_some()
            && self
                .period_noun(j + 2, Unit::Month)
                .is_some_and(|l| !l.definite)
        {
            return Some((
                j + 3,
                self.lex(i, !0, |_| true).map(|l| l.skip).unwrap_or(0),
                Expr::Every {
                    amount: 1,
                    unit: Unit::Month,
                },
            ));
        }
        // «من», «في», or «ب» glued to the month: «بشهر», «بأيلول».
        let k = if self.is_any(j, &["من", "في"]) {
            j + 1
        } else {
            j
        };
        let mut x = DateX::default();
        // «الأحد الأخير من الشهر», «الأسبوع الأول من الشهر», «آخر يوم من العام»: «الشهر», «العام» alone are the
        // month or year spoken of (the narrative's, or the reference's).
        let bare_month = || {
            let (e, s, m) = self.relperiod(k, true).filter(|(e, _, _)| *e == k + 1)?;
            if m.month == Some(MonthX::Rel(0)) && self.ends(k, "شهر") {
                Some((
                    e,
                    s,
                    DateX {
                        month: Some(MonthX::Same),
                        ..m
                    },
                ))
            } else if m.year == Some(YearX::Rel(0)) && (self.ends(k, "عام") || self.ends(k, "سنه"))
            {
                Some((
                    e,
                    s,
                    DateX {
                        year: Some(YearX::Same),
                        ..m
                    },
                ))
            } else {
                None
            }
        };
        let end = if let Some(e) = self.month_tail(k, &mut x, true) {
            e
        } else if let Some((e, _, m)) = self.relperiod(k, false).or_else(bare_month) {
            // «الأسبوع الأول من هذا العام»: a week of the year; «آخر يوم من العام الجاري»: its first or last day.
            let of_year = m.year.is_some() && m.week.is_none() && !m.hijri;
            if m.month.is_none() && !(of_year && (week || year_day)) {
                return None;
            }
            x = m;
            if m.month.is_none() && !week {
                x.month = Some(MonthX::Abs(if n < 0 { 12 } else { 1 }, None));
            }
            e
        } else if let Some((e, y, hijri, true)) = self.year(k, false).filter(|_| week || year_day) {
            // «الأسبوع الثالث من عام 2027», «اليوم الأول من عام 2025».
            if hijri == Some(true) {
                return None;
            }
            x.year = Some(YearX::Abs(y));
            if !week {
                x.month = Some(MonthX::Abs(if n < 0 { 12 } else { 1 }, None));
            }
            e
        } else {
            return None;
        };
        // «… من عام 2014», «لعام 2014», «في سنة 2014», «السنة القادمة» after the month.
        let mut end = end;
        if x.year.is_none() {
            let y0 = if self.is_any(end, &["من", "في"]) {
                end + 1
            } else {
                end
            };
            if let Some((e, y, _, true)) = self.year(y0, false) {
                x.year = Some(YearX::Abs(y));
                end = e;
            } else if let Some((e, _, y)) = self.relperiod(y0, false) {
                if let (Some(ys), None) = (y.year, y.month) {
                    x.year = Some(ys);
                    end = e;
                }
            }
        }
        if week {
            x.nth_week = Some(n);
        } else {
            x.day = Some(match what {
                Some(w) => DayX::NthWeekday(n, w),
                None if n < 0 => DayX::LastDay,
                // «ثالث يوم من شهر عشرة».
                None => DayX::Abs(n.unsigned_abs()),
            });
        }
        Some((
            end,
            self.lex(i, !0, |_| true).map(|l| l.skip).unwrap_or(0),
            Expr::Date(x),
        ))
    }

    /// «بين عامي 1980 و1988», «عامي 2014 و2015».
    #[inline(never)]
    fn year_pair(&self, i: usize) -> Option<(usize, usize, Expr)> {
        let mut j = i;
        if self.is(j, "بين") {
            j += 1;
        }
        // «أعوام 2011 و2012 و2013»: three or more years in a row under a plural head are their range.
        if self.is_listed(j, WordList::YearsHead) {
            let (y1, 4) = self.num(j + 1)? else {
                return None;
            };
            let (mut last, mut e, mut n) = (y1, j + 2, 1);
            while self.is_and(e) {
                match self.num(e + 1) {
                    Some((y, 4)) if y == last + 1 => (last, e, n) = (y, e + 2, n + 1),
                    _ => break,
                }
            }
            if n < 3 {
                return None;
            }
            // A span of years looked back on is no time the narrative moves to (see `DateX::bound`).
            let year = |y: u64| DateX {
                year: Some(YearX::Abs(y as i32)),
                bound: true,
                ..DateX::default()
            };
            return Some((
                e,
                if j > i { SKIP_TOKEN } else { 0 },
                Expr::Range(year(y1), year(last)),
            ));
        }
        if !self.is_listed(j, WordList::YearPairHead) {
            return None;
        }
        // «عامي 99 و2003»: two digits are a year within its century, as after «عام» (30–99 the 1900s).
        let full = |(v, nd): (u64, usize)| match nd {
            4 => Some(v),
            2 if v >= 30 => Some(1900 + v),
            2 => Some(2000 + v),
            _ => None,
        };
        let y1 = full(self.num(j + 1)?)?;
        // «عامي 1980 و1988», «عامي 2015-2016».
        if !(self.is_and(j + 2) || self.punct(j + 2) == Some('-')) {
            return None;
        }
        let y2 = full(self.num(j + 3)?)?;
        if y2 <= y1 {
            return None;
        }
        // «بين عامي 1440 و1443هـ»: an era mark after the second year is both years'.
        let (end, hijri) = match self.era_at(j + 4) {
            Some((Cal::Hijri, e)) => (e, true),
            Some((_, e)) => (e, false),
            None => (j + 4, false),
        };
        let a = DateX {
            year: Some(YearX::Abs(y1 as i32)),
            hijri,
            ..DateX::default()
        };
        let b = DateX {
            year: Some(YearX::Abs(y2 as i32)),
            hijri,
            ..DateX::default()
        };
        Some((end, if j > i { SKIP_TOKEN } else { 0 }, Expr::Range(a, b)))
    }

    /// The year of an institution's calendar: «السنة المالية 2024», «العام الدراسي 2024/2025», «موسم 2022-2023».
    /// Two years in a row written as one are the range of both, also after a bare year noun («العام 2024/2025»:
    /// a season or a fiscal year); a bare year noun before one year is left to `standalone_year`.
    fn calendar_year(&self, i: usize) -> Option<(usize, usize, Expr)> {
        let mut pair_only = false;
        let (mut j, skip, season) = if self.is_any(i, &["موسم", "الموسم"]) {
            (i + 1, 0, true)
        } else {
            let l = self.period_noun(i, Unit::Year)?;
            if self.in_list(i + 1, WordList::CalendarYear) {
                (i + 2, l.skip, false)
            } else {
                pair_only = true;
                (i + 1, l.skip, false)
            }
        };
        if season && self.in_list(j, WordList::CalendarYear) {
            j += 1;
        }
        let (y1, n1) = self.num(j)?;
        if n1 != 4 || !(1900..=2100).contains(&y1) {
            return None;
        }
        let year = |y: u64| DateX {
            year: Some(YearX::Abs(y as i32)),
            ..DateX::default()
        };
        if matches!(self.punct(j + 1), Some('/' | '-')) && self.tight(j + 2) {
            // «2024/2025», «2024-25».
            if let Some((y2, n2)) = self.num(j + 2) {
                if (n2 == 4 && y2 == y1 + 1) || (n2 == 2 && y2 == (y1 + 1) % 100) {
                    let second = DateX {
                        split_year: true,
                        ..year(y1 + 1)
                    };
                    return Some((j + 3, skip, Expr::Range(year(y1), second)));
                }
            }
        }
        // «موسم 2019», «الموسم 2022»: the season of that year (a sports or farming season named by one year).
        (!pair_only).then_some((j + 1, skip, Expr::Date(year(y1))))
    }

    /// Weekdays: «الأحد», «يوم الأحد», «اليوم الاثنين», «أمس الخميس», «الأحد الماضي», «الخميس الموافق 14 شباط»,
    /// «الثلاثاء التاسع عشر من هذا الشهر», «الاحد من الاسبوع الماضي».
    #[inline(never)]
    fn weekday(&self, i: usize) -> Option<(usize, usize, DateX)> {
        let mut j = i;
        let mut skip = 0;
        let mut rel: Option<i32> = None;
        let mut daypart = None;
        // «هذا الاثنين», «هذا يوم الجمعة»: the weekday nearest on the preferred side, like a bare one.
        if let Some(l) = self.lex(i, bits::THIS, |r| matches!(r, Reading::This)) {
            let k = if self.is(i + 1, "يوم") {
                i + 2
            } else {
                i + 1
            };
            if self
                .lex(k, bits::WEEKDAY, |r| matches!(r, Reading::Weekday(_)))
                .is_some_and(|w| w.definite)
            {
                skip = l.skip;
                j += 1;
            }
        }
        if let Some(l) = self.lex(i, bits::DAY_PART, |r| matches!(r, Reading::DayPart(_))) {
            if let Reading::DayPart(p) = l.reading {
                // «صباح اليوم الاثنين», «بعد ظهر أمس الخميس».
                if !l.definite && (l.ntok == 1 || self.is_any(i, &["بعد", "قبل"])) {
                    daypart = Some(p);
                    skip = l.skip;
                    j += l.ntok;
                }
            }
        }
        // «يوم غد الأربعاء»: the head noun before the relative day.
        let mut head = None;
        if let Some(s) = self.kw(j, &["يوم"]) {
            if self.bits(j + 1) & bits::REL_DAY != 0 {
                head = Some(s);
                j += 1;
            }
        }
        // «أمس الخميس», «بعد غد الثلاثاء», «أول أمس الأحد».
        if let Some(l) = self.lex(j, bits::REL_DAY, |r| matches!(r, Reading::RelDay(-2..=2))) {
            // «أمس للجمعة الرابعة»: a weekday with a preposition glued to it is not the relative day's own.
            if self
                .lex(j + l.ntok, bits::WEEKDAY, |r| {
                    matches!(r, Reading::Weekday(_))
                })
                .is_some_and(|w| !(w.prefixed && self.starts(j + l.ntok, "ل")))
            {
                if let Reading::RelDay(o) = l.reading {
                    rel = Some(o.into());
                }
                if let (Some(s), true) = (head, j == i + 1) {
                    skip = s;
                } else if j == i {
                    skip = l.skip;
                }
                j += l.ntok;
            } else if head.is_some() {
                j -= 1;
            }
        } else if head.is_some() {
            j -= 1;
        } else if let Some(s) = self
            .kw(j, &["يوم", "نهار"])
            .or_else(|| self.glued_day_head(j))
        {
            // «نهار الأحد» (Levantine): the day as «يوم الأحد»; «ليوم الخميس»: the head after «ل».
            if self
                .lex(j + 1, bits::WEEKDAY, |r| matches!(r, Reading::Weekday(_)))
                .is_some_and(|w| {
                    w.definite || self.is(j, "يوم") || self.glued_day_head(j).is_some()
                })
            {
                if j == i {
                    skip = s;
                }
                j += 1;
            }
        }
        let wl = self.lex(j, bits::WEEKDAY, |r| matches!(r, Reading::Weekday(_)))?;
        let Reading::Weekday(wd) = wl.reading else {
            return None;
        };
        // «يوم واحد» is one day, not «يوم و+أحد»: a conjunction glued to an indefinite weekday is no weekday.
        if wl.prefixed && !wl.definite {
            return None;
        }
        // «ساحة باب الأحد» (Rabat), «باب الخميس»: a gate named by the day of its market is a place.
        if j == i && i > 0 && self.is(i - 1, "باب") {
            return None;
        }
        // «الموالية للاثنين», «التابعة للاثنين»: after a word of allegiance or relation «للاثنين» is «to the two» (list
        // `both_after`).
        if wd == 1
            && j == i
            && i > 0
            && self.starts(i, "لل")
            && self.kw_list(i - 1, WordList::BothAfter).is_some()
        {
            return None;
        }
        // «المعتقلين الأحد عشر», «الأحد عشر لاعباً»: «أحد» before «عشر» is the number eleven (never «عشرة»: «قتل
        // الأحد عشرة أشخاص» is Sunday), unless a head names the day («يوم الأحد عشر …» is rare).
        if wd == 7 && j == i && self.is(j + wl.ntok, "عشر") {
            return None;
        }
        // A bare weekday needs the article («الأحد») or a head («يوم أحد» is rare); «اثنين» alone is a number.
        let headed = j > i;
        if !wl.definite && !headed && self.period_noun(j + 1, Unit::Week).is_none() {
            return None;
        }
        if j == i {
            skip = wl.skip;
        }
        let mut end = j + wl.ntok;
        let mut x = DateX {
            day: Some(DayX::Weekday(wd, None)),
            daypart,
            ..DateX::default()
        };
        if let Some(o) = rel {
            // «اليوم الجمعة»: the weekday stays as a hint, the surer of the two when they disagree.
            x.day = Some(DayX::Rel(o));
            x.weekday_hint = Some(wd);
        }
        // Shift: «الأحد الماضي», «الأحد المقبل»; «يوم الأحد التالي», «الجمعة السابقة» count from the narrative's day.
        if let Some((e, s, ana)) = self.shift_kind(end) {
            if rel.is_none() {
                x.day = Some(DayX::Weekday(wd, Some(s)));
                x.anaphoric = ana;
            }
            end = e;
        } else if let (None, Some((e, s))) = (rel, self.beyond(end)) {
            // «الجمعة قبل الماضية», «الخميس بعد المقبل».
            x.day = Some(DayX::Weekday(wd, i8::try_from(s).ok()));
            end = e;
        } else {
            // «الأحد من الأسبوع الماضي», «أحد الأسبوع الماضي», «اثنين الاسبوع الحالي».
            let k = if self.is(end, "من") { end + 1 } else { end };
            if let Some(wk) = self.period_noun(k, Unit::Week) {
                if wk.definite {
                    if let Some((e, s)) = self.shift(k + 1) {
                        x.week = Some(s.into());
                        x.day = Some(DayX::Weekday(wd, Some(0)));
                        end = e;
                    }
                }
            } else if self
                .lex(k, bits::THIS, |r| matches!(r, Reading::This))
                .is_some()
                && self.period_noun(k + 1, Unit::Week).is_some()
            {
                x.week = Some(0);
                x.day = Some(DayX::Weekday(wd, Some(0)));
                end = k + 2;
            }
        }
        // An explicit date after the weekday: «الاثنين 18 شباط», «الخميس الموافق 14 شهر شباط», «السبت 21/09»,
        // «الثلاثاء التاسع عشر من هذا الشهر», «يوم الاثنين في 18 شباط».
        let mut k = end;
        if self.punct(k) == Some(',')
            || self
                .lex(k, bits::LINK, |r| matches!(r, Reading::Link))
                .is_some()
            || self.is(k, "في")
        {
            k += 1;
        }
        if let Some((e, d)) = self.numeric_date(k) {
            x = DateX {
                daypart: x.daypart,
                weekday_hint: Some(wd),
                ..d
            };
            end = e;
        } else if let Some((v, nd)) = self.num(k) {
            // «21/09»
            if nd <= 2 && self.punct(k + 1) == Some('/') && self.tight(k + 1) {
                if let Some((m, nm)) = self.num(k + 2) {
                    if nm <= 2
                        && (1..=12).contains(&m)
                        && (1..=31).contains(&v)
                        && self.punct(k + 3) != Some('/')
                    {
                        x.day = Some(DayX::Abs(v as u8));
                        x.month = Some(MonthX::Abs(m as u8, None));
                        end = k + 3;
                    }
                }
            }
            if let Some((e, _, d)) = self.day_month(k) {
                x = DateX {
                    daypart: x.daypart,
                    weekday_hint: Some(wd),
                    ..d
                };
                end = e;
            } else if nd <= 2
                && (1..=31).contains(&v)
                && (!matches!(
                    self.tok(k + 1).map(|t| t.kind),
                    Some(Kind::Word | Kind::Num)
                ) || (self.is_to(k + 1) && self.weekday_follows(k + 2)))
                && !matches!(self.punct(k + 1), Some('/' | '-' | ':'))
                // «الخميس 18.» ends its sentence; «18.5» is a decimal.
                && !(self.punct(k + 1) == Some('.') && self.num(k + 2).is_some() && self.tight(k + 2))
            {
                // «الأربعاء 27», «الخميس في 21»: the day of the month nearest the reference that is that weekday.
                x.day = Some(DayX::Abs(v as u8));
                x.weekday_hint = Some(wd);
                end = k + 1;
            }
        } else if let Some((e, _, d)) = self.day_month(k) {
            x = DateX {
                daypart: x.daypart,
                weekday_hint: Some(wd),
                nth_ok: self.num(k).is_none(),
                ..d
            };
            end = e;
        } else if let Some((e, _, d)) = self.month_ordinal_day(k) {
            // «الاثنين، يناير الثاني والعشرين، 2018».
            x = DateX {
                daypart: x.daypart,
                weekday_hint: Some(wd),
                ..d
            };
            end = e;
        } else if let (true, Some((e, d, false))) = (k > end, self.cardinal(k)) {
            // «الجمعة في الخمسة عشر», «الجمعة في خمسة عشر»: a day in words after «في», closing the clause.
            if (1..=31).contains(&d) && self.clause_end(e) {
                x.day = Some(DayX::Abs(d as u8));
                x.weekday_hint = Some(wd);
                end = e;
            }
        } else if let Some((e, d)) = self.ordinal(k) {
            // «للجمعة الرابعة على التوالي», «الجمعة الثالثة»: a feminine ordinal agrees with the weekday, not with the
            // day of the month (masculine, «الجمعة الرابع عشر»): it counts Fridays, it names no day of the month
            // (before «من» and a month it is the n-th such weekday of it, read elsewhere). A weekday after «ل» is then
            // the one counted, no date at all; the weekday alone is still the day the act took place.
            if k == end
                && !self.is(e, "من")
                && self
                    .word(k)
                    .is_some_and(|w| w.ends_with('ه') || w == "الاولي")
            {
                if j == i && wl.prefixed && self.starts(j, "ل") {
                    return None;
                }
                return Some((end, skip, x));
            }
            // «السبت السادس عشر»: day of the current month. An ordinal without the article heads a noun, no day:
            // «نفذت الجمعة أول غارة», «يوم الأربعاء ولأول مرة».
            let definite = self
                .lex(k, bits::ORDINAL, |r| matches!(r, Reading::Ordinal(_)))
                .is_some_and(|l| l.definite && !l.prefixed);
            if definite && (1..=31).contains(&d) && !self.is_unit_at(e) && self.month(e).is_none() {
                x.day = Some(DayX::Abs(d as u8));
                x.month = Some(MonthX::Rel(0));
                // «الأحد الثاني»: if the 2nd is no Sunday, the second Sunday of the month.
                x.weekday_hint = Some(wd);
                x.nth_ok = true;
                end = e;
            }
        } else if self.punct(k) == Some('(') {
            // «الأحد (5 مايو 2024)», «الاثنين (6/5/2024)»: the date in brackets after the weekday.
            let inner = self
                .numeric_date(k + 1)
                .or_else(|| self.day_month(k + 1).map(|(e, _, d)| (e, d)));
            if let Some((e, d)) = inner {
                if self.punct(e) == Some(')') {
                    x = DateX {
                        daypart: x.daypart,
                        weekday_hint: Some(wd),
                        ..d
                    };
                    end = e + 1;
                }
            }
        }
        Some((end, skip, x))
    }

    /// A weekday, with or without «يوم» before it, starts at token `k` («من الجمعة 11 حتى الثلاثاء 15»).
    fn weekday_follows(&self, k: usize) -> bool {
        let k = if self.is(k, "يوم") { k + 1 } else { k };
        self.lex(k, bits::WEEKDAY, |r| matches!(r, Reading::Weekday(_)))
            .is_some()
    }

    /// «اليوم», «أمس», «غداً», «أول أمس», «بعد غد», «يوم غد», «اليوم السابق», «اليوم التالي», «صباح اليوم»,
    /// «الليلة», «الآن».
    #[inline]
    fn relday(&self, i: usize) -> Option<(usize, usize, DateX)> {
        // Every form starts with «هذا», a «now» word, «الليلة» or a relative day, at i or after «يوم».
        if self.bits(i) & (bits::THIS | bits::THAT | bits::NOW | bits::REL_DAY) == 0
            && self.bits(i + 1) & bits::REL_DAY == 0
            && !self.is(i, "الليله")
            && !self.is(i, "اللحظه")
        {
            return None;
        }
        self.read_relday(i)
    }

    /// The rule itself, behind the guard above.
    #[inline(never)]
    fn read_relday(&self, i: usize) -> Option<(usize, usize, DateX)> {
        let mut j = i;
        let mut skip = 0;
        let mut head = false;
        if let Some(s) = self.kw(i, &["يوم", "اليوم"]) {
            if self
                .lex(i + 1, bits::REL_DAY, |r| matches!(r, Reading::RelDay(_)))
                .is_some()
            {
                skip = s;
                j += 1;
                head = true;
            }
        }
        if self
            .lex(j, bits::THIS, |r| matches!(r, Reading::This))
            .is_some()
            && self.is(j + 1, "اليوم")
            && self
                .lex(j + 2, bits::SHIFT, |r| matches!(r, Reading::Shift(..)))
                .is_none()
        {
            // «هذا اليوم»
            return Some((
                j + 2,
                self.lex(j, !0, |_| true).map(|l| l.skip).unwrap_or(0),
                DateX {
                    day: Some(DayX::Rel(0)),
                    ..DateX::default()
                },
            ));
        }
        if let Some(l) = self.lex(j, bits::NOW, |r| matches!(r, Reading::Now)) {
            return Some((
                j + l.ntok,
                l.skip,
                DateX {
                    now: true,
                    ..DateX::default()
                },
            ));
        }
        // «حتى اللحظة», «إلى اللحظة»: until now. Anywhere else, or with a word after it that qualifies it («حتى
        // اللحظة الأخيرة», «إلى اللحظة نفسها», «في اللحظة المناسبة»), it is a moment of its own.
        if j == i
            && i > 0
            && self.is(j, "اللحظه")
            && self.is_to(i - 1)
            && !self.starts(j + 1, "ال")
            && !self.is_any(j + 1, &["نفسها", "ذاتها", "عينها"])
        {
            return Some((
                j + 1,
                0,
                DateX {
                    now: true,
                    ..DateX::default()
                },
            ));
        }
        // «الليلة الماضية» (last night), «الليلة قبل الماضية», «الليلة المقبلة».
        if self.is(j, "الليله") {
            let night = |k: usize, o: i32| {
                Some((
                    k,
                    self.lex(j, !0, |_| true).map(|l| l.skip).unwrap_or(0),
                    DateX {
                        day: Some(DayX::Rel(o)),
                        daypart: Some("TNI"),
                        ..DateX::default()
                    },
                ))
            };
            if self.is(j + 1, "قبل") {
                if let Some((e, -1)) = self.shift(j + 2) {
                    return night(e, -2);
                }
            }
            // «الليلة ذاتها», «الليلة نفسها»: the night of the narrative's day.
            if self
                .lex(j + 1, bits::SAME, |r| matches!(r, Reading::Same))
                .is_some()
            {
                return night(j + 2, 0).map(|(e, sk, mut x)| {
                    x.day = Some(DayX::Next(0));
                    x.anaphoric = true;
                    (e, sk, x)
                });
            }
            if let Some((e, s, ana)) = self.shift_kind(j + 1) {
                // «الليلة السابقة», «الليلة التالية»: the night before or after the narrative's day.
                return night(e, i32::from(s)).map(|(e, sk, mut x)| {
                    if ana {
                        x.day = Some(DayX::Next(s.into()));
                        x.anaphoric = true;
                    }
                    (e, sk, x)
                });
            }
        }
        // «تلك الليلة»: the night of the narrative's day.
        if let (Some(t), true) = (
            self.lex(j, bits::THAT, |r| matches!(r, Reading::That)),
            self.is(j + 1, "الليله"),
        ) {
            return Some((
                j + 2,
                t.skip,
                DateX {
                    day: Some(DayX::Next(0)),
                    daypart: Some("TNI"),
                    anaphoric: true,
                    ..DateX::default()
                },
            ));
        }
        // «هذا المساء», «هذا الصباح»: that part of the reference day («هذا العصر» is this era).
        if let (Some(t), false) = (
            self.lex(j, bits::THIS, |r| matches!(r, Reading::This)),
            self.is(j + 1, "العصر"),
        ) {
            if let Some(l) = self.lex(j + 1, bits::DAY_PART, |r| matches!(r, Reading::DayPart(_))) {
                if let (Reading::DayPart(p), true, false, 1) =
                    (l.reading, l.definite, l.prefixed, l.ntok)
                {
                    return Some((
                        j + 2,
                        t.skip,
                        DateX {
                            day: Some(DayX::Rel(0)),
                            daypart: Some(p),
                            ..DateX::default()
                        },
                    ));
                }
            }
        }
        // «الليلة»/«هذه الليلة»: tonight.
        {
            let (k, this_skip) = match self.lex(j, bits::THIS, |r| matches!(r, Reading::This)) {
                Some(l) => (j + 1, Some(l.skip)),
                None => (j, None),
            };
            if self.is(k, "الليله")
                && self
                    .lex(k + 1, bits::SHIFT | bits::WEEKDAY, |r| {
                        matches!(r, Reading::Shift(..) | Reading::Weekday(_))
                    })
                    .is_none()
                && (this_skip.is_some() || !self.is_any(k + 1, &["التي", "الماضيه"]))
            {
                let sk = this_skip
                    .unwrap_or_else(|| self.lex(k, !0, |_| true).map(|l| l.skip).unwrap_or(0));
                return Some((
                    k + 1,
                    sk,
                    DateX {
                        day: Some(DayX::Rel(0)),
                        daypart: Some("TNI"),
                        ..DateX::default()
                    },
                ));
            }
        }
        let (rel, mut end, lskip) =
            if let Some(l) = self.lex(j, bits::REL_DAY, |r| matches!(r, Reading::RelDay(_))) {
                let Reading::RelDay(o) = l.reading else {
                    return None;
                };
                // «عن بكرة أبيهم» (all of them, to the last one): the idiom, not colloquial «tomorrow».
                if self.starts(j + l.ntok, "ابي") {
                    return None;
                }
                // «بأجر يومي زهيد» (for a wage) folds to Gulf «باجر» (tomorrow): not before a word of wages.
                if self.kw_list(j, WordList::WageRelday).is_some()
                    && self.kw_list(j + l.ntok, WordList::WageWord).is_some()
                {
                    return None;
                }
                // «في اليوم الواحد» (a day), «اليوم العالمي للمرأة», «اليوم التاريخي الذي شهدته»: a day described,
                // not today.
                if o == 0 && !head && self.in_list(j + l.ntok, WordList::DayEpithet) {
                    return None;
                }
                // «300 ألف برميل في اليوم», «12 ساعة في اليوم»: after an amount and «في», a rate per day, not today.
                if o == 0
                    && !head
                    && self.is(j, "اليوم")
                    && j.checked_sub(1).is_some_and(|f| self.is(f, "في"))
                    && (j.saturating_sub(4)..j.saturating_sub(1))
                        .any(|k| self.num(k).is_some() || self.cardinal_words(k).is_some())
                {
                    return None;
                }
                // «اليوم الـ375 من الحرب»: a day counted, not today («قتل اليوم 5 أشخاص» is today).
                if o == 0
                    && !head
                    && self.word(j).is_some_and(|w| w.ends_with("اليوم"))
                    && self.is(j + l.ntok, "ال")
                    && self.num(j + l.ntok + 1).is_some()
                {
                    return None;
                }
                (i32::from(o), j + l.ntok, l.skip)
            } else {
                return None;
            };
        if !head {
            skip = lskip;
        }
        let mut x = DateX {
            day: Some(DayX::Rel(rel)),
            ..DateX::default()
        };
        // «اليوم الماضي/السابق» = yesterday; «اليوم التالي» = the day after the narrative's.
        if rel == 0 && self.is(j, "اليوم") {
            if let Some((e, s, ana)) = self.shift_kind(end) {
                x.day = Some(if ana {
                    DayX::Next(s.into())
                } else {
                    DayX::Rel(s.into())
                });
                x.anaphoric = ana;
                end = e;
            } else if self
                .lex(end, bits::SAME, |r| matches!(r, Reading::Same))
                .is_some()
            {
                // «اليوم نفسه»: the narrative's day.
                x.day = Some(DayX::Next(0));
                x.anaphoric = true;
                end += 1;
            }
            // «اليوم» followed by an ordinal or «الأول من …» is a day number, handled elsewhere.
            if self.ordinal(end).is_some() && matches!(x.day, Some(DayX::Rel(0))) {
                return None;
            }
        }
        // «اليوم الذي بعد الغد», «اليوم الي قبل امبارح», «اليوم القبل البارحة».
        if rel == 0 && self.is_any(end, &["الذي", "الي", "اللي"]) {
            if let Some(l) = self.lex(end + 1, bits::REL_DAY, |r| matches!(r, Reading::RelDay(_))) {
                if let Reading::RelDay(o) = l.reading {
                    x.day = Some(DayX::Rel(o.into()));
                    end = end + 1 + l.ntok;
                }
            } else if let (true, Some(o)) = (self.is(j, "اليوم"), self.that_followed(end + 1))
            {
                // «في اليوم الذي تلاه»: the day after the narrative's.
                x.day = Some(DayX::Next(o));
                x.anaphoric = true;
                end += 2;
            } else if self.is(j, "اليوم")
                && self.is(end, "الذي")
                && matches!(x.day, Some(DayX::Rel(0)))
            {
                // «في اليوم الذي وقع فيه التفجير», «سيأتي اليوم الذي …»: the day of a relative clause, not today.
                return None;
            }
        }
        if rel == 0 && self.is(end, "القبل") {
            if let Some(l) = self.lex(end + 1, bits::REL_DAY, |r| matches!(r, Reading::RelDay(-1)))
            {
                x.day = Some(DayX::Rel(-2));
                end = end + 1 + l.ntok;
            }
        }
        // A part of day after: «غداً صباحاً», «أمس مساء».
        if let Some(l) = self
            .lex(end, bits::DAY_PART, |r| matches!(r, Reading::DayPart(_)))
            .filter(|l| l.ntok > 1 || self.adverbial_daypart(end))
        {
            if let Reading::DayPart(p) = l.reading {
                if !l.prefixed {
                    x.daypart = Some(p);
                    end += l.ntok;
                }
            }
        }
        Some((end, skip, x))
    }

    /// «في الصباح», «عند الفجر», «وقت الفجر», «حتى المساء»: a definite part of day alone, after a preposition or
    /// «وقت»: that part of the reference day.
    #[inline(never)]
    fn lone_daypart(&self, i: usize) -> Option<(usize, usize, DateX)> {
        let (mut j, start) = if self.is_listed(i, WordList::DaypartPrep) {
            (i + 1, i + 1)
        } else {
            (i, i)
        };
        // «وقت الفجر»; «في وقت متأخر من الليل», «في أواخر الصباح»: a part of the part of day.
        let mut part = None;
        // «ولاحقاً في المساء»: the conjunction glued to the part word stays out of the span.
        let mut lead_skip = 0;
        // «منتصف الليل» is a named hour, not the middle of the night.
        let named_hour = self
            .lex(j, bits::CLOCK_TIME, |r| matches!(r, Reading::ClockTime(_)))
            .is_some();
        if let Some(l) = self
            .lex(j, bits::PART, |r| matches!(r, Reading::Part(_)))
            .filter(|_| !named_hour)
        {
            if let Reading::Part(p) = l.reading {
                part = Some(p);
                if j == i {
                    lead_skip = l.skip;
                }
                j += l.ntok;
                // «منتصف-الظهر»: joined by a hyphen.
                if self.punct(j) == Some('-') && self.tight(j) && self.tight(j + 1) {
                    j += 1;
                }
                if self.is(j, "من") {
                    j += 1;
                }
            }
        } else if self.is(j, "وقت") {
            j += 1;
        }
        // «منذ ساعات الصباح الأولى», «في ساعات المساء», «خلال ساعات الليل»: the hours of a part of day, after a
        // preposition only («ساعات الليل الطويلة» alone describes nights).
        let hours = part.is_none() && start > i && j == start && self.is(j, "ساعات");
        if hours {
            j += 1;
        }
        let l = self.lex(j, bits::DAY_PART, |r| matches!(r, Reading::DayPart(_)))?;
        let Reading::DayPart(p) = l.reading else {
            return None;
        };
        // «في ساعة متأخرة الليلة الماضية»: the part of day is that of a relative day written on.
        // «منتصف ليل السبت», «في وقت متأخر ليل الجمعة»: or of a weekday; «منتصف ليل 26 مارس»: or of a written day.
        if part.is_some() && j > i {
            if let Some((e, _, mut d)) = self
                .relday(j)
                .or_else(|| self.weekday(j))
                .or_else(|| self.daypart_date(j))
            {
                if e > j + l.ntok && d.daypart.is_some() && d.part.is_none() {
                    d.part = part;
                    return Some((e, if start == i { 0 } else { SKIP_TOKEN }, d));
                }
            }
        }
        // «في الليلة الماضية», «خلال الليلة المقبلة»: after a preposition, a relative night written on is that night,
        // not tonight.
        if part.is_none() && !hours && start > i {
            if let Some((e, _, d)) = self.relday(j).filter(|&(e, _, _)| e > j + l.ntok) {
                return Some((e, SKIP_TOKEN, d));
            }
        }
        // «في المغرب», «خلال المغرب» name the country far more often than the sunset hour («عند المغرب», «وقت المغرب»
        // stay).
        if self.is(j, "المغرب") && j == i + 1 && self.is_listed(i, WordList::CountryPrep) {
            return None;
        }
        // «طعنة في الظهر», «إصابة في الظهر»: after «في» alone, the back («عند الظهر», «وقت الظهر» stay).
        if self.is(j, "الظهر") && j == i + 1 && self.is(i, "في") {
            return None;
        }
        // «وقت الظهيرة» alone is noon, a named hour; «ظهيرة الأحد» is the afternoon of a day (`daypart_date`). So
        // is «عند الظهر», «حتى الظهر»: the hour of noon, not the afternoon.
        if part.is_none()
            && (self.is(j, "الظهيره")
                || (self.is(j, "الظهر") && j > 0 && self.is_listed(j - 1, WordList::NoonPrep)))
        {
            return None;
        }
        // Alone, only a form that carries its own preposition stands («بعد الظهر»).
        let own_prep = l.ntok > 1 && self.is_any(j, &["بعد", "قبل"]);
        if j == i && !own_prep {
            return None;
        }
        // A part of day with its date («في صباح اليوم») is `daypart_date`'s; «العصر» before an adjective is an era
        // («في العصر الحديث»).
        if (self.is(j, "العصر") && matches!(self.tok(j + 1).map(|t| t.kind), Some(Kind::Word)))
            || !(l.definite || own_prep)
            || l.prefixed
            || self.starts_date(j + l.ntok)
            || self
                .lex(j + l.ntok, bits::THIS, |r| matches!(r, Reading::This))
                .is_some()
        {
            return None;
        }
        let mut end = j + l.ntok;
        // «في الصباح الباكر»: early in it.
        if part.is_none() && self.is_listed(end, WordList::Early) {
            part = Some(Part::Start);
            end += 1;
        }
        // «ساعات الصباح الأولى», «ساعات الليل الأخيرة»: its first or last hours.
        if hours && part.is_none() {
            if let Some((e, _)) = self.ordinal(end).filter(|&(_, n)| n == 1) {
                part = Some(Part::Start);
                end = e;
            } else if self
                .lex(end, bits::LAST, |r| matches!(r, Reading::Last))
                .is_some()
            {
                part = Some(Part::End);
                end += 1;
            } else if self.starts(end, "ال")
                && matches!(self.tok(end).map(|t| t.kind), Some(Kind::Word))
            {
                // «ساعات الليل الطويلة»: an adjective describes the hours, no time of the day.
                return None;
            }
        }
        let x = DateX {
            daypart: Some(p),
            part,
            // The reference day: news tells the day's events («أصابا المستودع وقت الفجر»).
            day: Some(DayX::Rel(0)),
            ..DateX::default()
        };
        Some((end, if start == i { lead_skip } else { SKIP_TOKEN }, x))
    }

    /// «صباح الأحد», «مساء أمس», «فجر اليوم», «ليلة الخميس», «صباح 5 يناير»: part of day before a date.
    fn daypart_date(&self, i: usize) -> Option<(usize, usize, DateX)> {
        // «في وقت متأخر من مساء أمس», «في الساعات الأولى من صباح الاثنين»: a part of it, joined by «من».
        if let Some(pl) = self.lex(i, bits::PART, |r| matches!(r, Reading::Part(_))) {
            let j = i + pl.ntok;
            if let (Reading::Part(p), true) = (pl.reading, self.is(j, "من")) {
                // The longest date there («فجر أمس الأحد», «الليلة قبل الماضية»), with its part of day.
                let m = self.r_date(j + 1)?;
                return match m.expr {
                    // «في وقت متأخر من يوم أمس», «في ساعة مبكرة من يوم الأحد»: a day without a part of day only after
                    // a part word of two words (not «بداية من يوم الأحد», starting from Sunday). «في الساعات الأولى
                    // من فجر 7 أكتوبر»: a dated day too.
                    Expr::Date(mut x)
                        if m.start == j + 1
                            && (x.daypart.is_some() || (pl.ntok > 1 && x.time.is_none()))
                            && x.day.is_some()
                            && x.part.is_none() =>
                    {
                        x.part = Some(p);
                        Some((m.end, pl.skip, x))
                    }
                    _ => None,
                };
            }
        }
        let l = self.lex(i, bits::DAY_PART, |r| matches!(r, Reading::DayPart(_)))?;
        let Reading::DayPart(p) = l.reading else {
            return None;
        };
        if l.definite && l.ntok == 1 {
            return None;
        }
        let j = i + l.ntok;
        let (e, mut x) = if let Some((e, _, x)) = self.relday(j) {
            (e, x)
        } else if let Some((e, _, x)) = self.weekday(j) {
            (e, x)
        } else if let Some((e, _, x)) = self.day_month(j) {
            (e, x)
        } else if let Some((e, _, mut x)) = self
            .holiday(j)
            .filter(|(_, _, x)| !matches!(x.holiday, Some(Holiday::HijriDays { .. })))
        {
            // «ليلة عيد الفطر»: the night before the feast, on which it begins (as «ليلة رأس السنة» is 31 December);
            // «مساء عيد الفطر» is the feast's own evening.
            if self.ends(i, "ليله") {
                x.day_shift = -1;
            }
            (e, x)
        } else if let Some((e, _, x)) = self.relperiod(j, false).filter(|(_, _, x)| x.day.is_some())
        {
            // «مساء ذلك اليوم»: the narrative's day.
            (e, x)
        } else {
            return None;
        };
        x.daypart = Some(p);
        Some((e, l.skip, x))
    }

    /// «عشية عيد الفطر», «عشية 30 يونيو 2013»: the evening before a feast or a written day; «غداة 5 يونيو»: the
    /// day after it. Before an event («عشية الانتخابات», «غداة الهجوم») they date nothing by themselves.
    fn eve_or_morrow(&self, i: usize) -> Option<(usize, usize, DateX)> {
        let skip = self.kw(i, &["عشيه", "غداه"])?;
        let eve = self.word(i)?.ends_with("عشيه");
        let m = self.r_date(i + 1)?;
        let Expr::Date(mut x) = m.expr else {
            return None;
        };
        let written_day =
            matches!(x.day, Some(DayX::Abs(_))) && matches!(x.month, Some(MonthX::Abs(..)));
        if m.start != i + 1
            || !(x.holiday.is_some() || written_day)
            || x.time.is_some()
            || x.daypart.is_some()
            || x.part.is_some()
        {
            return None;
        }
        x.day_shift = if eve { -1 } else { 1 };
        if eve {
            x.daypart = Some("TEV");
        }
        Some((m.end, skip, x))
    }

    /// «القرن السابع الهجري»: the Hijri years 601 to 700, as the Gregorian interval they cover (the Gregorian
    /// century of that number would be six hundred years off).
    fn hijri_century(&self, i: usize) -> Option<(usize, usize, Expr)> {
        let (e, skip, x) = self.decade(i)?;
        let (Some(CenturyX::Abs(n)), None, None) = (x.century, x.decade, x.part) else {
            return None;
        };
        let (Cal::Hijri, end) = self.era_at(e)? else {
            return None;
        };
        if !(1..=15).contains(&n) {
            return None;
        }
        let year = |y: i32| DateX {
            year: Some(YearX::Abs(y)),
            hijri: true,
            ..DateX::default()
        };
        Some((
            end,
            skip,
            Expr::Range(year((n - 1) * 100 + 1), year(n * 100)),
        ))
    }

    /// «الأسبوع الماضي», «الشهر المقبل», «العام الجاري», «هذه السنة», «هذا الأسبوع», «العام نفسه»; with `bare`, a
    /// definite period noun alone («العام» in «نهاية العام») is the current one.
    #[inline]
    fn relperiod(&self, i: usize, bare: bool) -> Option<(usize, usize, DateX)> {
        // The unit at i, or after «هذا»/«ذلك».
        if (self.bits(i) | self.bits(i + 1)) & bits::UNIT == 0 {
            return None;
        }
        self.read_relperiod(i, bare)
    }

    /// The rule itself, behind the guard above.
    #[inline(never)]
    fn read_relperiod(&self, i: usize, bare: bool) -> Option<(usize, usize, DateX)> {
        let mut j = i;
        let mut skip = 0;
        let mut this = false;
        let mut that = false;
        let mut plain = false;
        if let Some(l) = self.lex(i, bits::THIS, |r| matches!(r, Reading::This)) {
            this = true;
            skip = l.skip;
            j += 1;
        } else if let Some(l) = self.lex(i, bits::THAT, |r| matches!(r, Reading::That)) {
            // «ذلك اليوم», «ذلك العام»: the narrative's period.
            that = true;
            skip = l.skip;
            j += 1;
        }
        let (unit, l) = self.unit_of(j, Count::One)?;
        if !l.definite
            || !matches!(
                unit,
                Unit::Week | Unit::Month | Unit::Year | Unit::Decade | Unit::Century | Unit::Day
            )
        {
            return None;
        }
        // Colloquial «هالأسبوع», «وهالشهر», «بهالسنة»: the demonstrative glued to the noun, its «ه» kept in the span.
        if !this && !that && l.prefixed {
            let glued = self
                .word(j)
                .and_then(|w| w.get(..l.skip))
                .and_then(|p| p.strip_suffix('ه'))
                .is_some_and(|c| {
                    let c = c.strip_prefix(['و', 'ف']).unwrap_or(c);
                    matches!(c, "" | "ب" | "ل")
                });
            if glued {
                this = true;
                skip = l.skip - 'ه'.len_utf8();
            }
        }
        if !this && !that {
            skip = l.skip;
        }
        let mut end = j + 1;
        let mut off: Option<i32> = None;
        let mut same = false;
        let mut anaphoric = false;
        if unit == Unit::Day
            && !this
            && !that
            && self.shift_kind(end).is_none()
            && self
                .lex(end, bits::SAME, |r| matches!(r, Reading::Same))
                .is_none()
        {
            return None;
        }
        if let Some((e, s)) = self.beyond(end) {
            off = Some(s);
            end = e;
        } else if let Some((e, s, ana)) = self.shift_kind(end) {
            off = Some(s.into());
            anaphoric = ana;
            end = e;
            // «العام الحالي 2024», «العام المقبل 2025»: the year the number names. What is counted after it makes it
            // a count: «من» («العام الماضي 2000 من المقاتلين»), a counted noun, also in the accusative («2050 حالة»,
            // «1995 قتيلاً»), a larger number («2000 مليون»).
            if unit == Unit::Year && !ana && !this && !that {
                if let Some((y, 4)) = self.num(end) {
                    let counted = self.is_any(end + 1, &["من", "مِن"])
                        || self.in_list(end + 1, WordList::Counted)
                        || NumParser::new(self.text, self.toks)
                            .number(end)
                            .is_some_and(|n| n.end > end + 1)
                        || self.word(end + 1).is_some_and(|w| {
                            w.strip_suffix('ا')
                                .is_some_and(|b| LEXICON.in_list(WordList::Counted, b))
                        });
                    if (1950..=2100).contains(&y) && !counted {
                        let x = DateX {
                            year: Some(YearX::Abs(y as i32)),
                            ..DateX::default()
                        };
                        return Some((end + 1, skip, x));
                    }
                }
            }
        } else if self
            .lex(end, bits::SAME, |r| matches!(r, Reading::Same))
            .is_some()
        {
            same = true;
            end += 1;
        } else if let (true, Some(o)) = (
            !this && !that && self.is_any(end, &["الذي", "التي"]),
            self.that_followed(end + 1),
        ) {
            // «العام الذي سبقه», «الشهر الذي تلاه»: the period before or after the narrative's.
            off = Some(o);
            anaphoric = true;
            end += 2;
        } else if that {
            same = true;
        } else if unit == Unit::Decade && self.ordinal(end).is_some() {
            // «منتصف العقد الأول من حكمه» is no current decade.
            return None;
        } else if bare
            && !this
            && unit == Unit::Year
            && self.starts(end, "ال")
            && self
                .era_at(end)
                .is_some_and(|(c, e)| c == Cal::Hijri || self.num(e).is_some())
        {
            // «النصف الأول من العام الميلادي 2023»: the year the number names, read as a year with its calendar
            // («العام الهجري 1445»); «نهاية العام الهجري» is no Gregorian year either.
            return None;
        } else if bare
            && !this
            && self
                .tok(end)
                .is_some_and(|t| t.kind == Kind::Word && t.lex.is_empty())
            && self.starts(end, "ال")
        {
            // «نهاية العام الدراسي», «الربع الأول من السنة المالية 2020»: a qualified year is not the current one.
            return None;
        } else if this || bare {
            off = Some(0);
            plain = !this;
        } else {
            return None;
        }
        // «خلال العقد الماضي» is the past ten years: see `past_decade`. After a part word it stays a calendar decade.
        // With no preposition before it («شهد العقد الماضي تراجعاً») it is the calendar decade before this one.
        if unit == Unit::Decade
            && off == Some(-1)
            && !this
            && !that
            && !bare
            && !self.is(end, "من")
            && (l.prefixed || self.decade_lead(i))
        {
            return None;
        }
        let o = off.unwrap_or(0);
        let mut x = DateX {
            anaphoric: anaphoric || same,
            ..DateX::default()
        };
        match unit {
            Unit::Week => {
                x.week = Some(o);
                x.plain_week = plain;
            }
            Unit::Day if same || anaphoric => x.day = Some(DayX::Next(o)),
            Unit::Month => x.month = Some(if same { MonthX::Same } else { MonthX::Rel(o) }),
            Unit::Year => x.year = Some(if same { YearX::Same } else { YearX::Rel(o) }),
            Unit::Day => x.day = Some(DayX::Rel(o)),
            Unit::Century => x.century = Some(CenturyX::Rel(o)),
            Unit::Decade if !same => x.decade_rel = Some(o),
            _ => return None,
        }
        // «العام 2021» after «نهاية»: a year number after the period noun.
        if unit == Unit::Year && off == Some(0) && bare && !this {
            if let Some((y, 4)) = self.num(end) {
                x.year = Some(YearX::Abs(y as i32));
                end += 1;
            }
        }
        Some((end, skip, x))
    }

    /// «العقد الماضي», «العقد الأخير»: the past ten years, a duration (as TimeML reads «the past decade»); «العقد
    /// الأخير من القرن العشرين» is a date.
    fn past_decade(&self, i: usize) -> Option<Match> {
        let l = self.period_noun(i, Unit::Decade)?;
        if !l.definite {
            return None;
        }
        let e = match self.shift(i + 1) {
            // «خلال العقد الماضي», «في العقد الماضي»; as subject or object («شهد العقد الماضي») the calendar decade.
            Some((e, -1)) if l.prefixed || self.decade_lead(i) => e,
            Some(_) => return None,
            None if self
                .lex(i + 1, bits::LAST, |r| matches!(r, Reading::Last))
                .is_some() =>
            {
                i + 2
            }
            None => return None,
        };
        if self.is(e, "من") {
            return None;
        }
        Some(Match::new(
            i,
            e,
            l.skip,
            Expr::Duration {
                amount: 1,
                unit: Unit::Decade,
                modifier: None,
                vague: false,
                more: [None; 3],
            },
        ))
    }

    /// A preposition of time before the decade noun at `i` («خلال», «طوال», «على مدى», «منذ», «في»; list
    /// `span_lead`): «العقد الماضي» after it is the past ten years.
    fn decade_lead(&self, i: usize) -> bool {
        i > 0
            && (self.kw_list(i - 1, WordList::SpanLead).is_some()
                || self.kw(i - 1, &["في"]).is_some())
    }

    /// «بعد القادم», «ما بعد المقبل», «قبل الماضي»: two periods away from the reference, after a period noun.
    fn beyond(&self, i: usize) -> Option<(usize, i32)> {
        let j = if self.is(i, "ما") { i + 1 } else { i };
        let dir = match self.word(j)? {
            "بعد" => 1,
            "قبل" => -1,
            _ => return None,
        };
        let (e, s) = self.shift(j + 1)?;
        (i32::from(s) == dir).then_some((e, 2 * dir))
    }

    /// «نهاية العام الجاري», «منتصف العام المقبل», «أواخر تموز الماضي», «مطلع 2021», «بداية شهر 3».
    fn part(&self, i: usize) -> Option<(usize, usize, DateX)> {
        let l = self.lex(i, bits::PART, |r| matches!(r, Reading::Part(_)))?;
        let Reading::Part(p) = l.reading else {
            return None;
        };
        let mut j = i + l.ntok;
        if self.is(j, "من") {
            j += 1;
        }
        // «أواخر القرن الرابع عشر الهجري»: a Hijri century is no Gregorian one, nor the current one; it is read
        // without its part.
        if self.bits(j) & bits::UNIT != 0 && self.hijri_century(j).is_some() {
            return None;
        }
        // The longest period after the part word wins («أواخر القرن التاسع عشر» over «أواخر القرن»).
        let bare_year = self.num(j).filter(|&(_, n)| n == 4).map(|(y, _)| {
            (
                j + 1,
                0,
                DateX {
                    year: Some(YearX::Abs(y as i32)),
                    ..DateX::default()
                },
            )
        });
        // «بقية أسبوعي», «نهاية أسبوعي»: the current period, said of one's own.
        // Before a definite noun the form is a dual in construct («بقية أسبوعي التدريب»): two weeks, not mine.
        let own = self
            .lex(j, bits::OWN, |r| matches!(r, Reading::Own(_)))
            .filter(|_| !self.starts(j + 1, "ال"))
            .and_then(|l| match l.reading {
                Reading::Own(Unit::Week) => Some(DateX {
                    week: Some(0),
                    ..DateX::default()
                }),
                Reading::Own(Unit::Month) => Some(DateX {
                    month: Some(MonthX::Rel(0)),
                    ..DateX::default()
                }),
                Reading::Own(Unit::Year) => Some(DateX {
                    year: Some(YearX::Rel(0)),
                    ..DateX::default()
                }),
                _ => None,
            })
            .map(|x| (j + 1, 0, x));
        let (e, _, mut x) = [
            own,
            self.month_year(j),
            self.relperiod(j, true),
            self.standalone_year(j),
            bare_year,
            self.decade(j),
            self.season(j).and_then(|(e, s, x)| match x {
                Expr::Date(d) => Some((e, s, d)),
                _ => None,
            }),
            // «نهاية الربع الأول من 2025», «مطلع النصف الثاني من العام» (a half of a month is a range of days).
            self.fraction_of_year(j).filter(|c| c.2.month.is_none()),
            // «أواخر جوان», «مطلع صفر»: a month name that is also a word is the month right after a part word
            // (not after «من»: «البداية من صفر» is from zero).
            (j == i + l.ntok)
                .then(|| {
                    self.lex(j, bits::MONTH, |r| {
                        matches!(r, Reading::Month { weak: true, .. })
                    })
                })
                .flatten()
                .filter(|m| !m.definite && !m.prefixed)
                .and_then(|_| {
                    let mut x = DateX::default();
                    let e = self.month_tail(j, &mut x, false)?;
                    Some((e, 0, x))
                }),
        ]
        .into_iter()
        .flatten()
        .max_by_key(|c| c.0)?;
        // A weekend is a week's only.
        if x.day.is_some() || (p == Part::Weekend && (x.week.is_none() || x.month.is_some())) {
            return None;
        }
        // «نصف»/«نص» is a fraction first («نصف شهر» is half a month): the middle only of a named month.
        // «العام ونصف العام الماضيين»: also after «و».
        if self.kw(i, &["نصف", "نص"]).is_some() && !matches!(x.month, Some(MonthX::Abs(..))) {
            return None;
        }
        // «سلخ شعبان», «سلخ الشهر الجاري», «سلخ الشهر نفسه»: a month's last day (a month, named or counted).
        if p == Part::LastDay {
            if !matches!(
                x.month,
                Some(MonthX::Abs(..) | MonthX::Rel(_) | MonthX::Same)
            ) {
                return None;
            }
            x.day = Some(DayX::LastDay);
            return Some((e, l.skip, x));
        }
        x.part = Some(p);
        // «في نهاية الأسبوع، عادت الاضطرابات»: the end of a plain week in a clause told as past (see `told_past`) may
        // be the last week's.
        x.told_past = p == Part::End && x.plain_week && self.told_past(i, e);
        Some((e, l.skip, x))
    }

    /// «الربع الثالث من العام الجاري», «النصف الأول من 2021», «النصف الثاني من يونيو».
    fn fraction_of_year(&self, i: usize) -> Option<(usize, usize, DateX)> {
        let l = self.lex(i, bits::FRACTION, |r| matches!(r, Reading::Fraction(2..=4)))?;
        let Reading::Fraction(parts) = l.reading else {
            return None;
        };
        if !l.definite {
            return None;
        }
        let (mut j, n) = match self.ordinal(i + 1) {
            Some(o) => o,
            // «الربع الأخير», «النصف الأخير»
            None if self
                .lex(i + 1, bits::LAST, |r| matches!(r, Reading::Last))
                .is_some() =>
            {
                (i + 2, u32::from(parts))
            }
            None => return None,
        };
        if n == 0 || n > u32::from(parts) {
            return None;
        }
        let of = self.is(j, "من");
        if of {
            j += 1;
        } else if self.kw_list(i, WordList::YearFraction).is_some() {
            // «الفصل الأول» alone is a chapter or a school term: a quarter only before «من» and a year.
            return None;
        }
        // «النصف الأول من القرن العشرين», «الربع الأخير من القرن الماضي»: TIMEX3 has no halves or quarters of a
        // century; the century with its start, middle or end.
        if self.period_noun(j, Unit::Century).is_some() {
            let (e, _, mut x) = self.decade(j)?;
            if x.decade.is_some() || x.century.is_none() {
                return None;
            }
            x.part = Some(if n == 1 {
                Part::Start
            } else if n == u32::from(parts) {
                Part::End
            } else {
                Part::Mid
            });
            return Some((e, l.skip, x));
        }
        let (e, mut x) = if let Some((e, _, Expr::Date(x))) = self.calendar_year(j) {
            // «الربع الأول من العام المالي 2024».
            (e, x)
        } else if let Some((e, _, x)) = self.relperiod(j, true) {
            (e, x)
        } else if let Some((e, _, x)) = self
            .month_year(j)
            .filter(|(_, _, x)| parts != 4 && x.day.is_none() && x.month.is_some())
        {
            // «النصف الثاني من شهر حزيران الماضي», «الثلث الأخير من أيار»: half or third of a named month.
            (e, x)
        } else if let Some((e, _, x)) = self.standalone_year(j) {
            (e, x)
        } else if let Some((y, 4)) = self.num(j) {
            (
                j + 1,
                DateX {
                    year: Some(YearX::Abs(y as i32)),
                    ..DateX::default()
                },
            )
        } else if let Some((e, y)) = self
            .year_words(j, false)
            .filter(|(e, _)| !self.is_unit_at(*e))
        {
            // «الربع الثالث من ألفين وعشرين».
            (
                e,
                DateX {
                    year: Some(YearX::Abs(y as i32)),
                    ..DateX::default()
                },
            )
        } else if parts == 4 && !of && !self.game_near(i, j) {
            // «نما الاقتصاد 2.8 في المئة في الربع الثالث»: a quarter alone is of the year spoken of (the narrative's,
            // else the reference's); not a quarter of a game («سجل 12 نقطة في الربع الثالث»).
            (
                j,
                DateX {
                    year: Some(YearX::Same),
                    ..DateX::default()
                },
            )
        } else {
            return None;
        };
        // A year, or a month for a half or a third («النصف الأول من الشهر الجاري»), not a week or a day.
        if x.day.is_some() || x.week.is_some() {
            return None;
        }
        match (x.year, x.month) {
            (_, Some(_)) if parts == 4 => return None,
            (None, None) => return None,
            // «الثلث الأول من العام الجاري»: TIMEX3 has no thirds of a year; the year with its start, middle or end.
            (Some(_), None) if parts == 3 => {
                x.part = Some(match n {
                    1 => Part::Start,
                    3 => Part::End,
                    _ => Part::Mid,
                });
                return Some((e, l.skip, x));
            }
            _ => {}
        }
        x.fraction = Some((n as u8, parts));
        Some((e, l.skip, x))
    }

    /// A word of a game (list `game_noun`) among the few words around tokens `i..j` in their sentence: a quarter
    /// there is a game's, not a year's.
    fn game_near(&self, i: usize, j: usize) -> bool {
        const REACH: usize = 8;
        let sentence_break = |k: usize| {
            self.tok(k)
                .is_some_and(|t| matches!(t.kind, Kind::Break | Kind::Punct('.' | '?' | '!' | ';')))
        };
        let before = (i.saturating_sub(REACH)..i)
            .rev()
            .take_while(|&k| !sentence_break(k))
            .any(|k| self.kw_list(k, WordList::GameNoun).is_some());
        before
            || (j..j + REACH)
                .take_while(|&k| self.tok(k).is_some() && !sentence_break(k))
                .any(|k| self.kw_list(k, WordList::GameNoun).is_some())
    }

    /// «ثمانينيات القرن الماضي», «تسعينيات القرن العشرين», «القرن التاسع عشر», «القرن الماضي».
    #[inline]
    fn decade(&self, i: usize) -> Option<(usize, usize, DateX)> {
        // «عقد», a decade word or «القرن» at i.
        if self.bits(i) & (bits::UNIT | bits::DECADE) == 0 {
            return None;
        }
        self.read_decade(i)
    }

    /// The rule itself, behind the guard above.
    #[inline(never)]
    fn read_decade(&self, i: usize) -> Option<(usize, usize, DateX)> {
        let mut x = DateX::default();
        let mut j = i;
        let mut skip = 0;
        // «عقد التسعينيات»: the noun «عقد» heading a decade word.
        let head = self.period_noun(i, Unit::Decade).filter(|l| {
            !l.definite
                && self
                    .lex(i + 1, bits::DECADE, |r| matches!(r, Reading::Decade(_)))
                    .is_some()
        });
        let is_decade_word = |k: usize| {
            self.lex(k, bits::DECADE, |r| matches!(r, Reading::Decade(_)))
                .is_some()
        };
        if let Some(h) = head {
            skip = h.skip;
            j += 1;
        } else if let Some(s) = is_decade_word(i + 1)
            .then(|| self.kw_list(i, WordList::DecadeYears))
            .flatten()
        {
            // «سنوات التسعينيات»: the years of a decade are the decade.
            skip = s;
            j += 1;
        } else if let Some(l) = self.period_noun(i, Unit::Decade).filter(|l| l.definite) {
            // «العقد الأول من القرن الحالي», «العقد الأخير من القرن العشرين»: the n-th decade of a century.
            let (e, n) = match self.ordinal(i + 1) {
                Some(o) => o,
                None if self
                    .lex(i + 1, bits::LAST, |r| matches!(r, Reading::Last))
                    .is_some() =>
                {
                    (i + 2, 10)
                }
                None => return None,
            };
            if !(1..=10).contains(&n)
                || !self.is(e, "من")
                || self.period_noun(e + 1, Unit::Century).is_none()
            {
                return None;
            }
            x.decade = Some(n as i32 - 1);
            skip = l.skip;
            j = e + 1;
        }
        if let Some(l) = self.lex(j, bits::DECADE, |r| matches!(r, Reading::Decade(_))) {
            let Reading::Decade(d) = l.reading else {
                return None;
            };
            x.decade = Some(i32::from(d));
            if j == i {
                skip = l.skip;
            }
            j += 1;
            // «الستينيات من القرن الماضي»
            if self.is(j, "من") && self.period_noun(j + 1, Unit::Century).is_some() {
                j += 1;
            }
        }
        let c = self.period_noun(j, Unit::Century);
        match c {
            Some(cl) if cl.definite => {
                if j == i {
                    skip = cl.skip;
                }
                j += 1;
                if let Some((e, s)) = self.shift(j) {
                    x.century = Some(CenturyX::Rel(s.into()));
                    j = e;
                } else if let Some((e, n)) = self.ordinal(j) {
                    x.century = Some(CenturyX::Abs(n as i32));
                    j = e;
                } else if let Some((e, n, false)) = self.cardinal(j) {
                    // «القرن العشرين», «القرن الحادي والعشرين» read as cardinals.
                    x.century = Some(CenturyX::Abs(n as i32));
                    j = e;
                } else {
                    // «القرن 21», «القرن الـ19».
                    let k = if self.is(j, "ال") { j + 1 } else { j };
                    match self.num(k) {
                        Some((n, nd)) if nd <= 2 && (1..=30).contains(&n) => {
                            x.century = Some(CenturyX::Abs(n as i32));
                            j = k + 1;
                        }
                        _ => return None,
                    }
                }
                // «القرن الرابع عشر الميلادي»: the Gregorian era named after it. (A Hijri century is left
                // without it: its years are not those of the Gregorian century of that number.)
                if matches!(x.century, Some(CenturyX::Abs(_))) {
                    if let Some((Cal::Gregorian, e)) = self.era_at(j) {
                        j = e;
                    }
                }
            }
            _ => {
                x.decade?;
                // «في الخمسينات من العمر», «في الستينيات من عمره»: a person's age.
                if self.is(j, "من")
                    && self
                        .lex(j + 1, bits::AGE, |r| matches!(r, Reading::Age))
                        .is_some()
                {
                    return None;
                }
                // A bare decade word is the twentieth century's («الثمانينيات»).
                x.century = Some(CenturyX::Abs(20));
            }
        }
        Some((j, skip, x))
    }

    // ---- durations and offsets ----

    /// An approximator («نحو», «ما يقارب») of one to three words ends right before `i`.
    fn after_approximator(&self, i: usize) -> bool {
        (1..=3).any(|n| {
            i >= n
                && self
                    .lex(i - n, bits::MOD, |r| matches!(r, Reading::Mod(_)))
                    .is_some_and(|l| l.ntok.max(1) == n)
        })
    }

    /// A quantity of a unit: «ثلاثة أشهر», «30 يوم», «يومين», «ساعة ونصف», «نصف ساعة», «عشرين عاماً»:
    /// (end, amount, unit, skip). Fractions of hours are returned in minutes.
    #[inline]
    fn quantity(&self, i: usize, bare_ok: bool) -> Option<Quantity> {
        // A fraction, a number or a unit at i.
        if self.bits(i) & (bits::FRACTION | bits::NUM | bits::CARDINAL | bits::UNIT) == 0 {
            return None;
        }
        self.memo.quantity[usize::from(bare_ok)].get(i, || self.read_quantity(i, bare_ok))
    }

    /// The rule itself, remembered by the function above.
    #[inline(never)]
    fn read_quantity(&self, i: usize, bare_ok: bool) -> Option<Quantity> {
        // «نصف ساعة», «ربع ساعة»
        if let Some(l) = self.lex(i, bits::FRACTION, |r| matches!(r, Reading::Fraction(_))) {
            let Reading::Fraction(f) = l.reading else {
                return None;
            };
            if !l.definite {
                if let Some((unit, _)) = self.unit_of(i + 1, Count::One) {
                    // A fraction of a unit in the next smaller one, when it divides evenly («نصف شهر» = 15 days).
                    let f = u64::from(f.max(1));
                    if let Some((per, smaller)) = finer_by(unit, f) {
                        return Some((i + 2, per / f, smaller, l.skip));
                    }
                }
            }
        }
        // The digits after a decimal point («3.5 سنوات») count nothing on their own.
        if i >= 2
            && self.num(i).is_some()
            && matches!(self.punct(i - 1), Some('.' | ',' | '٫'))
            && self.tight(i)
            && self.tight(i - 1)
            && self.num(i - 2).is_some()
        {
            return None;
        }
        // A number glued to «-» after another number is a score or a range («2-1»), not a count.
        if i >= 2
            && self.num(i).is_some()
            && self.punct(i - 1) == Some('-')
            && self.tight(i)
            && self.tight(i - 1)
            && self.num(i - 2).is_some()
        {
            return None;
        }
        if self
            .lex(i, bits::CARDINAL, |r| matches!(r, Reading::Cardinal(_)))
            .is_some_and(|l| l.definite)
            && !(self.after_approximator(i) && self.cardinal(i).is_some_and(|(_, v, _)| v < 100))
        {
            // «المئة عام» in «11 في المئة عام 2019»: a definite number word does not count units; after an
            // approximator a small one does, as the press writes it («منذ ما يقارب الخمس سنوات»), not a scale word
            // («نحو المئة ألف عام 2016» is an amount, then a year).
            return None;
        }
        if let Some((e, v, digits)) = self.cardinal(i) {
            // A count beyond any real one («99999999999999999999 عاماً») is no quantity, not a saturated one.
            if v > MAX_COUNT {
                return None;
            }
            let skip = if digits {
                0
            } else {
                self.lex(i, bits::CARDINAL, |r| matches!(r, Reading::Cardinal(_)))
                    .map(|l| l.skip)
                    .unwrap_or(0)
            };
            let mut k = e;
            // «1,000» / «1.000»; «3.5 سنوات» (a decimal: counted in the next smaller unit when exact, 42 months).
            let mut v = v;
            let mut tenths = None;
            if digits {
                match (self.punct(k), self.num(k + 1)) {
                    (Some(',' | '.'), Some((r, 3)))
                        if self.tight(k) && self.tight(k + 1) && self.is_unit_at(k + 2) =>
                    {
                        v = v.saturating_mul(1000).saturating_add(r);
                        k += 2;
                    }
                    (Some(',' | '.' | '٫'), Some((r, 1)))
                        if self.tight(k) && self.tight(k + 1) && self.is_unit_at(k + 2) =>
                    {
                        tenths = Some(v.saturating_mul(10).saturating_add(r));
                        k += 2;
                    }
                    _ => {}
                }
            }
            // «ثلاثة أرباع الساعة»: a count of fractions of a unit, in the next smaller unit when exact.
            if let Some(Reading::Fraction(f)) = self
                .lex(k, bits::FRACTION, |r| matches!(r, Reading::Fraction(_)))
                .map(|l| l.reading)
            {
                let f = u64::from(f.max(1));
                let (unit, _) = self.unit_of(k + 1, Count::One)?;
                let (per, smaller) = finer(unit)?;
                if tenths.is_some() || v >= f || (per * v) % f != 0 {
                    return None;
                }
                return Some((k + 2, per * v / f, smaller, skip));
            }
            let ul = self.lex(k, bits::UNIT, |r| matches!(r, Reading::Unit { .. }))?;
            let Reading::Unit { unit, count } = ul.reading else {
                return None;
            };
            if let Some(t) = tenths {
                let (per, smaller) = finer(unit)?;
                let scaled = t.saturating_mul(per);
                if scaled % 10 != 0 || ul.definite {
                    return None;
                }
                return Some((k + 1, scaled / 10, smaller, skip));
            }
            // «2019 كسنة أساس», «القانون 11 لسنة 2023»: a unit with a proclitic is not what the number counts.
            if ul.definite || ul.prefixed || (count == Count::Two) {
                return None;
            }
            // «2-1 يوم السبت»: «يوم» heads a weekday.
            if unit == Unit::Day
                && self
                    .lex(k + 1, bits::WEEKDAY, |r| matches!(r, Reading::Weekday(_)))
                    .is_some()
            {
                return None;
            }
            let mut end = k + 1;
            let (mut amount, mut unit) = (v, unit);
            if let Some((e2, per, extra, smaller)) = self.and_fraction(end, unit) {
                amount = amount.saturating_mul(per).saturating_add(extra);
                unit = smaller;
                end = e2;
            }
            if digits && v == 0 {
                return None;
            }
            return Some((end, amount, unit, skip));
        }
        let ul = self.lex(i, bits::UNIT, |r| matches!(r, Reading::Unit { .. }))?;
        let Reading::Unit { unit, count } = ul.reading else {
            return None;
        };
        // «نحو الشهرين», «ناهز العقدين»: a definite dual after an approximator counts, as the press writes it; not
        // before a word that shifts it («نحو العامين المقبلين» is «towards the next two years»).
        if ul.definite
            && !(count == Count::Two
                && self.after_approximator(i)
                && self.bits(i + 1) & bits::SHIFT == 0)
        {
            return None;
        }
        // «الأربعة عشر قرناً»: a singular unit after a number is counted by it, not one by itself.
        if count == Count::One
            && i > 0
            && (self.num(i - 1).is_some() || self.bits(i - 1) & (bits::CARDINAL | bits::TEEN) != 0)
        {
            return None;
        }
        // «أسبوعاً واحداً», «ساعة ونصف»: a singular unit with «واحد» or a fraction after it counts by itself.
        let one_after = self
            .lex(i + 1, bits::CARDINAL, |r| matches!(r, Reading::Cardinal(1)))
            .is_some_and(|l| !l.definite && !l.prefixed);
        // «عقد» is also a contract: its dual counts decades only where a count would be a span of time, or with
        // «من الزمن» after it («أبرمت الحكومة عقدين مع …» is two contracts).
        let of_time = self.is(i + 1, "من") && self.is(i + 2, "الزمن");
        let amount = match count {
            Count::Two if unit != Unit::Decade || bare_ok || of_time || self.bare_unit_ok(i) => 2,
            Count::One
                if bare_ok
                    || one_after
                    // «عقداً من الزمن», «ساعة من الزمن»: one unit of time.
                    || of_time
                    || self.is_listed(i + 1, WordList::Whole)
                    || self.smaller_unit_follows(i + 1, unit)
                    || self.bare_unit_ok(i)
                    || self.and_fraction(i + 1, unit).is_some() =>
            {
                1
            }
            _ => return None,
        };
        let mut end = if one_after { i + 2 } else { i + 1 };
        let (mut amount, mut unit): (u64, Unit) = (amount, unit);
        if let Some((e2, per, extra, smaller)) = self.and_fraction(end, unit) {
            amount = amount.saturating_mul(per).saturating_add(extra);
            unit = smaller;
            end = e2;
        }
        Some((end, amount, unit, ul.skip))
    }

    /// A bare singular unit is a duration only where nothing follows it in the clause («لمدة شهر.», «لحظة»).
    fn bare_unit_ok(&self, i: usize) -> bool {
        let w = self.word(i).unwrap_or("");
        if w == "عام" || w == "يوم" {
            return false;
        }
        // «حتى آخر لحظة», «في آخر ساعة»: the last unit is a point of time, not one unit long.
        if i > 0 && self.kw(i - 1, &["اخر"]).is_some() {
            return false;
        }
        // «أمضى الوفد أسبوعاً في جنيف», «بقيت الطرق مغلقة شهراً بسبب الثلوج»: the accusative of a week or a month is
        // a length of time wherever it stands (not «عقداً», also a contract, nor «عاماً», also «general»); «شهراً بعد
        // شهر» is no time.
        if (w == "اسبوعا" || w == "شهرا") && !self.is(i + 1, "بعد") {
            return true;
        }
        // «شهراً بعد شهر», «ساعة بعد ساعة»: one unit after another is no length of time.
        if i >= 2
            && self.is(i - 1, "بعد")
            && self
                .unit_of(i - 2, Count::One)
                .zip(self.unit_of(i, Count::One))
                .is_some_and(|((a, _), (b, _))| a == b)
        {
            return false;
        }
        // «من جهة ثانية،», «مرة ثانية.», «9.58 ثانية.»: after a word or number, a lone «ثانية» is the ordinal
        // «second» (an adjective follows its noun) far more often than one second.
        if w == "ثانيه"
            && i > 0
            && self
                .tok(i - 1)
                .is_some_and(|t| !matches!(t.kind, Kind::Break | Kind::Punct(_)))
        {
            return false;
        }
        // «صورة غير دقيقة.», «معلومات ليست دقيقة»: after a word, a lone «دقيقة» is the adjective «precise», unless
        // the word leads a time («خلال دقيقة», «نحو دقيقة») or a length of time («لمدة دقيقة», «في غضون دقيقة»,
        // «بعد مرور دقيقة»).
        if w == "دقيقه"
            && i > 0
            && self.tok(i - 1).is_some_and(|t| t.kind == Kind::Word)
            && self
                .lex(i - 1, bits::PREP | bits::MOD, |r| {
                    matches!(r, Reading::Prep | Reading::Mod(_))
                })
                .is_none()
            && !self.is_listed(i - 1, WordList::LengthLead)
        {
            return false;
        }
        // A quote or bracket that opens on the next word starts what follows the unit, not the end of the clause
        // («إلى عقد "جنيف 3"» is the holding of a conference).
        self.closes_clause(i + 1)
    }

    /// Nothing of the clause stands at `i`: the text ends, or a line break or a mark other than an opening quote or
    /// bracket.
    fn closes_clause(&self, i: usize) -> bool {
        match self.tok(i) {
            None => true,
            Some(t) => matches!(t.kind, Kind::Break | Kind::Punct(_)) && !self.opens(i),
        }
    }

    /// Token `i` is a quote or bracket that opens: «(», «[», «« », or a straight quote with a space before it and
    /// none after.
    fn opens(&self, i: usize) -> bool {
        match self.tok(i).map(|t| t.kind) {
            Some(Kind::Punct('(' | '[' | '«' | '“')) => true,
            Some(Kind::Punct('"')) => {
                self.tok(i).is_some_and(|t| t.space_before)
                    && self
                        .tok(i + 1)
                        .is_some_and(|n| !n.space_before && n.kind != Kind::Break)
            }
            _ => false,
        }
    }

    /// «ونصف», «وربع» after a quantity of `unit`: (end, units of the next smaller unit in one `unit`, the fraction in
    /// them, that unit) when it divides evenly («ساعة ونصف» = 90 minutes, «عام ونصف» = 18 months).
    fn and_fraction(&self, i: usize, unit: Unit) -> Option<(usize, u64, u64, Unit)> {
        finer(unit)?;
        let j = if self.is_and(i) { i + 1 } else { i };
        let l = self.lex(j, bits::FRACTION, |r| matches!(r, Reading::Fraction(_)))?;
        if j == i && !l.prefixed {
            return None;
        }
        let Reading::Fraction(f) = l.reading else {
            return None;
        };
        let f = u64::from(f.max(1));
        // «ساعة ونصف الساعة», «عامين ونصف العام»: the unit repeated with the article after the fraction.
        let e = match self.lex(
            j + 1,
            bits::UNIT,
            |r| matches!(r, Reading::Unit { unit: u, count: Count::One } if *u == unit),
        ) {
            Some(ul) if ul.definite && !ul.prefixed => j + 2,
            _ => j + 1,
        };
        // «أسبوع ونصف»: a week has no even number of days, so ten and a half days are counted in hours.
        let (per, smaller) = finer_by(unit, f)?;
        Some((e, per, per / f, smaller))
    }

    /// After «بين» at `j - 1`, two counts joined by «و»: «بين ثلاث وأربع ساعات», «بين ساعتين وثلاث ساعات», «بين
    /// ساعتين و4 ساعات», «بين عامين وثلاثة»: the range of durations, in the unit of the one that has it (of both,
    /// the same).
    fn between_durations(&self, j: usize) -> Option<Match> {
        let (a, unit_a, e1) = if let Some((e1, a, unit, _)) = self.quantity(j, false) {
            (a, Some(unit), e1)
        } else if let Some((e1, unit)) = self.one_unit(j) {
            // «بين شهر وثلاثة أشهر»: a singular unit is one of it.
            (1, Some(unit), e1)
        } else {
            let (e1, a, _) = self.cardinal(j)?;
            (a, None, e1)
        };
        // «و» apart («بين ساعتين و4 ساعات») or glued to a number word («وثلاث»).
        let k = if self.is_and(e1) {
            e1 + 1
        } else if self.starts(e1, "و")
            && self
                .lex(e1, bits::CARDINAL, |r| matches!(r, Reading::Cardinal(_)))
                .is_some_and(|l| l.prefixed)
        {
            e1
        } else {
            return None;
        };
        let (e2, b, unit) = match (self.quantity(k, false), unit_a) {
            (Some((e2, b, u, _)), None) => (e2, b, u),
            (Some((e2, b, u, _)), Some(ua)) if u == ua => (e2, b, u),
            // «بين عامين وثلاثة»; not a count of something else («بين سنتين و5000 دينار»).
            (None, Some(ua)) => {
                let (e2, b, _) = self.cardinal(k)?;
                if self.in_list(e2, WordList::Counted) {
                    return None;
                }
                (e2, b, ua)
            }
            _ => return None,
        };
        (b > a && unit != Unit::Minute).then(|| {
            Match::new(
                j,
                e2,
                0,
                Expr::DurationRange {
                    from: a,
                    to: b,
                    unit,
                },
            )
        })
    }

    /// A singular indefinite unit with nothing glued to it at `j` (end, unit): one of it, as the first end of a range
    /// of durations («أسبوع إلى ثمانية أسابيع»).
    fn one_unit(&self, j: usize) -> Option<(usize, Unit)> {
        if self.bits(j) & bits::UNIT == 0 {
            return None;
        }
        let (unit, l) = self.unit_of(j, Count::One)?;
        (!l.definite && !l.prefixed).then_some((j + l.ntok, unit))
    }

    /// Durations, with approximators: «نحو عامين», «أكثر من عشر سنوات», «3 إلى 5 سنوات».
    #[inline(never)]
    fn r_duration(&self, i: usize) -> Option<Match> {
        let mut j = i;
        let mut modifier = None;
        let mut skip = None;
        if let Some(l) = self.lex(i, bits::MOD, |r| matches!(r, Reading::Mod(_))) {
            if let Reading::Mod(m) = l.reading {
                modifier = Some(m);
                skip = Some(l.skip);
                j += l.ntok;
            }
        }
        // «3 إلى 5 سنوات», «3-5 سنوات», «بين 10 و15 عاماً»
        let between = modifier.is_none() && self.kw(i, &["بين"]).is_some();
        if between {
            j = i + 1;
        }
        if between {
            if let Some(m) = self.between_durations(j) {
                return Some(m);
            }
        }
        if let Some((e1, a, _)) = self.cardinal(j) {
            if (self.is_to(e1) || (between && self.is_and(e1))) && !self.is_unit_at(e1) {
                if let Some((e2, b, unit, _)) = self.quantity(e1 + 1, false) {
                    if b > a && unit != Unit::Minute {
                        return Some(Match::new(
                            if between { j } else { i },
                            e2,
                            skip.unwrap_or(0),
                            Expr::DurationRange {
                                from: a,
                                to: b,
                                unit,
                            },
                        ));
                    }
                }
            }
        }
        // «أسبوع إلى ثمانية أسابيع», «يوم إلى ثلاثة أيام»: one unit to a count of the same unit.
        if let Some((e1, ua)) = self.one_unit(j) {
            if self.is_to(e1) {
                if let Some((e2, b, unit, _)) = self.quantity(e1 + 1, false) {
                    if unit == ua && b > 1 && unit != Unit::Minute {
                        return Some(Match::new(
                            if between { j } else { i },
                            e2,
                            skip.unwrap_or(0),
                            Expr::DurationRange {
                                from: 1,
                                to: b,
                                unit,
                            },
                        ));
                    }
                }
            }
        }
        // «طوال اليوم», «طيلة شهر»: all of one unit.
        if modifier.is_none() && self.kw(i, &["طوال", "طيله"]).is_some() {
            if let Some((unit, l)) = self.unit_of(i + 1, Count::One) {
                // «طوال العام الماضي» is last year, read by the date rules; «طيلة يوم أمس», «طوال يوم الجمعة»: a day
                // named after «يوم» is a date, not all of one day.
                let named_day = unit == Unit::Day
                    && self.bits(i + 1 + l.ntok) & (bits::REL_DAY | bits::WEEKDAY | bits::NUM) != 0;
                // «طوال شهر رمضان», «طيلة عام 2023»: a month or year named after its noun is a date too.
                let named_day = named_day
                    || (matches!(unit, Unit::Month | Unit::Year)
                        && self.bits(i + 1 + l.ntok) & (bits::MONTH | bits::NUM) != 0);
                if !matches!(unit, Unit::Second | Unit::Minute)
                    && !named_day
                    && self.shift(i + 1 + l.ntok).is_none()
                {
                    let end = self.complete(i + 1 + l.ntok);
                    return Some(Match::new(
                        i,
                        end,
                        self.kw(i, &["طوال", "طيله"]).unwrap_or(0),
                        Expr::Duration {
                            amount: 1,
                            unit,
                            modifier: None,
                            vague: false,
                            more: [None; 3],
                        },
                    ));
                }
            }
        }
        // The plural first: most tokens have no unit reading, and the context test reads words.
        let vague = self.vague_quantity(j).or_else(|| {
            modifier
                .is_none()
                .then(|| self.bare_plural(j))
                .flatten()
                // «ظل المحتجون في الشوارع أسابيع طويلة»: an adjective of number or length makes it a span too.
                .filter(|&(e, _, _)| {
                    self.span_context(j)
                        || (e > j + 1
                            && self
                                .lex(e - 1, bits::VAGUE_ADJ, |r| matches!(r, Reading::VagueAdj))
                                .is_some())
                })
        });
        if let Some((end, unit, qskip)) = vague {
            return Some(Match::new(
                i,
                end,
                skip.unwrap_or(qskip),
                Expr::Duration {
                    amount: 3,
                    unit,
                    modifier,
                    vague: true,
                    more: [None; 3],
                },
            ));
        }
        let (end, amount, unit, qskip) = self.quantity(
            j,
            modifier.is_some()
                || self
                    .kw_list(i.wrapping_sub(1), WordList::SpanLead)
                    .is_some(),
        )?;
        // «سنة وستة أشهر», «عام واحد و شهر و 21 يوماً»: smaller units joined by «و».
        let mut more = [None; 3];
        let (mut end, mut last) = (self.complete(end), unit);
        for slot in more.iter_mut() {
            let k = if self.is_and(end) { end + 1 } else { end };
            if k == end && !self.starts(end, "و") {
                break;
            }
            match self.quantity(k, true) {
                Some((e, a, u, _)) if u < last && !matches!(u, Unit::Decade | Unit::Century) => {
                    *slot = Some((a, u));
                    last = u;
                    end = self.complete(e);
                }
                _ => break,
            }
        }
        // «يومين وشهر واحد»: one larger unit joined after, counted explicitly; it leads the sum.
        let (mut amount, mut unit) = (amount, unit);
        if more.iter().all(Option::is_none) {
            let k = if self.is_and(end) { end + 1 } else { end };
            if k > end || self.starts(end, "و") {
                if let Some((e, a, u, _)) = self.quantity(k, false) {
                    if u > unit && !matches!(u, Unit::Decade | Unit::Century) {
                        more[0] = Some((amount, unit));
                        amount = a;
                        unit = u;
                        end = self.complete(e);
                    }
                }
            }
        }
        // «ألا تزيد مدة الحبس على ستة أشهر»: a negated bound whose subject stands before «على».
        let modifier = modifier.or_else(|| self.split_bound(i));
        // «بين ساعتين» with no second end: «بين» is the preposition, out of the span.
        Some(Match::new(
            if between { j } else { i },
            end,
            skip.unwrap_or(qskip),
            Expr::Duration {
                amount,
                unit,
                modifier,
                vague: false,
                more,
            },
        ))
    }

    /// «ألا تزيد مدة الحبس على ستة أشهر», «لا تقل مدته عن عامين»: a negated verb of exceeding or falling short (lists
    /// `bound_above`, `bound_below`), its subject of one to three words, then «على»/«عن» right before the count at i:
    /// at most or at least. The verb with «على» right after it is the approximator of the lexicon.
    fn split_bound(&self, i: usize) -> Option<&'static str> {
        if i < 3 {
            return None;
        }
        if !self.is_any(i - 1, &["على", "علي", "عن"]) {
            return self.split_bound_over(i);
        }
        if i < 4 {
            return None;
        }
        self.negated_bound(
            i.saturating_sub(5).max(1)..i - 2,
            &[
                (
                    WordList::BoundAbove,
                    &["لا", "الا", "لن", "لم"],
                    "EQUAL_OR_LESS",
                ),
                (WordList::BoundBelow, &["لا", "الا", "لن"], "EQUAL_OR_MORE"),
            ],
        )
    }

    /// The bound told by the nearest word of `ks` (scanned backwards, words only up to the count) listed in one of
    /// `lists`, when one of that list's negations stands right before it.
    fn negated_bound(
        &self,
        ks: std::ops::Range<usize>,
        lists: &[(WordList, &[&str], &'static str)],
    ) -> Option<&'static str> {
        for k in ks.rev() {
            if self.tok(k + 1).is_some_and(|t| t.kind != Kind::Word) {
                return None;
            }
            if let Some(&(_, negs, bound)) =
                lists.iter().find(|(list, _, _)| self.is_listed(k, *list))
            {
                return self.is_any(k - 1, negs).then_some(bound);
            }
        }
        None
    }

    /// «ألا تتجاوز مدة الحبس ستة أشهر»: a negated transitive verb of exceeding (list `bound_over`), its subject of one
    /// to three words, then the count at i as its object: at most. The subject ends in a definite noun, a feminine
    /// one («مدة», folded «مده») or one with a pronoun («مدته», «عمرهم»); a preposition before the count is another
    /// phrase («ألا تتجاوز الحكومة صلاحياتها خلال ستة أشهر»). (The text here is folded: «إلى» reads «الي».)
    fn split_bound_over(&self, i: usize) -> Option<&'static str> {
        let noun = self.word(i - 1).is_some_and(|w| {
            w.starts_with("ال") && !matches!(w, "الي" | "الى" | "الا")
                || w.ends_with('ه')
                || w.ends_with("ها")
                || w.ends_with("هم")
                || w.ends_with("كم")
        });
        if !noun {
            return None;
        }
        self.negated_bound(
            i.saturating_sub(4).max(1)..i - 1,
            &[(
                WordList::BoundOver,
                &["لا", "الا", "لن", "لم"],
                "EQUAL_OR_LESS",
            )],
        )
    }

    /// «و» and a quantity of a smaller unit at i («سنة وستة أشهر»).
    fn smaller_unit_follows(&self, i: usize, unit: Unit) -> bool {
        let k = if self.is_and(i) { i + 1 } else { i };
        if k == i && !self.starts(i, "و") {
            return false;
        }
        self.quantity(k, true).is_some_and(|(_, _, u, _)| u < unit)
    }

    /// Past «كامل»/«كاملة» after a quantity («أسبوع كامل», «سنة كاملة»).
    fn complete(&self, end: usize) -> usize {
        if self.is_listed(end, WordList::Whole) {
            end + 1
        } else {
            end
        }
    }

    /// «بضع», «بضعة», «عدة», also after «ل»/«ب» («لبضعة أيام»): the bytes to skip.
    fn vague_word(&self, i: usize) -> Option<usize> {
        let w = self.word(i)?;
        let few = LEXICON.list(WordList::Few);
        let s = w.strip_prefix(['و', 'ف']).unwrap_or(w);
        let s = match s.strip_prefix(['ل', 'ب']) {
            Some(rest) if !few.contains(s.as_bytes()) => rest,
            _ => s,
        };
        few.contains(s.as_bytes()).then(|| w.len() - s.len())
    }

    /// «بضعة أيام», «بضع ساعات», «عدة أشهر»: an unspecified few units: (end, unit, skip).
    #[inline(never)]
    fn vague_quantity(&self, i: usize) -> Option<(usize, Unit, usize)> {
        // The unit after the word is one mask test; the word itself is read only before one.
        if self.bits(i + 1) & bits::UNIT == 0 {
            return None;
        }
        let skip = self.vague_word(i)?;
        let (unit, l) = self.unit_of(i + 1, Count::Plural)?;
        (!l.definite).then_some((i + 1 + l.ntok, unit, skip))
    }

    /// «مؤخراً», «حالياً», «في الوقت الراهن», «قريباً», «في المستقبل القريب»: the past, present or future as a whole
    /// (words in `data/lexicon/words.tsv`, `deictic`); «في الماضي», «في المستقبل» only after a preposition
    /// (`deicticnoun`). «قريباً من» is near a place, not soon.
    fn deictic(&self, i: usize) -> Option<Match> {
        let l = self.lex(i, bits::DEICTIC, |r| matches!(r, Reading::Deictic(..)))?;
        let Reading::Deictic(d, noun) = l.reading else {
            return None;
        };
        if noun && !self.prep_before(i) {
            return None;
        }
        let end = i + l.ntok;
        if self.is(end, "من") || self.is(end, "منه") || self.is(end, "منها") {
            return None;
        }
        // «في وقت سابق اليوم», «في وقت لاحق أمس»: the day named after it dates the clause, alone.
        if self.bits(end) & (bits::REL_DAY | bits::WEEKDAY) != 0 {
            return None;
        }
        // «وفي وقت لاحق، قالت مصادر …», «أحيلوا لاحقاً إلى القضاء»: later in a past story is no future; «سيعلن …
        // في وقت لاحق» is.
        if d > 0 && (self.is(i, "وقت") || self.is(i, "لاحقا")) && !self.future_context(i) {
            return None;
        }
        // «بعد هذه الأيام العصيبة»: the demonstrative with an adjective after the noun names those days, not the
        // present as a whole.
        if self.is(i, "هذه")
            && self.starts(end, "ال")
            && self
                .tok(end)
                .is_some_and(|t| t.kind == Kind::Word && t.lex.is_empty())
        {
            return None;
        }
        // After an indefinite accusative noun the one word is its adjective: «ضابطاً سابقاً» is a former officer
        // (a plural verb in «وا» is no noun: «أعلنوا سابقاً»).
        let agrees = l.ntok == 1
            && i > 0
            && self
                .word(i - 1)
                .is_some_and(|w| w.ends_with('ا') && !w.ends_with("وا"));
        if agrees {
            return None;
        }
        Some(Match::new(i, end, l.skip, Expr::Deictic(d)))
    }

    /// «قبل أيام», «منذ سنوات», «خلال أسابيع», «لساعات»: a bare indefinite plural unit where a count would stand
    /// reads as a few units, as «بضعة أيام» does: (end, unit, skip). Not before a definite word, where the plural heads
    /// a construct («خلال أيام العيد», «منذ سنوات الحرب»). The caller checks the word before it.
    #[inline(never)]
    fn bare_plural(&self, i: usize) -> Option<(usize, Unit, usize)> {
        let (unit, l) = self.unit_of(i, Count::Plural)?;
        let end = i + l.ntok;
        if l.definite || self.starts(end, "ال") {
            return None;
        }
        // «لأيام عدة», «منذ أسابيع قليلة», «منذ سنوات طويلة»: an adjective of number or length belongs to it.
        let end = if self
            .lex(end, bits::VAGUE_ADJ, |r| matches!(r, Reading::VagueAdj))
            .is_some()
        {
            end + 1
        } else {
            end
        };
        Some((end, unit, l.skip))
    }

    /// A word before a bare count or plural that makes it a span of time («منذ», «خلال», «لمدة», «طوال»), or the
    /// preposition «ل» on the plural itself («لسنوات»).
    fn span_context(&self, i: usize) -> bool {
        self.kw_list(i.wrapping_sub(1), WordList::SpanLead)
            .is_some()
            || self
                .kw_list(i.wrapping_sub(1), WordList::SpanVerb)
                .is_some()
            || self.word(i).zip(self.tok(i)).is_some_and(|(w, t)| {
                t.lex.iter().any(|l| l.skip > 0)
                    && w.strip_prefix(['و', 'ف']).unwrap_or(w).starts_with('ل')
            })
    }

    /// «كل يوم», «كل ثلاثة أشهر», «كل جمعة», «كل يوم اثنين», «يومياً», «سنوياً», «بشكل يومي»: a recurring time.
    fn r_set(&self, i: usize) -> Option<Match> {
        if let Some(l) = self.lex(i, bits::RECURRING, |r| matches!(r, Reading::Recurring(_))) {
            if let Reading::Recurring(unit) = l.reading {
                return Some(Match::new(
                    i,
                    i + l.ntok,
                    l.skip,
                    Expr::Every { amount: 1, unit },
                ));
            }
        }
        let l = self.lex(i, bits::EVERY, |r| matches!(r, Reading::Every))?;
        // «كل عام وأنتم بخير», «كل رمضان وأنتم بخير»: the greeting, no recurrence.
        if (i + 2..i + 5).any(|k| self.is_any(k, &["وانتم", "وانت", "وانتن", "وانتي"]))
        {
            return None;
        }
        let mut j = i + 1;
        // «كل يوم جمعة», «كل يوم الاثنين», «كل يومي الاثنين والخميس»: the head noun before a weekday.
        if self.kw(j, &["يوم", "يومي"]).is_some()
            && self
                .lex(j + 1, bits::WEEKDAY, |r| matches!(r, Reading::Weekday(_)))
                .is_some()
        {
            j += 1;
        }
        if let Some(w) = self.lex(j, bits::WEEKDAY, |r| matches!(r, Reading::Weekday(_))) {
            if let Reading::Weekday(wd) = w.reading {
                return Some(Match::new(i, j + w.ntok, l.skip, Expr::EveryWeekday(wd)));
            }
        }
        // «كل صباح», «كل مساء», «كل ليلة»: an indefinite part of day; of a weekday in construct («كل صباح جمعة»,
        // «كل مساء يوم خميس»), the part of every such weekday.
        if let Some(d) = self.lex(j, bits::DAY_PART, |r| matches!(r, Reading::DayPart(_))) {
            if let (Reading::DayPart(code), false) = (d.reading, d.definite) {
                let mut k = j + d.ntok;
                let head = usize::from(self.is(k, "يوم"));
                if let Some(w) = self
                    .lex(k + head, bits::WEEKDAY, |r| {
                        matches!(r, Reading::Weekday(_))
                    })
                    .filter(|w| !w.definite && !w.prefixed)
                {
                    if let Reading::Weekday(wd) = w.reading {
                        k += head + w.ntok;
                        return Some(Match::new(i, k, l.skip, Expr::EveryDayPart(Some(wd), code)));
                    }
                }
                return Some(Match::new(i, k, l.skip, Expr::EveryDayPart(None, code)));
            }
        }
        // «كل صيف», «كل شتاء»: an indefinite season.
        if let Some(d) = self.lex(j, bits::SEASON, |r| matches!(r, Reading::Season(_))) {
            if let (Reading::Season(code), false) = (d.reading, d.definite) {
                return Some(Match::new(i, j + d.ntok, l.skip, Expr::EverySeason(code)));
            }
        }
        // «كل رمضان», «كل شهر رمضان», «كل عاشوراء»: a month or a feast of every year (before «كل شهر»).
        if let Some(m) = self.every_year_of(i, j, l.skip) {
            return Some(m);
        }
        // «كل يوم», «كل شهر»: a singular indefinite unit; «كل ثلاثة أشهر», «كل 6 ساعات»: a count.
        let u = self.lex(j, bits::UNIT, |r| matches!(r, Reading::Unit { .. }));
        if let Some(Lex {
            reading:
                Reading::Unit {
                    unit,
                    count: Count::One,
                },
            definite: false,
            ..
        }) = u
        {
            return Some(Match::new(
                i,
                j + 1,
                l.skip,
                Expr::Every {
                    amount: 1,
                    unit: *unit,
                },
            ));
        }
        // «كل بضعة أيام», «كل عدة أشهر»: every few units.
        if let Some((e, unit, _)) = self.vague_quantity(j) {
            return Some(Match::new(i, e, l.skip, Expr::Every { amount: 0, unit }));
        }
        let (e, amount, unit, _) = self.quantity(j, true)?;
        if amount == 0 || amount > MAX_COUNT {
            return None;
        }
        Some(Match::new(i, e, l.skip, Expr::Every { amount, unit }))
    }

    /// After «كل» at `i`, a month named at `j` («كل رمضان», «كل شهر رمضان», «كل أغسطس») or a feast on a fixed day
    /// of its calendar («كل عاشوراء», «كل كريسماس»): that month or day of every year. Not one month or feast named in full («كل رمضان الماضي», «كل رمضان 1445»: all of it).
    #[inline(never)]
    fn every_year_of(&self, i: usize, j: usize, skip: usize) -> Option<Match> {
        let fixed = |h: Holiday| match h {
            Holiday::Gregorian(m, d) => Some((m, d, false)),
            Holiday::Hijri(m, d) => Some((m, d, true)),
            _ => None,
        };
        let (end, month, day, hijri) =
            if let Some(l) = self.lex(j, bits::HOLIDAY, |r| matches!(r, Reading::Holiday(_))) {
                let Reading::Holiday(h) = l.reading else {
                    return None;
                };
                let (m, d, hj) = fixed(h)?;
                (j + l.ntok, m, Some(d), hj)
            } else {
                let k = if self.period_noun(j, Unit::Month).is_some() {
                    j + 1
                } else {
                    j
                };
                // A month name, not «شهر» with a number («كل شهر 3 مرات»).
                self.lex(k, bits::MONTH, |r| matches!(r, Reading::Month { .. }))?;
                // «كل فبراير (شباط)»: with its paired name; «كل رمضان المبارك»: with its epithet.
                let (mut e, hijri, n, strong) = self.month(j)?;
                if !strong {
                    return None;
                }
                if hijri && self.in_list(e, WordList::MonthEpithet) {
                    e += 1;
                }
                (e, n, None, hijri)
            };
        if self.bits(end) & (bits::SHIFT | bits::THIS) != 0
            || self.num(end).is_some()
            || self.year(end, true).is_some()
        {
            return None;
        }
        Some(Match::new(
            i,
            end,
            skip,
            Expr::Yearly {
                month: Some(month),
                day,
                hijri,
            },
        ))
    }

    /// «صباح كل يوم», «مساء كل خميس», «ظهر كل جمعة»: a part of every day or of every given weekday; also written
    /// after it as an adverb («كل يوم اثنين صباحاً»).
    fn daypart_every(&self, i: usize) -> Option<Match> {
        let of = |e: &Expr| match *e {
            Expr::Every {
                amount: 1,
                unit: Unit::Day,
            } => Some(None),
            Expr::EveryWeekday(wd) => Some(Some(wd)),
            _ => None,
        };
        let part = |k: usize| -> Option<(usize, usize, &'static str)> {
            let d = self.lex(k, bits::DAY_PART, |r| matches!(r, Reading::DayPart(_)))?;
            match d.reading {
                Reading::DayPart(code) if !d.definite && !d.prefixed => {
                    Some((k + d.ntok, d.skip, code))
                }
                _ => None,
            }
        };
        if let Some((e, skip, code)) = part(i) {
            if self.bits(e) & bits::EVERY == 0 {
                return None;
            }
            let s = self.r_set(e).filter(|s| s.start == e)?;
            let wd = of(&s.expr)?;
            return Some(Match::new(i, s.end, skip, Expr::EveryDayPart(wd, code)));
        }
        None
    }

    /// A day and month, or a month, with no year at `m`, then «(من) كل عام/سنة»: that day or month of every year
    /// («في 30 يونيو من كل عام», «الثامن من مارس من كل سنة», «في رمضان من كل عام»).
    fn yearly(&self, m: &Match) -> Option<Match> {
        let Expr::Date(x) = m.expr else {
            return None;
        };
        let (Some(MonthX::Abs(month, None)), None) = (x.month, x.year) else {
            return None;
        };
        let day = match x.day {
            // A day the month has in some year («29 فبراير من كل عام», not «31 فبراير»).
            Some(DayX::Abs(d))
                if chrono::NaiveDate::from_ymd_opt(2000, month.into(), d.into()).is_some() =>
            {
                Some(d)
            }
            None => None,
            _ => return None,
        };
        if x.time.is_some() || x.part.is_some() || x.offset.is_some() || x.daypart.is_some() {
            return None;
        }
        let k = if self.is(m.end, "من") {
            m.end + 1
        } else {
            m.end
        };
        self.lex(k, bits::EVERY, |r| matches!(r, Reading::Every))?;
        let (unit, l) = self.unit_of(k + 1, Count::One)?;
        if unit != Unit::Year || l.definite {
            return None;
        }
        Some(Match {
            end: k + 1 + l.ntok,
            expr: Expr::Yearly {
                month: Some(month),
                day,
                hijri: x.hijri,
            },
            ..*m
        })
    }

    /// «الخامس والعشرين من كل شهر», «يوم 10 من كل شهر», «اليوم الأول من كل شهر»: a day of every month.
    fn monthly_day(&self, i: usize) -> Option<Match> {
        let (j, skip) = match self.kw(i, &["يوم", "اليوم"]) {
            Some(s) => (i + 1, s),
            None => (i, 0),
        };
        // Cheap first: «كل» within a few tokens, before the day is read.
        if !(j + 1..j + 5).any(|k| self.is(k, "كل")) {
            return None;
        }
        let (e, d) = self.day(j)?;
        // Digits alone need «يوم» or a preposition before them: «5 من كل شهر» may be a count.
        if !self.is(e, "من")
            || (j == i
                && self.num(j).is_some()
                && !(i > 0 && self.is_listed(i - 1, WordList::DatePrep)))
        {
            return None;
        }
        self.lex(e + 1, bits::EVERY, |r| matches!(r, Reading::Every))?;
        let (unit, l) = self.unit_of(e + 2, Count::One)?;
        if unit != Unit::Month || l.definite {
            return None;
        }
        let skip = if j > i {
            skip
        } else {
            self.lex(i, !0, |_| true).map(|l| l.skip).unwrap_or(0)
        };
        Some(Match::new(
            i,
            e + 2 + l.ntok,
            skip,
            Expr::Yearly {
                month: None,
                day: Some(d),
                hijri: false,
            },
        ))
    }

    /// A set of every day or weekday at `m` followed by an adverb of a part of day («كل يوم اثنين صباحاً»,
    /// «كل جمعة مساءً»): the part of those days.
    fn every_then_daypart(&self, m: &Match) -> Option<Match> {
        let wd = match m.expr {
            Expr::Every {
                amount: 1,
                unit: Unit::Day,
            } => None,
            Expr::EveryWeekday(wd) => Some(wd),
            _ => return None,
        };
        let k = m.end;
        let d = self.lex(k, bits::DAY_PART, |r| matches!(r, Reading::DayPart(_)))?;
        let Reading::DayPart(code) = d.reading else {
            return None;
        };
        // Only the adverb («صباحاً», «مساءً»): «مساء» may begin another date («كل يوم مساء الجمعة»), or name
        // another unit's part («كل يوم مساء اليوم»).
        if d.definite
            || d.prefixed
            || d.ntok != 1
            || self.starts_date(k + 1)
            || self.bits(k + 1) & (bits::UNIT | bits::THIS) != 0
        {
            return None;
        }
        Some(Match {
            end: k + 1,
            expr: Expr::EveryDayPart(wd, code),
            ..*m
        })
    }

    /// «في نفس العام», «في ذات الشهر», «خلال نفس الأسبوع» (the period noun at i): the narrative's period, as «العام
    /// نفسه».
    fn same_period(&self, i: usize) -> Option<Match> {
        let (unit, l) = self.unit_of(i, Count::One)?;
        // «في نفس العام الذي تجرى فيه الانتخابات»: the period of a relative clause, no date.
        if !l.definite || l.prefixed || self.is_any(i + 1, &["الذي", "التي"]) {
            return None;
        }
        let x = match unit {
            Unit::Week => DateX {
                week: Some(0),
                ..DateX::default()
            },
            Unit::Month => DateX {
                month: Some(MonthX::Same),
                ..DateX::default()
            },
            Unit::Year => DateX {
                year: Some(YearX::Same),
                ..DateX::default()
            },
            _ => return None,
        };
        Some(Match::new(
            i - 1,
            i + 1,
            0,
            Expr::Date(DateX {
                anaphoric: true,
                ..x
            }),
        ))
    }

    /// «(مثل) هذا اليوم من العام الماضي», «الشهر نفسه من العام الماضي»: the reference's day or month in a year
    /// before or after it, or in a year written («هذا اليوم من عام 1990»).
    fn same_of_year(&self, i: usize) -> Option<Match> {
        let (unit, skip, mut j, same) =
            if let Some(t) = self.lex(i, bits::THIS, |r| matches!(r, Reading::This)) {
                let (unit, _) = self.unit_of(i + 1, Count::One)?;
                (unit, t.skip, i + 2, false)
            } else {
                let (unit, l) = self.unit_of(i, Count::One)?;
                self.lex(i + 1, bits::SAME, |r| matches!(r, Reading::Same))?;
                (unit, l.skip, i + 2, true)
            };
        if !matches!(unit, Unit::Day | Unit::Month) || !self.is(j, "من") {
            return None;
        }
        j += 1;
        // «الشهر نفسه» is the month written before it, if any (`anaphoric`), in the year written or counted from the
        // narrative's («في الشهر نفسه من عام 1440», «من العام التالي»); «هذا الشهر» the reference's.
        let same_month = same && unit == Unit::Month;
        // «في مثل هذا اليوم من عام 1967»: the anniversary formula, the reference's day in a written year.
        if let Some((e, y, era, true)) = self.year(j, false) {
            if era == Some(true) && !same_month {
                return None;
            }
            let x = DateX {
                year: Some(YearX::Abs(y)),
                month: Some(MonthX::OfRef),
                day: (unit == Unit::Day).then_some(DayX::OfRef),
                anaphoric: same_month,
                hijri: era == Some(true),
                ..DateX::default()
            };
            return Some(Match::new(i, e, skip, Expr::Date(x)));
        }
        let (year, _) = self.unit_of(j, Count::One)?;
        let (e, k) = match (year, self.shift_kind(j + 1)) {
            (Unit::Year, Some((e, k, false))) if k != 0 => (e, i32::from(k)),
            (Unit::Year, Some((e, k, true))) if k != 0 && same_month => {
                let x = DateX {
                    year: Some(YearX::Rel(k.into())),
                    month: Some(MonthX::OfRef),
                    anaphoric: true,
                    ..DateX::default()
                };
                return Some(Match::new(i, e, skip, Expr::Date(x)));
            }
            _ => return None,
        };
        let x = match unit {
            Unit::Day => DateX {
                offset: Some((k, Unit::Year)),
                offset_more: [Some((0, Unit::Day)), None, None],
                ..DateX::default()
            },
            _ => DateX {
                month: Some(MonthX::Rel(k.checked_mul(12)?)),
                ..DateX::default()
            },
        };
        Some(Match::new(i, e, skip, Expr::Date(x)))
    }

    /// «أيام الجمعة», «أيام الأحد»: the plural «أيام» before a definite weekday is every such day (not «أيام
    /// الجمعة الماضية», which are days of one week).
    fn weekday_days(&self, i: usize) -> Option<Match> {
        let skip = self.kw(i, &["ايام"])?;
        // «أيام الآحاد», «أيام الجمع»: a weekday's plural is every such day.
        if let Some(w) = self.lex(i + 1, bits::WEEKDAY_PLURAL, |r| {
            matches!(r, Reading::WeekdayPlural(_))
        }) {
            if let (Reading::WeekdayPlural(wd), true) = (w.reading, w.definite && !w.prefixed) {
                return Some(Match::new(i, i + 1 + w.ntok, skip, Expr::EveryWeekday(wd)));
            }
        }
        let w = self.lex(i + 1, bits::WEEKDAY, |r| matches!(r, Reading::Weekday(_)))?;
        let Reading::Weekday(wd) = w.reading else {
            return None;
        };
        let end = i + 1 + w.ntok;
        if !w.definite || w.prefixed || self.shift(end).is_some() || self.is_and(end) {
            return None;
        }
        // «أيام الخميس والجمعة»: days in a row name the days of one week; two days apart, «أيام الأحد والأربعاء»,
        // recur (the second joins the set in `run`), unless what follows the whole list names one week or its
        // dates: a shift («أيام الأحد والثلاثاء والخميس المقبلة»), «من الأسبوع …», a number or a month.
        if self.bits(end) & bits::WEEKDAY != 0 {
            let mut k = end;
            let mut prev = wd;
            while let Some(l) = self
                .lex(k, bits::WEEKDAY, |r| matches!(r, Reading::Weekday(_)))
                .filter(|l| l.ntok == 1 && self.starts(k, "و"))
            {
                let Reading::Weekday(w2) = l.reading else {
                    return None;
                };
                if w2 == prev % 7 + 1 || prev == w2 % 7 + 1 {
                    return None;
                }
                prev = w2;
                k += 1;
            }
            if k == end || self.num(k).is_some() || self.bits(k) & bits::MONTH != 0 {
                return None;
            }
            if self.shift(k).is_some() || (self.is(k, "من") && self.bits(k + 1) & bits::UNIT != 0)
            {
                // The first day is in the week the last one names: «أيام الأحد والأربعاء من الأسبوع المقبل»
                // are the Sunday and Wednesday of next week; a Sunday listed before a later day is the one
                // before it, at the start of the week as it is counted here, not at the end of the ISO week.
                let (_, _, last) = self.weekday(k - 1)?;
                let Some(DayX::Weekday(lw, s)) = last.day else {
                    return None;
                };
                // Days ordered from Sunday (7 → 0), as the week is counted for a Sunday alone.
                let week = last.week.map(|o| if wd % 7 > lw % 7 { o - 1 } else { o });
                let x = DateX {
                    day: Some(DayX::Weekday(wd, s)),
                    week,
                    ..DateX::default()
                };
                return Some(Match::new(i + 1, end, w.skip, Expr::Date(x)));
            }
        }
        Some(Match::new(i, end, skip, Expr::EveryWeekday(wd)))
    }

    /// «بعد عيد الفطر بثلاثة أيام», «قبل عيد الأضحى بأسبوع», «بعد 5 يونيو بيومين»: days or weeks counted, with «ب»,
    /// from a feast or a written day, the day they reach (as «بعد ذلك بيومين» counts from the narrative's date).
    #[inline(never)]
    fn offset_from_day(&self, i: usize) -> Option<Match> {
        let skip = self.kw(i, &["قبل", "بعد"])?;
        // «بعد أسبوع من عيد الفطر», «قبل ثلاثة أيام من 5 يونيو»: the count first, then «من» and the day.
        if self.bits(i + 1) & (bits::UNIT | bits::CARDINAL | bits::NUM) != 0 {
            if let Some(m) = self.count_from_day(i, skip) {
                return Some(m);
            }
        }
        // A feast, a day number or a month next: cheap tests before the date rules run.
        if self.bits(i + 1) & (bits::HOLIDAY | bits::NUM | bits::ORDINAL | bits::MONTH) == 0 {
            return None;
        }
        let before = self.ends(i, "قبل");
        // «قبل رمضان بأسبوع», «بعد رمضان بشهر»: a Hijri month, counted from its first day (before it) or its last
        // (after it); in months, the month that many before or after it in the Hijri year («قبل رمضان بشهر» is
        // Shaban).
        let month = self.bits(i + 1) & bits::MONTH != 0;
        let (end, mut x, hijri_month) = match month.then(|| self.r_date(i + 1)).flatten() {
            Some(Match {
                start,
                end,
                expr: Expr::Date(x),
                ..
            }) if start == i + 1
                && x.hijri
                && x.day.is_none()
                && x.part.is_none()
                && x.time.is_none()
                && matches!(x.month, Some(MonthX::Abs(..))) =>
            {
                (end, x, true)
            }
            _ if self.bits(i + 1) & (bits::HOLIDAY | bits::NUM | bits::ORDINAL) == 0 => {
                return None
            }
            _ => {
                let (end, x) = self.day_to_count_from(i + 1)?;
                (end, x, false)
            }
        };
        // «قبل رمضان بقليل», «بعد عيد الفطر بقليل»: just before or after, with no count. A Hijri month gives the
        // end of the month before it (the start of the one after), within its Hijri year; a feast or a written day
        // the day before (after) it, approximately.

        if self.in_list(end, WordList::Shortly) {
            if hijri_month {
                let Some(MonthX::Abs(m, shift)) = x.month else {
                    return None;
                };
                // Across the year's turn («قبل محرم 1446 بقليل» is the end of Dhu al-Hijja 1445); with no year
                // written, the month is read around the reference as any other.
                let turn = if before { (1, 12, -1) } else { (12, 1, 1) };
                let n = if m == turn.0 {
                    match x.year {
                        None => {}
                        // A Hijri year (a Gregorian one, «رمضان 2024», names no Hijri year to step).
                        Some(YearX::Abs(y)) if y < super::resolve::GREGORIAN_YEARS_FROM => {
                            x.year = Some(YearX::Abs(y + turn.2));
                        }
                        _ => return None,
                    }
                    turn.1
                } else if before {
                    m - 1
                } else {
                    m + 1
                };
                if !(1..=12).contains(&n) {
                    return None;
                }
                x.month = Some(MonthX::Abs(n, shift));
                x.part = Some(if before { Part::End } else { Part::Start });
            } else {
                x.day_shift = if before { -1 } else { 1 };
                x.modifier = Some("APPROX");
            }
            return Some(Match::new(i, end + 1, skip, Expr::Date(x)));
        }
        if !self.starts(end, "ب") {
            return None;
        }
        // The count bears the «ب» itself («بثلاثة أيام»), or stands after a lone «ب» («بـ 3 أيام», «ب3 أيام») or an
        // approximator that bears it («بنحو أسبوع»), not a word that merely starts with it.
        let mut q = end;
        let mut glued = true;
        if self.is(q, "ب") {
            q += 1;
            glued = false;
        } else if let Some(l) = self
            .lex(q, bits::MOD, |r| matches!(r, Reading::Mod(_)))
            .filter(|l| l.skip > 0)
        {
            if let Reading::Mod(code) = l.reading {
                x.modifier = Some(code);
            }
            q += l.ntok.max(1);
            glued = false;
        }
        let (e, amount, unit, qskip) = self.quantity(q, true)?;
        if (qskip > 0) != glued {
            return None;
        }
        if hijri_month && unit == Unit::Month {
            let Some(MonthX::Abs(m, shift)) = x.month else {
                return None;
            };
            let n = i64::from(m) + if before { -1 } else { 1 } * i64::try_from(amount).ok()?;
            // Within the Hijri year only: its year is the one the month counted from is read in.
            x.month = Some(MonthX::Abs(
                u8::try_from(n).ok().filter(|n| (1..=12).contains(n))?,
                shift,
            ));
            return Some(Match::new(i, e, skip, Expr::Date(x)));
        }
        let days = days_in(amount, unit)?;
        if hijri_month {
            x.day = Some(if before { DayX::Abs(1) } else { DayX::LastDay });
        }
        x.day_shift = if before { -days } else { days };
        Some(Match::new(i, e, skip, Expr::Date(x)))
    }

    /// A feast or a written day and month at token `at` that a count of days may move («عيد الفطر», «5 يونيو»): the
    /// end of its match and the date, when nothing else (a time, a part, a shift of its own) is on it.
    fn day_to_count_from(&self, at: usize) -> Option<(usize, DateX)> {
        let m = self.r_date(at)?;
        let Expr::Date(x) = m.expr else {
            return None;
        };
        let written_day =
            matches!(x.day, Some(DayX::Abs(_))) && matches!(x.month, Some(MonthX::Abs(..)));
        if m.start != at
            || !(x.holiday.is_some() || written_day)
            || x.time.is_some()
            || x.daypart.is_some()
            || x.part.is_some()
            || x.day_shift != 0
        {
            return None;
        }
        Some((m.end, x))
    }

    /// The rest of [`Parser::offset_from_day`] for a count before «من» and a feast or a written day: «بعد أسبوع من
    /// عيد الفطر» is the day a week after the feast.
    fn count_from_day(&self, i: usize, skip: usize) -> Option<Match> {
        let (e, amount, unit, qskip) = self.quantity(i + 1, true)?;
        if qskip != 0
            || !self.is(e, "من")
            || self.bits(e + 1) & (bits::HOLIDAY | bits::NUM | bits::ORDINAL) == 0
        {
            return None;
        }
        let (end, mut x) = self.day_to_count_from(e + 1)?;
        let days = days_in(amount, unit)?;
        x.day_shift = if self.ends(i, "قبل") { -days } else { days };
        Some(Match::new(i, end, skip, Expr::Date(x)))
    }

    /// «قبل أسبوع», «بعد يومين», «قبل أربعة أشهر», «قبل ثلاثين عاماً»: an offset from the reference.
    #[inline(never)]
    fn r_offset(&self, i: usize) -> Option<Match> {
        if let Some(m) = self.colloquial_ago(i) {
            return Some(m);
        }
        let skip = self.kw(i, &["قبل", "بعد"])?;
        let sign: i32 = if self.ends(i, "قبل") { -1 } else { 1 };
        let mut j = i + 1;
        // «بعد ذلك بيومين», «قبل ذلك بأسبوع»: counted from the narrative's date.
        let anaphoric = self
            .lex(j, bits::THAT, |r| matches!(r, Reading::That))
            .is_some();
        if anaphoric {
            j += 1;
            if !self.starts(j, "ب") {
                return None;
            }
        }
        // «بعد مرور عام على الزلزال»: the passing of the time before its count.
        let passing = !anaphoric && self.is(j, "مرور");
        if passing {
            j += 1;
        }
        let qstart = j;
        // «قبل نحو أسبوعين», «قبل أكثر من عام», «قبل ما يزيد على عامين»: the approximator, of one word or more, is
        // the offset's mod.
        let mut approx = None;
        if let Some(l) = self.lex(j, bits::MOD, |r| matches!(r, Reading::Mod(_))) {
            if let Reading::Mod(m) = l.reading {
                approx = Some(m);
            }
            j += l.ntok.max(1);
        }
        let (mut end, amount, unit, vague) =
            match self.vague_quantity(j).or_else(|| self.bare_plural(j)) {
                Some((e, unit, _)) => (e, 3, unit, true),
                None => {
                    // «بعد عام 2000», «قبل عام 1990م»: the year itself, not a year's offset.
                    if self.year(j, false).is_some_and(|(_, _, _, head)| head) {
                        return None;
                    }
                    let (e, amount, unit, _) = self.quantity(j, true)?;
                    // «قبل شهر رمضان», «بعد شهر أغسطس»: «شهر» heads the month named after it, a date of its own.
                    if e == j + 1
                        && unit == Unit::Month
                        && self
                            .lex(e, bits::MONTH, |r| matches!(r, Reading::Month { .. }))
                            .is_some_and(|l| !l.prefixed)
                    {
                        return None;
                    }
                    (e, amount, unit, false)
                }
            };
        // «بعد عام وستة أشهر», «بعد 2 عام و 21 يوماً من الآن»: smaller units joined by «و».
        let mut more = [None; 3];
        if !vague {
            if let Some((e, m)) = self.smaller_units(self.complete(end), unit, false) {
                if m[0].is_some() {
                    // `smaller_units` keeps counts up to `MAX_COUNT`.
                    more = m.map(|p| p.map(|(a, u)| (sign.saturating_mul(a as i32), u)));
                    end = e;
                }
            }
        }
        // «بعد يومين من ذلك», «قبل أسبوع على ذلك التاريخ»: from the narrative's date, as «بعد ذلك بيومين».
        let mut anaphoric = anaphoric;
        if !anaphoric && self.is_any(end, &["من", "على", "علي"]) {
            if let Some(e) = self.that_date(end + 1) {
                anaphoric = true;
                end = e;
            }
        }
        // «قبل ثلاثة أشهر من الانتخابات» counts from an event, not from the reference; «بعد أسبوعين من الآن» does.
        // «قبل أسبوع تقريباً»: the approximator written after the count.
        if approx.is_none() && self.is(end, "تقريبا") {
            approx = Some("APPROX");
            end += 1;
        }
        // Counted from an event, the count is a length of time, even a single unit with no number («بعد أسبوع من
        // الحادثة», «بعد أيام قلائل على سقوط»); the approximator stays in the span («بعد نحو شهر من الهجوم»).
        let length = |end: usize| {
            (more[0].is_none() && amount <= MAX_COUNT).then(|| {
                Match::new(
                    qstart,
                    end,
                    0,
                    Expr::Duration {
                        amount,
                        unit,
                        modifier: approx,
                        vague,
                        more: [None; 3],
                    },
                )
            })
        };
        // «بعد أيام فقط من تعيينه», «بعد أربع سنوات فقط من خروج»: «فقط» before the event counted from.
        if !anaphoric
            && self.is(end, "فقط")
            && self.is_any(end + 1, &["من", "على", "علي"])
            && !self.is(end + 2, "الان")
        {
            return length(end);
        }
        // «قبل نحو عقد من الزمن»: «من الزمن» only says the count is of time.
        if !anaphoric && self.is(end, "من") && !self.is(end + 1, "الزمن") {
            match self.now_after(end) {
                Some(e) => end = e,
                None => return length(end),
            }
        }
        // «بعد ثلاثة أيام على إعلان الحكومة», «قبل يومين على الانتخابات»: from an event too (but «بعد يومين على
        // الأقل» is from the reference). After «قبل» only before a definite noun: «وافقت قبل أسابيع على استقبال»,
        // «قال قبل ثلاثة أسابيع على محطة» take «على» from the verb.
        // «قبل أقل من 24 ساعة على هذا الهجوم»: a demonstrative before the noun names an event too.
        if self.is_any(end, &["على", "علي"])
            && !self.is_any(end + 1, &["الاقل", "اقل"])
            && (sign > 0 || self.starts(end + 1, "ال") || self.is_any(end + 1, &["هذا", "هذه"]))
        {
            return length(end);
        }
        // «يوماً بعد يوم», «عاماً بعد عام»: day after day, no date.
        if i > 0
            && self
                .unit_of(i - 1, Count::One)
                .is_some_and(|(u, l)| u == unit && !l.definite)
        {
            return None;
        }
        // «لكن بعد مرور 16 شهراً توقفت الحملة»: the passing of time counts from the story's events, not from the
        // publication date.
        if passing {
            return length(end);
        }
        // «بعد 18446744073709551615 يوم»: no real offset, and no clamped one either.
        if amount > MAX_COUNT {
            return None;
        }
        // «قبل نحو عقد», «قبل ثلاثة عقود», «قبل قرنين»: so many years back. A lone «عقد» or «قرن» is too often another
        // word («قبل عقد القمة»: before the summit is held), so it needs an approximator, a count, «من الزمن», or
        // nothing after it in its clause («وقع ذلك قبل عقد،»: nothing to hold); and decades after are the length of a
        // life's work («بعد أربعة عقود قضاها وزيراً»), not a date.
        let (amount, unit) = match unit {
            // «قبل عقود», «قبل عقود طويلة»: a few decades back, kept in decades, whose resolution is the century
            // around them (as «قبل سنوات» is the decade around a few years back); not contracts in construct («قبل
            // عقود الإيجار»).
            Unit::Decade
                if vague
                    && sign < 0
                    && !anaphoric
                    && more.iter().all(Option::is_none)
                    && !self.starts(end, "ال") =>
            {
                (amount, unit)
            }
            Unit::Decade | Unit::Century => {
                let counted = approx.is_some()
                    || amount > 1
                    || (self.is(self.complete(end), "من")
                        && self.is(self.complete(end) + 1, "الزمن"))
                    || (!anaphoric && self.closes_clause(end));
                if sign > 0 || vague || !more.iter().all(Option::is_none) || !counted {
                    return None;
                }
                let years = if unit == Unit::Decade { 10 } else { 100 };
                (amount.saturating_mul(years), Unit::Year)
            }
            _ => (amount, unit),
        };
        let x = DateX {
            offset: Some((sign.saturating_mul(i32::try_from(amount).ok()?), unit)),
            offset_more: more,
            vague,
            modifier: if vague { Some("APPROX") } else { approx },
            anaphoric,
            told_past: sign > 0 && !anaphoric && self.told_past(i, end),
            ..DateX::default()
        };
        Some(Match::new(i, end, skip, Expr::Date(x)))
    }

    /// The clause of the expression at `i..end` («بعد» and its count, «نهاية الأسبوع») is told as past: a perfect
    /// auxiliary right after it («بعد ساعات تم إطلاق سراحهم»; list `past_aux`), a perfect in «ت» or a masculine one
    /// of list `past_verb` right after it, right before it or before up to three definite words right before it («وبعد عام
    /// جاءت النكسة», «لكنها انسحبت بعد شهر», «وصل الوفد نهاية الأسبوع»), «قد» before a perfect or «لم» earlier in
    /// the clause («فقد توقفت الحملة بعد 29 يوماً»); and no future word. Read only for these expressions, which are
    /// rare.
    fn told_past(&self, i: usize, end: usize) -> bool {
        let bare = |k: usize| {
            self.word(k)
                .map(|w| w.strip_prefix(['و', 'ف']).unwrap_or(w))
                .filter(|w| !w.is_empty())
        };
        // A perfect in «ت», not a definite noun or a feminine plural («الانتخابات»); «وصلت» may keep its «و».
        let fem_perfect = |k: usize| {
            let perfect =
                |w: &str| !w.starts_with("ال") && !w.ends_with("ات") && looks_feminine_perfect(w);
            bare(k).is_some_and(perfect) || self.word(k).is_some_and(perfect)
        };
        // Or a masculine perfect that is no noun (list `past_verb`: «عاد», «وصل»).
        let perfect = |k: usize| fem_perfect(k) || self.kw_list(k, WordList::PastVerb).is_some();
        let after = if self.punct(end) == Some(',') {
            end + 1
        } else {
            end
        };
        let prep = |k: usize| self.is_any(k, &["الي", "في", "من", "علي", "عن", "مع"]);
        // Right before «بعد» too, unless a preposition stands before it: «إلى بيروت بعد يومين» is a place; or before
        // up to three definite words right before it, its subject and object («وصل الوفد المفاوض نهاية الأسبوع»).
        let mut v = i;
        while v > i.saturating_sub(3) && v >= 1 && self.starts(v - 1, "ال") && !prep(v - 1) {
            v -= 1;
        }
        let mut past = self.kw_list(after, WordList::PastAux).is_some()
            || perfect(after)
            || (v >= 1 && perfect(v - 1) && !(v >= 2 && prep(v - 2)));
        // Back through the clause, up to seven words: «قد» before a perfect, «لم». (Not its head alone: «تعهدت
        // اللجنة بتقديم تقريرها بعد ثلاثة أشهر» promises what is to come.)
        for k in (i.saturating_sub(7)..i).rev() {
            if past || self.tok(k).map(|t| t.kind) != Some(Kind::Word) {
                break;
            }
            past = match bare(k) {
                Some("لم") => true,
                Some("قد" | "لقد") => !bare(k + 1).is_some_and(looks_only_imperfect),
                _ => false,
            };
        }
        past && !self.future_context(i)
    }

    /// «ذلك», «ذلك التاريخ», «ذلك اليوم» at i, standing for the narrative's last date: the end. Not «ذلك» before
    /// another definite noun («من ذلك الهجوم» names an event).
    fn that_date(&self, i: usize) -> Option<usize> {
        // «التاريخ المذكور», «هذا التاريخ», «التاريخ نفسه»: the date just written.
        if self.is(i, "التاريخ") {
            return self
                .is_listed(i + 1, WordList::DateEpithet)
                .then_some(i + 2);
        }
        if self.is(i, "هذا") && self.is(i + 1, "التاريخ") {
            return Some(i + 2);
        }
        self.lex(i, bits::THAT, |r| matches!(r, Reading::That))?;
        if self.is_listed(i + 1, WordList::ThatNoun) {
            return Some(i + 2);
        }
        (!self.starts(i + 1, "ال")).then_some(i + 1)
    }

    /// A verb of following or preceding at i, after «الذي» («الذي تلاه», «الذي سبقه»): +1 or -1.
    fn that_followed(&self, i: usize) -> Option<i32> {
        // With the pronoun only: «الأسبوع الذي سبق الزيارة» counts from an event, not from a date.
        if self.is_listed(i, WordList::FollowVerb) {
            Some(1)
        } else if self.is_listed(i, WordList::PrecedeVerb) {
            Some(-1)
        } else {
            None
        }
    }

    /// «من الآن», «من اليوم» at i: the end of the pair.
    fn now_after(&self, i: usize) -> Option<usize> {
        if !self.is(i, "من") {
            return None;
        }
        self.lex(i + 1, bits::NOW | bits::REL_DAY, |r| {
            matches!(r, Reading::Now | Reading::RelDay(0))
        })
        .map(|l| i + 1 + l.ntok)
    }

    /// Quantities of ever smaller units after a first one of `unit` («و 21 يوماً», «وشهر و21 يوماً»); with `loose`,
    /// also joined by a comma or nothing («1 شهر, 21 يوماً», «2 سنة 1 شهر 21 يوم»). Returns the end and the units.
    fn smaller_units(&self, mut end: usize, unit: Unit, loose: bool) -> Option<(usize, MoreUnits)> {
        let mut more = [None; 3];
        let mut last = unit;
        for slot in more.iter_mut() {
            let k = if self.is_and(end) || (loose && self.punct(end) == Some(',')) {
                end + 1
            } else {
                end
            };
            if k == end && !loose && !self.starts(end, "و") {
                break;
            }
            match self.quantity(k, true) {
                Some((e, a, u, _))
                    if u < last && !matches!(u, Unit::Decade | Unit::Century) && a <= MAX_COUNT =>
                {
                    *slot = Some((a, u));
                    last = u;
                    end = self.complete(e);
                }
                _ => break,
            }
        }
        Some((end, more))
    }

    /// «1 شهر و 21 يوماً من الآن», «سنتين من اليوم»: a quantity counted forward from the reference, without «بعد».
    #[inline(never)]
    fn ahead_from_now(&self, i: usize) -> Option<Match> {
        let (e, amount, unit, skip) = self.quantity(i, true)?;
        if matches!(unit, Unit::Decade | Unit::Century) || amount > MAX_COUNT {
            return None;
        }
        let (end, more) = self.smaller_units(self.complete(e), unit, true)?;
        let end = self.now_after(end)?;
        let x = DateX {
            offset: Some((i32::try_from(amount).ok()?, unit)),
            offset_more: more.map(|p| p.map(|(a, u)| (a as i32, u))),
            ..DateX::default()
        };
        Some(Match::new(i, end, skip, Expr::Date(x)))
    }

    /// Colloquial «من أسبوع», «من يومين» (a week ago), closing its clause. «أكثر من أسبوع», «بدلاً من يومين», «من
    /// أسبوع إلى أسبوعين» and «من أسبوع الموضة» are something else.
    #[inline(never)]
    fn colloquial_ago(&self, i: usize) -> Option<Match> {
        if !self.is(i, "من") {
            return None;
        }
        // Only at the start of a clause or after a verb of coming and going («رجع من أسبوع»): after a noun, «من»
        // gives a make-up («هدنة جديدة من خمسة أيام»).
        // «سأعود من أسبوع» is no past.
        // «وصل الوفد من أسبوع»: the verb may have its subject, one definite noun, after it.
        let subject_between =
            i > 1 && self.starts(i - 1, "ال") && self.bits(i - 1) == 0 && self.motion_before(i - 1);
        let after_verb = (self.motion_before(i) || subject_between) && !self.future_context(i);
        let clause_start = i == 0
            || matches!(
                self.tok(i - 1).map(|t| t.kind),
                Some(Kind::Punct(_) | Kind::Break)
            );
        if !(after_verb || clause_start) {
            return None;
        }
        let (end, amount, unit, _) = self.quantity(i + 1, true)?;
        // «وصلنا من أسبوع ولم نجد أحداً»: a new clause after it closes it too.
        if amount > MAX_COUNT
            || matches!(unit, Unit::Decade | Unit::Century)
            || self.tok(end).map(|t| t.kind) == Some(Kind::Num)
            || (self.tok(end).map(|t| t.kind) == Some(Kind::Word)
                && self.kw_list(end, WordList::ClauseOpen).is_none())
            || self.punct(end) == Some('-')
        {
            return None;
        }
        let x = DateX {
            offset: Some((-i32::try_from(amount).ok()?, unit)),
            ..DateX::default()
        };
        Some(Match::new(i, end, 0, Expr::Date(x)))
    }

    // ---- clock times ----

    /// «الساعة العاشرة والربع صباحاً», «الساعة 3 عصرا», «3:18 صباحا», «15:15», «الثالثة فجرا»,
    /// «الساعة 12 الا ربع قبل الظهر».
    #[inline]
    fn r_time(&self, i: usize) -> Option<Match> {
        if !self.time_may_start(i) {
            return None;
        }
        self.memo.time.get(i, || self.read_time(i))
    }

    /// What every form of [`Parser::read_time`] needs at `i`: a minute word or a count (minutes before an hour),
    /// «قبل»/«بعد» (an hour then its minutes), a part of day or a named hour, an approximator or «الساعة», an hour
    /// in digits or words ([`Parser::r_clock`]).
    #[inline]
    fn time_may_start(&self, i: usize) -> bool {
        self.bits(i)
            & (bits::UNIT
                | bits::NUM
                | bits::CARDINAL
                | bits::ORDINAL
                | bits::DAY_PART
                | bits::CLOCK_TIME
                | bits::MOD
                | bits::CLOCK)
            != 0
            || self.is(i, "قبل")
            || self.is(i, "بعد")
    }

    /// The rule itself, remembered by the function above.
    #[inline(never)]
    fn read_time(&self, i: usize) -> Option<Match> {
        // «ثلاث دقائق قبل الثامنة»: minutes before or after an hour.
        if let Some(m) = self.minutes_from_hour(i) {
            return Some(m);
        }
        // «قبل الثامنة بعشر دقائق»: the same, the minutes after the hour.
        if let Some(m) = self.hour_offset_after(i) {
            return Some(m);
        }
        // «بعد الظهر الساعة 7», «مساء 7»: a part of day before the clock time.
        if let Some(l) = self.lex(i, bits::DAY_PART, |r| matches!(r, Reading::DayPart(_))) {
            if let Reading::DayPart(p) = l.reading {
                if let Some(m) = self.r_clock(i + l.ntok, Some(p)) {
                    return Some(Match {
                        start: i,
                        skip: l.skip,
                        ..m
                    });
                }
            }
        }
        // «وقت الغداء الساعة 12»: a named hour before the clock time that agrees with it.
        if let Some(m) = self.named_hour_lead(i) {
            return Some(m);
        }
        self.r_clock(i, None)
    }

    /// «منتصف الليل», «الظهيرة»: a named hour at i. «الظهر» is also the back («قاصمة الظهر»): noon only after a
    /// preposition or a day.
    fn named_hour(&self, i: usize) -> Option<Match> {
        let l = self.lex(i, bits::CLOCK_TIME, |r| matches!(r, Reading::ClockTime(_)))?;
        let noon_ok = !self.is(i, "الظهر")
            || (i > 0
                // And after «قبل»: «قبل الظهر» alone is read first as the morning, a part of day (`daypart_date`).
                && (self.is_listed(i - 1, WordList::NoonPrep)
                    || self.is(i - 1, "قبل")
                    || self
                        .lex(i - 1, bits::REL_DAY | bits::WEEKDAY, |r| {
                            matches!(r, Reading::Weekday(_) | Reading::RelDay(_))
                        })
                        .is_some()));
        let (Reading::ClockTime(h), true) = (l.reading, noon_ok) else {
            return None;
        };
        // «منتصف نهار الجمعة»: the indefinite form is in construct with its day, never alone.
        if l.ntok > 1 && self.is(i + 1, "نهار") && !self.starts_date(i + l.ntok) {
            return None;
        }
        let x = DateX {
            time: Some(TimeX {
                hour: h,
                minute: 0,
                second: None,
                milli: 0,
                grain: Grain::Hour,
            }),
            ..DateX::default()
        };
        Some(Match::new(i, i + l.ntok, l.skip, Expr::Date(x)))
    }

    /// A clock time at i; `lead` is a part of day written before it.
    #[inline(never)]
    fn r_clock(&self, i: usize, lead: Option<&'static str>) -> Option<Match> {
        if lead.is_none() {
            // «قرابة منتصف الليل», «حوالي منتصف النهار»: an approximator before a named hour.
            if let Some(a) = self.lex(i, bits::MOD, |r| matches!(r, Reading::Mod("APPROX"))) {
                if let Some(mut m) = self.named_hour(i + a.ntok.max(1)) {
                    if let Expr::Date(x) = &mut m.expr {
                        x.modifier = Some("APPROX");
                    }
                    return Some(Match {
                        start: i,
                        skip: a.skip,
                        ..m
                    });
                }
            }
            if let Some(m) = self.named_hour(i) {
                return Some(m);
            }
        }
        let mut j = i;
        let mut skip = 0;
        let mut clock = false;
        let mut paren = false;
        if let Some(l) = self.lex(i, bits::MOD, |r| matches!(r, Reading::Mod(_))) {
            // «قرابة العاشرة صباحاً»: an approximator before an hour-naming ordinal too.
            let k = i + l.ntok;
            let hour_word = matches!(l.reading, Reading::Mod("APPROX"))
                && self
                    .word(k)
                    .is_some_and(|w| w.starts_with("ال") && w.ends_with('ه'))
                && self.hour_ordinal(k).is_some();
            if hour_word
                || self
                    .lex(k, bits::CLOCK, |r| matches!(r, Reading::Clock))
                    .is_some()
            {
                skip = l.skip;
                j += l.ntok;
            }
        }
        // «قرابة العاشرة من صباح اليوم»: an approximator before an hour-naming ordinal stands for a preposition.
        let approx = j > i;
        if let Some(l) = self.lex(j, bits::CLOCK, |r| matches!(r, Reading::Clock)) {
            clock = true;
            if j == i {
                skip = l.skip;
            }
            j += 1;
            // «الساعة الـ11»: the article written before the digits.
            if self.is(j, "ال") && self.num(j + 1).is_some() {
                j += 1;
            }
            // «الساعة (11:59) مساءً»: the digits in parentheses.
            if self.punct(j) == Some('(')
                && self.num(j + 1).is_some()
                && self.punct(j + 2) == Some(':')
                && self.punct(j + 4) == Some(')')
            {
                paren = true;
                j += 1;
            }
        }
        let mut minute: u64 = 0;
        let mut second = None;
        let mut milli = 0;
        let mut grain = Grain::Hour;
        // A bare number («بين 10 و15 عاماً») is an hour only with a part of day.
        let bare_number = !clock
            && self.num(j).is_some()
            && self.punct(j + 1) != Some(':')
            && !(self.tight(j + 1)
                && self.tight(j + 2)
                && self.num(j + 2).is_some_and(|(_, n)| n == 2)
                && self.is_listed(j + 1, WordList::HourLetter));
        let (mut end, mut hour) = if let Some((h, nh)) = self.num(j) {
            if nh > 2 {
                // «340 مساءً»: hour and minutes without the colon, only before a part of day.
                let with_part = self.compact_clock(j).and_then(|(ch, cm)| {
                    self.finish_time(
                        i,
                        j + 1,
                        skip,
                        ch,
                        cm,
                        second,
                        milli,
                        Grain::Minute,
                        clock,
                        false,
                        lead,
                    )
                    .filter(|m| matches!(m.expr, Expr::Date(x) if x.daypart.is_some()))
                });
                // Glued to what follows, only a mark that closes the clause («الساعة 0415.»), not «.5» or «/2».
                let glued = self.tight(j + 1)
                    && !(matches!(self.punct(j + 1), Some('.' | '،' | ',' | '؛'))
                        && self.num(j + 2).is_none());
                if with_part.is_some() || !clock || nh != 4 || glued {
                    return with_part;
                }
                // «الساعة 1415 ت غ», «الساعة 0630»: after the clock noun, four digits are a 24-hour time, as wire
                // reports write it.
                let (h, m) = (h / 100, h % 100);
                if h > 23 || m > 59 {
                    return None;
                }
                return self.finish_time(
                    i,
                    j + 1,
                    skip,
                    h,
                    m,
                    second,
                    milli,
                    Grain::Minute,
                    clock,
                    false,
                    lead,
                );
            }
            if h > 24 {
                return None;
            }
            let mut e = j + 1;
            // «9:30», and «9.30» as Arabic news often writes it.
            let sep = match self.punct(e) {
                Some(':') => true,
                Some('.') => self.num(e + 1).is_some_and(|(_, n)| n == 2),
                // «الساعة 08,15 صباحاً»: a comma only after the clock noun.
                Some(',' | '٫') => clock && self.num(e + 1).is_some_and(|(_, n)| n == 2),
                // «10h30», «10سا30»: the Maghrebi hour letter between the digits.
                _ => {
                    self.num(e + 1).is_some_and(|(_, n)| n == 2)
                        && self.is_listed(e, WordList::HourLetter)
                }
            };
            if sep && self.tight(e) && self.tight(e + 1) {
                let (m, nm) = self.num(e + 1)?;
                if nm != 2 || m > 59 {
                    return None;
                }
                minute = m;
                grain = Grain::Minute;
                e += 2;
                // «الساعة 4.15 دقيقة مساءً»: the minute noun after the digits.
                if self
                    .lex(e, bits::UNIT, |r| {
                        matches!(
                            r,
                            Reading::Unit {
                                unit: Unit::Minute,
                                count: Count::One | Count::Plural,
                            }
                        )
                    })
                    .is_some_and(|l| !l.definite && !l.prefixed)
                {
                    e += 1;
                }
                if self.punct(e) == Some(':') && self.tight(e) {
                    if let Some((s, 2)) = self.num(e + 1) {
                        if s <= 59 {
                            second = Some(s as u8);
                            grain = Grain::Second;
                            e += 2;
                            // «12:30:15.5»: decimals of the second, to the thousandth.
                            if self.punct(e) == Some('.') && self.tight(e) && self.tight(e + 1) {
                                if let Some((f, nf @ 1..=3)) = self.num(e + 1) {
                                    milli = (f * 10u64.pow(3 - nf as u32)) as u16;
                                    e += 2;
                                }
                            }
                        }
                    }
                }
            } else if !clock && !(1..=12).contains(&h) {
                // A bare number is an hour only with a part of day after it («7 مساءً»): see `finish_time`.
                return None;
            } else if !clock && lead.is_none() && !self.clock_tail_may_follow(e) {
                // Nor is a bare hour with nothing after it that `finish_time` could take as its part of day or named
                // hour, nor minutes joined by «و» or «إلا»: most numbers of a text stop here.
                return None;
            }
            if paren {
                if self.punct(e) != Some(')') {
                    return None;
                }
                e += 1;
            }
            (e, h)
        } else if let Some((e, h)) = self.hour_ordinal(j) {
            // «الثالثة», «الحادية عشرة»: feminine ordinals name hours.
            let w = self.word(j).unwrap_or("");
            if !(clock || w.ends_with('ه')) || !(1..=12).contains(&h) {
                return None;
            }
            // «ثامنة والربع»: an indefinite ordinal names an hour only with its fraction.
            if !clock
                && !self
                    .word(j)
                    .is_some_and(|w| w.trim_start_matches(['و', 'ف']).starts_with("ال"))
                && !self.and_clock_fraction(e)
            {
                return None;
            }
            (e, u64::from(h))
        } else if clock {
            // «الساعة ثمانية وأربعين»: the hour alone, the tens after it are minutes.
            let (e, h) = self.word_hour(j)?;
            if !(1..=12).contains(&h) {
                return None;
            }
            (e, h)
        } else {
            return self.word_clock(i, lead);
        };
        // Minutes: «والربع», «ونصف», «و18 دقيقة», «وخمسة عشر دقيقة»; «إلا ربع», «الا ثلث».
        if grain == Grain::Hour {
            let k = if self.is_and(end) { end + 1 } else { end };
            let conj = k > end || self.starts(end, "و");
            if conj {
                if let Some((e, m)) = self.clock_fraction(k) {
                    minute = m;
                    grain = Grain::Minute;
                    end = e;
                } else if let Some((e, m, _)) = self.cardinal(k) {
                    if (1..=59).contains(&m) {
                        let mut e = e;
                        // «بين الساعة 8 و10 صباحاً»: after «بين», a number with no minute noun is the second hour.
                        let between =
                            self.num(k).is_some() && i > 0 && self.kw(i - 1, &["بين"]).is_some();
                        if self
                            .lex(e, bits::UNIT, |r| {
                                matches!(
                                    r,
                                    Reading::Unit {
                                        unit: Unit::Minute,
                                        ..
                                    }
                                )
                            })
                            .is_some()
                        {
                            e += 1;
                        } else if self.num(k).is_none()
                            && !clock
                            && lead.is_none()
                            && self
                                .lex(e, bits::DAY_PART, |r| matches!(r, Reading::DayPart(_)))
                                .is_none()
                        {
                            // «السابعة وثلاثين مساءً» names minutes; «السابعة وثلاثين» alone may count things.
                            return None;
                        } else if between {
                            e = end;
                        }
                        if e > end {
                            minute = m;
                            grain = Grain::Minute;
                            end = e;
                        }
                    }
                }
            } else if self.is_any(end, &["الا", "إلا"]) {
                if let Some(l) = self.lex(end + 1, bits::FRACTION, |r| {
                    matches!(r, Reading::Fraction(_))
                }) {
                    if let Reading::Fraction(f) = l.reading {
                        let m = 60 / u64::from(f.max(1));
                        let h = if hour == 0 { 23 } else { hour - 1 };
                        minute = 60 - m;
                        grain = Grain::Minute;
                        end += 2;
                        return self.finish_time(
                            i, end, skip, h, minute, second, milli, grain, clock, false, lead,
                        );
                    }
                }
            }
        }
        // «الخامسة والنصف إلا ثلاث دقائق», «الثالثة إلا 20 دقيقة».
        if let Some((e, m)) = self.minus_minutes(end) {
            let t = (hour * 60 + minute + 24 * 60 - m) % (24 * 60);
            hour = t / 60;
            minute = t % 60;
            grain = Grain::Minute;
            end = e;
        }
        // «سأعود في السابعة.»: an hour-naming ordinal right after «في»/«عند»/«حتى», closing the clause.
        let signal = !clock
            && self.num(j).is_none()
            && (approx || (i > 0 && self.is_listed(i - 1, WordList::HourPrep)))
            && (!matches!(self.tok(end).map(|t| t.kind), Some(Kind::Word | Kind::Num))
                // «عند العاشرة من صباح الخميس»: its day follows; «في السابعة من مساء كل خميس»: or every such day.
                || (self.is(end, "من")
                    && (self.daypart_date(end + 1).is_some()
                        || self.daypart_every(end + 1).is_some())));
        let mut m = self.finish_time(
            i, end, skip, hour, minute, second, milli, grain, clock, signal, lead,
        )?;
        // «قرابة العاشرة صباحاً», «نحو الساعة 9:15»: the approximator is the time's mod.
        if let (true, Expr::Date(x)) = (approx, &mut m.expr) {
            x.modifier.get_or_insert("APPROX");
        }
        match m.expr {
            Expr::Date(x) if bare_number && x.daypart.is_none() => None,
            _ => Some(m),
        }
    }

    /// «من 5 إلى 6 مساءً», «بين الخامسة والسادسة مساءً», «4-5 مساءً»: a range of hours whose first end is bare and
    /// takes its part of day from the second.
    #[inline(never)]
    fn bare_time_range(&self, i: usize) -> Option<Match> {
        // The first end at i or after «من»/«بين»: a clock time or a bare hour (digits or an ordinal).
        if !self.time_may_start(i) && !self.time_may_start(i + 1) {
            return None;
        }
        let lead = self.kw(i, &["من", "بين"]).is_some();
        let between = lead && self.ends(i, "بين");
        let j = if lead { i + 1 } else { i };
        // A bare hour in digits or an hour-naming ordinal.
        let bare_hour = |j: usize| -> Option<(usize, DateX)> {
            let (e, h) = match self.num(j) {
                Some((h, nd)) if nd <= 2 && (1..=24).contains(&h) => (j + 1, h as u32),
                Some(_) => return None,
                None => {
                    let w = self.word(j)?;
                    if !w.trim_start_matches(['و', 'ف']).starts_with("ال") || !w.ends_with('ه')
                    {
                        return None;
                    }
                    self.hour_ordinal(j)?
                }
            };
            let t = TimeX {
                hour: (h % 24) as u8,
                minute: 0,
                second: None,
                milli: 0,
                grain: Grain::Hour,
            };
            Some((
                e,
                DateX {
                    time: Some(t),
                    ..DateX::default()
                },
            ))
        };
        // The first end: a full clock time, or a bare hour; after «من»/«بين», also an hour in cardinal words
        // («من ثلاثة إلى سبعة مساءً»), when the second end names its part of day (checked below).
        let mut full = true;
        let mut word = false;
        // «بين اثنين وخمسة عصراً»: after «بين» two hours in words are its ends, not an hour and its minutes.
        let first = if between && self.word_hour(j).is_some() {
            None
        } else {
            self.r_time(j)
        };
        let (k, a) = match first {
            Some(m) => match m.expr {
                Expr::Date(x) if x.time.is_some() && m.start == j => (m.end, x),
                _ => return None,
            },
            None => {
                full = false;
                match bare_hour(j) {
                    Some(b) => b,
                    None if lead => {
                        let (e, h) = self.word_hour(j)?;
                        word = true;
                        let t = TimeX {
                            hour: (h % 24) as u8,
                            minute: 0,
                            second: None,
                            milli: 0,
                            grain: Grain::Hour,
                        };
                        let x = DateX {
                            time: Some(t),
                            ..DateX::default()
                        };
                        (e, x)
                    }
                    None => return None,
                }
            }
        };
        let tight_dash = self.punct(k) == Some('-') && self.tight(k) && self.tight(k + 1);
        // After a full clock time «إلى» joins a range by itself («1:30 بعد الظهر إلى 4»).
        let dash = self.punct(k) == Some('-');
        let second = if (self.is_to(k)
            && (lead || tight_dash || dash || (full && !self.is_any(k, &["ل"]))))
            || (between && self.is_and(k))
        {
            k + 1
        } else if between && self.starts(k, "و") {
            k
        } else {
            return None;
        };
        // The second end: a full clock time, or after a full first end a bare hour («من 1:30 إلى 3») or one with its
        // part of day and date («بين الساعة 4 مساءً و5 مساء اليوم»).
        let with_day = || {
            let (e, x) = bare_hour(second)?;
            self.hour_on_date(e, x)
        };
        // After a first end in words, the second in words with its part of day right after it («سبعة مساءً»).
        let word_end = || {
            let (e, h) = self.word_hour(second)?;
            let d = self.lex(e, bits::DAY_PART, |r| matches!(r, Reading::DayPart(_)))?;
            let Reading::DayPart(p) = d.reading else {
                return None;
            };
            // «ارتفع العدد من ثلاثة إلى سبعة مساء أمس»: before a day the part of day dates a count, no hours.
            if self.bits(e + d.ntok) & (bits::REL_DAY | bits::WEEKDAY | bits::NUM | bits::MONTH)
                != 0
            {
                return None;
            }
            let t = TimeX {
                hour: hour_in_part((h % 24) as u8, p),
                minute: 0,
                second: None,
                milli: 0,
                grain: Grain::Hour,
            };
            let x = DateX {
                time: Some(t),
                daypart: Some(p),
                ..DateX::default()
            };
            Some(Match::new(second, e + d.ntok, 0, Expr::Date(x)))
        };
        let (b_end, bx) = match self
            .r_time(second)
            .or_else(|| if full { with_day() } else { None })
            .or_else(|| if word { word_end() } else { None })
        {
            Some(b) => match b.expr {
                Expr::Date(bx) if bx.time.is_some() => (b.end, bx),
                _ => return None,
            },
            None if full
                && a.time
                    .is_some_and(|t| t.grain != Grain::Hour || a.daypart.is_some()) =>
            {
                // «3:15 إلى 4 أشخاص» counts people: the bare hour must close the phrase.
                let (e, x) = bare_hour(second)?;
                let counted = self.tok(e).is_some_and(|t| {
                    t.kind == Kind::Num
                        || (t.kind == Kind::Word
                            && (t.lex.is_empty() || !t.lex.iter().all(|l| is_weak(&l.reading))))
                });
                if counted {
                    return None;
                }
                (e, x)
            }
            None => return None,
        };
        if (bx.daypart.is_none() && a.daypart.is_none() && !lead && !full)
            || (word && bx.daypart.is_none())
        {
            return None;
        }
        Some(Match::new(j, b_end, 0, Expr::Range(a, bx)))
    }

    /// An ordinal naming an hour: «الرابعة واربعون دقيقة» is the fourth hour and forty minutes, not the 44th.
    fn hour_ordinal(&self, j: usize) -> Option<(usize, u32)> {
        let (e, h) = self.ordinal(j)?;
        if h <= 12 {
            return Some((e, h));
        }
        match self
            .lex(j, bits::ORDINAL, |r| matches!(r, Reading::Ordinal(1..=12)))?
            .reading
        {
            Reading::Ordinal(v) if e > j + 1 => Some((j + 1, v)),
            _ => None,
        }
    }

    /// «340 مساءً», «1140 صباحاً»: three or four digits read as hour and minutes, only right before a part of day
    /// (the caller checks that the part of day is taken): (hour, minute).
    fn compact_clock(&self, j: usize) -> Option<(u64, u64)> {
        let (v, nd) = self.num(j)?;
        if !(3..=4).contains(&nd) {
            return None;
        }
        let (h, m) = (v / 100, v % 100);
        if !(1..=12).contains(&h) || m > 59 {
            return None;
        }
        // Not the tail of a larger number («1.340», «12,340») nor glued to what follows.
        if (self.tight(j)
            && matches!(
                self.punct(j.wrapping_sub(1)),
                Some('.' | ',' | '٫' | ':' | '/' | '-')
            ))
            || self.tight(j + 1)
        {
            return None;
        }
        // «649 منتصف الليل» names no such hour.
        self.lex(j + 1, bits::DAY_PART, |r| matches!(r, Reading::DayPart(_)))?;
        if self
            .lex(j + 1, bits::CLOCK_TIME, |r| {
                matches!(r, Reading::ClockTime(_))
            })
            .is_some()
        {
            return None;
        }
        Some((h, m))
    }

    /// An hour in cardinal words, without the tens after it («ثمانية» of «ثمانية وأربعين», «أحد عشر»): (end, hour).
    fn word_hour(&self, j: usize) -> Option<(usize, u64)> {
        let l = self.lex(j, bits::CARDINAL, |r| {
            matches!(r, Reading::Cardinal(1..=10))
        })?;
        let Reading::Cardinal(v) = l.reading else {
            return None;
        };
        let v = u64::from(v);
        // «أحد عشر»; «واحدة وعشر» is an hour and ten minutes.
        if v < 10
            && self
                .lex(j + 1, bits::TEEN, |r| matches!(r, Reading::Teen))
                .is_some_and(|t| !t.prefixed)
        {
            return Some((j + 2, v + 10));
        }
        Some((j + 1, v))
    }

    /// «والربع», «ونصف», «إلا ربع» at i: the fraction of an hour after it.
    fn and_clock_fraction(&self, i: usize) -> bool {
        let fraction =
            |k: usize| self.lex(k, bits::FRACTION, |r| matches!(r, Reading::Fraction(_)));
        if self.is_and(i) || self.is_any(i, &["الا", "إلا"]) {
            return fraction(i + 1).is_some();
        }
        self.starts(i, "و") && fraction(i).is_some_and(|l| l.prefixed)
    }

    /// «الربع», «ونصف», «ثلاثة أرباع» at k (after «و»): the minutes of that fraction of an hour, and the end.
    fn clock_fraction(&self, k: usize) -> Option<(usize, u64)> {
        let frac = |i: usize| match self
            .lex(i, bits::FRACTION, |r| matches!(r, Reading::Fraction(_)))?
            .reading
        {
            Reading::Fraction(f) => Some(u64::from(f.max(1))),
            _ => None,
        };
        if let Some(f) = frac(k) {
            return Some((k + 1, 60 / f));
        }
        let n = match self
            .lex(k, bits::CARDINAL, |r| matches!(r, Reading::Cardinal(2..=3)))?
            .reading
        {
            Reading::Cardinal(n) => u64::from(n),
            _ => return None,
        };
        let f = frac(k + 1)?;
        (n < f).then_some((k + 2, n * 60 / f))
    }

    /// «ثمانية وأربعين صباحاً», «عشرة وخمسة وأربعين», «خمسة عشر خمسة عشر مساءً», «الواحدة ظهراً»: a clock time in
    /// cardinal words without the clock noun. «ثمانية وأربعين» alone is the number 48: words read as hour and minutes
    /// need a part of day, or a shape no single number has (an hour of ten or more then «و» and minutes, or two numbers
    /// side by side) closing the clause.
    #[inline(never)]
    fn word_clock(&self, i: usize, lead: Option<&'static str>) -> Option<Match> {
        let hl = self.lex(i, bits::CARDINAL, |r| matches!(r, Reading::Cardinal(_)))?;
        let (e1, hour) = self.word_hour(i)?;
        // «الاثنين» is Monday, «الأحد» Sunday; of the definite cardinals only «الواحدة» (feminine, as hours are)
        // names an hour.
        if hl.prefixed
            || (hl.definite && (hour != 1 || !self.word(i).is_some_and(|w| w.ends_with('ه'))))
        {
            return None;
        }
        let mut end = e1;
        let mut minute = 0;
        let mut grain = Grain::Hour;
        let mut strong = false;
        let (k, conj) = if self.is_and(e1) {
            (e1 + 1, true)
        } else {
            (e1, self.starts(e1, "و"))
        };
        let cardinal_at = |k: usize| {
            self.lex(k, bits::CARDINAL, |r| matches!(r, Reading::Cardinal(_)))
                .filter(|l| !l.definite && (k > e1 || l.prefixed == conj))
        };
        if conj && self.and_clock_fraction(e1) {
            if let Some(Reading::Fraction(f)) = self
                .lex(k, bits::FRACTION, |r| matches!(r, Reading::Fraction(_)))
                .map(|l| l.reading)
            {
                minute = 60 / u64::from(f.max(1));
                grain = Grain::Minute;
                end = k + 1;
            }
        } else if cardinal_at(k).is_some() {
            let (e, m, _) = self.cardinal(k)?;
            if !(1..=59).contains(&m) {
                return None;
            }
            minute = m;
            grain = Grain::Minute;
            end = e;
            // «عشرة وخمسة وأربعين», «عشرة عشرة»: no single number is written so.
            strong = !conj || hour >= 10;
        }
        // «ثمانية وأربعين دقيقة» counts minutes.
        if self.is_unit_at(end) || (grain == Grain::Hour && hour != 1) {
            return None;
        }
        // «عند الواحدة من فجر الجمعة», «في الواحدة.»: after a preposition of time, as the ordinal hours.
        let signal = hl.definite
            && grain == Grain::Hour
            && i > 0
            && self.is_listed(i - 1, WordList::HourPrep)
            && (!matches!(self.tok(end).map(|t| t.kind), Some(Kind::Word | Kind::Num))
                || (self.is(end, "من") && self.daypart_date(end + 1).is_some()));
        let m = self.finish_time(
            i, end, hl.skip, hour, minute, None, 0, grain, false, signal, lead,
        )?;
        let Expr::Date(x) = m.expr else {
            return None;
        };
        if signal {
            return Some(m);
        }
        let closes = !matches!(
            self.tok(m.end).map(|t| t.kind),
            Some(Kind::Word | Kind::Num)
        );
        let counted = i > 0
            && (self.num(i - 1).is_some()
                || self
                    .lex(i - 1, bits::CARDINAL, |r| matches!(r, Reading::Cardinal(_)))
                    .is_some()
                || self.is_listed(i - 1, WordList::CountLead));
        // «تسعة عشر ثمانية وعشرون» alone is a year: an hour past twelve needs its part of day.
        (x.daypart.is_some() || (strong && hour <= 12 && closes && !counted)).then_some(m)
    }

    /// An indefinite word for minutes at `i` («دقائق», «دقيقة», «دقيقتين»).
    fn minute_word(&self, i: usize) -> Option<&'a Lex> {
        self.lex(i, bits::UNIT, |r| {
            matches!(
                r,
                Reading::Unit {
                    unit: Unit::Minute,
                    ..
                }
            )
        })
        .filter(|l| !l.definite)
    }

    /// «إلا ثلاث دقائق», «إلا 20 دقيقة», «إلا دقيقتين» after a clock time: (end, minutes).
    fn minus_minutes(&self, k: usize) -> Option<(usize, u64)> {
        if !self.is_any(k, &["الا", "إلا"]) {
            return None;
        }
        if let Some(Reading::Unit {
            count: Count::Two, ..
        }) = self.minute_word(k + 1).map(|l| l.reading)
        {
            return Some((k + 2, 2));
        }
        let (e, m, _) = self.cardinal(k + 1)?;
        if !(1..=59).contains(&m) {
            return None;
        }
        self.minute_word(e)?;
        Some((e + 1, m))
    }

    /// «ثلاث دقائق قبل الثامنة», «ثلاث دقائق حتى الثامنة», «خمس دقائق بعد الساعة العاشرة»: minutes before or after
    /// a clock time.
    #[inline(never)]
    fn minutes_from_hour(&self, i: usize) -> Option<Match> {
        let (e, m, skip) = match self.minute_word(i).map(|l| (l.reading, l.skip)) {
            Some((
                Reading::Unit {
                    count: Count::Two, ..
                },
                skip,
            )) => (i, 2, skip),
            _ => {
                let (e, m, digits) = self.cardinal(i)?;
                self.minute_word(e)?;
                let skip = if digits {
                    0
                } else {
                    self.lex(i, bits::CARDINAL, |r| matches!(r, Reading::Cardinal(_)))
                        .map_or(0, |l| l.skip)
                };
                (e, m, skip)
            }
        };
        if !(1..=59).contains(&m) {
            return None;
        }
        let k = e + 1;
        let sign: i64 = if self.is_any(k, &["قبل", "حتي", "حتى"]) {
            -1
        } else if self.is(k, "بعد") {
            1
        } else {
            return None;
        };
        let t = self.clock_or_hour(k + 1)?;
        let x = moved_by_minutes(t.expr, sign * m as i64)?;
        Some(Match::new(i, t.end, skip, Expr::Date(x)))
    }

    /// A clock time at `i`, or a definite hour-naming ordinal («الثامنة»), the hour a number of minutes is counted
    /// from («قبل الثامنة», «بعد التاسعة»).
    fn clock_or_hour(&self, i: usize) -> Option<Match> {
        if let Some(t) = self.r_clock(i, None) {
            return Some(t);
        }
        let w = self.word(i)?;
        if !w.starts_with("ال") || !w.ends_with('ه') {
            return None;
        }
        let (he, h) = self.hour_ordinal(i)?;
        if !(1..=12).contains(&h) {
            return None;
        }
        self.finish_time(
            i,
            he,
            0,
            u64::from(h),
            0,
            None,
            0,
            Grain::Hour,
            false,
            true,
            None,
        )
    }

    /// A bare hour `x` ending at e, then its part of day and date («5 مساء اليوم», «الخامسة مساء الأحد»): the time on
    /// that date.
    fn hour_on_date(&self, e: usize, x: DateX) -> Option<Match> {
        let (de, _, mut d) = self.daypart_date(e)?;
        let mut t = x.time?;
        if let Some(p) = d.daypart {
            t.hour = hour_in_part(t.hour, p);
        }
        if d.time.is_some() || d.offset.is_some() {
            return None;
        }
        d.time = Some(t);
        d.daypart = None;
        Some(Match::new(e, de, 0, Expr::Date(d)))
    }

    /// «قبل الثامنة بعشر دقائق», «بعد التاسعة بربع ساعة», «قبل منتصف الليل بخمس دقائق»: a clock time moved by the
    /// minutes or hours written after it with «ب».
    #[inline(never)]
    fn hour_offset_after(&self, i: usize) -> Option<Match> {
        let sign: i64 = if self.is(i, "قبل") {
            -1
        } else if self.is(i, "بعد") {
            1
        } else {
            return None;
        };
        let t = self.clock_or_hour(i + 1)?;
        if !self.starts(t.end, "ب") {
            return None;
        }
        let (e, amount, unit, _) = self.quantity(t.end, true)?;
        let minutes = match unit {
            Unit::Minute if (1..60).contains(&amount) => amount as i64,
            Unit::Hour if (1..12).contains(&amount) => amount as i64 * 60,
            _ => return None,
        };
        let x = moved_by_minutes(t.expr, sign * minutes)?;
        Some(Match::new(i, e, 0, Expr::Date(x)))
    }

    /// «وقت الغداء الساعة 12», «الظهيرة الساعة الواحدة»: a named hour before a clock time that agrees with it.
    #[inline(never)]
    fn named_hour_lead(&self, i: usize) -> Option<Match> {
        let l = self.lex(i, bits::CLOCK_TIME, |r| matches!(r, Reading::ClockTime(_)))?;
        let Reading::ClockTime(nh) = l.reading else {
            return None;
        };
        let m = self.r_clock(i + l.ntok, None)?;
        let Expr::Date(mut x) = m.expr else {
            return None;
        };
        let t = x.time.as_mut()?;
        let (h, p) = named_hour_agrees(u64::from(t.hour), x.daypart, nh)?;
        t.hour = h as u8;
        x.daypart = Some(p);
        Some(Match {
            start: i,
            skip: l.skip,
            expr: Expr::Date(x),
            ..m
        })
    }

    /// Token `e`, right after a bare hour, may begin what [`Parser::finish_time`] reads after it (a part of day, a
    /// clock suffix, a named hour, «هذا» before a part of day) or minutes joined by «و» or «إلا»: without one, a
    /// bare hour with no part of day is no time.
    #[inline]
    fn clock_tail_may_follow(&self, e: usize) -> bool {
        self.bits(e) & (bits::THIS | bits::DAY_PART | bits::CLOCK_SUFFIX | bits::CLOCK_TIME) != 0
            || self.starts(e, "و")
            || self.is_any(e, &["الا", "إلا"])
    }

    #[allow(clippy::too_many_arguments)]
    fn finish_time(
        &self,
        i: usize,
        end: usize,
        skip: usize,
        hour: u64,
        mut minute: u64,
        second: Option<u8>,
        milli: u16,
        mut grain: Grain,
        clock: bool,
        signal: bool,
        lead: Option<&'static str>,
    ) -> Option<Match> {
        let mut end = end;
        let mut daypart = lead;
        // «صباحاً», «بعد الظهر», «هذا الصباح», «من صباح اليوم».
        let k = if self
            .lex(end, bits::THIS, |r| matches!(r, Reading::This))
            .is_some()
        {
            end + 1
        } else {
            end
        };
        if let Some(l) = self.lex(k, bits::DAY_PART, |r| matches!(r, Reading::DayPart(_))) {
            if let Reading::DayPart(p) = l.reading {
                // «بعد الظهر السابعة مساءً»: an afternoon lead and an evening tail agree.
                let pm = |q: Option<&str>| matches!(q, Some("TAF" | "TEV"));
                if lead.is_none() || lead == Some(p) || (pm(lead) && pm(Some(p))) {
                    daypart = Some(p);
                    end = k + l.ntok;
                    // «التاسعة مساءً وثلاثة أرباع»: the fraction of the hour after the part of day.
                    let j = if self.is_and(end) { end + 1 } else { end };
                    if grain == Grain::Hour && (j > end || self.starts(end, "و")) {
                        if let Some((e, m)) = self.clock_fraction(j) {
                            minute = m;
                            grain = Grain::Minute;
                            end = e;
                        }
                    }
                }
            }
        }
        // «10:50 ص», «5:30 م»: the one-letter forms only right after minutes written with a colon.
        if daypart == lead && end >= 2 && self.punct(end - 2) == Some(':') {
            if let Some(Reading::ClockSuffix(p)) = self
                .lex(end, bits::CLOCK_SUFFIX, |r| {
                    matches!(r, Reading::ClockSuffix(_))
                })
                .map(|l| l.reading)
            {
                if lead.is_none() {
                    daypart = Some(p);
                    end += 1;
                }
            }
        }
        // «قتل 7 مساء الأحد» counts people, «الدورة السابعة مساء الأحد» is a session: a bare number or ordinal before a
        // part of day in construct with a date is no hour, unless a preposition of time stands before it
        // («في الخامسة مساء اليوم»).
        // An approximator («حوالي السادسة مساء الجمعة») or minutes after an ordinal or a colon («السادسة والنصف
        // مساء الجمعة», «6:30 مساء الجمعة») make it an hour too; cardinal words stay a count («ثمانية وأربعون»).
        let at = (i > 0 && self.is_listed(i - 1, WordList::DaypartHourPrep))
            || (grain != Grain::Hour
                && (self.punct(i + 1) == Some(':') || self.hour_ordinal(i).is_some()))
            || self
                .lex(i, bits::MOD, |r| matches!(r, Reading::Mod("APPROX")))
                .is_some();
        if !clock
            && daypart.is_some()
            && ((self.starts_date(end) && !at) || (lead.is_some() && self.is(end, "من")))
        {
            return None;
        }
        let mut h = match (daypart, u8::try_from(hour)) {
            (Some(p), Ok(h)) => u64::from(hour_in_part(h, p)),
            _ => hour,
        };
        if h == 24 {
            h = 0;
        }
        // «الساعة 12 ظهراً وقت الغداء», «الساعة الثانية عشرة منتصف الليل»: a named hour that agrees with the time.
        if let Some(l) = self.lex(end, bits::CLOCK_TIME, |r| {
            matches!(r, Reading::ClockTime(_))
        }) {
            if let Reading::ClockTime(nh) = l.reading {
                if let Some((h2, p)) = named_hour_agrees(h, daypart, nh) {
                    h = h2;
                    daypart = Some(p);
                    end += l.ntok;
                }
            }
        }
        if !clock && !signal && daypart.is_none() && grain == Grain::Hour {
            return None;
        }
        let t = TimeX {
            hour: h as u8,
            minute: minute.min(59) as u8,
            second,
            milli,
            grain,
        };
        let x = DateX {
            time: Some(t),
            daypart,
            ..DateX::default()
        };
        Some(Match::new(i, end, skip, Expr::Date(x)))
    }

    /// «عيد الفطر», «يوم عيد الميلاد», «عيد الأضحى 2013», «عيد الشكر لعام 2010», «رأس السنة الهجرية المقبل»,
    /// «عيد الفصح العام المقبل».
    #[inline(never)]
    fn holiday(&self, i: usize) -> Option<(usize, usize, DateX)> {
        let is_holiday = |r: &Reading| matches!(r, Reading::Holiday(_));
        // «ثاني أيام عيد الفطر», «اليوم الثالث من عيد الأضحى», «اليوم الأول لعيد الفطر»: the n-th day of a feast
        // of several days.
        let nth_day = if let Some((e, n)) = self.ordinal(i).filter(|_| !self.starts(i, "ال")) {
            // «ثالث أيام التشريق»: «أيام» may open the feast's own name.
            let feast_at = |k: usize| {
                if self.lex(k, bits::HOLIDAY, is_holiday).is_some() {
                    k
                } else {
                    k + 1
                }
            };
            self.is(e, "ايام").then(|| (feast_at(e), n, 0))
        } else if let Some(s) = self.kw(i, &["اليوم"]) {
            self.ordinal(i + 1)
                .filter(|_| self.starts(i + 1, "ال"))
                .and_then(|(e, n)| {
                    if self.is(e, "من") {
                        Some((e + 1, n, s))
                    } else {
                        self.lex(e, bits::HOLIDAY, is_holiday)
                            .filter(|l| l.prefixed && self.starts(e, "ل"))
                            .map(|_| (e, n, s))
                    }
                })
        } else {
            None
        }
        .filter(|&(_, n, _)| (1..=4).contains(&n))
        // «آخر أيام التشريق»: the last of a feast's days (kept as 0, known only for a feast of counted days).
        .or_else(|| {
            (self.is(i, "اخر") && self.is(i + 1, "ايام"))
                .then(|| (i + 1, 0, 0))
                .filter(|&(k, _, _)| self.lex(k, bits::HOLIDAY, is_holiday).is_some())
        });
        let (j, head_skip) = match (nth_day, self.kw(i, &["يوم"])) {
            (Some((k, _, s)), _) => (k, Some(s)),
            (None, Some(s)) if self.lex(i + 1, bits::HOLIDAY, is_holiday).is_some() => {
                (i + 1, Some(s))
            }
            _ => (i, None),
        };
        let l = self.lex(j, bits::HOLIDAY, is_holiday)?;
        let Reading::Holiday(mut h) = l.reading else {
            return None;
        };
        // «رأس السنة الأمازيغية», «رأس السنة العبرية»: a New Year named by a calendar adjective the lexicon does not
        // list is another calendar's, not the Gregorian one of bare «رأس السنة».
        if h == Holiday::Gregorian(1, 1)
            && self.starts(j + l.ntok, "ال")
            && self.shift(j + l.ntok).is_none()
            && self
                .word(j + l.ntok - 1)
                .is_some_and(|w| w.ends_with("السنه"))
        {
            return None;
        }
        if let Some((_, n, _)) = nth_day {
            let later = n.saturating_sub(1) as u8;
            h = match h {
                Holiday::HijriDays { month, day, days } if n == 0 => {
                    Holiday::Hijri(month, day + days - 1)
                }
                Holiday::HijriDays { month, day, days } if later < days => {
                    Holiday::Hijri(month, day + later)
                }
                _ if n == 0 => return None,
                Holiday::Hijri(m, d) if d + later <= 29 => Holiday::Hijri(m, d + later),
                Holiday::Gregorian(m, d) if d + later <= 28 => Holiday::Gregorian(m, d + later),
                Holiday::Easter(k) => Holiday::Easter(k + i16::from(later)),
                Holiday::OrthodoxEaster(k) => Holiday::OrthodoxEaster(k + i16::from(later)),
                _ => return None,
            };
        }
        let skip = head_skip.unwrap_or(l.skip);
        let mut end = j + l.ntok;
        // «اليوم الوطني السعودي الـ94», «عيد العرش الـ25»: the ordinal of the anniversary, written in digits with the
        // article, belongs to the feast (not before a unit: «عيد الفطر الـ3 أيام»).
        if self.is(end, "ال")
            && self.tight(end + 1)
            && self.num(end + 1).is_some_and(|(_, nd)| nd <= 3)
            && !self.is_unit_at(end + 2)
        {
            end += 2;
        }
        let mut x = DateX {
            holiday: Some(h),
            ..DateX::default()
        };
        if let Some((e, s)) = self.shift(end) {
            // «عيد الفطر المقبل», «عيد العمال الماضي»: the next or the last one (a month shift, as for seasons),
            // not the one of next or last year; «الحالي» is this year's.
            if s == 0 {
                x.year = Some(YearX::Rel(0));
            } else {
                x.month = Some(MonthX::Rel(s.into()));
            }
            end = e;
        } else if let Some((e, y, era, _)) = self.year(end, true) {
            let hijri_feast = matches!(h, Holiday::Hijri(..) | Holiday::HijriDays { .. });
            if era.is_none() || era == Some(hijri_feast) {
                x.year = Some(YearX::Abs(y));
                // «عيد الأضحى لعام 1444»: a feast of the Hijri calendar with a year from 1300 to 1500 and no era
                // mark is dated in that calendar, as the Gulf press writes it.
                x.hijri = era == Some(true)
                    || (era.is_none()
                        && hijri_feast
                        && crate::calendar::PLAIN_HIJRI_YEARS.contains(&y));
                end = e;
            }
        } else if let Some((e, _, y)) = self.relperiod(end, false) {
            if let (Some(ys), None, None, None) = (y.year, y.month, y.week, y.day) {
                x.year = Some(ys);
                end = e;
            }
        } else if self.is(end, "في") {
            // «ذكرى عاشوراء في 10 محرم 1446 ه», «عيد الميلاد في 25 ديسمبر 2024»: the day written right after the
            // feast, with its year, tells which year's feast it is (a Hijri day only for a Hijri feast).
            if let Some(Match {
                expr: Expr::Date(d),
                ..
            }) = self.r_date(end + 1)
            {
                if let (Some(YearX::Abs(y)), Some(DayX::Abs(_)), Some(MonthX::Abs(..))) =
                    (d.year, d.day, d.month)
                {
                    if !d.hijri || matches!(h, Holiday::Hijri(..)) {
                        x.year = Some(YearX::Abs(y));
                        x.hijri = d.hijri;
                        // A Gregorian day keeps its day and month: the feast is the one nearest it («عيد الفطر في 27
                        // ديسمبر 2000», the second of that year), or that day (see `Resolver::holiday`).
                        if !d.hijri {
                            x.month = d.month;
                            x.day = d.day;
                        }
                    }
                }
            }
        }
        // «موسم الحج» names the pilgrimage's days as a time of every year («يستعد قطاع الطيران لموسم الحج»): one
        // of them only with a shift or a year («موسم الحج المقبل», «موسم الحج 1446»).
        if x.year.is_none()
            && x.month.is_none()
            && self.word(j).is_some_and(|w| w.ends_with("موسم"))
        {
            return None;
        }
        Some((end, skip, x))
    }

    /// «الأسابيع الثلاثة القادمة», «الأشهر 3 القادمة», «3 أيام القادمة», «اليومين الماضيين», «الأيام القليلة
    /// الماضية», «آخر 3 سنوات»: the n whole units after the current one, or before it.
    #[inline(never)]
    fn units_around(&self, i: usize) -> Option<(usize, usize, Expr)> {
        let plural = |k: usize| -> Option<(Unit, Count, &Lex)> {
            let l = self.lex(k, bits::UNIT, |r| {
                matches!(
                    r,
                    Reading::Unit {
                        count: Count::Plural | Count::Two,
                        ..
                    }
                )
            })?;
            match l.reading {
                Reading::Unit { unit, count } => Some((unit, count, l)),
                _ => None,
            }
        };
        let count_at = |k: usize| -> Option<(usize, u64)> {
            if let Some(Reading::Few(n)) = self
                .lex(k, bits::FEW, |r| matches!(r, Reading::Few(_)))
                .map(|l| l.reading)
            {
                return Some((k + 1, n.into()));
            }
            // «الأشهر الـ6 الماضية», «الساعات الـ24 الماضية»: the article written on the digits.
            let k = if self.is(k, "ال") && self.num(k + 1).is_some() && self.tight(k + 1) {
                k + 1
            } else {
                k
            };
            let (e, v, _) = self.cardinal(k)?;
            Some((e, v))
        };
        let (end, n, unit, skip, last_first) = if self.is(i, "اخر") {
            // «آخر 3 سنوات», «آخر ثلاثة أشهر»; from eleven on the noun is singular («آخر 24 ساعة»), but not the
            // last units of something named after «من» («آخر 15 عاماً من حكمه», «آخر 30 دقيقة من المباراة»).
            let (e, n, unit, _) = self.quantity(i + 1, false)?;
            if plural(e - 1).is_none()
                && (n < 11 || unit == Unit::Minute || self.is_any(e, &["من", "في"]))
            {
                return None;
            }
            (e, n, unit, 0, true)
        } else if let Some((unit, count, l)) = plural(i) {
            // «الأسابيع الثلاثة», «الأشهر 3», «اليومين».
            if !l.definite {
                return None;
            }
            match (count, count_at(i + 1)) {
                (Count::Plural, Some((e, n))) => (e, n, unit, l.skip, false),
                // «الأيام الماضية», «الأشهر الأخيرة», «الأسابيع المقبلة»: no count says a few, as «القليلة» does.
                (Count::Plural, None)
                    if self.shift(i + 1).is_some()
                        || self
                            .lex(i + 1, bits::LAST, |r| matches!(r, Reading::Last))
                            .is_some() =>
                {
                    (i + 1, FEW_UNITS, unit, l.skip, false)
                }
                (Count::Two, _) => (i + 1, 2, unit, l.skip, false),
                _ => return None,
            }
        } else if let Some(l) = self
            .lex(i, bits::CARDINAL, |r| matches!(r, Reading::Cardinal(_)))
            .filter(|l| l.definite)
        {
            // «الثلاثة عقود القادمة», «الخمسة أيام الماضية»: a definite number word before the plural noun;
            // «العشرين عاماً الماضية», «الأربعين سنة الماضية»: from eleven on, before the singular noun.
            let (e, n, _) = self.cardinal(i)?;
            let unit = match plural(e) {
                Some((unit, Count::Plural, _)) => unit,
                Some(_) => return None,
                None if n >= 11 => {
                    let (unit, ul) = self.unit_of(e, Count::One)?;
                    if ul.definite {
                        return None;
                    }
                    unit
                }
                None => return None,
            };
            (e + 1, n, unit, l.skip, false)
        } else {
            // «3 أيام»; «24 ساعة», «12 عاماً» (from eleven on, the noun is singular, accusative after a count).
            let (e, n, unit, _) = self.quantity(i, false)?;
            let singular = n >= 11
                && self
                    .unit_of(e - 1, Count::One)
                    .is_some_and(|(u, l)| u == unit && !l.definite)
                && self.num(i).is_some();
            if plural(e - 1).is_none() && !singular {
                return None;
            }
            (e, n, unit, 0, false)
        };
        if !(1..=1000).contains(&n) {
            return None;
        }
        // «الأيام التالية», «الأسابيع السابقة»: counted from the narrative's date.
        let mut ana = false;
        let (end, dir) = if last_first {
            (end, -1)
        } else if let Some((e, s, a)) = self.shift_kind(end) {
            // «بالمقارنة مع الأعوام السابقة»: previous units with no count are those before now.
            ana = a && !(s < 0 && n == FEW_UNITS && end == i + 1);
            (e, s)
        } else if self
            .lex(end, bits::LAST, |r| matches!(r, Reading::Last))
            .is_some()
        {
            // «الدقائق الخمس الأخيرة» (of a match), «الأشهر الستة الأخيرة من الخطة»: «الأخيرة» names the last units of
            // something else, unlike «الماضية»; minutes so named are a match's, and «من» names the whole.
            if matches!(unit, Unit::Minute | Unit::Second) || self.is(end + 1, "من") {
                return None;
            }
            (end + 1, -1)
        } else {
            return None;
        };
        let n = n as i32;
        let (from, to) = match dir {
            1 => (1, n),
            -1 => (-n, -1),
            _ => return None,
        };
        let at = |k: i32| -> Option<DateX> {
            let mut x = DateX {
                anaphoric: ana,
                ..DateX::default()
            };
            match unit {
                Unit::Day if ana => x.day = Some(DayX::Next(k)),
                Unit::Hour | Unit::Minute | Unit::Second | Unit::Decade if ana => return None,
                Unit::Day => x.day = Some(DayX::Rel(k)),
                Unit::Week => x.week = Some(k),
                Unit::Month => x.month = Some(MonthX::Rel(k)),
                Unit::Year => x.year = Some(YearX::Rel(k)),
                Unit::Hour | Unit::Minute | Unit::Second => x.offset = Some((k, unit)),
                // «العقدين الماضيين»: calendar decades, like «القرن الماضي».
                Unit::Decade => x.decade_rel = Some(k),
                Unit::Century => return None,
            }
            Some(x)
        };
        Some((end, skip, Expr::Range(at(from)?, at(to)?)))
    }

    /// «شهري يناير وفبراير الماضيين», «شهري يوليو وأغسطس 2015»: two consecutive months after the dual «شهري»,
    /// the period they make together (as «عامي 2018 و2019», «يومي 7 و8 أغسطس»). Without «شهري», a dual shift word
    /// after the second month joins them too («في نيسان وأيار الماضيين», «تموز وآب المقبلين»).
    #[inline(never)]
    fn month_pair(&self, i: usize) -> Option<(usize, usize, Expr)> {
        let (skip, first, dual_head) = match self.kw(i, &["شهري"]) {
            Some(s) => (s, i + 1, true),
            None if self.bits(i) & bits::MONTH != 0 => (0, i, false),
            None => return None,
        };
        let mut a = DateX::default();
        let e1 = self.month_tail(first, &mut a, false)?;
        if !self.starts(e1, "و") {
            return None;
        }
        let mut b = DateX::default();
        let e2 = self.month_tail(e1, &mut b, true)?;
        if !(dual_head || (e2 > e1 + 1 && self.is_listed(e2 - 1, WordList::DualShift))) {
            return None;
        }
        let (Some(MonthX::Abs(m1, _)), Some(MonthX::Abs(m2, _))) = (a.month, b.month) else {
            return None;
        };
        // Two Hijri months make the interval of their days («شهري رجب وشعبان»), as «من رجب إلى شعبان» does; a
        // Hijri and a Gregorian month make nothing together. Two months apart are two months («شهري تموز وأيلول»),
        // except after «بين» («بين شهري تموز وأيلول»: the time from one to the other).
        let between = i > 0 && self.is(i - 1, "بين");
        // «ديسمبر ويناير الماضيين»: two Gregorian months next to each other across the year's end (the range puts the
        // first in the year before the second).
        let year_end = (m1, m2) == (12, 1) && !a.hijri && !between;
        if a.hijri != b.hijri || (!year_end && (m2 <= m1 || (m2 != m1 + 1 && !between))) {
            return None;
        }
        Some((e2, skip, Expr::Range(a, b)))
    }

    /// «الأيام العشرة الأخيرة من رمضان», «الأشهر الستة الأولى من العام الجاري», «الأسابيع الثلاثة الأولى من
    /// مارس»: the first or last n units of a period.
    #[inline(never)]
    fn units_of_period(&self, i: usize) -> Option<(usize, usize, DateX)> {
        let plural = self.lex(i, bits::UNIT, |r| {
            matches!(
                r,
                Reading::Unit {
                    count: Count::Plural | Count::Two,
                    ..
                }
            )
        });
        let (e, n, unit, skip) = if let Some(l) = plural {
            let Reading::Unit { unit, count } = l.reading else {
                return None;
            };
            if !l.definite || !matches!(unit, Unit::Day | Unit::Week | Unit::Month | Unit::Year) {
                return None;
            }
            // «الشهرين الأخيرين من العام»: the dual counts two.
            if count == Count::Two {
                return self.first_last_of(i + 1, Some(2), unit, l.skip);
            }
            // «الأشهر الأولى من العام الجاري», with no count: the start of the period.
            match self.cardinal(i + 1) {
                Some((e, n, _)) if (1..=366).contains(&n) => (e, Some(n), unit, l.skip),
                Some(_) => return None,
                None => (i + 1, None, unit, l.skip),
            }
        } else {
            // «العشر الأواخر من رمضان», «العشر الأوائل من ذي الحجة»: ten days.
            let l = self
                .lex(i, bits::CARDINAL, |r| matches!(r, Reading::Cardinal(10)))
                .filter(|l| l.definite)?;
            (i + 1, Some(10), Unit::Day, l.skip)
        };
        self.first_last_of(e, n, unit, skip)
    }

    /// The rest of [`Parser::units_of_period`] from the word «الأولى»/«الأخيرة» at `e`.
    fn first_last_of(
        &self,
        e: usize,
        n: Option<u64>,
        unit: Unit,
        skip: usize,
    ) -> Option<(usize, usize, DateX)> {
        // «الأولى», «الأوائل»: the first; «الأخيرة», «الأواخر»: the last.
        let first = self
            .lex(e, bits::ORDINAL | bits::PART, |r| {
                matches!(r, Reading::Ordinal(1) | Reading::Part(Part::Start))
            })
            .filter(|l| l.definite);
        let last = self
            .lex(e, bits::LAST | bits::PART, |r| {
                matches!(r, Reading::Last | Reading::Part(Part::End))
            })
            .filter(|l| l.definite || matches!(l.reading, Reading::Last));
        let dir = match (first, last) {
            (Some(_), _) => 1,
            (None, Some(_)) => -1,
            _ => return None,
        };
        if !self.is(e + 1, "من") {
            return None;
        }
        // «من العام» with no shift word after it is the current year, as in «النصف الأول من العام»; «من 2023»: a
        // bare year.
        let m = self
            .r_date(e + 2)
            .or_else(|| {
                let (end, _, x) = self.relperiod(e + 2, true)?;
                Some(Match::new(e + 2, end, 0, Expr::Date(x)))
            })
            .or_else(|| {
                let (y, 4) = self.num(e + 2)? else {
                    return None;
                };
                ((1900..=2100).contains(&y)
                    && !self.is_unit_at(e + 3)
                    && !self.in_list(e + 3, WordList::Counted))
                .then(|| {
                    Match::new(
                        e + 2,
                        e + 3,
                        0,
                        Expr::Date(DateX {
                            year: Some(YearX::Abs(y as i32)),
                            ..DateX::default()
                        }),
                    )
                })
            })?;
        let Expr::Date(mut x) = m.expr else {
            return None;
        };
        if m.start != e + 2
            || x.day.is_some()
            || x.time.is_some()
            || x.offset.is_some()
            || x.part.is_some()
            || x.sub.is_some()
        {
            return None;
        }
        match n {
            Some(n) => x.sub = Some((dir * n as i32, unit)),
            None => x.part = Some(if dir > 0 { Part::Start } else { Part::End }),
        }
        Some((m.end, skip, x))
    }

    /// «أسبوع 15 سبتمبر», «الأسبوع في 15 سبتمبر»: the week of a day and month.
    #[inline(never)]
    fn week_of(&self, i: usize) -> Option<(usize, usize, DateX)> {
        let l = self.period_noun(i, Unit::Week)?;
        let j = if l.definite && self.is(i + 1, "في") {
            i + 2
        } else if !l.definite {
            i + 1
        } else {
            return None;
        };
        let (e, _, mut x) = self.day_month(j)?;
        if !matches!(x.day, Some(DayX::Abs(_))) || x.time.is_some() {
            return None;
        }
        x.week_of = true;
        Some((e, l.skip, x))
    }

    /// «أول جمعة بعد عيد الفطر», «ثالث ثلاثاء بعد كريسماس 2014»: the n-th weekday after a day.
    #[inline(never)]
    fn weekday_after(&self, i: usize) -> Option<(usize, usize, DateX)> {
        let (e, n) = self.ordinal(i)?;
        if !(1..=5).contains(&n) || self.starts(i, "ال") {
            return None;
        }
        let w = self.lex(e, bits::WEEKDAY, |r| matches!(r, Reading::Weekday(_)))?;
        let Reading::Weekday(wd) = w.reading else {
            return None;
        };
        let k = e + w.ntok;
        if !self.is(k, "بعد") {
            return None;
        }
        let m = self.r_date(k + 1)?;
        let Expr::Date(mut x) = m.expr else {
            return None;
        };
        let is_day = x.day.is_some() || x.holiday.is_some();
        if !is_day || x.time.is_some() || x.weekday_after.is_some() || m.start != k + 1 {
            return None;
        }
        x.weekday_after = Some((n as u8, wd));
        Some((m.end, 0, x))
    }

    /// Token `i` is a definite relational adjective («العربي», «التركية», «الإيراني», «الدموي»: «ال» and a word ending
    /// in «ي» or «ية») with no temporal reading of its own («الماضي», «الحالي» have one). After a season it makes a
    /// political movement («الربيع العربي»), not a time of year. A participle of a weak verb («القاسي», «الدامي»:
    /// «ال», a letter, «ا», a letter and «ي») only describes the season («الشتاء القاسي» is a harsh winter).
    fn relational_adjective(&self, i: usize) -> bool {
        let Some(t) = self.tok(i).filter(|t| t.kind == Kind::Word && t.bits == 0) else {
            return false;
        };
        let Some(w) = self.text.get(t.start..t.end) else {
            return false;
        };
        let Some(stem) = w.strip_prefix("ال") else {
            return false;
        };
        let mut c = stem.chars();
        let participle = matches!(
            (c.next(), c.next(), c.next(), c.next(), c.next()),
            (Some(_), Some('ا'), Some(_), Some('ي'), None)
        );
        (stem.ends_with('ي') || stem.ends_with("يه"))
            && stem.chars().nth(2).is_some()
            && !participle
    }

    /// «الصيف», «صيف 2016», «هذا الصيف», «الربيع القادم», «شتاء عام 2019», «خريف العام الماضي». «الربيع العربي» and
    /// «الربيع التركي» are no seasons (see [`Parser::relational_adjective`]), and an indefinite «ربيع» (also a name)
    /// needs a year.
    #[inline(never)]
    fn season(&self, i: usize) -> Option<(usize, usize, Expr)> {
        // «فصل الشتاء المقبل»: the head noun belongs to a dated season (a season alone after it is any: see below).
        let headed = self.is(i, "فصل");
        let (j, skip) = match self.lex(i, bits::THIS, |r| matches!(r, Reading::This)) {
            Some(l) => (i + 1, l.skip),
            None if headed => (i + 1, 0),
            None => (i, usize::MAX),
        };
        let l = self.lex(j, bits::SEASON, |r| matches!(r, Reading::Season(_)))?;
        let Reading::Season(code) = l.reading else {
            return None;
        };
        let skip = if skip == usize::MAX { l.skip } else { skip };
        let mut end = j + l.ntok;
        if self.relational_adjective(end) {
            return None;
        }
        // «ثورات الربيع», «دول الربيع»: in construct after a noun of uprisings or of the states they swept (list
        // `movement_head`), the season is the movement's name.
        if l.definite && j == i && i > 0 && self.kw_list(i - 1, WordList::MovementHead).is_some() {
            return None;
        }
        let mut x = DateX {
            season: Some(code),
            ..DateX::default()
        };
        if j > i && !headed {
            x.year = Some(YearX::Rel(0));
        } else if let Some((e, s, ana)) = self.shift_kind(end) {
            // «الشتاء التالي» after «صيف 2014»: counted from the narrative's season.
            x.week = None;
            x.month = Some(MonthX::Rel(i32::from(s)));
            x.anaphoric = ana;
            end = e;
        } else if let Some((e, y, _, _)) = self.year(end, true) {
            x.year = Some(YearX::Abs(y));
            end = e;
        } else if let Some((e, _, y)) = self.relperiod(end, false) {
            match (y.year, y.month, y.week) {
                (Some(ys), None, None) => {
                    // «صيف العام نفسه»: the narrative's year.
                    x.year = Some(ys);
                    x.anaphoric = y.anaphoric;
                    end = e;
                }
                _ if !l.definite => return None,
                _ => {}
            }
        } else if !l.definite
            || (j > 0 && self.is_any(j - 1, &["فصل", "موسم"]))
            || self.every_before(i)
        {
            // «في فصل الصيف الحار» is any summer, no date; so is the summer a habit recurs in («كل ساعتين في ذروة
            // الصيف»).
            return None;
        }
        Some((end, skip, Expr::Date(x)))
    }

    /// Whether «كل» stands among the few words before token `i`, with no punctuation between («كل ساعتين في ذروة
    /// الصيف»). Read only after a bare season.
    fn every_before(&self, i: usize) -> bool {
        (i.saturating_sub(EVERY_REACH)..i)
            .rev()
            .take_while(|&k| {
                self.tok(k)
                    .is_some_and(|t| matches!(t.kind, Kind::Word | Kind::Num))
            })
            .any(|k| self.is_any(k, &["كل", "وكل"]))
    }

    /// «عدت في 27.», «سأعود يوم 15»: a day of the month alone, after «في» or «يوم» and closing its clause.
    #[inline(never)]
    fn bare_day(&self, i: usize) -> Option<(usize, usize, DateX)> {
        let (j, skip, with_head) = if self.kw(i, &["يوم"]).is_some() {
            (i + 1, self.kw(i, &["يوم"])?, true)
        } else if self.is(i, "في") {
            if self.is(i + 1, "يوم") {
                (i + 2, 0, true)
            } else {
                (i + 1, 0, false)
            }
        } else {
            return None;
        };
        let (d, nd) = self.num(j)?;
        if nd > 2 || !(1..=31).contains(&d) {
            return None;
        }
        match self.tok(j + 1) {
            None => {}
            Some(t) if matches!(t.kind, Kind::Break) => {}
            Some(t) => match t.kind {
                Kind::Punct(c) if !matches!(c, '/' | '-' | ':' | '%' | '+' | '×') => {
                    // «في 4.22» is a date of another shape.
                    if c == '.' && self.num(j + 2).is_some() && self.tight(j + 2) {
                        return None;
                    }
                }
                _ => return None,
            },
        }
        let x = DateX {
            day: Some(DayX::Abs(d as u8)),
            ..DateX::default()
        };
        // The span keeps «يوم» («يوم 27») and leaves «في» out.
        let start = if with_head { j - 1 } else { j };
        Some((j + 1, if start == i { skip } else { SKIP_TOKEN }, x))
    }

    /// The token closes its clause: end of text, a line break, or punctuation other than what continues a number.
    fn clause_end(&self, i: usize) -> bool {
        match self.tok(i).map(|t| t.kind) {
            None | Some(Kind::Break) => true,
            Some(Kind::Punct(c)) => {
                let continues = matches!(c, '/' | '-' | ':' | '%' | '+' | '×' | '٪')
                    || (c == '.' && self.num(i + 1).is_some() && self.tight(i + 1));
                !continues
            }
            _ => false,
        }
    }

    /// A verb of coming and going right before token i («عدت», «سأعود»), not counting a preposition at i.
    fn motion_before(&self, i: usize) -> bool {
        i > 0
            && self
                .lex(i - 1, bits::MOTION, |r| matches!(r, Reading::Motion(_)))
                .is_some()
    }

    /// A verb of returning right before token i («عدت», «سيعود»).
    fn return_before(&self, i: usize) -> bool {
        i > 0
            && self
                .lex(i - 1, bits::MOTION, |r| matches!(r, Reading::Motion(true)))
                .is_some()
    }

    /// «عدت إلى 27.», «عدت في الثاني!», «عدت للثاني والعشرين», «عادت في الحادية والثلاثين»: a day of the month alone
    /// after a verb of coming and going and a preposition, closing the clause. Elsewhere «إلى 27» is a count and «في
    /// الثاني» an ordinal («الربع الثاني»), so both the verb and the clause end are required.
    #[inline(never)]
    fn day_after_motion(&self, i: usize) -> Option<(usize, usize, DateX)> {
        let (j, skip, glued) = if self.is_any(i, &["في", "الي", "حتي"]) {
            (i + 1, SKIP_TOKEN, false)
        } else if self.starts(i, "لل") {
            // «للثاني»: the preposition and the article make one word, kept whole.
            (i, 0, true)
        } else {
            return None;
        };
        let ok = if self.is(i, "في") {
            self.motion_before(i)
        } else {
            self.return_before(i)
        };
        if !ok {
            return None;
        }
        let (end, d) = if let (Some((v, nd)), false) = (self.num(j), glued) {
            if nd > 2 || !(1..=31).contains(&v) {
                return None;
            }
            (j + 1, v as u32)
        } else {
            let l = self.lex(j, bits::CARDINAL | bits::ORDINAL, |r| {
                matches!(r, Reading::Ordinal(_) | Reading::Cardinal(20 | 30))
            })?;
            if !l.definite {
                return None;
            }
            let (e, v) = self.ordinal(j)?;
            // A feminine ordinal names a day only in a compound («الحادية والثلاثين»); «الثانية» alone is an hour.
            let w = self.word(j)?;
            if w.ends_with('ه') && v < 20 {
                return None;
            }
            (e, v)
        };
        if !(1..=31).contains(&d) || !self.clause_end(end) {
            return None;
        }
        let x = DateX {
            day: Some(DayX::Abs(d as u8)),
            ..DateX::default()
        };
        Some((end, skip, x))
    }

    /// «مايو الحادي عشر», «يناير الثاني والعشرين، 2018»: a Gregorian month name, then its day as an ordinal word,
    /// closing the clause or followed by a year. «رمضان الأول» (the first Ramadan) and «المرحلة الثانية» are left
    /// out: the month must be Gregorian and the ordinal masculine.
    fn month_ordinal_day(&self, i: usize) -> Option<(usize, usize, DateX)> {
        let l = self.lex(i, bits::MONTH, |r| {
            matches!(
                r,
                Reading::Month {
                    cal: Cal::Gregorian,
                    ..
                }
            )
        })?;
        if l.prefixed {
            return None;
        }
        let Reading::Month { n, .. } = l.reading else {
            return None;
        };
        let j = i + l.ntok;
        if self.num(j).is_some() || !self.starts(j, "ال") {
            return None;
        }
        let (mut end, d) = self.day(j)?;
        let mut x = DateX {
            month: Some(MonthX::Abs(n, None)),
            day: Some(DayX::Abs(d)),
            ..DateX::default()
        };
        if let Some((e, y, era, _)) = self.year(end, true) {
            if era != Some(true) {
                x.year = Some(YearX::Abs(y));
                end = e;
            }
        }
        if x.year.is_none() && !self.clause_end(end) {
            return None;
        }
        Some((end, l.skip, x))
    }

    /// «سأعود 22/04», «سوف أعود 4/22», «سأعود 22-4», «سأعود 08/12، 2015»: day and month in digits without a year
    /// after a verb of returning, closing the clause. Elsewhere such pairs are scores, ratios, calibres, list
    /// numbers or decimals. Day first (the Arab convention) unless only month first fits; with a year after a
    /// comma, the English order (month first).
    #[inline(never)]
    fn numeric_after_motion(&self, i: usize) -> Option<(usize, DateX)> {
        if !self.return_before(i) {
            return None;
        }
        let (a, na) = self.num(i)?;
        let sep = self.punct(i + 1)?;
        if !matches!(sep, '/' | '-' | '.') || !self.tight(i + 1) || !self.tight(i + 2) {
            return None;
        }
        let (b, nb) = self.num(i + 2)?;
        if na > 2 || nb > 2 {
            return None;
        }
        let mut end = i + 3;
        let mut year = None;
        if self.punct(end) == Some(',') {
            if let Some((y, ny)) = self.num(end + 1) {
                if ny == 4 || ny == 2 {
                    year = Some(if ny == 4 {
                        y
                    } else if y < 50 {
                        2000 + y
                    } else {
                        1900 + y
                    });
                    end += 2;
                }
            }
        }
        if !self.clause_end(end) {
            return None;
        }
        let fits = |m: u64, d: u64| {
            u32::try_from(d)
                .ok()
                .zip(u32::try_from(m).ok())
                .and_then(|(d, m)| chrono::NaiveDate::from_ymd_opt(2000, m, d))
                .is_some()
        };
        let (m, d) = match (fits(b, a), fits(a, b)) {
            (true, true) if year.is_some() => (a, b),
            (true, true) if sep != '/' => return None,
            (true, _) => (b, a),
            (false, true) => (a, b),
            (false, false) => return None,
        };
        Some((
            end,
            DateX {
                year: year.map(|y| YearX::Abs(y as i32)),
                month: Some(MonthX::Abs(m as u8, None)),
                day: Some(DayX::Abs(d as u8)),
                ..DateX::default()
            },
        ))
    }

    /// Token i begins a day: a relative day, a weekday, a day number or a month name.
    fn starts_date(&self, i: usize) -> bool {
        self.num(i).is_some()
            || self
                .lex(i, bits::MONTH | bits::REL_DAY | bits::WEEKDAY, |r| {
                    matches!(
                        r,
                        Reading::RelDay(_) | Reading::Weekday(_) | Reading::Month { .. }
                    )
                })
                .is_some()
    }

    // ---- ranges ----

    /// «من X إلى Y», «X - Y», «بين X و Y» around a first match.
    fn range_after(&self, m: &Match) -> Option<Match> {
        let Expr::Date(a) = m.expr else { return None };
        if a.offset.is_some() || a.now || a.sub.is_some() {
            return None;
        }
        let k = m.end;
        let and_ok = m.start > 0 && self.is(m.start - 1, "بين");
        let b = if self.is_to(k) || (and_ok && self.is_and(k)) {
            let mut j = k + 1;
            if self.is_any(j, &["الي"]) {
                j += 1;
            }
            // «من الساعة 3 إلى الساعة 4»: a time range ends on a time.
            match self.r_date(j) {
                Some(b) => b,
                None if a.time.is_some() => self.r_time(j)?,
                None => return None,
            }
        } else if and_ok && self.starts(k, "و") {
            // «بين كانون الثاني وآذار 2020»: «و» glued to the second end.
            let b = self.r_date(k)?;
            if b.skip == 0 {
                return None;
            }
            b
        } else {
            return None;
        };
        let Expr::Date(mut bx) = b.expr else {
            return None;
        };
        if bx.offset.is_some() {
            return None;
        }
        // «من 15 مارس ولغاية نهاية أبريل», «من مطلع أيلول حتى 20 تشرين الأول»: the end or the start of a month
        // facing a day is the month's last or first day.
        let month_only = |x: &DateX| {
            x.day.is_none()
                && x.time.is_none()
                && x.daypart.is_none()
                && matches!(x.month, Some(MonthX::Abs(..) | MonthX::Rel(_)))
        };
        let mut a = a;
        if a.day.is_some() && month_only(&bx) && bx.part == Some(Part::End) {
            bx.part = None;
            bx.day = Some(DayX::LastDay);
        } else if bx.day.is_some() && month_only(&a) && a.part == Some(Part::Start) {
            a.part = None;
            a.day = Some(DayX::Abs(1));
        }
        // «من الأحد إلى الخميس المقبلين»: a plural shift after the second weekday shifts the first too.
        if let (Some(DayX::Weekday(w, None)), Some(DayX::Weekday(_, Some(s)))) = (a.day, bx.day) {
            if b.end > 0 && self.ends(b.end - 1, "ين") && self.shift(b.end - 1).is_some() {
                a.day = Some(DayX::Weekday(w, Some(s)));
            }
        }
        // Both ends must be of the same kind (years with years, days with days, times with times); but «منذ عام 2007
        // حتى اليوم» ends today as «حتى الآن» does, and «منذ 12 أكتوبر 2021 حتى الآن» now as «حتى اليوم» does.
        let until_today = (matches!(bx.day, Some(DayX::Rel(0))) || bx.now)
            && bx.month.is_none()
            && bx.year.is_none()
            && bx.time.is_none()
            && bx.daypart.is_none()
            && m.start > 0
            && self.is_any(m.start - 1, &["منذ", "من"]);
        if a.day.is_some() != bx.day.is_some() && a.time.is_none() && !until_today {
            return None;
        }
        // «أرجأت المحكمة الجلسة السبت إلى 10 أغسطس»: with no «من» or «بين» before it, a weekday then «إلى» a
        // calendar day is a date and a postponement, not a range.
        let lead = m.start > 0 && self.is_any(m.start - 1, &["من", "بين"]);
        if !lead
            && matches!(a.day, Some(DayX::Weekday(..)))
            && a.month.is_none()
            && matches!(bx.month, Some(MonthX::Abs(..)))
        {
            return None;
        }
        Some(Match::new(m.start, b.end, m.skip, Expr::Range(a, bx)))
    }
}

/// A holiday's expression: a feast of several days named alone is the range of them («أيام التشريق»).
fn holiday_expr(d: DateX) -> Expr {
    match d.holiday {
        Some(Holiday::HijriDays { month, day, days }) => {
            let mut a = d;
            a.holiday = Some(Holiday::Hijri(month, day));
            let mut b = d;
            b.holiday = Some(Holiday::Hijri(month, day + days - 1));
            Expr::Range(a, b)
        }
        _ => Expr::Date(d),
    }
}

/// A clock time (hour 0–23, after its part of day) beside a named hour of the day («وقت الغداء» = 12, «منتصف الليل»
/// = 0): the hour they agree on and its part of day, or `None` when they name different times. Noon words cover
/// lunch time, late morning to mid-afternoon («الساعة 1 وقت الغداء» is 13:00).
fn named_hour_agrees(h: u64, daypart: Option<&'static str>, nh: u8) -> Option<(u64, &'static str)> {
    let nh = u64::from(nh);
    let h = match nh {
        12 => match h {
            11..=15 => h,
            1..=3 if daypart.is_none() => h + 12,
            _ => return None,
        },
        _ if h == nh => h,
        _ if daypart.is_none() && (h + 12) % 24 == nh => nh,
        _ => return None,
    };
    let p = daypart.unwrap_or(match h {
        4..=11 => "TMO",
        12..=16 => "TAF",
        17..=20 => "TEV",
        _ => "TNI",
    });
    Some((h, p))
}
