//! Resolution: unresolved grammar values to TIMEX3 values, against the reference date and the narrative.

use super::grammar::{CenturyX, DateX, DayX, Expr, MonthX, TimeX, YearX};
use super::{Anchor, Calendar, Grain, Interval, Mod, Quantity, Temporal, TimexType};
use crate::calendar;
use crate::lexicon::{Part, Unit};
use crate::span::Span;
use chrono::{Datelike, Duration, Months, NaiveDate, NaiveDateTime, NaiveTime, Weekday};

/// How far back (in bytes of text) an explicit year still supplies the year of a later day and month.
const NARRATIVE_REACH: usize = 400;

/// Resolution state for one document.
#[derive(Debug, Clone)]
pub(crate) struct Context {
    pub reference: Option<NaiveDateTime>,
    pub prefer_future: bool,
    narrative: Option<Narrative>,
}

#[derive(Debug, Clone, Copy)]
struct Narrative {
    year: i32,
    month: Option<u32>,
    day: Option<u32>,
    /// The year was written out (not computed from the reference).
    explicit: bool,
    /// Byte offset where the expression ended.
    at: usize,
}

/// Track which inputs a value used, for its anchor.
#[derive(Default, Clone, Copy)]
struct Uses {
    reference: bool,
    narrative: bool,
}

impl Uses {
    fn anchor(self) -> Anchor {
        if self.narrative {
            Anchor::Anaphoric
        } else if self.reference {
            Anchor::Relative
        } else {
            Anchor::Absolute
        }
    }
}

fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    if !(1..=9999).contains(&y) {
        return None;
    }
    NaiveDate::from_ymd_opt(y, m, d)
}

fn midnight(d: NaiveDate) -> NaiveDateTime {
    d.and_time(NaiveTime::MIN)
}

fn month_end(y: i32, m: u32) -> Option<NaiveDate> {
    let (ny, nm) = if m == 12 {
        (y.checked_add(1)?, 1)
    } else {
        (y, m + 1)
    };
    NaiveDate::from_ymd_opt(ny, nm, 1)
}

fn weekday_of(n: u8) -> Weekday {
    match n {
        1 => Weekday::Mon,
        2 => Weekday::Tue,
        3 => Weekday::Wed,
        4 => Weekday::Thu,
        5 => Weekday::Fri,
        6 => Weekday::Sat,
        _ => Weekday::Sun,
    }
}

fn fmt_year(y: i32) -> String {
    format!("{y:04}")
}

fn duration_string(amount: u64, unit: Unit) -> String {
    match unit {
        Unit::Second => format!("PT{amount}S"),
        Unit::Minute if amount >= 60 && amount % 60 != 0 => {
            format!("PT{}H{}M", amount / 60, amount % 60)
        }
        Unit::Minute => format!("PT{amount}M"),
        Unit::Hour => format!("PT{amount}H"),
        Unit::Day => format!("P{amount}D"),
        Unit::Week => format!("P{amount}W"),
        Unit::Month => format!("P{amount}M"),
        Unit::Year => format!("P{amount}Y"),
        Unit::Decade => format!("P{}Y", amount.saturating_mul(10)),
        Unit::Century => format!("P{}Y", amount.saturating_mul(100)),
    }
}

/// A resolved calendar value before formatting.
#[derive(Debug, Clone, Copy)]
struct Val {
    start: NaiveDateTime,
    end: NaiveDateTime,
    grain: Grain,
    daypart: Option<&'static str>,
    hijri: Option<(i32, Option<u32>, Option<u32>)>,
}

impl Val {
    fn value(&self) -> String {
        let d = self.start.date();
        let base = match self.grain {
            Grain::Century => format!("{:02}", d.year().div_euclid(100)),
            Grain::Decade => format!("{:03}", d.year().div_euclid(10)),
            Grain::Year => fmt_year(d.year()),
            Grain::Half => format!(
                "{}-H{}",
                fmt_year(d.year()),
                if d.month() <= 6 { 1 } else { 2 }
            ),
            Grain::Quarter => format!("{}-Q{}", fmt_year(d.year()), (d.month() - 1) / 3 + 1),
            Grain::Month => format!("{}-{:02}", fmt_year(d.year()), d.month()),
            Grain::Week => {
                let w = d.iso_week();
                format!("{}-W{:02}", fmt_year(w.year()), w.week())
            }
            Grain::Day => d.format("%Y-%m-%d").to_string(),
            Grain::PartOfDay => {
                format!("{}{}", d.format("%Y-%m-%d"), self.daypart.unwrap_or("TDT"))
            }
            Grain::Hour | Grain::Minute => self.start.format("%Y-%m-%dT%H:%M").to_string(),
            Grain::Second => self.start.format("%Y-%m-%dT%H:%M:%S").to_string(),
        };
        // A Hijri month or year covers Gregorian days that are no Gregorian period: write it as a day interval.
        if let Some((_, _, None)) = self.hijri {
            {
                let last = self.end.date().pred_opt().unwrap_or(d);
                return format!("{}/{}", d.format("%Y-%m-%d"), last.format("%Y-%m-%d"));
            }
        }
        base
    }

    fn hijri_value(&self) -> Option<String> {
        let (y, m, d) = self.hijri?;
        Some(match (m, d) {
            (Some(m), Some(d)) => format!("{y:04}-{m:02}-{d:02}"),
            (Some(m), None) => format!("{y:04}-{m:02}"),
            _ => format!("{y:04}"),
        })
    }
}

impl Context {
    pub fn new(reference: Option<NaiveDateTime>, prefer_future: bool) -> Context {
        Context {
            reference,
            prefer_future,
            narrative: None,
        }
    }

    fn reference_date(&self) -> Option<NaiveDate> {
        self.reference.map(|r| r.date())
    }

    /// Resolves one expression, found at `span` of the text, whose matched text is `text`.
    pub fn resolve(
        &mut self,
        expr: &Expr,
        future: bool,
        span: Span,
        text: &str,
    ) -> Option<Temporal> {
        let prefer_future = self.prefer_future || future;
        let (at, end) = (span.start, span.end);
        match *expr {
            Expr::Duration {
                amount,
                unit,
                modifier,
            } => Some(Temporal {
                modifier: modifier.and_then(Mod::from_code),
                quantity: Some(Quantity { amount, unit }),
                ..Temporal::new(
                    span,
                    text,
                    TimexType::Duration,
                    duration_string(amount, unit),
                    grain_of(unit),
                )
            }),
            Expr::DurationRange { from, to, unit } => Some(Temporal {
                quantity: Some(Quantity { amount: from, unit }),
                ..Temporal::new(
                    span,
                    text,
                    TimexType::Duration,
                    format!(
                        "{}/{}",
                        duration_string(from, unit),
                        duration_string(to, unit)
                    ),
                    grain_of(unit),
                )
            }),
            Expr::Date(x) => {
                let mut uses = Uses::default();
                if let Some(sym) = self.symbolic(&x, span, text) {
                    return Some(sym);
                }
                let v = self.date(&x, prefer_future, at, &mut uses)?;
                let r = self.finish(&x, v, uses, span, text);
                self.remember(&x, &v, end, uses);
                Some(r)
            }
            Expr::Range(a, b) => {
                let mut a = a;
                // Fill the first end from the second: «من 12 إلى 14 شباط 2019», «من يناير إلى مارس 2020».
                if a.year.is_none() && a.month.is_some() {
                    a.year = b.year;
                }
                if a.month.is_none()
                    && a.day.is_some()
                    && !matches!(a.day, Some(DayX::Rel(_) | DayX::Weekday(..)))
                {
                    a.month = b.month;
                    a.year = a.year.or(b.year);
                }
                if a.time.is_some() && a.day.is_none() && b.day.is_some() {
                    a.day = b.day;
                    a.month = a.month.or(b.month);
                    a.year = a.year.or(b.year);
                }
                a.hijri = a.hijri || b.hijri;
                let mut b = b;
                if b.time.is_some() && b.day.is_none() && a.day.is_some() {
                    b.day = a.day;
                    b.month = b.month.or(a.month);
                    b.year = b.year.or(a.year);
                }
                if b.time.is_some() && b.daypart.is_some() && a.daypart.is_none() {
                    if let Some(t) = a.time.as_mut() {
                        if t.hour < 12 && matches!(b.daypart, Some("TAF" | "TEV")) {
                            t.hour += 12;
                        }
                    }
                }
                let mut uses = Uses::default();
                let va = self.date(&a, prefer_future, at, &mut uses)?;
                let vb = self.date(&b, prefer_future, at, &mut uses)?;
                if vb.end <= va.start {
                    return None;
                }
                let kind = if a.time.is_some() {
                    TimexType::Time
                } else {
                    TimexType::Date
                };
                let value = format!("{}/{}", va.value(), vb.value());
                let hijri = match (va.hijri_value(), vb.hijri_value()) {
                    (Some(x), Some(y)) => Some(format!("{x}/{y}")),
                    _ => None,
                };
                self.remember(&b, &vb, end, uses);
                Some(Temporal {
                    calendar: if a.hijri {
                        Calendar::Hijri
                    } else {
                        Calendar::Gregorian
                    },
                    anchor: uses.anchor(),
                    interval: Some(Interval {
                        start: va.start,
                        end: vb.end,
                    }),
                    hijri,
                    ..Temporal::new(span, text, kind, value, va.grain.min(vb.grain))
                })
            }
        }
    }

    /// Values that need a reference date, when there is none: `REF` plus a signed duration.
    fn symbolic(&self, x: &DateX, span: Span, text: &str) -> Option<Temporal> {
        if self.reference.is_some() {
            return None;
        }
        // A month (and day) with no year, and no year written before it either: `XXXX-10-02`.
        if let (Some(MonthX::Abs(m, None)), None, false, None) = (x.month, x.year, x.hijri, x.week)
        {
            if !self.narrative.is_some_and(|n| n.explicit) && x.time.is_none() {
                // The day must exist in some year (2000 is a leap year); «31 أبريل» keeps only its month.
                let (value, grain) = match x.day {
                    Some(DayX::Abs(d))
                        if NaiveDate::from_ymd_opt(2000, m.into(), d.into()).is_some() =>
                    {
                        (format!("XXXX-{m:02}-{d:02}"), Grain::Day)
                    }
                    Some(DayX::Abs(_)) | None => (format!("XXXX-{m:02}"), Grain::Month),
                    _ => return None,
                };
                return Some(Temporal {
                    modifier: part_mod(x.part),
                    anchor: Anchor::Relative,
                    ..Temporal::new(span, text, TimexType::Date, value, grain)
                });
            }
        }
        let (amount, unit): (i64, Unit) = if let Some(o) = x.offset {
            o
        } else if x.now {
            (0, Unit::Second)
        } else if let (Some(DayX::Rel(o)), None, None) = (x.day, x.month, x.year) {
            (o.into(), Unit::Day)
        } else if let (Some(o), None) = (x.week, x.day) {
            (o.into(), Unit::Week)
        } else if let (Some(MonthX::Rel(o)), None, None) = (x.month, x.day, x.year) {
            (o.into(), Unit::Month)
        } else if let (Some(YearX::Rel(o)), None, None) = (x.year, x.month, x.day) {
            (o.into(), Unit::Year)
        } else {
            return None;
        };
        let value = if amount == 0 {
            "REF".to_string()
        } else {
            let sign = if amount < 0 { '-' } else { '+' };
            format!("REF{sign}{}", duration_string(amount.unsigned_abs(), unit))
        };
        let kind = if x.time.is_some() || x.daypart.is_some() || x.now {
            TimexType::Time
        } else {
            TimexType::Date
        };
        Some(Temporal {
            modifier: part_mod(x.part),
            anchor: Anchor::Relative,
            ..Temporal::new(span, text, kind, value, grain_of(unit))
        })
    }

    fn finish(&self, x: &DateX, v: Val, uses: Uses, span: Span, text: &str) -> Temporal {
        let kind = if x.time.is_some() || v.grain == Grain::PartOfDay || x.now {
            TimexType::Time
        } else {
            TimexType::Date
        };
        let mut interval = Interval {
            start: v.start,
            end: v.end,
        };
        if let Some(p) = x.part {
            interval = narrow(interval, p);
        }
        let value = if x.now {
            "PRESENT_REF".to_string()
        } else {
            v.value()
        };
        Temporal {
            modifier: part_mod(x.part),
            calendar: if v.hijri.is_some() {
                Calendar::Hijri
            } else {
                Calendar::Gregorian
            },
            anchor: uses.anchor(),
            interval: Some(interval),
            hijri: v.hijri_value(),
            ..Temporal::new(span, text, kind, value, v.grain)
        }
    }

    fn remember(&mut self, x: &DateX, v: &Val, end: usize, uses: Uses) {
        if x.now || matches!(v.grain, Grain::Century | Grain::Decade) {
            return;
        }
        let d = v.start.date();
        let explicit = matches!(x.year, Some(YearX::Abs(_))) || uses.narrative;
        let month = (v.grain <= Grain::Month).then_some(d.month());
        let day = (v.grain <= Grain::Day).then_some(d.day());
        self.narrative = Some(Narrative {
            year: d.year(),
            month,
            day,
            explicit,
            at: end,
        });
    }

    /// The year a day-month or month without a year belongs to.
    fn year_for(
        &self,
        month: u32,
        day: Option<u32>,
        prefer_future: bool,
        at: usize,
        uses: &mut Uses,
    ) -> Option<i32> {
        if let Some(n) = self.narrative {
            let near = at.saturating_sub(n.at) <= NARRATIVE_REACH;
            if n.explicit && (near || self.reference.is_none()) {
                uses.narrative = true;
                return Some(n.year);
            }
        }
        let r = self.reference_date()?;
        uses.reference = true;
        let key = (month, day.unwrap_or(if prefer_future { 31 } else { 1 }));
        let rkey = (r.month(), r.day());
        // The reference month itself belongs to the reference year, whichever way ambiguity leans.
        if month == r.month() {
            return Some(r.year());
        }
        Some(if prefer_future {
            if key < rkey && !(month == r.month() && day.is_none()) {
                r.year() + 1
            } else {
                r.year()
            }
        } else if key > rkey && !(month == r.month() && day.is_none()) {
            r.year() - 1
        } else {
            r.year()
        })
    }

    /// The date relative parts count from: the narrative's for anaphoric expressions when there is one, else the
    /// reference.
    fn base(&self, x: &DateX, uses: &mut Uses) -> Option<NaiveDateTime> {
        if x.anaphoric {
            if let Some(n) = self.narrative {
                uses.narrative = true;
                return ymd(n.year, n.month.unwrap_or(1), n.day.unwrap_or(1)).map(midnight);
            }
        }
        uses.reference = true;
        self.reference
    }

    fn date(&self, x: &DateX, prefer_future: bool, at: usize, uses: &mut Uses) -> Option<Val> {
        let r = self.reference;
        if let Some((n, unit)) = x.offset {
            let b = self.base(x, uses)?;
            let coarse = if x.anaphoric {
                self.narrative.map(|n| n.day.is_none()).unwrap_or(false)
            } else {
                false
            };
            let v = offset(b, n, unit)?;
            // From a month-precise narrative date, a day offset is no more precise than the month.
            if coarse && v.grain == Grain::Day {
                return month_val(v.start.year(), v.start.month());
            }
            return Some(v);
        }
        if x.now {
            let r = r?;
            uses.reference = true;
            return Some(Val {
                start: r,
                end: r + Duration::seconds(1),
                grain: Grain::Second,
                daypart: None,
                hijri: None,
            });
        }
        if x.century.is_some() || x.decade.is_some() {
            return self.decade(x, uses);
        }
        if let (Some(t), None, None, None, None) = (x.time, x.day, x.month, x.year, x.week) {
            // A clock time with no date takes the reference day; with no part of day, the hour may be a.m. or p.m.
            let rd = r?;
            uses.reference = true;
            let ambiguous = if x.daypart.is_none() { Some(rd) } else { None };
            return Some(time_val(rd.date(), t, ambiguous, prefer_future));
        }
        if let Some(w) = x.week {
            let r = self.base(x, uses)?.date();
            let monday = r - Duration::days(i64::from(r.weekday().num_days_from_monday()));
            let monday = monday.checked_add_signed(Duration::weeks(w.into()))?;
            if let Some(DayX::Weekday(wd, _)) = x.day {
                let d = monday + Duration::days(i64::from(weekday_of(wd).num_days_from_monday()));
                return Some(day_val(d, x));
            }
            return Some(Val {
                start: midnight(monday),
                end: midnight(monday + Duration::weeks(1)),
                grain: Grain::Week,
                daypart: None,
                hijri: None,
            });
        }
        if x.hijri {
            return self.hijri(x, prefer_future, uses);
        }
        // Year.
        let year: Option<i32> = match x.year {
            Some(YearX::Abs(y)) => Some(y),
            Some(YearX::Rel(o)) => Some(self.base(x, uses)?.date().year().checked_add(o)?),
            Some(YearX::Same) => match self.narrative {
                Some(n) => {
                    uses.narrative = true;
                    Some(n.year)
                }
                None => {
                    uses.reference = true;
                    Some(r?.date().year())
                }
            },
            None => None,
        };
        if let Some(y) = year {
            if !(1..=9999).contains(&y) {
                return None;
            }
        }
        // Quarter or half of a year.
        if let Some((n, parts)) = x.fraction {
            let y = year?;
            let months = 12 / u32::from(parts.max(1));
            let m0 = (u32::from(n) - 1) * months + 1;
            let s = ymd(y, m0, 1)?;
            let e = if m0 + months > 12 {
                ymd(y + 1, 1, 1)?
            } else {
                ymd(y, m0 + months, 1)?
            };
            return Some(Val {
                start: midnight(s),
                end: midnight(e),
                grain: if parts == 4 {
                    Grain::Quarter
                } else {
                    Grain::Half
                },
                daypart: None,
                hijri: None,
            });
        }
        // Month.
        let month: Option<(i32, u32)> = match x.month {
            Some(MonthX::Abs(m, shift)) => {
                let m = u32::from(m);
                let y = match (year, shift) {
                    (Some(y), _) => y,
                    (None, Some(s)) => {
                        let rd = r?.date();
                        uses.reference = true;
                        match s {
                            -1 => {
                                if m < rd.month()
                                    || (m == rd.month()
                                        && matches!(x.day, Some(DayX::Abs(d)) if u32::from(d) < rd.day()))
                                {
                                    rd.year()
                                } else {
                                    rd.year() - 1
                                }
                            }
                            1 => {
                                if m > rd.month()
                                    || (m == rd.month()
                                        && matches!(x.day, Some(DayX::Abs(d)) if u32::from(d) > rd.day()))
                                {
                                    rd.year()
                                } else {
                                    rd.year() + 1
                                }
                            }
                            _ => rd.year(),
                        }
                    }
                    (None, None) => {
                        let day = match x.day {
                            Some(DayX::Abs(d)) => Some(u32::from(d)),
                            _ => None,
                        };
                        // Neither reference nor narrative: `symbolic` wrote `XXXX-MM-DD` already.
                        self.year_for(m, day, prefer_future, at, uses)?
                    }
                };
                Some((y, m))
            }
            Some(MonthX::Rel(o)) => {
                let rd = self.base(x, uses)?.date();
                let first = ymd(rd.year(), rd.month(), 1)?;
                let d = if o >= 0 {
                    first.checked_add_months(Months::new(o.unsigned_abs()))?
                } else {
                    first.checked_sub_months(Months::new(o.unsigned_abs()))?
                };
                Some((d.year(), d.month()))
            }
            Some(MonthX::Same) => match self.narrative {
                Some(Narrative {
                    year,
                    month: Some(m),
                    ..
                }) => {
                    uses.narrative = true;
                    Some((year, m))
                }
                _ => {
                    let rd = r?.date();
                    uses.reference = true;
                    Some((rd.year(), rd.month()))
                }
            },
            None => None,
        };
        // Day.
        match x.day {
            Some(DayX::Abs(d)) => {
                let (y, m) = match month {
                    Some(ym) => ym,
                    None => {
                        let rd = r?.date();
                        uses.reference = true;
                        (rd.year(), rd.month())
                    }
                };
                // «الأربعاء 20 مارس» with no year: the weekday picks the nearest year where it fits.
                let y = match (x.weekday_hint, x.year) {
                    (Some(wd), None) => [0, 1, -1]
                        .iter()
                        .map(|dy| y + dy)
                        .find(|&cy| {
                            ymd(cy, m, u32::from(d))
                                .is_some_and(|dt| dt.weekday() == weekday_of(wd))
                        })
                        .unwrap_or(y),
                    _ => y,
                };
                match ymd(y, m, u32::from(d)) {
                    Some(date) => Some(day_val(date, x)),
                    // «31 فبراير 2021»: no such day; keep the month, less precise but true.
                    None => month_val(y, m),
                }
            }
            Some(DayX::Rel(o)) => {
                let rd = r?.date();
                uses.reference = true;
                Some(day_val(rd.checked_add_signed(Duration::days(o.into()))?, x))
            }
            Some(DayX::Next(o)) => {
                let base = match self.narrative {
                    Some(Narrative {
                        year,
                        month: Some(m),
                        day: Some(d),
                        ..
                    }) => {
                        uses.narrative = true;
                        ymd(year, m, d)?
                    }
                    _ => {
                        uses.reference = true;
                        r?.date()
                    }
                };
                Some(day_val(
                    base.checked_add_signed(Duration::days(o.into()))?,
                    x,
                ))
            }
            Some(DayX::Weekday(wd, shift)) => {
                let rd = r?.date();
                uses.reference = true;
                let target = weekday_of(wd);
                let diff = i64::from(target.num_days_from_monday())
                    - i64::from(rd.weekday().num_days_from_monday());
                let forward = if diff > 0 { diff } else { diff + 7 };
                let backward = if diff < 0 { diff } else { diff - 7 };
                let days = match shift {
                    Some(1) => forward,
                    Some(-1) => backward,
                    Some(_) => diff,
                    None if prefer_future => forward,
                    // News reports the publication day by its weekday name too: the past side includes that day.
                    None => {
                        if diff == 0 {
                            0
                        } else {
                            backward
                        }
                    }
                };
                Some(day_val(rd.checked_add_signed(Duration::days(days))?, x))
            }
            Some(DayX::NthWeekday(n, wd)) => {
                let (y, m) = month?;
                let first = ymd(y, m, 1)?;
                let target = weekday_of(wd);
                let off = (7 + i64::from(target.num_days_from_monday())
                    - i64::from(first.weekday().num_days_from_monday()))
                    % 7;
                let d = if n > 0 {
                    first + Duration::days(off + 7 * (i64::from(n) - 1))
                } else {
                    let last = month_end(y, m)?.pred_opt()?;
                    let back = (7 + i64::from(last.weekday().num_days_from_monday())
                        - i64::from(target.num_days_from_monday()))
                        % 7;
                    last - Duration::days(back)
                };
                if d.month() != m {
                    return None;
                }
                Some(day_val(d, x))
            }
            Some(DayX::LastDay) => {
                let (y, m) = month?;
                Some(day_val(month_end(y, m)?.pred_opt()?, x))
            }
            None => {
                if let Some((y, m)) = month {
                    return month_val(y, m);
                }
                let y = year?;
                let s = ymd(y, 1, 1)?;
                let e = ymd(y + 1, 1, 1).unwrap_or(s);
                if x.time.is_some() {
                    return None;
                }
                Some(Val {
                    start: midnight(s),
                    end: midnight(e),
                    grain: Grain::Year,
                    daypart: None,
                    hijri: None,
                })
            }
        }
        .or_else(|| {
            // A clock time with no date takes the reference day.
            let t = x.time?;
            let rd = r?;
            uses.reference = true;
            Some(time_val(rd.date(), t, Some(rd), prefer_future))
        })
    }

    fn decade(&self, x: &DateX, uses: &mut Uses) -> Option<Val> {
        let century = match x.century {
            Some(CenturyX::Abs(c)) => c,
            Some(CenturyX::Rel(o)) => {
                uses.reference = true;
                self.reference_date()?.year().div_euclid(100) + 1 + o
            }
            None => 20,
        };
        if !(1..=99).contains(&century) {
            return None;
        }
        let base = (century - 1) * 100;
        if let Some(d) = x.decade {
            let y = base + d * 10;
            return Some(Val {
                start: midnight(ymd(y.max(1), 1, 1)?),
                end: midnight(ymd(y + 10, 1, 1)?),
                grain: Grain::Decade,
                daypart: None,
                hijri: None,
            });
        }
        Some(Val {
            start: midnight(ymd(base.max(1), 1, 1)?),
            end: midnight(ymd(base + 100, 1, 1)?),
            grain: Grain::Century,
            daypart: None,
            hijri: None,
        })
    }

    fn hijri(&self, x: &DateX, prefer_future: bool, uses: &mut Uses) -> Option<Val> {
        let r = self.reference_date();
        let y = match x.year {
            Some(YearX::Abs(y)) => y,
            _ => {
                // The Hijri year around the reference date.
                let rd = r?;
                uses.reference = true;
                let (hy, hm, hd) = calendar::gregorian_to_hijri(rd)?;
                match x.month {
                    Some(MonthX::Abs(m, shift)) => {
                        let m = u32::from(m);
                        let d = match x.day {
                            Some(DayX::Abs(d)) => u32::from(d),
                            _ => 1,
                        };
                        match shift {
                            Some(-1) => {
                                if m < hm {
                                    hy
                                } else {
                                    hy - 1
                                }
                            }
                            Some(1) => {
                                if m > hm {
                                    hy
                                } else {
                                    hy + 1
                                }
                            }
                            Some(_) => hy,
                            None if prefer_future => {
                                if (m, d) < (hm, hd) && m != hm {
                                    hy + 1
                                } else {
                                    hy
                                }
                            }
                            None => {
                                if (m, d) > (hm, hd) && m != hm {
                                    hy - 1
                                } else {
                                    hy
                                }
                            }
                        }
                    }
                    _ => hy,
                }
            }
        };
        match (x.month, x.day) {
            (Some(MonthX::Abs(m, _)), Some(DayX::Abs(d))) => {
                let (m, d) = (u32::from(m), u32::from(d));
                match calendar::hijri_to_gregorian(y, m, d) {
                    Some(g) => {
                        let mut v = day_val(g, x);
                        v.hijri = Some((y, Some(m), Some(d)));
                        Some(v)
                    }
                    // No such day in that month: keep the month.
                    None => hijri_month_val(y, m),
                }
            }
            (Some(MonthX::Abs(m, _)), None) => hijri_month_val(y, u32::from(m)),
            (None, None) => {
                let (s, e) = calendar::hijri_year_span(y)?;
                Some(Val {
                    start: midnight(s),
                    end: midnight(e.succ_opt()?),
                    grain: Grain::Year,
                    daypart: None,
                    hijri: Some((y, None, None)),
                })
            }
            _ => None,
        }
    }
}

fn grain_of(unit: Unit) -> Grain {
    match unit {
        Unit::Second => Grain::Second,
        Unit::Minute => Grain::Minute,
        Unit::Hour => Grain::Hour,
        Unit::Day => Grain::Day,
        Unit::Week => Grain::Week,
        Unit::Month => Grain::Month,
        Unit::Year => Grain::Year,
        Unit::Decade => Grain::Decade,
        Unit::Century => Grain::Century,
    }
}

fn part_mod(p: Option<Part>) -> Option<Mod> {
    p.map(|p| match p {
        Part::Start => Mod::Start,
        Part::Mid => Mod::Mid,
        Part::End => Mod::End,
    })
}

/// The part of an interval a START/MID/END modifier points at: the first, middle or last third (for a month:
/// days 1–10, 11–20, 21–end).
fn narrow(iv: Interval, p: Part) -> Interval {
    let total = iv.end - iv.start;
    let days = total.num_days();
    if (28..=31).contains(&days) {
        let s = iv.start;
        return match p {
            Part::Start => Interval {
                start: s,
                end: s + Duration::days(10),
            },
            Part::Mid => Interval {
                start: s + Duration::days(10),
                end: s + Duration::days(20),
            },
            Part::End => Interval {
                start: s + Duration::days(20),
                end: iv.end,
            },
        };
    }
    let third = total / 3;
    match p {
        Part::Start => Interval {
            start: iv.start,
            end: iv.start + third,
        },
        Part::Mid => Interval {
            start: iv.start + third,
            end: iv.end - third,
        },
        Part::End => Interval {
            start: iv.end - third,
            end: iv.end,
        },
    }
}

fn hijri_month_val(y: i32, m: u32) -> Option<Val> {
    let (s, e) = calendar::hijri_month_span(y, m)?;
    Some(Val {
        start: midnight(s),
        end: midnight(e.succ_opt()?),
        grain: Grain::Month,
        daypart: None,
        hijri: Some((y, Some(m), None)),
    })
}

fn month_val(y: i32, m: u32) -> Option<Val> {
    let s = ymd(y, m, 1)?;
    let e = month_end(y, m)?;
    Some(Val {
        start: midnight(s),
        end: midnight(e),
        grain: Grain::Month,
        daypart: None,
        hijri: None,
    })
}

/// A day, with its time or part of day if the expression has one.
fn day_val(d: NaiveDate, x: &DateX) -> Val {
    if let Some(t) = x.time {
        return time_val(d, t, None, false);
    }
    let start = midnight(d);
    let end = midnight(d.succ_opt().unwrap_or(d));
    if let Some(p) = x.daypart {
        let (h0, h1) = match p {
            "TMO" => (4, 12),
            "TAF" => (12, 17),
            "TEV" => (17, 21),
            _ => (21, 24),
        };
        return Val {
            start: start + Duration::hours(h0),
            end: start + Duration::hours(h1),
            grain: Grain::PartOfDay,
            daypart: Some(p),
            hijri: None,
        };
    }
    Val {
        start,
        end,
        grain: Grain::Day,
        daypart: None,
        hijri: None,
    }
}

/// A clock time on a day. With a reference instant and an hour that could be a.m. or p.m., take the reading on the
/// preferred side of the reference.
fn time_val(d: NaiveDate, t: TimeX, reference: Option<NaiveDateTime>, prefer_future: bool) -> Val {
    let mut hour = u32::from(t.hour);
    if let Some(r) = reference {
        if (1..12).contains(&hour) {
            let am = d.and_hms_opt(hour, u32::from(t.minute), 0);
            let pm = d.and_hms_opt(hour + 12, u32::from(t.minute), 0);
            if let (Some(am), Some(pm)) = (am, pm) {
                // Future: the first reading at or after the reference; past: the last one at or before it.
                let take_pm = if prefer_future {
                    am < r && pm >= r
                } else {
                    pm <= r
                };
                if take_pm {
                    hour += 12;
                }
            }
        }
    }
    let start = d
        .and_hms_opt(
            hour.min(23),
            u32::from(t.minute.min(59)),
            u32::from(t.second.unwrap_or(0).min(59)),
        )
        .unwrap_or_else(|| midnight(d));
    let len = match t.grain {
        Grain::Second => Duration::seconds(1),
        Grain::Minute => Duration::minutes(1),
        _ => Duration::hours(1),
    };
    Val {
        start,
        end: start + len,
        grain: t.grain,
        daypart: None,
        hijri: None,
    }
}

fn offset(r: NaiveDateTime, n: i64, unit: Unit) -> Option<Val> {
    let d = r.date();
    let months = |k: i64| -> Option<NaiveDate> {
        let k32 = u32::try_from(k.unsigned_abs()).ok()?;
        if k >= 0 {
            d.checked_add_months(Months::new(k32))
        } else {
            d.checked_sub_months(Months::new(k32))
        }
    };
    let (start, grain) = match unit {
        Unit::Second => (
            r.checked_add_signed(Duration::try_seconds(n)?)?,
            Grain::Second,
        ),
        Unit::Minute => (
            r.checked_add_signed(Duration::try_minutes(n)?)?,
            Grain::Minute,
        ),
        Unit::Hour => (r.checked_add_signed(Duration::try_hours(n)?)?, Grain::Hour),
        Unit::Day => (
            midnight(d.checked_add_signed(Duration::try_days(n)?)?),
            Grain::Day,
        ),
        Unit::Week => (
            midnight(d.checked_add_signed(Duration::try_weeks(n)?)?),
            Grain::Day,
        ),
        Unit::Month => {
            let m = months(n)?;
            (midnight(ymd(m.year(), m.month(), 1)?), Grain::Month)
        }
        Unit::Year => {
            let y = d.year().checked_add(i32::try_from(n).ok()?)?;
            (midnight(ymd(y, 1, 1)?), Grain::Year)
        }
        Unit::Decade | Unit::Century => return None,
    };
    if !(1..=9999).contains(&start.date().year()) {
        return None;
    }
    let end = match grain {
        Grain::Second => start + Duration::seconds(1),
        Grain::Minute => start + Duration::minutes(1),
        Grain::Hour => start + Duration::hours(1),
        Grain::Day => start + Duration::days(1),
        Grain::Month => midnight(month_end(start.year(), start.month())?),
        _ => midnight(ymd(start.year() + 1, 1, 1)?),
    };
    Some(Val {
        start,
        end,
        grain,
        daypart: None,
        hijri: None,
    })
}
