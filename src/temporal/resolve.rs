//! Resolution: unresolved grammar values to TIMEX3 values, against the reference date and the narrative.

use super::grammar::{CenturyX, DateX, DayX, Expr, MonthX, TimeX, YearX};
use super::{Anchor, Calendar, Grain, Interval, Mod, Quantity, Temporal, TimexType};
use crate::calendar;
use crate::lexicon::{Holiday, Part, Unit};
use crate::span::Span;
use chrono::{Datelike, Duration, Months, NaiveDate, NaiveDateTime, NaiveTime, Timelike, Weekday};

/// How far back (in bytes of text) an explicit year still supplies the year of a later day and month.
const NARRATIVE_REACH: usize = 400;

/// Resolution state for one document.
#[derive(Debug, Clone)]
pub(crate) struct Context {
    pub reference: Option<NaiveDateTime>,
    pub prefer_future: bool,
    /// A Sunday picked in a named week is the one that ends its ISO week, not the one before its Monday.
    pub iso_weeks: bool,
    narrative: Option<Narrative>,
    /// The last year written as a bound or after an event's noun («انتخابات 2016», «منذ 2011»), with where it ended:
    /// not the narrative's time, but what «ذلك العام» after it points back to.
    /// The flag tells a deadline («حتى 2030»), which gives way to an earlier date of the narrative.
    bound_year: Option<(i32, usize, bool)>,
    /// The narrative's last day, kept when a coarser date follows it («داهمت فجر الجمعة …، تلقوا تدريبات خلال العام
    /// الماضي. وفي اليوم التالي …»): what «اليوم التالي» counts from when the last date is a year.
    last_day: Option<NaiveDate>,
}

#[derive(Debug, Clone, Copy)]
struct Narrative {
    year: i32,
    month: Option<u32>,
    day: Option<u32>,
    /// The year was written out (not computed from the reference).
    explicit: bool,
    /// A day was written with its month or as a weekday («يوم 5 مايو», «الاثنين الماضي»), so a following «بعد
    /// يومين» in a past clause counts from it.
    written_day: bool,
    /// Byte offset where the expression ended.
    at: usize,
    /// The Hijri year and month, when the date was written in that calendar: «الشهر نفسه» after it is that month.
    hijri_month: Option<(i32, u32)>,
    /// The date was a season, kept as its first month.
    season: bool,
    /// The date was an institution's year written as two ([`DateX::split_year`]); `year` is the second.
    split: bool,
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
    match u32::try_from(y) {
        Ok(y) => {
            let mut v = String::with_capacity(16);
            push_padded(&mut v, y, 4);
            v
        }
        Err(_) => format!("{y:04}"),
    }
}

/// `d.format("%Y-%m-%d")`, written digit by digit: chrono's formatter costs about a thousand instructions a date.
/// A year outside 0..=9999, which chrono writes with a sign, goes through it.
fn day_string(d: NaiveDate) -> String {
    let y = d.year();
    let Ok(y4 @ 0..=9999) = u32::try_from(y) else {
        return d.format("%Y-%m-%d").to_string();
    };
    let mut v = String::with_capacity(16);
    push_padded(&mut v, y4, 4);
    v.push('-');
    push_padded(&mut v, d.month(), 2);
    v.push('-');
    push_padded(&mut v, d.day(), 2);
    v
}

fn duration_string(amount: u64, unit: Unit) -> String {
    // Written piece by piece: `format!` costs several hundred instructions a value.
    let (time, n, letter) = match unit {
        Unit::Second => (true, amount, 'S'),
        Unit::Minute if amount >= 60 && amount % 60 != 0 => {
            let mut v = String::from("PT");
            push_padded(&mut v, amount / 60, 1);
            v.push('H');
            push_padded(&mut v, amount % 60, 1);
            v.push('M');
            return v;
        }
        Unit::Minute => (true, amount, 'M'),
        Unit::Hour => (true, amount, 'H'),
        Unit::Day => (false, amount, 'D'),
        Unit::Week => (false, amount, 'W'),
        Unit::Month => (false, amount, 'M'),
        Unit::Year => (false, amount, 'Y'),
        Unit::Decade => (false, amount.saturating_mul(10), 'Y'),
        Unit::Century => (false, amount.saturating_mul(100), 'Y'),
    };
    let mut v = String::with_capacity(12);
    v.push_str(if time { "PT" } else { "P" });
    push_padded(&mut v, n, 1);
    v.push(letter);
    v
}

/// `XXXX-XX-DD`: day `d` of a month not known.
fn unknown_month_day(d: u8) -> String {
    let mut v = String::with_capacity(16);
    v.push_str("XXXX-XX-");
    push_padded(&mut v, d, 2);
    v
}

/// `REF+P1D`: the reference with `sign` and a duration (the formatting machinery costs several hundred
/// instructions a value).
fn reference_plus(sign: char, duration: &str) -> String {
    let mut v = String::with_capacity(4 + duration.len());
    v.push_str("REF");
    v.push(sign);
    v.push_str(duration);
    v
}

/// `XXXX-MM`: month `m` of a year not known.
fn unknown_year_month(m: u8) -> String {
    let mut v = String::with_capacity(16);
    v.push_str("XXXX-");
    push_padded(&mut v, m, 2);
    v
}

/// Appends `n` in decimal, zero-padded to `width` digits: `format!("{n:0width$}")` without the formatting machinery,
/// which costs several hundred instructions a call.
fn push_padded(out: &mut String, n: impl Into<u64>, width: usize) {
    let mut n: u64 = n.into();
    let mut digits = [0u8; 20];
    let mut k = digits.len();
    loop {
        k -= 1;
        if let Some(x) = digits.get_mut(k) {
            *x = b'0' + (n % 10) as u8;
        }
        n /= 10;
        if n == 0 || k == 0 {
            break;
        }
    }
    for _ in digits.len() - k..width {
        out.push('0');
    }
    for &b in digits.get(k..).unwrap_or_default() {
        out.push(char::from(b));
    }
}

/// TIMEX3 value of units joined by «و», largest first: `P1Y6M`, `P1M21D`, `PT2H30M`.
fn compound_duration_string(parts: &[(u64, Unit)]) -> String {
    let (mut date, mut time) = (String::new(), String::new());
    for &(a, u) in parts {
        match u {
            Unit::Century => date += &format!("{}Y", a.saturating_mul(100)),
            Unit::Decade => date += &format!("{}Y", a.saturating_mul(10)),
            Unit::Year => date += &format!("{a}Y"),
            Unit::Month => date += &format!("{a}M"),
            Unit::Week => date += &format!("{a}W"),
            Unit::Day => date += &format!("{a}D"),
            Unit::Hour => time += &format!("{a}H"),
            Unit::Minute => time += &format!("{a}M"),
            Unit::Second => time += &format!("{a}S"),
        }
    }
    if time.is_empty() {
        format!("P{date}")
    } else {
        format!("P{date}T{time}")
    }
}

/// TIMEX3 value of an unspecified number of units («بضعة أيام» = `PXD`).
fn vague_duration_string(unit: Unit) -> &'static str {
    match unit {
        Unit::Second => "PTXS",
        Unit::Minute => "PTXM",
        Unit::Hour => "PTXH",
        Unit::Day => "PXD",
        Unit::Week => "PXW",
        Unit::Month => "PXM",
        Unit::Year => "PXY",
        Unit::Decade => "PXDE",
        Unit::Century => "PXCE",
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
            Grain::Season => format!(
                "{}-{}",
                fmt_year(d.year()),
                match d.month() {
                    3..=5 => "SP",
                    6..=8 => "SU",
                    9..=11 => "FA",
                    _ => "WI",
                }
            ),
            Grain::Month => {
                let mut v = fmt_year(d.year());
                v.push('-');
                push_padded(&mut v, d.month(), 2);
                v
            }
            Grain::Week => {
                let w = d.iso_week();
                format!("{}-W{:02}", fmt_year(w.year()), w.week())
            }
            Grain::Day => day_string(d),
            Grain::PartOfDay => {
                let mut v = day_string(d);
                v.push_str(self.daypart.unwrap_or("TDT"));
                v
            }
            Grain::Hour | Grain::Minute | Grain::Second => {
                let t = self.start.time();
                // A leap second (nanoseconds past 10^9) only as chrono writes it.
                if t.nanosecond() >= 1_000_000_000 {
                    let f = if self.grain == Grain::Second {
                        "%Y-%m-%dT%H:%M:%S"
                    } else {
                        "%Y-%m-%dT%H:%M"
                    };
                    return self.start.format(f).to_string();
                }
                let mut v = day_string(d);
                v.push('T');
                push_padded(&mut v, t.hour(), 2);
                v.push(':');
                push_padded(&mut v, t.minute(), 2);
                if self.grain == Grain::Second {
                    v.push(':');
                    push_padded(&mut v, t.second(), 2);
                    // «12:30:15.5»: the decimals written, without trailing zeros.
                    let milli = t.nanosecond() / 1_000_000;
                    if milli > 0 {
                        let f = format!(".{milli:03}");
                        v.push_str(f.trim_end_matches('0'));
                    }
                }
                v
            }
        };
        // A Hijri month or year covers Gregorian days that are no Gregorian period: write it as a day interval.
        if let Some((_, _, None)) = self.hijri {
            {
                let last = self.end.date().pred_opt().unwrap_or(d);
                return format!("{}/{}", day_string(d), day_string(last));
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
            iso_weeks: false,
            narrative: None,
            bound_year: None,
            last_day: None,
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
                vague,
                more,
            } => {
                let parts: Vec<(u64, Unit)> = std::iter::once((amount, unit))
                    .chain(more.into_iter().flatten())
                    .collect();
                let (value, grain) = if vague {
                    (vague_duration_string(unit).to_string(), grain_of(unit))
                } else if parts.len() > 1 {
                    let smallest = parts.last().map_or(unit, |p| p.1);
                    (compound_duration_string(&parts), grain_of(smallest))
                } else {
                    (duration_string(amount, unit), grain_of(unit))
                };
                Some(Temporal {
                    modifier: modifier.and_then(Mod::from_code),
                    quantity: (!vague && parts.len() == 1).then_some(Quantity { amount, unit }),
                    ..Temporal::new(span, text, TimexType::Duration, value, grain)
                })
            }
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
            Expr::Every { amount, unit } => Some(Temporal::new(
                span,
                text,
                TimexType::Set,
                if amount == 0 {
                    vague_duration_string(unit).to_string()
                } else {
                    duration_string(amount, unit)
                },
                grain_of(unit),
            )),
            Expr::EveryWeekday(wd) => Some(Temporal::new(
                span,
                text,
                TimexType::Set,
                format!("XXXX-WXX-{wd}"),
                Grain::Day,
            )),
            Expr::Deictic(d) => Some(Temporal {
                anchor: Anchor::Relative,
                ..Temporal::new(
                    span,
                    text,
                    TimexType::Date,
                    match d {
                        ..=-1 => "PAST_REF",
                        0 => "PRESENT_REF",
                        _ => "FUTURE_REF",
                    }
                    .to_string(),
                    Grain::Day,
                )
            }),
            Expr::EveryAt { weekday, time } => {
                let day = match weekday {
                    Some(wd) => format!("XXXX-WXX-{wd}"),
                    None => "XXXX-XX-XX".to_string(),
                };
                Some(Temporal::new(
                    span,
                    text,
                    TimexType::Set,
                    format!("{day}T{:02}:{:02}", time.hour, time.minute),
                    Grain::Minute,
                ))
            }
            Expr::Yearly { month, day, hijri } => {
                let value = match (month, day) {
                    (Some(m), Some(d)) => format!("XXXX-{m:02}-{d:02}"),
                    (Some(m), None) => format!("XXXX-{m:02}"),
                    (None, Some(d)) => format!("XXXX-XX-{d:02}"),
                    (None, None) => "P1M".to_string(),
                };
                let grain = if day.is_some() {
                    Grain::Day
                } else {
                    Grain::Month
                };
                // «كل رمضان»: no Gregorian value, the Hijri month in both `value` and `hijri`, marked by the calendar.
                Some(Temporal {
                    calendar: if hijri {
                        Calendar::Hijri
                    } else {
                        Calendar::Gregorian
                    },
                    hijri: hijri.then(|| value.clone()),
                    ..Temporal::new(span, text, TimexType::Set, value, grain)
                })
            }
            Expr::EverySeason(code) => Some(Temporal::new(
                span,
                text,
                TimexType::Set,
                format!("XXXX-{code}"),
                Grain::Season,
            )),
            Expr::EveryPart(unit, part) => Some(Temporal {
                modifier: part_mod(Some(part)),
                ..Temporal::new(
                    span,
                    text,
                    TimexType::Set,
                    duration_string(1, unit),
                    grain_of(unit),
                )
            }),
            Expr::EveryDayPart(wd, code) => Some(Temporal::new(
                span,
                text,
                TimexType::Set,
                match wd {
                    Some(wd) => format!("XXXX-WXX-{wd}{code}"),
                    None => format!("XXXX-XX-XX{code}"),
                },
                Grain::PartOfDay,
            )),
            Expr::Date(x) if x.sub.is_some() => self.units_of(&x, prefer_future, span, text),
            Expr::Date(x) if x.nth_week.is_some() && x.hijri => {
                self.week_of_hijri_month(&x, prefer_future, span, text)
            }
            Expr::Date(x) if x.fraction.is_some() && x.month.is_some() => {
                self.half_of_month(&x, prefer_future, span, text)
            }
            Expr::Date(x) => {
                let mut x = x;
                // «في 3 يناير 2020 قتل سليماني، وبعد خمسة أيام ردت إيران»: «بعد» with a count, in a clause that is
                // not future, right after a written date counts from that date, not from the reference.
                if let (Some((n, _)), false, false, Some(nv)) =
                    (x.offset, x.anaphoric, prefer_future, self.narrative)
                {
                    if n > 0
                        && (nv.explicit || nv.written_day)
                        && at.saturating_sub(nv.at) <= NARRATIVE_REACH
                    {
                        x.anaphoric = true;
                    }
                }
                // «انسحبت القوات بعد شهر واحد»: with no written date to count from, a count after «بعد» in a clause
                // told as past is from an act of the narrative, a length of time (without «بعد»).
                if let (true, false, Some((n, unit))) = (x.told_past, x.anaphoric, x.offset) {
                    let amount = u64::try_from(n).ok()?;
                    let lead = text.find(char::is_whitespace)?;
                    let rest = text.get(lead..)?;
                    let from = lead + (rest.len() - rest.trim_start().len());
                    let (span, text) = (Span::new(at + from, end), text.get(from..)?);
                    let more = x
                        .offset_more
                        .map(|p| p.and_then(|(a, u)| u64::try_from(a).ok().map(|a| (a, u))));
                    return self.resolve(
                        &Expr::Duration {
                            amount,
                            unit,
                            modifier: if x.vague { None } else { x.modifier },
                            vague: x.vague,
                            more,
                        },
                        false,
                        span,
                        text,
                    );
                }
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
                // Fill the first end from the second: «من 12 إلى 14 شباط 2019», «من يناير إلى مارس 2020». A first
                // end with its own shift keeps it («من 23 يونيو الماضي وحتى 31 يناير 2016»).
                let year_from_b = a.year.is_none()
                    && matches!(a.month, Some(MonthX::Abs(_, None)))
                    && matches!(b.year, Some(YearX::Abs(_)));
                if a.year.is_none() && !matches!(a.month, None | Some(MonthX::Abs(_, Some(_)))) {
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
                // «من 21 يونيو 2013 حتى 14 أغسطس من نفس العام»: the second end's «same year» is the first end's.
                if matches!(b.year, Some(YearX::Same)) && matches!(a.year, Some(YearX::Abs(_))) {
                    b.year = a.year;
                }
                // «من 10 يوليو إلى 20 منه»: the second end's «same month» is the first end's.
                if matches!(b.month, Some(MonthX::Same)) && matches!(a.month, Some(MonthX::Abs(..)))
                {
                    b.month = a.month;
                    b.year = b.year.or(a.year);
                }
                let b_own_day = b.day.is_some();
                if b.time.is_some() && b.day.is_none() && a.day.is_some() {
                    b.day = a.day;
                    b.month = b.month.or(a.month);
                    b.year = b.year.or(a.year);
                }
                if b.time.is_some() && b.daypart.is_some() && a.daypart.is_none() {
                    let tb = b.time.map_or(0, |t| t.hour);
                    if let Some(t) = a.time.as_mut() {
                        // «بين العاشرة والحادية عشرة ليلاً»: at night, from five o'clock on, as for one hour. Not
                        // past the second end when that is later the same day: «بين العاشرة والثانية عشرة ظهراً»
                        // starts at ten in the morning.
                        if ((t.hour < 12 && matches!(b.daypart, Some("TAF" | "TEV")))
                            || ((5..12).contains(&t.hour) && b.daypart == Some("TNI")))
                            && (t.hour + 12 <= tb || tb < t.hour)
                        {
                            t.hour += 12;
                        }
                    }
                }
                // «من 3 مساءً حتى السابعة والنصف»: the second end continues in the afternoon or evening.
                if a.daypart.is_some() && b.daypart.is_none() {
                    if let (Some(ta), Some(tb)) = (a.time, b.time.as_mut()) {
                        if matches!(a.daypart, Some("TAF" | "TEV"))
                            && tb.hour < 12
                            && tb.hour + 12 > ta.hour
                        {
                            tb.hour += 12;
                        }
                    }
                }
                // «من 5 إلى السابعة صباحاً»: the first end is in the second's part of day.
                if a.time.is_some()
                    && a.daypart.is_none()
                    && b.time.is_some()
                    && b.daypart.is_some()
                {
                    a.daypart = b.daypart;
                }
                let mut uses = Uses::default();
                let (ra, rb) = (
                    self.date(&a, prefer_future, at, &mut uses),
                    self.date(&b, prefer_future, at, &mut uses),
                );
                let (Some(mut va), Some(mut vb)) = (ra, rb) else {
                    return self.symbolic_range(&a, &b, ra.as_ref(), span, text);
                };
                // «من 1:30 إلى 3»: an hour that would end the range before it starts is the afternoon one.
                if vb.end <= va.start && b.daypart.is_none() {
                    if let Some(t) = b.time.as_mut().filter(|t| t.hour < 12) {
                        t.hour += 12;
                        vb = self.date(&b, prefer_future, at, &mut uses)?;
                    }
                }
                // «من السابعة مساءً حتى السادسة صباحاً»: a clock time with no day of its own that would end the range
                // before it starts, after a part of day was written, is the next morning (a night curfew).
                if vb.end <= va.start
                    && b.time.is_some()
                    && a.time.is_some()
                    && !b_own_day
                    && (a.daypart.is_some() || b.daypart.is_some())
                {
                    vb.start += Duration::days(1);
                    vb.end += Duration::days(1);
                }
                // «يومي الأحد والاثنين من الأسبوع المقبل»: two weekdays of one named week; a first day after the second
                // in the ISO week (a Sunday before a Monday) is the one before it, where the week starts as counted
                // here.
                if vb.end <= va.start
                    && a.week.is_some()
                    && a.week == b.week
                    && matches!(
                        (a.day, b.day),
                        (Some(DayX::Weekday(..)), Some(DayX::Weekday(..)))
                    )
                {
                    va.start -= Duration::days(7);
                    va.end -= Duration::days(7);
                }
                // «من الأحد إلى الخميس المقبلين»: weekdays of one shifted week; a second end before the first is in
                // the week after.
                if vb.end <= va.start
                    && matches!(
                        (a.day, b.day),
                        (
                            Some(DayX::Weekday(_, Some(1))),
                            Some(DayX::Weekday(_, Some(1)))
                        )
                    )
                {
                    vb.start += Duration::days(7);
                    vb.end += Duration::days(7);
                }
                // «2 أكتوبر حتى بعد غد»: a first end the future would put after the second is the past one.
                // «من 28 فبراير حتى 3 مارس المقبل»: the shift of the second end places the first too.
                // The first end in the second's year or the year before, before the second.
                let before_second = |x: &DateX, uses: &mut Uses| {
                    self.date_in_years(
                        x,
                        [vb.start.year(), vb.start.year() - 1],
                        prefer_future,
                        at,
                        uses,
                        |v| v.start < vb.start,
                    )
                };
                if let (None, Some(MonthX::Abs(_, None)), Some(MonthX::Abs(_, Some(_)))) =
                    (a.year, a.month, b.month)
                {
                    if let Some(v) = before_second(&a, &mut uses) {
                        va = v;
                    }
                }
                // «في أبريل ومايو الماضيين» read in May: the shift places the second month (May a year back), and the
                // first is the one before it, not the last April by itself.
                if let (None, Some(MonthX::Abs(m1, Some(s1))), Some(MonthX::Abs(_, Some(s2)))) =
                    (a.year, a.month, b.month)
                {
                    if vb.end <= va.start && s1 == s2 && !a.hijri {
                        let plain = DateX {
                            month: Some(MonthX::Abs(m1, None)),
                            ..a
                        };
                        if let Some(v) = before_second(&plain, &mut uses) {
                            va = v;
                        }
                    }
                }
                // «من نوفمبر إلى ديسمبر», «بين الأول من يناير و30 يونيو», «من السبت إلى 10 أغسطس» with no year: the
                // second end follows the first. Looking back from a first month or day already over, the first moves
                // back to the second's year; else the second moves ahead to the first's year, or the next.
                let yearless = |x: &DateX| {
                    x.year.is_none()
                        && !x.hijri
                        && matches!(x.month, Some(MonthX::Abs(_, None)))
                        && matches!(x.day, None | Some(DayX::Abs(_) | DayX::LastDay))
                };
                if vb.end <= va.start && yearless(&b) {
                    let over = self.reference.is_some_and(|r| va.end <= r);
                    if yearless(&a) && !prefer_future && over {
                        if let Some(v) = self.date_in_years(
                            &a,
                            [vb.start.year()],
                            prefer_future,
                            at,
                            &mut uses,
                            |_| true,
                        ) {
                            va = v;
                        }
                    } else {
                        if let Some(v) = self.date_in_years(
                            &b,
                            [va.start.year(), va.start.year() + 1],
                            prefer_future,
                            at,
                            &mut uses,
                            |v| v.end > va.start,
                        ) {
                            vb = v;
                        }
                    }
                }
                // «من 23 يونيو وحتى 31 يناير 2016»: a first end that took the second's year and would come after
                // it is in the year before.
                if vb.end <= va.start && year_from_b {
                    if let Some(YearX::Abs(y)) = b.year {
                        if let Some(v) =
                            self.date_in_years(&a, [y - 1], prefer_future, at, &mut uses, |_| true)
                        {
                            va = v;
                        }
                    }
                }
                // «من 29 رمضان حتى 4 شوال» with no year: the same for Hijri months. Looking back from a first day
                // already over, the first end moves to the second's Hijri year (or the one before); else the second
                // moves to the first's (or the one after).
                let hijri_yearless = |x: &DateX| {
                    x.year.is_none() && x.hijri && matches!(x.month, Some(MonthX::Abs(_, None)))
                };
                if vb.end <= va.start && hijri_yearless(&a) && hijri_yearless(&b) {
                    if let (Some((ya, ..)), Some((yb, ..))) = (va.hijri, vb.hijri) {
                        let over = self.reference.is_some_and(|r| va.end <= r);
                        if prefer_future || !over {
                            if let Some(v) = self.date_in_years(
                                &b,
                                [ya, ya + 1],
                                prefer_future,
                                at,
                                &mut uses,
                                |v| v.end > va.start,
                            ) {
                                vb = v;
                            }
                        } else {
                            if let Some(v) = self.date_in_years(
                                &a,
                                [yb, yb - 1],
                                prefer_future,
                                at,
                                &mut uses,
                                |v| v.start < vb.start,
                            ) {
                                va = v;
                            }
                        }
                    }
                }
                // «يومي السبت والأحد» read on a Saturday: two weekdays in order, the first a week back (or the
                // second a week ahead when the future is preferred).
                if vb.end <= va.start
                    && a.month.is_none()
                    && b.month.is_none()
                    && matches!(a.day, Some(DayX::Weekday(..)))
                    && matches!(b.day, Some(DayX::Weekday(..)))
                {
                    let week = Duration::days(7);
                    if prefer_future {
                        vb.start += week;
                        vb.end += week;
                    } else {
                        va.start -= week;
                        va.end -= week;
                    }
                }
                if vb.end <= va.start && prefer_future && a.year.is_none() {
                    if let Some(v) = self.date(&a, false, at, &mut uses) {
                        va = v;
                    }
                }
                if vb.end <= va.start {
                    return None;
                }
                let kind = if a.time.is_some() {
                    TimexType::Time
                } else {
                    TimexType::Date
                };
                // An end that is itself an interval (a Hijri month or year: two days) gives its outer day: «من
                // شوال إلى محرم 1440» is `2018-06-15/2018-10-09`, not four dates.
                let (sa, sb) = (va.value(), vb.value());
                let first = sa.split_once('/').map_or(sa.as_str(), |(x, _)| x);
                let last = sb.rsplit_once('/').map_or(sb.as_str(), |(_, y)| y);
                // Both ends with one value («الساعات الأخيرة» from a date-only reference: both that day) are one date.
                let value = if first == last {
                    first.to_string()
                } else {
                    format!("{first}/{last}")
                };
                let hijri = match (va.hijri_value(), vb.hijri_value()) {
                    (Some(x), Some(y)) => Some(format!("{x}/{y}")),
                    _ => None,
                };
                self.remember(&b, &vb, end, uses);
                Some(Temporal {
                    // Both ends Hijri days (a feast of several days, «أيام التشريق») make a Hijri range too.
                    calendar: if a.hijri || hijri.is_some() {
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

    /// The first or last n units of a period («الأيام العشرة الأخيرة من رمضان»): a range of days, months or years
    /// inside it.
    fn units_of(&self, x: &DateX, prefer_future: bool, span: Span, text: &str) -> Option<Temporal> {
        let (n, unit) = x.sub?;
        let base = DateX { sub: None, ..*x };
        let mut uses = Uses::default();
        let Some(v) = self.date(&base, prefer_future, span.start, &mut uses) else {
            // No reference: the period itself, at its start or end («XXXX-09» END for the last days of Ramadan).
            let mut t = self.symbolic(&base, span, text)?;
            t.modifier = Some(if n > 0 { Mod::Start } else { Mod::End });
            return Some(t);
        };
        let k = i64::from(n.unsigned_abs());
        let months = |d: NaiveDateTime, m: i64| -> Option<NaiveDateTime> {
            let m = Months::new(u32::try_from(m.unsigned_abs()).ok()?);
            if n > 0 {
                d.checked_add_months(m)
            } else {
                d.checked_sub_months(m)
            }
        };
        let from = if n > 0 { v.start } else { v.end };
        let to = match unit {
            Unit::Day => from.checked_add_signed(Duration::days(k * i64::from(n.signum())))?,
            Unit::Week => from.checked_add_signed(Duration::weeks(k * i64::from(n.signum())))?,
            Unit::Month => months(from, k)?,
            Unit::Year => months(from, k.checked_mul(12)?)?,
            _ => return None,
        };
        let (start, end) = if n > 0 { (from, to) } else { (to, from) };
        // More units than the period holds, or a month count of a Hijri month, are no part of it.
        if start < v.start
            || end > v.end
            || (v.hijri.is_some() && matches!(unit, Unit::Month | Unit::Year))
        {
            return None;
        }
        let last = end.checked_sub_signed(Duration::days(1))?;
        let (value, grain) = match unit {
            Unit::Month => (
                format!("{}/{}", start.format("%Y-%m"), last.format("%Y-%m")),
                Grain::Month,
            ),
            Unit::Year => (
                format!("{}/{}", fmt_year(start.year()), fmt_year(last.year())),
                Grain::Year,
            ),
            _ => (
                format!("{}/{}", day_string(start.date()), day_string(last.date())),
                Grain::Day,
            ),
        };
        Some(Temporal {
            anchor: uses.anchor(),
            calendar: if x.hijri {
                Calendar::Hijri
            } else {
                Calendar::Gregorian
            },
            // «العشر الأواخر من رمضان»: the Hijri month the days are of.
            hijri: v.hijri_value(),
            interval: Some(Interval { start, end }),
            ..Temporal::new(span, text, TimexType::Date, value, grain)
        })
    }

    /// «الأسبوع الأخير من رمضان», «الأسبوع الأول من شوال 1445»: the n-th seven days of a Hijri month (the last
    /// seven for n < 0), a range of days; Monday-to-Sunday weeks, as for a Gregorian month, would cut across the
    /// days a Hijri month is spoken of by. With no reference, the month at its start, middle or end.
    fn week_of_hijri_month(
        &self,
        x: &DateX,
        prefer_future: bool,
        span: Span,
        text: &str,
    ) -> Option<Temporal> {
        let n = x.nth_week.filter(|&n| n != 0)?;
        let base = DateX {
            nth_week: None,
            ..*x
        };
        self.days_of_month(
            &base,
            prefer_future,
            span,
            text,
            week_mod(n, true),
            |s, e| {
                let (start, end) = if n > 0 {
                    let s = s.checked_add_signed(Duration::days(7 * (i64::from(n) - 1)))?;
                    (s, s.checked_add_signed(Duration::days(7))?)
                } else {
                    (e.checked_sub_signed(Duration::days(7))?, e)
                };
                // A fifth week of a month of 29 or 30 days is no whole week.
                (end <= e).then_some((start, end))
            },
        )
    }

    /// «النصف الثاني من يونيو», «الثلث الأخير من أيار»: the first fifteen days of a month or the rest of it, or its
    /// days 1–10, 11–20 or 21 to the end, as a range of days; with no reference, the month at its start, middle or end.
    fn half_of_month(
        &self,
        x: &DateX,
        prefer_future: bool,
        span: Span,
        text: &str,
    ) -> Option<Temporal> {
        let (n, parts @ (2 | 3)) = x.fraction? else {
            return None;
        };
        let base = DateX {
            fraction: None,
            ..*x
        };
        let symbolic = match n {
            1 => Mod::Start,
            _ if n == parts => Mod::End,
            _ => Mod::Mid,
        };
        // Halves of fifteen days, thirds of ten (the last one, like the second half, to the month's end).
        let days = if parts == 2 { 15 } else { 10 };
        self.days_of_month(&base, prefer_future, span, text, symbolic, |s, e| {
            let from = s.checked_add_signed(Duration::days(days * (i64::from(n) - 1)))?;
            let to = if n == parts {
                e
            } else {
                from.checked_add_signed(Duration::days(days))?
            };
            Some((from, to))
        })
    }

    /// The days `days` picks from the start and end of the month `base` names, as a range of days; with no
    /// reference, the month itself with the modifier `symbolic`.
    fn days_of_month(
        &self,
        base: &DateX,
        prefer_future: bool,
        span: Span,
        text: &str,
        symbolic: Mod,
        days: impl FnOnce(NaiveDateTime, NaiveDateTime) -> Option<(NaiveDateTime, NaiveDateTime)>,
    ) -> Option<Temporal> {
        let mut uses = Uses::default();
        let Some(v) = self.date(base, prefer_future, span.start, &mut uses) else {
            let mut t = self.symbolic(base, span, text)?;
            t.modifier = Some(symbolic);
            return Some(t);
        };
        if v.grain != Grain::Month {
            return None;
        }
        let (start, end) = days(v.start, v.end)?;
        let last = end.checked_sub_signed(Duration::days(1))?;
        Some(Temporal {
            anchor: uses.anchor(),
            calendar: if v.hijri.is_some() {
                Calendar::Hijri
            } else {
                Calendar::Gregorian
            },
            // «الأسبوع الأخير من رمضان»: the Hijri month the days are of.
            hijri: v.hijri_value(),
            interval: Some(Interval { start, end }),
            ..Temporal::new(
                span,
                text,
                TimexType::Date,
                format!("{}/{}", day_string(start.date()), day_string(last.date())),
                Grain::Day,
            )
        })
    }

    /// A range whose ends need a reference date, when there is none: `XXXX-08-02/XXXX-08-03`; a written first end
    /// `va` keeps its value before the symbolic second one: «منذ عام 2011 حتى اليوم» is `2011/REF`.
    fn symbolic_range(
        &self,
        a: &DateX,
        b: &DateX,
        va: Option<&Val>,
        span: Span,
        text: &str,
    ) -> Option<Temporal> {
        // Parts of periods and of days have no symbolic range form: «بداية العام حتى الآن» is no `REF/REF`.
        let plain = |x: &DateX| x.part.is_none() && x.daypart.is_none() && x.time.is_none();
        // «حتى الآن» ends a range at the reference as «حتى اليوم» does, but only after a first end that is a date
        // or a period: from a part of one («بداية العام حتى الآن») there is nothing to give.
        if !plain(a) || a.now || !plain(b) {
            return None;
        }
        let sb = self.symbolic(b, span, text)?;
        if let (Some(va), None) = (va, self.reference) {
            // «منذ 5 مارس 2020 حتى اليوم»: the first end is written, the second needs the reference.
            let sa = va.value();
            let first = sa.split_once('/').map_or(sa.as_str(), |(x, _)| x);
            return Some(Temporal {
                anchor: Anchor::Relative,
                ..Temporal::new(
                    span,
                    text,
                    TimexType::Date,
                    format!("{first}/{}", sb.value),
                    va.grain.min(sb.grain),
                )
            });
        }
        let sa = self.symbolic(a, span, text)?;
        if sa.value == sb.value {
            return None;
        }
        Some(Temporal {
            anchor: Anchor::Relative,
            ..Temporal::new(
                span,
                text,
                sa.kind,
                format!("{}/{}", sa.value, sb.value),
                sa.grain.min(sb.grain),
            )
        })
    }

    /// Values that need a reference date, when there is none: `REF` plus a signed duration.
    fn symbolic(&self, x: &DateX, span: Span, text: &str) -> Option<Temporal> {
        // With a narrative date, «بعد ذلك بشهرين» counts from it even with no reference. A day and month that name
        // an event («ثورة 25 يناير») stay yearless even with one.
        // A holiday needs its year: with none, it has no symbolic form («عيد الفطر المقبل» is no month away).
        if (self.reference.is_some() && !x.year_unknown)
            || (x.anaphoric && self.narrative.is_some())
            || (x.holiday.is_some() && !matches!(x.year, Some(YearX::Rel(_))))
        {
            return None;
        }
        // A season with no year: `XXXX-SU`.
        if let (Some(code), false) = (x.season, matches!(x.year, Some(YearX::Abs(_)))) {
            return Some(Temporal {
                modifier: part_mod(x.part),
                anchor: Anchor::Relative,
                ..Temporal::new(
                    span,
                    text,
                    TimexType::Date,
                    ["XXXX-", code].concat(),
                    Grain::Season,
                )
            });
        }
        // A month (and day) with no year, and no year written before it either: `XXXX-10-02`. «يونيو الماضي» too: its
        // year needs the reference, but the month alone is still worth giving.
        if let (Some(MonthX::Abs(m, _)), None, false, None, false) =
            (x.month, x.year, x.hijri, x.week, x.week_of)
        {
            if (x.year_unknown || !self.narrative.is_some_and(|n| n.explicit)) && x.time.is_none() {
                // The day must exist in some year (2000 is a leap year); «31 أبريل» keeps only its month.
                let (value, grain) = match x.day {
                    // «مساء 9 يونيو»: the part of the day too, `XXXX-06-09TEV`.
                    Some(DayX::Abs(d))
                        if NaiveDate::from_ymd_opt(2000, m.into(), d.into()).is_some() =>
                    {
                        let mut v = unknown_year_month(m);
                        v.push('-');
                        push_padded(&mut v, d, 2);
                        match x.daypart {
                            Some(p) => {
                                v.push_str(p);
                                (v, Grain::PartOfDay)
                            }
                            None => (v, Grain::Day),
                        }
                    }
                    Some(DayX::Abs(_)) | None => (unknown_year_month(m), Grain::Month),
                    _ => return None,
                };
                let kind = if grain == Grain::PartOfDay {
                    TimexType::Time
                } else {
                    TimexType::Date
                };
                return Some(Temporal {
                    modifier: x
                        .modifier
                        .and_then(Mod::from_code)
                        .or_else(|| part_mod(x.part))
                        .or_else(|| x.nth_week.map(|n| week_mod(n, x.month.is_some()))),
                    anchor: Anchor::Relative,
                    ..Temporal::new(span, text, kind, value, grain)
                });
            }
        }
        // «في 12 من الشهر الجاري», «في 20 الجاري»: a day of the current month, whose month needs the reference:
        // `XXXX-XX-12`, as a day of every month is written.
        if let (Some(DayX::Abs(d @ 1..=31)), Some(MonthX::Same | MonthX::Rel(0)), None, None) =
            (x.day, x.month, x.year, x.time)
        {
            let (value, grain, kind) = match x.daypart {
                Some(p) => {
                    let mut v = unknown_month_day(d);
                    v.push_str(p);
                    (v, Grain::PartOfDay, TimexType::Time)
                }
                None => (unknown_month_day(d), Grain::Day, TimexType::Date),
            };
            return Some(Temporal {
                anchor: Anchor::Relative,
                calendar: if x.hijri {
                    Calendar::Hijri
                } else {
                    Calendar::Gregorian
                },
                ..Temporal::new(span, text, kind, value, grain)
            });
        }
        // A Hijri month (and day) with no year: no Gregorian days without a reference, so the Hijri month in both
        // `value` and `hijri`, marked by the calendar, as for «كل رمضان» (`XXXX-09`, `XXXX-09-15`).
        if let (Some(MonthX::Abs(m, _)), None, true, None, false, None) =
            (x.month, x.year, x.hijri, x.week, x.week_of, x.time)
        {
            let (value, grain) = match x.day {
                Some(DayX::Abs(d)) if (1..=30).contains(&d) => {
                    let mut v = unknown_year_month(m);
                    v.push('-');
                    push_padded(&mut v, d, 2);
                    (v, Grain::Day)
                }
                Some(DayX::Abs(_)) | None => (unknown_year_month(m), Grain::Month),
                _ => return None,
            };
            return Some(Temporal {
                modifier: x
                    .modifier
                    .and_then(Mod::from_code)
                    .or_else(|| part_mod(x.part)),
                calendar: Calendar::Hijri,
                anchor: Anchor::Relative,
                hijri: Some(value.clone()),
                ..Temporal::new(span, text, TimexType::Date, value, grain)
            });
        }
        // A weekday with no reference: its week is unknown, so the weekday alone, `XXXX-WXX-5` (`XXXX-WXX-5TEV` with
        // a part of the day, `XXXX-WXX-5T14:00` with a clock time), as TIMEX3 writes an unanchored weekday; type DATE
        // or TIME tells it from the set «كل جمعة».
        if let (Some(DayX::Weekday(wd, _)), None, None, None) = (x.day, x.month, x.year, x.week) {
            let mut v = String::with_capacity(20);
            v.push_str("XXXX-WXX-");
            push_padded(&mut v, wd, 1);
            let (grain, kind) = match (x.time, x.daypart) {
                (Some(t), _) => {
                    v.push('T');
                    push_padded(&mut v, t.hour, 2);
                    v.push(':');
                    push_padded(&mut v, t.minute, 2);
                    (Grain::Minute, TimexType::Time)
                }
                (None, Some(p)) => {
                    v.push_str(p);
                    (Grain::PartOfDay, TimexType::Time)
                }
                (None, None) => (Grain::Day, TimexType::Date),
            };
            return Some(Temporal {
                modifier: x.modifier.and_then(Mod::from_code),
                anchor: Anchor::Relative,
                ..Temporal::new(span, text, kind, v, grain)
            });
        }
        let (amount, unit): (i64, Unit) = if let Some(o) = x.offset {
            if x.offset_more[0].is_some() {
                // «قبل سنتين وأربعة أشهر»: `REF-P2Y4M`, at the grain of the smallest unit.
                let parts: Vec<(u64, Unit)> = std::iter::once(o)
                    .chain(x.offset_more.iter().flatten().copied())
                    .map(|(n, u)| (u64::from(n.unsigned_abs()), u))
                    .collect();
                let sign = if o.0 < 0 { '-' } else { '+' };
                let last = parts.last().map_or(o.1, |p| p.1);
                // «هذا اليوم من العام الماضي» keeps a zero count of days only for its grain: `REF-P1Y`.
                let parts: Vec<(u64, Unit)> = parts.into_iter().filter(|p| p.0 != 0).collect();
                return Some(Temporal {
                    anchor: Anchor::Relative,
                    ..Temporal::new(
                        span,
                        text,
                        TimexType::Date,
                        reference_plus(sign, &compound_duration_string(&parts)),
                        grain_of(last),
                    )
                });
            }
            (i64::from(o.0), o.1)
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
            reference_plus(sign, &duration_string(amount.unsigned_abs(), unit))
        };
        let kind = if x.time.is_some() || x.daypart.is_some() || x.now {
            TimexType::Time
        } else {
            TimexType::Date
        };
        Some(Temporal {
            modifier: x
                .modifier
                .and_then(Mod::from_code)
                .or_else(|| part_mod(x.part))
                .or_else(|| x.nth_week.map(|n| week_mod(n, x.month.is_some()))),
            anchor: Anchor::Relative,
            ..Temporal::new(span, text, kind, value, grain_of(unit))
        })
    }

    fn finish(&self, x: &DateX, v: Val, uses: Uses, span: Span, text: &str) -> Temporal {
        let modifier = x
            .modifier
            .and_then(Mod::from_code)
            .or_else(|| part_mod(x.part));
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
            // «بقية العام»: from the reference to the end of the period.
            if let (Part::Rest, Some(r)) = (p, self.reference) {
                if interval.start < r && r < interval.end {
                    interval.start = r;
                }
            }
            // «في وقت سابق من هذا الشهر»: from the start of the period to the reference.
            if let (Part::Before, Some(r)) = (p, self.reference) {
                if interval.start < r && r < interval.end {
                    interval.end = r;
                }
            }
        }
        let value = if x.now {
            "PRESENT_REF".to_string()
        } else if x.part == Some(Part::Weekend) && v.grain == Grain::Week {
            format!("{}-WE", v.value())
        } else {
            v.value()
        };
        Temporal {
            modifier,
            calendar: if v.hijri.is_some() {
                Calendar::Hijri
            } else {
                Calendar::Gregorian
            },
            anchor: uses.anchor(),
            interval: Some(interval),
            hijri: v.hijri_value().or_else(|| {
                // Only a real Hijri day (Umm al-Qura's, before the table the arithmetical calendar's; «31 رمضان» is none).
                let (y, m, d) = x.also_hijri?;
                calendar::civil::hijri_to_gregorian(y, m.into(), d.into())?;
                Some(format!("{y:04}-{m:02}-{d:02}"))
            }),
            ..Temporal::new(span, text, kind, value, v.grain)
        }
    }

    fn remember(&mut self, x: &DateX, v: &Val, end: usize, uses: Uses) {
        if x.bound && v.grain == Grain::Year && matches!(x.year, Some(YearX::Abs(_))) {
            self.bound_year = Some((v.start.date().year(), end, x.deadline));
        }
        if x.now || x.bound || matches!(v.grain, Grain::Century | Grain::Decade) {
            return;
        }
        // A clock time with no date is on the reference day: it does not end a narrative whose year was written
        // («في 3 مارس 2014 … الساعة العاشرة … في 19 أبريل من العام نفسه»), nor one at a day told before it («فجر
        // السبت … نحو الساعة الرابعة فجراً … وبعد ذلك بيومين»: two days after Saturday).
        if x.time.is_some()
            && x.day.is_none()
            && x.month.is_none()
            && x.year.is_none()
            && x.week.is_none()
            && x.holiday.is_none()
            && self
                .narrative
                .is_some_and(|n| n.explicit || n.day.is_some())
        {
            return;
        }
        let d = v.start.date();
        let explicit = matches!(x.year, Some(YearX::Abs(_))) || uses.narrative;
        // A season keeps its first month, so that «الشتاء التالي» after «صيف 2014» is the winter after it.
        let month = (v.grain <= Grain::Month || v.grain == Grain::Season).then_some(d.month());
        let day = (v.grain <= Grain::Day).then_some(d.day());
        if day.is_some() {
            self.last_day = Some(d);
        }
        let written_day = v.grain == Grain::Day
            && match x.day {
                Some(DayX::Abs(_)) => matches!(x.month, Some(MonthX::Abs(..))),
                Some(DayX::Weekday(..)) => true,
                _ => false,
            };
        self.narrative = Some(Narrative {
            year: d.year(),
            month,
            day,
            explicit,
            written_day,
            at: end,
            hijri_month: match v.hijri {
                Some((y, Some(m), _)) if x.hijri => Some((y, m)),
                _ => None,
            },
            season: v.grain == Grain::Season,
            split: x.split_year,
        });
    }

    /// The narrative's day, when its year was written and it ended near `at`: what a feast named with no year in the
    /// same passage falls near. A narrative year or month alone («العام الدراسي 2025-2026») says too little.
    fn told_day(&self, at: usize) -> Option<NaiveDate> {
        let n = self.narrative.filter(|n| n.explicit)?;
        if at.saturating_sub(n.at) > NARRATIVE_REACH {
            return None;
        }
        NaiveDate::from_ymd_opt(n.year, n.month?, n.day?)
    }

    /// The feast `h` nearest the narrative's day ([`Resolver::told_day`]) (in the future tense, the next one from it),
    /// when it is within two months of it: farther, the day told is no time the feast is near. «وقعت الحكومة
    /// الاتفاق في 5 يناير 2023، وستبدأ المرحلة الثانية بعد عيد الفطر» is the next Eid after the reference, not
    /// the one after the day told.
    fn told_feast(
        &self,
        h: Holiday,
        at: usize,
        prefer_future: bool,
    ) -> Option<(NaiveDate, Option<HijriDay>)> {
        let n = self.told_day(at)?;
        (n.year() - 1..=n.year() + 1)
            .filter_map(|y| holiday_in(h, y))
            .filter(|(d, _)| !prefer_future || *d >= n)
            .min_by_key(|(d, _)| (*d - n).num_days().abs())
            .filter(|(d, _)| (*d - n).num_days().abs() <= 60)
    }

    /// The year a day-month or month without a year belongs to.
    fn year_for(
        &self,
        month: u32,
        day: Option<u32>,
        prefer_future: bool,
        at: usize,
        out_of_reach: bool,
        uses: &mut Uses,
    ) -> Option<i32> {
        if let Some(n) = self.narrative {
            let near = at.saturating_sub(n.at) <= NARRATIVE_REACH;
            // A year two sentences back, or in the background clause of the sentence before («وكان … قد أقر … عام
            // 2020. … يوم 6 أيلول»), does not govern: the reader takes the publication year.
            let reach = !out_of_reach && near;
            if n.explicit && (reach || self.reference.is_none()) {
                uses.narrative = true;
                // «العام الدراسي 2025/2026 … في 25 أغسطس»: the first year from July on.
                return Some(if n.split && month >= 7 {
                    n.year - 1
                } else {
                    n.year
                });
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

    /// `x` read in each of `years` in turn: the first reading that `keep` accepts (a range's end moved to the other
    /// end's year, or the one next to it).
    fn date_in_years<const N: usize>(
        &self,
        x: &DateX,
        years: [i32; N],
        prefer_future: bool,
        at: usize,
        uses: &mut Uses,
        keep: impl Fn(&Val) -> bool,
    ) -> Option<Val> {
        years.into_iter().find_map(|y| {
            let x = DateX {
                year: Some(YearX::Abs(y)),
                ..*x
            };
            self.date(&x, prefer_future, at, uses).filter(|v| keep(v))
        })
    }

    fn date(&self, x: &DateX, prefer_future: bool, at: usize, uses: &mut Uses) -> Option<Val> {
        if x.day_shift != 0 {
            let base = DateX {
                day_shift: 0,
                daypart: None,
                ..*x
            };
            let v = self.date(&base, prefer_future, at, uses)?;
            if v.grain != Grain::Day {
                return None;
            }
            let day = v
                .start
                .date()
                .checked_add_signed(Duration::days(x.day_shift.into()))?;
            return Some(day_val(day, x));
        }
        if let Some((n, wd)) = x.weekday_after {
            let base = DateX {
                weekday_after: None,
                ..*x
            };
            let v = self.date(&base, prefer_future, at, uses)?;
            if v.grain != Grain::Day {
                return None;
            }
            let d = v.start.date();
            let ahead = (7 + i64::from(weekday_of(wd).num_days_from_monday())
                - i64::from(d.weekday().num_days_from_monday()))
                % 7;
            let first = if ahead == 0 { 7 } else { ahead };
            let day = d.checked_add_signed(Duration::days(first + 7 * (i64::from(n) - 1)))?;
            return Some(day_val(day, x));
        }
        if x.week_of {
            let day = DateX {
                week_of: false,
                ..*x
            };
            let v = self.date(&day, prefer_future, at, uses)?;
            if v.grain != Grain::Day {
                return None;
            }
            return Some(week_val(monday_of(v.start.date())));
        }
        let r = self.reference;
        if let Some((n, unit)) = x.offset {
            let n = i64::from(n);
            let b = self.base(x, uses)?;
            let coarse = if x.anaphoric {
                self.narrative.map(|n| n.day.is_none()).unwrap_or(false)
            } else {
                false
            };
            // A base with no time of day (a date-only reference, a narrative day) knows only the day: «قبل ساعتين»
            // and «قبل ساعات» are that day, not 22:00 the day before; only whole days of hours move it («قبل 48
            // ساعة»).
            if b.time() == NaiveTime::MIN {
                if let Some(secs) = sub_day_seconds((n, unit), &x.offset_more) {
                    let day = b
                        .date()
                        .checked_add_signed(Duration::try_days(secs / 86_400)?)?;
                    if !(1..=9999).contains(&day.year()) {
                        return None;
                    }
                    // From a month-precise narrative date, no more precise than the month.
                    if coarse {
                        return month_val(day.year(), day.month());
                    }
                    return Some(day_val(day, x));
                }
            }
            // «قبل عقود»: the century around a few decades back.
            if x.vague && unit == Unit::Decade {
                let y = b
                    .year()
                    .checked_add(i32::try_from(n.checked_mul(10)?).ok()?)?;
                return years_val(y.div_euclid(100) * 100, 100, Grain::Century);
            }
            let v = if x.offset_more[0].is_some() {
                compound_offset(b, (n, unit), &x.offset_more)?
            } else {
                offset(b, n, unit)?
            };
            // «قبل بضعة أيام»: the week around a few days back; a few weeks, the month; a few months, the year.
            if x.vague {
                let d = v.start.date();
                return match unit {
                    Unit::Day => Some(week_val(monday_of(d))),
                    Unit::Week => month_val(d.year(), d.month()),
                    Unit::Month => years_val(d.year(), 1, Grain::Year),
                    Unit::Year => years_val(d.year().div_euclid(10) * 10, 10, Grain::Decade),
                    _ => Some(v),
                };
            }
            // From a month-precise narrative date, a day offset is no more precise than the month.
            if coarse && v.grain == Grain::Day {
                return month_val(v.start.year(), v.start.month());
            }
            return Some(v);
        }
        if x.now {
            let r = r?;
            uses.reference = true;
            // A reference with no time of day (midnight) knows only the day: «منذ مطلع الشهر وحتى الآن» ends on it.
            if r.time() == NaiveTime::MIN {
                return Some(day_val(r.date(), x));
            }
            return Some(Val {
                start: r,
                end: r + Duration::seconds(1),
                grain: Grain::Second,
                daypart: None,
                hijri: None,
            });
        }
        if let Some(h) = x.holiday {
            return self.holiday(x, h, prefer_future, at, uses);
        }
        if let Some(code) = x.season {
            return self.season(x, code, prefer_future, uses);
        }
        if let Some(o) = x.decade_rel {
            let b = self.base(x, uses)?.year().div_euclid(10) * 10;
            return years_val(b.checked_add(o.checked_mul(10)?)?, 10, Grain::Decade);
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
        if let Some(mut w) = x.week {
            let r = self.base(x, uses)?.date();
            // «عائدين من عطلة نهاية الأسبوع» on a Wednesday: the weekend just past, as a weekday alone is.
            // So is the end of a plain week in a clause told as past («في نهاية الأسبوع، عادت …» on a Monday);
            // with an imperfect it is this week's («يعود الوفد نهاية الأسبوع»).
            if x.plain_week
                && (x.part == Some(Part::Weekend) || x.part == Some(Part::End) && x.told_past)
                && !prefer_future
                && r.weekday().num_days_from_monday() < 4
            {
                w -= 1;
            }
            let monday = monday_of(r).checked_add_signed(Duration::weeks(w.into()))?;
            if let Some(DayX::Weekday(wd, _)) = x.day {
                // «الأحد من الأسبوع المقبل»: Arab weeks start on Sunday (or Saturday), not Monday, so the Sunday of
                // a named week is the one before its Monday, as in a pair of days («يومي الأحد والاثنين من الأسبوع
                // المقبل»). A Saturday stays the one the ISO week ends with: it is the last day of a Sunday week.
                let d = if wd == 7 && !self.iso_weeks {
                    monday - Duration::days(1)
                } else {
                    monday + Duration::days(i64::from(weekday_of(wd).num_days_from_monday()))
                };
                return Some(day_val(d, x));
            }
            return Some(week_val(monday));
        }
        if let (Some(MonthX::OfRef), true) = (x.month, x.anaphoric) {
            if let Some(v) = self.same_month_of_year(x, prefer_future, uses) {
                return Some(v);
            }
        }
        if x.hijri {
            return self.hijri(x, prefer_future, uses);
        }
        // «… يوم الجمعة 1 ذو الحجة 1445هـ هو أول أيام الشهر»: the same month after a Hijri date is its Hijri month.
        if let (Some(MonthX::Same), Some((hy, hm)), None | Some(YearX::Same)) =
            (x.month, self.narrative.and_then(|n| n.hijri_month), x.year)
        {
            let m = u8::try_from(hm).ok()?;
            let h = DateX {
                hijri: true,
                year: Some(YearX::Abs(hy)),
                month: Some(MonthX::Abs(m, None)),
                ..*x
            };
            uses.narrative = true;
            return self.hijri(&h, prefer_future, uses);
        }
        // Year.
        let year: Option<i32> = match x.year {
            Some(YearX::Abs(y)) => Some(y),
            Some(YearX::Rel(o)) => Some(self.base(x, uses)?.date().year().checked_add(o)?),
            // «فاز الحزب في انتخابات 2016، وفي ذلك العام …»: a year written after the narrative's date, even as a
            // bound, is the one «ذلك العام» points back to.
            // A deadline still ahead after the narrative's date («أطلقت في مارس 2021 خطة تمتد حتى 2030، وفي العام
            // نفسه …») is where a plan ends, not the time the narrative is at: the earlier date is the antecedent. A
            // past one is where the narrative got to («حكم حتى 2011، وفي العام نفسه أطيح به»).
            Some(YearX::Same) => match (self.narrative, self.bound_year) {
                (n, Some((y, b, deadline)))
                    if n.is_none_or(|n| {
                        n.at < b && !(deadline && r.is_some_and(|r| y > r.date().year()))
                    }) && at.saturating_sub(b) <= NARRATIVE_REACH =>
                {
                    uses.narrative = true;
                    Some(y)
                }
                (Some(n), _) => {
                    uses.narrative = true;
                    Some(n.year)
                }
                (None, _) => {
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
                        self.year_for(m, day, prefer_future, at, x.out_of_reach, uses)?
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
            Some(MonthX::OfRef) => {
                uses.reference = true;
                Some((year?, r?.date().month()))
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
                // «في 7 أكتوبر 2023 …، ثم عاد البرلمان للانعقاد في 22»: a later day alone, close after a written
                // day and month, is in that month.
                let told = self.narrative.filter(|n| {
                    x.weekday_hint.is_none()
                        && n.explicit
                        && n.day.is_some_and(|nd| u32::from(d) > nd)
                        && at.saturating_sub(n.at) <= NARRATIVE_REACH
                });
                let month = match (month, told) {
                    (None, Some(n)) => {
                        uses.narrative = true;
                        Some((n.year, n.month?))
                    }
                    _ => month,
                };
                let (y, m) = match month {
                    Some(ym) => ym,
                    None => {
                        let rd = r?.date();
                        uses.reference = true;
                        // «الأربعاء 27»: the nearest month whose day is that weekday, on the preferred side first.
                        if let Some(wd) = x.weekday_hint {
                            let first = ymd(rd.year(), rd.month(), 1)?;
                            let order: [i32; 5] = if prefer_future {
                                [0, 1, -1, 2, -2]
                            } else {
                                [0, -1, 1, -2, 2]
                            };
                            let found = order.iter().find_map(|&k| {
                                let f = if k >= 0 {
                                    first.checked_add_months(Months::new(k.unsigned_abs()))?
                                } else {
                                    first.checked_sub_months(Months::new(k.unsigned_abs()))?
                                };
                                let day = ymd(f.year(), f.month(), u32::from(d))?;
                                (day.weekday() == weekday_of(wd)).then_some(day)
                            });
                            if let Some(day) = found {
                                return Some(day_val(day, x));
                            }
                        }
                        // «عاد البرلمان للانعقاد في 22.» on the 14th: a day alone on the other side of the reference
                        // from the preferred one is in the month before (or after), as a weekday alone is.
                        let this = (rd.year(), rd.month());
                        let shift = match (x.year, u32::from(d).cmp(&rd.day())) {
                            (None, std::cmp::Ordering::Greater) if !prefer_future => -1,
                            (None, std::cmp::Ordering::Less) if prefer_future => 1,
                            _ => 0,
                        };
                        let first = ymd(this.0, this.1, 1)?;
                        let moved = match shift {
                            -1 => first.checked_sub_months(Months::new(1))?,
                            1 => first.checked_add_months(Months::new(1))?,
                            _ => first,
                        };
                        (moved.year(), moved.month())
                    }
                };
                // «الأربعاء 20 مارس» with no year: the weekday picks the nearest year where it fits.
                let y = match (x.weekday_hint, x.year) {
                    // An ordinal day («الأحد الثاني») counts weekdays instead when it is not that weekday.
                    (Some(wd), None) if !(x.nth_ok && d <= 5) => [0, 1, -1]
                        .iter()
                        .map(|dy| y + dy)
                        .find(|&cy| {
                            ymd(cy, m, u32::from(d))
                                .is_some_and(|dt| dt.weekday() == weekday_of(wd))
                        })
                        .unwrap_or(y),
                    _ => y,
                };
                // «الثلاثاء الثالث من أيلول 2014»: the 3rd is no Tuesday, so it is the third Tuesday.
                if let (Some(wd), true, 1..=5) = (x.weekday_hint, x.nth_ok, d) {
                    if ymd(y, m, u32::from(d)).is_some_and(|dt| dt.weekday() != weekday_of(wd)) {
                        let nth = nth_weekday(y, m, d as i8, wd)?;
                        return Some(day_val(nth, x));
                    }
                }
                match ymd(y, m, u32::from(d)) {
                    Some(date) => Some(day_val(date, x)),
                    // «31 فبراير 2021»: no such day; keep the month, less precise but true.
                    None => month_val(y, m),
                }
            }
            Some(DayX::Rel(o)) => {
                let rd = r?.date();
                uses.reference = true;
                let mut day = rd.checked_add_signed(Duration::days(o.into()))?;
                // «اليوم الجمعة» in Saturday's paper: a paper's date often lags the day its text was written, and the
                // weekday is written by the author, so the weekday wins: the one from five days before to the day
                // after the counted day.
                if let Some(wd) = x.weekday_hint {
                    let ahead = (i64::from(weekday_of(wd).num_days_from_monday())
                        - i64::from(day.weekday().num_days_from_monday()))
                    .rem_euclid(7);
                    let shift = match ahead {
                        0 | 1 => ahead,
                        _ => ahead - 7,
                    };
                    day = day.checked_add_signed(Duration::days(shift))?;
                }
                Some(day_val(day, x))
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
                    // After a season told in passing, the day told before it: «وقّع الوزيران الاتفاق يوم الأحد 15 شوال
                    // 1446هـ، وقال إنه سيعمل قبل صيف العام المقبل. وفي اليوم التالي …» is the Monday.
                    Some(Narrative {
                        month: Some(_),
                        day: None,
                        season: true,
                        ..
                    }) if self.last_day.is_some() => {
                        uses.narrative = true;
                        self.last_day?
                    }
                    // After a month («زار عمّان في أكتوبر 2020، وفي اليوم التالي …»): a day of that month, no more
                    // precise than the month.
                    Some(Narrative {
                        year,
                        month: Some(m),
                        day: None,
                        ..
                    }) => {
                        uses.narrative = true;
                        return month_val(year, m);
                    }
                    // After a year told in passing, the narrative's last day («… خلال العام الماضي. وفي اليوم
                    // التالي»), else that year: never the reference's next day, which a told story is not at.
                    Some(Narrative { year, .. }) => {
                        uses.narrative = true;
                        match self.last_day {
                            Some(day) => day,
                            None => return years_val(year, 1, Grain::Year),
                        }
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
                // «اعتقل في 3 مارس، وأطلق سراحه يوم الأحد التالي»: from the narrative's day.
                let rd = if x.anaphoric {
                    self.base(x, uses)?.date()
                } else {
                    uses.reference = true;
                    r?.date()
                };
                let target = weekday_of(wd);
                let diff = i64::from(target.num_days_from_monday())
                    - i64::from(rd.weekday().num_days_from_monday());
                let forward = if diff > 0 { diff } else { diff + 7 };
                let backward = if diff < 0 { diff } else { diff - 7 };
                let days = match shift {
                    Some(1) => forward,
                    Some(-1) => backward,
                    // «الجمعة قبل الماضية», «الأحد بعد المقبل»: one week further.
                    Some(2) => forward + 7,
                    Some(-2) => backward - 7,
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
                Some(day_val(nth_weekday(y, m, n, wd)?, x))
            }
            Some(DayX::OfRef) => {
                let (y, m) = month?;
                uses.reference = true;
                // «هذا اليوم من عام 2023» written on 29 February: no such day that year, so the month.
                match ymd(y, m, r?.date().day()) {
                    Some(date) => Some(day_val(date, x)),
                    None => month_val(y, m),
                }
            }
            Some(DayX::LastDay) => {
                let (y, m) = month?;
                Some(day_val(month_end(y, m)?.pred_opt()?, x))
            }
            None => {
                if let (Some((y, m)), Some(n)) = (month, x.nth_week) {
                    return nth_week(y, m, n);
                }
                if let (None, Some(y), Some(n)) = (month, year, x.nth_week) {
                    // The n-th ISO week of the year (the last for n < 0).
                    let w = if n > 0 {
                        u32::from(n.unsigned_abs())
                    } else {
                        ymd(y, 12, 28)?.iso_week().week()
                    };
                    return Some(week_val(NaiveDate::from_isoywd_opt(y, w, Weekday::Mon)?));
                }
                if let Some((y, m)) = month {
                    return month_val(y, m);
                }
                if x.time.is_some() {
                    return None;
                }
                years_val(year?, 1, Grain::Year)
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

    /// A holiday in the year written (Gregorian, or Hijri with «هـ»); with none, the one nearest a date with its year
    /// written just before («في غرة شوال 1445 هجرية بعيد الفطر»), else the next one when the future is preferred,
    /// else the nearest one on either side.
    fn holiday(
        &self,
        x: &DateX,
        h: Holiday,
        prefer_future: bool,
        at: usize,
        uses: &mut Uses,
    ) -> Option<Val> {
        // «عيد الميلاد المجيد في 7 يناير 2025»: a feast with a Gregorian day written after it is the one within a few
        // days of that day, else that day (a feast another church keeps on its own day).
        if let (Some(YearX::Abs(y)), Some(DayX::Abs(dd)), Some(MonthX::Abs(mm, _)), false) =
            (x.year, x.day, x.month, x.hijri)
        {
            let w = ymd(y, mm.into(), dd.into())?;
            return match holiday_near(h, w) {
                Some(o) => self.holiday_val(x, o),
                None => Some(day_val(w, x)),
            };
        }
        let (d, hijri) = match x.year {
            Some(YearX::Abs(y)) if x.hijri => match h {
                Holiday::Hijri(m, d)
                | Holiday::HijriDays {
                    month: m, day: d, ..
                } => {
                    let (m, d) = (u32::from(m), u32::from(d));
                    (
                        calendar::civil::hijri_to_gregorian(y, m, d)?,
                        Some((y, m, d)),
                    )
                }
                Holiday::HijriNth { month, weekday, n } => {
                    let (g, d) = hijri_nth_weekday(y, month.into(), n, weekday)?;
                    (g, Some((y, month.into(), d)))
                }
                _ => return None,
            },
            Some(YearX::Abs(y)) => holiday_in(h, y)?,
            Some(YearX::Rel(o)) => {
                let r = self.reference_date()?;
                uses.reference = true;
                holiday_in(h, r.year().checked_add(o)?)?
            }
            Some(YearX::Same) => {
                let n = self.narrative?;
                uses.narrative = true;
                holiday_in(h, n.year)?
            }
            None if !matches!(x.month, Some(MonthX::Rel(_)))
                && self.told_feast(h, at, prefer_future).is_some() =>
            {
                uses.narrative = true;
                self.told_feast(h, at, prefer_future)?
            }
            None => {
                let r = self.reference_date()?;
                uses.reference = true;
                let mut around = (r.year() - 1..=r.year() + 1).filter_map(|y| holiday_in(h, y));
                // «عيد الفطر المقبل», «عيد العمال الماضي»: the next one after the reference day, or the last before.
                if let Some(MonthX::Rel(s)) = x.month {
                    return self.holiday_val(
                        x,
                        if s > 0 {
                            around.find(|(d, _)| *d > r)?
                        } else {
                            around.rfind(|(d, _)| *d < r)?
                        },
                    );
                }
                if prefer_future {
                    around.find(|(d, _)| *d >= r)?
                } else {
                    // A feast is named near its day: the nearest one, before or after («قبل عيد الفطر» in Ramadan).
                    around.min_by_key(|(d, _)| (*d - r).num_days().abs())?
                }
            }
        };
        self.holiday_val(x, (d, hijri))
    }

    /// The value of a holiday on day `d`, with its Hijri date.
    fn holiday_val(&self, x: &DateX, (d, hijri): (NaiveDate, Option<HijriDay>)) -> Option<Val> {
        let mut v = day_val(d, x);
        v.hijri = hijri.map(|(y, m, d)| (y, Some(m), Some(d)));
        Some(v)
    }

    /// A season in the year written, or relative to the reference: `MonthX::Rel(-1)` is the last one ended, `Rel(1)`
    /// the next one to begin, none the one nearest on the preferred side (the current one counts on both).
    fn season(&self, x: &DateX, code: &str, prefer_future: bool, uses: &mut Uses) -> Option<Val> {
        let first_month = match code {
            "SP" => 3,
            "SU" => 6,
            "FA" => 9,
            _ => 12,
        };
        let span = |y: i32| -> Option<(NaiveDate, NaiveDate)> {
            let s = ymd(y, first_month, 1)?;
            Some((s, s.checked_add_months(Months::new(3))?))
        };
        let y = match (x.year, x.month) {
            (Some(YearX::Abs(y)), _) => y,
            (Some(YearX::Same), _) => {
                uses.narrative = true;
                self.narrative?.year
            }
            (Some(YearX::Rel(o)), _) => {
                let r = self.reference_date()?;
                uses.reference = true;
                // Winter belongs to the year of its December: «هذا الشتاء» in January is last December's.
                let base = if first_month == 12 && r.month() <= 2 {
                    r.year() - 1
                } else {
                    r.year()
                };
                base.checked_add(o)?
            }
            (None, shift) => {
                let r = self.base(x, uses)?.date();
                let mut years =
                    (r.year() - 2..=r.year() + 1).filter_map(|y| span(y).map(|s| (y, s)));
                let ended = |(_, (_, e)): &(i32, (NaiveDate, NaiveDate))| *e <= r;
                let begun = |(_, (s, _)): &(i32, (NaiveDate, NaiveDate))| *s <= r;
                match shift {
                    Some(MonthX::Rel(-1)) => years.rfind(ended)?.0,
                    Some(MonthX::Rel(1)) => years.find(|c| !begun(c))?.0,
                    _ if prefer_future => years.find(|c| !ended(c))?.0,
                    _ => years.rfind(begun)?.0,
                }
            }
        };
        let (s, e) = span(y)?;
        Some(Val {
            start: midnight(s),
            end: midnight(e),
            grain: Grain::Season,
            daypart: None,
            hijri: None,
        })
    }

    /// «الشهر نفسه من عام 1440», «الشهر نفسه من العام التالي»: the narrative's month in the year written, or in its
    /// year counted on. After a Hijri month, a year that can be Hijri (1300 to 1500, or marked «هـ») or a counted
    /// year is a Hijri one, and so is the month. `None` when no month was written before: the reference's month.
    fn same_month_of_year(&self, x: &DateX, prefer_future: bool, uses: &mut Uses) -> Option<Val> {
        // «في الشهر نفسه من العام 1443 هـ» with no Hijri month before it: the reference's Hijri month that year.
        let (hijri_month, of_reference) = match (self.narrative.and_then(|n| n.hijri_month), x.year)
        {
            (None, Some(YearX::Abs(y))) if x.hijri => {
                let (_, hm, _) = calendar::civil::gregorian_to_hijri(self.reference_date()?)?;
                (Some((y, hm)), true)
            }
            (h, _) => (h, false),
        };
        if let Some((hy, hm)) = hijri_month {
            let y = match x.year {
                Some(YearX::Abs(y)) if x.hijri || calendar::PLAIN_HIJRI_YEARS.contains(&y) => y,
                Some(YearX::Rel(k)) => hy.checked_add(k)?,
                _ => return None,
            };
            if of_reference {
                uses.reference = true;
            } else {
                uses.narrative = true;
            }
            let h = DateX {
                hijri: true,
                anaphoric: false,
                year: Some(YearX::Abs(y)),
                month: Some(MonthX::Abs(u8::try_from(hm).ok()?, None)),
                ..*x
            };
            return self.hijri(&h, prefer_future, uses);
        }
        let n = self.narrative?;
        let m = n.month?;
        let y = match x.year {
            Some(YearX::Abs(y)) if !x.hijri => y,
            Some(YearX::Rel(k)) => n.year.checked_add(k)?,
            _ => return None,
        };
        uses.narrative = true;
        month_val(y, m)
    }

    fn hijri(&self, x: &DateX, prefer_future: bool, uses: &mut Uses) -> Option<Val> {
        let r = self.reference_date();
        let y = match x.year {
            // «رمضان 2019»: a Hijri month with a Gregorian year is the one that begins in that year.
            Some(YearX::Abs(y)) if y >= GREGORIAN_YEARS_FROM => {
                let Some(MonthX::Abs(m, _)) = x.month else {
                    return None;
                };
                let (hy, _, _) = calendar::civil::gregorian_to_hijri(ymd(y, 1, 1)?)?;
                (hy..=hy + 1).find(|&hy| {
                    calendar::civil::hijri_month_span(hy, m.into())
                        .is_some_and(|(s, _)| s.year() == y)
                })?
            }
            Some(YearX::Abs(y)) => y,
            // «رمضان هذا العام», «شهر رمضان العام المقبل»: a relative year is Gregorian in news, the month the one
            // that begins in it.
            Some(YearX::Rel(n)) if matches!(x.month, Some(MonthX::Abs(..))) => {
                let Some(MonthX::Abs(m, _)) = x.month else {
                    return None;
                };
                let rd = r?;
                uses.reference = true;
                let y = rd.year().checked_add(n)?;
                let (hy, _, _) = calendar::civil::gregorian_to_hijri(ymd(y, 1, 1)?)?;
                let gregorian = (hy..=hy + 1).find(|&hy| {
                    calendar::civil::hijri_month_span(hy, m.into())
                        .is_some_and(|(s, _)| s.year() == y)
                })?;
                // «في العاشر من محرم من العام الحالي» read in August: this Gregorian year's Muharram is still to
                // come, the current Hijri year's is past. When the two readings of the current year lie on either
                // side of the reference, the preferred side decides.
                let (current, _, _) = calendar::civil::gregorian_to_hijri(rd)?;
                let starts =
                    |hy: i32| calendar::civil::hijri_month_span(hy, m.into()).map(|(s, _)| s);
                match (n, starts(gregorian), starts(current)) {
                    (0, Some(g), Some(c)) if current != gregorian && (g <= rd) != (c <= rd) => {
                        if (c > rd) == prefer_future {
                            current
                        } else {
                            gregorian
                        }
                    }
                    _ => gregorian,
                }
            }
            _ => {
                // The Hijri year around the reference date.
                let rd = r?;
                uses.reference = true;
                let (hy, hm, hd) = calendar::civil::gregorian_to_hijri(rd)?;
                match x.month {
                    Some(MonthX::Abs(m, shift)) => {
                        let m = u32::from(m);
                        let day = match x.day {
                            Some(DayX::Abs(d)) => Some(u32::from(d)),
                            _ => None,
                        };
                        let d = day.unwrap_or(1);
                        // «12 ربيع الأول المقبل» read on 5 Rabi' I: a day of the current month still to come (or,
                        // with «الماضي», already gone) is in this Hijri year, as «15 مارس المقبل» is in March.
                        match shift {
                            Some(-1) => {
                                if m < hm || (m == hm && day.is_some_and(|d| d < hd)) {
                                    hy
                                } else {
                                    hy - 1
                                }
                            }
                            Some(1) => {
                                if m > hm || (m == hm && day.is_some_and(|d| d > hd)) {
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
                match calendar::civil::hijri_to_gregorian(y, m, d) {
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
            // «آخر جمعة من رمضان», «الجمعة الأولى من شوال», «آخر يوم من رمضان»: a day picked inside the Hijri month.
            (Some(MonthX::Abs(m, _)), Some(day @ (DayX::NthWeekday(..) | DayX::LastDay))) => {
                let m = u32::from(m);
                let (g, d) = match day {
                    DayX::NthWeekday(n, wd) => hijri_nth_weekday(y, m, n, wd)?,
                    _ => {
                        let (first, last) = calendar::civil::hijri_month_span(y, m)?;
                        (last, u32::try_from((last - first).num_days() + 1).ok()?)
                    }
                };
                let mut v = day_val(g, x);
                v.hijri = Some((y, Some(m), Some(d)));
                Some(v)
            }
            (None, None) => {
                let (s, e) = calendar::civil::hijri_year_span(y)?;
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

/// Where the n-th week (n < 0: the last) lies in its month (or year), when no reference places the period: in a
/// month the first at the start, the second and third in the middle, the others at the end; in a year the n-th
/// at the start and the last at the end.
fn week_mod(n: i8, of_month: bool) -> Mod {
    match n {
        ..=-1 => Mod::End,
        _ if !of_month => Mod::Start,
        0 | 1 => Mod::Start,
        2 | 3 => Mod::Mid,
        _ => Mod::End,
    }
}

/// The n-th (n < 0: last) ISO weekday `wd` of a month, if the month has it.
fn nth_weekday(y: i32, m: u32, n: i8, wd: u8) -> Option<NaiveDate> {
    let target = weekday_of(wd);
    let d = if n > 0 {
        let first = ymd(y, m, 1)?;
        let off = (7 + i64::from(target.num_days_from_monday())
            - i64::from(first.weekday().num_days_from_monday()))
            % 7;
        first + Duration::days(off + 7 * (i64::from(n) - 1))
    } else {
        let last = month_end(y, m)?.pred_opt()?;
        let back = (7 + i64::from(last.weekday().num_days_from_monday())
            - i64::from(target.num_days_from_monday()))
            % 7;
        last - Duration::days(back)
    };
    (d.month() == m).then_some(d)
}

/// The n-th (n < 0: last) whole Monday-to-Sunday week inside a month.
fn nth_week(y: i32, m: u32, n: i8) -> Option<Val> {
    let monday = if n > 0 {
        nth_weekday(y, m, n, 1)?
    } else {
        // The last Sunday of the month closes the last whole week.
        nth_weekday(y, m, -1, 7)? - Duration::days(6)
    };
    let sunday = monday + Duration::days(6);
    (monday.month() == m && sunday.month() == m).then(|| week_val(monday))
}

/// A Hijri year, month and day.
type HijriDay = (i32, u32, u32);

/// A year written beside a Hijri month from which on it is read as Gregorian: Hijri 1900 is Gregorian 2462.
pub(crate) const GREGORIAN_YEARS_FROM: i32 = 1900;

/// The day holiday `h` falls on within three days of day `w`, with its Hijri date for a Hijri holiday (either of two in
/// one Gregorian year: Eid al-Fitr fell on 8 January and 27 December 2000).
fn holiday_near(h: Holiday, w: NaiveDate) -> Option<(NaiveDate, Option<HijriDay>)> {
    let mut all: Vec<(NaiveDate, Option<HijriDay>)> = (w.year() - 1..=w.year() + 1)
        .filter_map(|y| holiday_in(h, y))
        .collect();
    if let Holiday::Hijri(m, d) = h {
        let (m, d) = (u32::from(m), u32::from(d));
        let (hy, _, _) = calendar::civil::gregorian_to_hijri(w)?;
        all.extend((hy - 1..=hy + 1).filter_map(|hy| {
            calendar::civil::hijri_to_gregorian(hy, m, d).map(|g| (g, Some((hy, m, d))))
        }));
    }
    all.into_iter()
        .filter(|(g, _)| (*g - w).num_days().abs() <= 3)
        .min_by_key(|(g, _)| (*g - w).num_days().abs())
}

/// The day a holiday falls on in Gregorian year `y`, with its Hijri date for a Hijri holiday (the first one when the
/// Hijri day comes twice in that year).
fn holiday_in(h: Holiday, y: i32) -> Option<(NaiveDate, Option<HijriDay>)> {
    // The grammar makes a range of a feast of several days («أيام التشريق»); here it is its first day.
    match h {
        Holiday::Gregorian(m, d) => Some((ymd(y, m.into(), d.into())?, None)),
        Holiday::Hijri(m, d)
        | Holiday::HijriDays {
            month: m, day: d, ..
        } => {
            let (m, d) = (u32::from(m), u32::from(d));
            let (hy, _, _) = calendar::civil::gregorian_to_hijri(ymd(y, 1, 1)?)?;
            (hy..=hy + 1).find_map(|hy| {
                let g = calendar::civil::hijri_to_gregorian(hy, m, d)?;
                (g.year() == y).then_some((g, Some((hy, m, d))))
            })
        }
        Holiday::Easter(n) => Some((
            easter(y)?.checked_add_signed(Duration::days(n.into()))?,
            None,
        )),
        Holiday::OrthodoxEaster(n) => Some((
            orthodox_easter(y)?.checked_add_signed(Duration::days(n.into()))?,
            None,
        )),
        Holiday::HijriNth { month, weekday, n } => {
            let m = u32::from(month);
            let (hy, _, _) = calendar::civil::gregorian_to_hijri(ymd(y, 1, 1)?)?;
            (hy..=hy + 1).find_map(|hy| {
                let (g, d) = hijri_nth_weekday(hy, m, n, weekday)?;
                (g.year() == y).then_some((g, Some((hy, m, d))))
            })
        }
        Holiday::Nth { month, weekday, n } => {
            let wd = weekday_of(weekday);
            let d = if n > 0 {
                NaiveDate::from_weekday_of_month_opt(y, month.into(), wd, n.unsigned_abs())?
            } else {
                let last = month_end(y, month.into())?;
                let back =
                    (last.weekday().num_days_from_monday() + 7 - wd.num_days_from_monday()) % 7;
                last - Duration::days(back.into())
            };
            Some((d, None))
        }
    }
}

/// The n-th (n < 0: the last) ISO weekday `wd` of Hijri month `m` of year `y`: its Gregorian day and its day of the
/// Hijri month.
fn hijri_nth_weekday(y: i32, m: u32, n: i8, wd: u8) -> Option<(NaiveDate, u32)> {
    let (first, last) = calendar::civil::hijri_month_span(y, m)?;
    let target = i64::from(weekday_of(wd).num_days_from_monday());
    let g = if n > 0 {
        let off = (7 + target - i64::from(first.weekday().num_days_from_monday())) % 7;
        first + Duration::days(off + 7 * (i64::from(n) - 1))
    } else {
        let back = (7 + i64::from(last.weekday().num_days_from_monday()) - target) % 7;
        last - Duration::days(back)
    };
    if g < first || g > last {
        return None;
    }
    Some((g, u32::try_from((g - first).num_days() + 1).ok()?))
}

/// Western Easter Sunday of year `y` (the anonymous Gregorian computus).
fn easter(y: i32) -> Option<NaiveDate> {
    if !(1583..=9999).contains(&y) {
        return None;
    }
    let a = y % 19;
    let b = y / 100;
    let c = y % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    ymd(y, month as u32, day as u32)
}

/// Orthodox Easter Sunday of year `y` in the Gregorian calendar: the Julian computus (Meeus), then the days the Julian
/// calendar lags behind (13 from 1900 to 2099).
fn orthodox_easter(y: i32) -> Option<NaiveDate> {
    if !(1583..=9999).contains(&y) {
        return None;
    }
    let (a, b, c) = (y % 4, y % 7, y % 19);
    let d = (19 * c + 15) % 30;
    let e = (2 * a + 4 * b - d + 34) % 7;
    let month = (d + e + 114) / 31;
    let day = (d + e + 114) % 31 + 1;
    let lag = y / 100 - y / 400 - 2;
    ymd(y, month as u32, day as u32)?.checked_add_signed(Duration::days(lag.into()))
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
    p.and_then(|p| match p {
        Part::Start => Some(Mod::Start),
        Part::Mid => Some(Mod::Mid),
        Part::End => Some(Mod::End),
        Part::Rest | Part::Weekend | Part::Before | Part::LastDay => None,
    })
}

/// The part of an interval a START/MID/END modifier points at: the first, middle or last third (for a month:
/// days 1–10, 11–20, 21–end).
fn narrow(iv: Interval, p: Part) -> Interval {
    if matches!(p, Part::Rest | Part::Before | Part::LastDay) {
        // Cut at the reference by the caller.
        return iv;
    }
    if p == Part::Weekend {
        // Friday to Sunday: the Friday–Saturday and the Saturday–Sunday weekends of Arab countries.
        return Interval {
            start: iv.start + Duration::days(4),
            end: iv.start + Duration::days(7),
        };
    }
    let total = iv.end - iv.start;
    let days = total.num_days();
    if (28..=31).contains(&days) {
        let s = iv.start;
        return match p {
            Part::Rest | Part::Weekend | Part::Before | Part::LastDay => iv,
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
    let (first, last) = thirds(iv);
    match p {
        Part::Rest | Part::Weekend | Part::Before | Part::LastDay => iv,
        Part::Start => Interval {
            start: iv.start,
            end: first,
        },
        Part::Mid => Interval {
            start: first,
            end: last,
        },
        Part::End => Interval {
            start: last,
            end: iv.end,
        },
    }
}

/// The two instants that cut `iv` in thirds. A period of whole months in a multiple of three (a year, a decade, a
/// century) is cut at month starts («أواخر 2019» is September to December, not from 1 September at 08:00); other
/// periods of days at the nearest midnight; a day or less exactly.
fn thirds(iv: Interval) -> (NaiveDateTime, NaiveDateTime) {
    let month_start = |t: NaiveDateTime| t.day() == 1 && t.time() == NaiveTime::MIN;
    if month_start(iv.start) && month_start(iv.end) {
        let index = |t: NaiveDateTime| i64::from(t.year()) * 12 + i64::from(t.month0());
        let months = index(iv.end) - index(iv.start);
        if months >= 3 && months % 3 == 0 {
            let at = |n: i64| {
                u32::try_from(n)
                    .ok()
                    .and_then(|n| iv.start.checked_add_months(Months::new(n)))
            };
            if let (Some(a), Some(b)) = (at(months / 3), at(months / 3 * 2)) {
                return (a, b);
            }
        }
    }
    let third = (iv.end - iv.start) / 3;
    let (a, b) = (iv.start + third, iv.end - third);
    if third < Duration::days(1) {
        return (a, b);
    }
    let midnight_near =
        |t: NaiveDateTime| (t + Duration::hours(12)).date().and_time(NaiveTime::MIN);
    (midnight_near(a), midnight_near(b))
}

/// The ISO week that starts on `monday`.
fn week_val(monday: NaiveDate) -> Val {
    Val {
        start: midnight(monday),
        end: midnight(monday + Duration::weeks(1)),
        grain: Grain::Week,
        daypart: None,
        hijri: None,
    }
}

/// The Monday of the ISO week of `d`.
fn monday_of(d: NaiveDate) -> NaiveDate {
    d - Duration::days(i64::from(d.weekday().num_days_from_monday()))
}

/// The `years` years from January 1 of `y`, at `grain` (a year, a decade).
fn years_val(y: i32, years: i32, grain: Grain) -> Option<Val> {
    Some(Val {
        start: midnight(ymd(y, 1, 1)?),
        end: midnight(ymd(y.checked_add(years)?, 1, 1)?),
        grain,
        daypart: None,
        hijri: None,
    })
}

fn hijri_month_val(y: i32, m: u32) -> Option<Val> {
    let (s, e) = calendar::civil::hijri_month_span(y, m)?;
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
            _ => (18, 24),
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
                // Future: the first reading at or after the reference (the later one when both are past: the
                // day's session has begun); past: the last one at or before it.
                let take_pm = if prefer_future { am < r } else { pm <= r };
                if take_pm {
                    hour += 12;
                }
            }
        }
    }
    let start = d
        .and_hms_milli_opt(
            hour.min(23),
            u32::from(t.minute.min(59)),
            u32::from(t.second.unwrap_or(0).min(59)),
            u32::from(t.milli.min(999)),
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

/// The signed length in seconds of an offset whose smallest unit is shorter than a day and whose units are all at
/// most a week («ساعتين», «يوم و3 ساعات», «أسبوع و3 ساعات»); `None` for any other offset.
fn sub_day_seconds(first: (i64, Unit), more: &[Option<(i32, Unit)>]) -> Option<i64> {
    let secs = |u: Unit| match u {
        Unit::Week => Some(7 * 86_400),
        Unit::Day => Some(86_400),
        Unit::Hour => Some(3_600),
        Unit::Minute => Some(60),
        Unit::Second => Some(1),
        _ => None,
    };
    let mut last = first.1;
    let mut total = first.0.checked_mul(secs(first.1)?)?;
    for &(n, u) in more.iter().flatten() {
        // The offset's sign is the first part's: «قبل يوم و3 ساعات» is both back.
        let part = i64::from(n).abs().checked_mul(secs(u)?)?;
        total = if first.0 < 0 {
            total.checked_sub(part)?
        } else {
            total.checked_add(part)?
        };
        last = u;
    }
    matches!(last, Unit::Hour | Unit::Minute | Unit::Second).then_some(total)
}

/// «شهر و 21 يوماً من الآن»: every unit but the smallest moves the instant exactly; the smallest gives the grain.
fn compound_offset(
    r: NaiveDateTime,
    first: (i64, Unit),
    more: &[Option<(i32, Unit)>],
) -> Option<Val> {
    let parts: Vec<(i64, Unit)> = std::iter::once(first)
        .chain(more.iter().flatten().map(|&(n, u)| (i64::from(n), u)))
        .collect();
    let (&(n_last, u_last), exact) = parts.split_last()?;
    let mut t = r;
    for &(n, unit) in exact {
        let months = match unit {
            Unit::Year => Some(n.checked_mul(12)?),
            Unit::Month => Some(n),
            _ => None,
        };
        t = match (months, unit) {
            (Some(k), _) => {
                let k32 = Months::new(u32::try_from(k.unsigned_abs()).ok()?);
                let d = if k >= 0 {
                    t.date().checked_add_months(k32)?
                } else {
                    t.date().checked_sub_months(k32)?
                };
                d.and_time(t.time())
            }
            (None, Unit::Week) => t.checked_add_signed(Duration::try_weeks(n)?)?,
            (None, Unit::Day) => t.checked_add_signed(Duration::try_days(n)?)?,
            (None, Unit::Hour) => t.checked_add_signed(Duration::try_hours(n)?)?,
            (None, Unit::Minute) => t.checked_add_signed(Duration::try_minutes(n)?)?,
            _ => return None,
        };
    }
    offset(t, n_last, u_last)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thirds_of_long_periods_fall_on_month_starts_or_midnights() {
        let at = |s: &str| NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M").ok();
        let cut = |a: &str, b: &str| {
            let (Some(start), Some(end)) = (at(a), at(b)) else {
                panic!("bad test instants {a} {b}");
            };
            let (x, y) = thirds(Interval { start, end });
            (x.to_string(), y.to_string())
        };
        let pair = |a: &str, b: &str| (a.to_string(), b.to_string());
        // A year: January–April, May–August, September–December.
        assert_eq!(
            cut("2019-01-01T00:00", "2020-01-01T00:00"),
            pair("2019-05-01 00:00:00", "2019-09-01 00:00:00")
        );
        // A decade: forty months each.
        assert_eq!(
            cut("1970-01-01T00:00", "1980-01-01T00:00"),
            pair("1973-05-01 00:00:00", "1976-09-01 00:00:00")
        );
        // A week: the nearest midnights of Wednesday 08:00 and Friday 16:00.
        assert_eq!(
            cut("2024-05-06T00:00", "2024-05-13T00:00"),
            pair("2024-05-08 00:00:00", "2024-05-11 00:00:00")
        );
        // A Hijri year (1445: 19 July 2023 to 7 July 2024, 354 days): 118 days each.
        assert_eq!(
            cut("2023-07-19T00:00", "2024-07-07T00:00"),
            pair("2023-11-14 00:00:00", "2024-03-11 00:00:00")
        );
        // A day: exactly.
        assert_eq!(
            cut("2024-05-06T00:00", "2024-05-07T00:00"),
            pair("2024-05-06 08:00:00", "2024-05-06 16:00:00")
        );
    }

    #[test]
    fn duration_string_writes_as_format_does() {
        for n in [
            0,
            1,
            7,
            10,
            59,
            60,
            61,
            90,
            120,
            99_999,
            u64::MAX / 100,
            u64::MAX,
        ] {
            assert_eq!(duration_string(n, Unit::Day), format!("P{n}D"));
            assert_eq!(duration_string(n, Unit::Second), format!("PT{n}S"));
            assert_eq!(
                duration_string(n, Unit::Century),
                format!("P{}Y", n.saturating_mul(100))
            );
            let minutes = if n >= 60 && n % 60 != 0 {
                format!("PT{}H{}M", n / 60, n % 60)
            } else {
                format!("PT{n}M")
            };
            assert_eq!(duration_string(n, Unit::Minute), minutes);
        }
    }

    #[test]
    fn padded_numbers_write_as_format_does() {
        for y in [
            0,
            7,
            99,
            999,
            2020,
            9999,
            10_000,
            123_456,
            -1,
            -2020,
            i32::MIN,
            i32::MAX,
        ] {
            assert_eq!(fmt_year(y), format!("{y:04}"));
        }
        for n in [0u64, 5, 12, 100, 4321, u64::MAX] {
            for width in 0..6 {
                let mut v = String::new();
                push_padded(&mut v, n, width);
                assert_eq!(v, format!("{n:0width$}"));
            }
        }
    }

    #[test]
    fn day_string_writes_as_chrono_does() {
        for (y, m, d) in [
            (2020, 6, 15),
            (1, 1, 1),
            (0, 12, 31),
            (999, 2, 3),
            (9999, 12, 31),
            (10000, 1, 1),
            (-1, 5, 9),
            (-44, 3, 15),
        ] {
            let date = NaiveDate::from_ymd_opt(y, m, d).expect("valid date");
            assert_eq!(day_string(date), date.format("%Y-%m-%d").to_string());
        }
    }

    #[test]
    fn easter_sundays() {
        // Published Western Easter dates.
        for (y, m, d) in [
            (1818, 3, 22),
            (1943, 4, 25),
            (2000, 4, 23),
            (2013, 3, 31),
            (2019, 4, 21),
            (2024, 3, 31),
            (2025, 4, 20),
            (2038, 4, 25),
        ] {
            assert_eq!(easter(y), ymd(y, m, d), "{y}");
        }
        assert_eq!(easter(1200), None);
    }

    #[test]
    fn orthodox_easter_days() {
        // Coptic and Eastern Orthodox Easter Sundays.
        for (y, d) in [
            (2023, "2023-04-16"),
            (2024, "2024-05-05"),
            (2025, "2025-04-20"),
            (2026, "2026-04-12"),
        ] {
            assert_eq!(
                orthodox_easter(y).map(|d| d.to_string()).as_deref(),
                Some(d)
            );
        }
    }

    #[test]
    fn holidays_in_a_year() {
        let day = |h, y| holiday_in(h, y).map(|(d, _)| d.to_string());
        assert_eq!(
            day(
                Holiday::Nth {
                    month: 11,
                    weekday: 4,
                    n: 4
                },
                2010
            )
            .as_deref(),
            Some("2010-11-25")
        );
        assert_eq!(
            day(
                Holiday::Nth {
                    month: 5,
                    weekday: 1,
                    n: -1
                },
                2024
            )
            .as_deref(),
            Some("2024-05-27")
        );
        assert_eq!(
            day(Holiday::Easter(-2), 2024).as_deref(),
            Some("2024-03-29")
        );
        assert_eq!(
            day(Holiday::Hijri(1, 1), 2019).as_deref(),
            Some("2019-08-31")
        );
        assert_eq!(
            day(Holiday::Hijri(10, 1), 2013).as_deref(),
            Some("2013-08-08")
        );
        // 1 Muharram fell twice in 2008 (1429 and 1430 AH): the first is taken.
        assert_eq!(
            day(Holiday::Hijri(1, 1), 2008).as_deref(),
            Some("2008-01-10")
        );
        // Outside the Umm al-Qura table, the arithmetical calendar: 1 Shawwal 1214 AH.
        assert_eq!(
            day(Holiday::Hijri(10, 1), 1800).as_deref(),
            Some("1800-02-26")
        );
    }
}
