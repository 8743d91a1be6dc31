//! The Umm al-Qura Hijri calendar, the official civil calendar of Saudi Arabia.
//!
//! Conversions use a table of month starts for
//! [`UMM_AL_QURA_YEARS`] (1356–1500 AH, 14 March 1937 to 16 November 2077).
//! The table is embedded from `data/ummalqura.tsv`, which is derived from the
//! MIT-licensed `hijri-converter` package (see `data/NOTICE-ummalqura.md`).
//! Outside that range every public function returns `None`: nothing public
//! extrapolates with an arithmetic rule. The temporal engine reads older and
//! later Hijri years with the arithmetical calendar instead (crate-internal).
//!
//! Days are civil days running midnight to midnight. The table gives the
//! calendar as published, with no adjustment for actual moon sightings. So
//! religious dates can differ by a day from the observed ones. For example,
//! the calendar puts 10 Dhu al-Hijja 1436 on 23 September 2015, but Eid
//! al-Adha was observed on the 24th.
//!
//! Months have 29 or 30 days and years have 354 or 355, with three exceptions
//! kept as published: 1356 AH and 1401 AH have 353 days, and Sha'ban 1364 AH
//! has 28 days. Use [`hijri_month_length`] rather than assuming a length.
//!
//! Every function takes untrusted numbers. Any year, month or day outside the
//! table, including `0`, negative values and `i32::MAX`, gives `None`. No
//! input can cause a panic.

use std::ops::RangeInclusive;

use chrono::{Datelike, NaiveDate};
use once_cell::sync::Lazy;

/// Years that, written in full without an era mark next to a Hijri month or feast (or in a numeric date), are Hijri
/// ones: news dates official acts that way, and never speaks of the fourteenth century so.
pub(crate) const PLAIN_HIJRI_YEARS: RangeInclusive<i32> = 1300..=1500;

/// Umm al-Qura table range, inclusive.
///
/// This covers 1 Muharram 1356 AH (1937-03-14) to 30 Dhu al-Hijja 1500 AH
/// (2077-11-16).
pub const UMM_AL_QURA_YEARS: RangeInclusive<i32> = 1356..=1500;

/// The embedded table; its header comment documents the format.
const TABLE_TSV: &str = include_str!("../data/ummalqura.tsv");

/// Months per Hijri year.
const MONTHS: usize = 12;

/// The parsed table: the first day of every month as a day count, plus the
/// day after the table's last day.
#[derive(Debug)]
struct Table {
    /// `month_starts[12 * (year - first_year) + (month - 1)]` is the
    /// [`NaiveDate::num_days_from_ce`] day number of day 1 of that month. The
    /// last entry is the day after 30 Dhu al-Hijja of the last year. The list
    /// is strictly increasing.
    month_starts: Vec<i32>,
}

/// The table, parsed once. It is `None` only if the embedded data are
/// malformed; every function would then return `None` rather than panic. The
/// `table_parses` test rules that case out.
static TABLE: Lazy<Option<Table>> = Lazy::new(|| parse_table(TABLE_TSV).ok());

fn table() -> Option<&'static Table> {
    TABLE.as_ref()
}

/// Parses the TSV format described at the top of `data/ummalqura.tsv`. The
/// rows must cover exactly [`UMM_AL_QURA_YEARS`], and each year must start on
/// the day after the previous one ends.
fn parse_table(text: &str) -> Result<Table, String> {
    let first_year = *UMM_AL_QURA_YEARS.start();
    let last_year = *UMM_AL_QURA_YEARS.end();
    let mut expected_year = first_year;
    let mut month_starts: Vec<i32> = Vec::new();

    for (index, raw) in text.lines().enumerate() {
        let line_no = index.saturating_add(1);
        let line = raw.trim_end_matches('\r');
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let err = |what: &str| format!("ummalqura.tsv line {line_no}: {what}: {line:?}");

        let fields: Vec<&str> = line.split('\t').collect();
        let [year, start, lengths, total] = fields.as_slice() else {
            return Err(err("expected 4 tab-separated fields"));
        };

        let year: i32 = year.parse().map_err(|_| err("bad year"))?;
        if year != expected_year || year > last_year {
            return Err(err(&format!("expected year {expected_year}")));
        }

        let start = parse_iso_date(start).ok_or_else(|| err("bad date"))?;
        let start_day = start.num_days_from_ce();
        match month_starts.last() {
            None => month_starts.push(start_day),
            Some(&previous_end) if previous_end == start_day => {}
            Some(_) => return Err(err("year does not start the day after the previous year")),
        }

        let lengths: Vec<i32> = lengths
            .split(' ')
            .map(|n| n.parse::<i32>().ok().filter(|n| (28..=30).contains(n)))
            .collect::<Option<_>>()
            .ok_or_else(|| err("month lengths must be 28, 29 or 30"))?;
        if lengths.len() != MONTHS {
            return Err(err("expected 12 month lengths"));
        }
        let total: i32 = total.parse().map_err(|_| err("bad year length"))?;
        if lengths.iter().sum::<i32>() != total {
            return Err(err("year length is not the sum of the month lengths"));
        }

        let mut day = start_day;
        for length in lengths {
            day = day.checked_add(length).ok_or_else(|| err("day overflow"))?;
            month_starts.push(day);
        }
        expected_year = expected_year.saturating_add(1);
    }

    if expected_year != last_year.saturating_add(1) {
        return Err(format!(
            "ummalqura.tsv: rows stop before {last_year} (next expected {expected_year})"
        ));
    }
    Ok(Table { month_starts })
}

/// Parses `YYYY-MM-DD`.
fn parse_iso_date(s: &str) -> Option<NaiveDate> {
    let mut parts = s.split('-');
    let year = parts.next()?.parse().ok()?;
    let month = parts.next()?.parse().ok()?;
    let day = parts.next()?.parse().ok()?;
    if parts.next().is_some() {
        return None;
    }
    NaiveDate::from_ymd_opt(year, month, day)
}

/// Index into [`Table::month_starts`] of a Hijri month, if it is in range.
fn month_index(year: i32, month: u32) -> Option<usize> {
    if !UMM_AL_QURA_YEARS.contains(&year) || !(1..=12).contains(&month) {
        return None;
    }
    let years = usize::try_from(year.checked_sub(*UMM_AL_QURA_YEARS.start())?).ok()?;
    let month = usize::try_from(month.checked_sub(1)?).ok()?;
    years.checked_mul(MONTHS)?.checked_add(month)
}

/// Day numbers of the first day of a month and of the day after its last day.
fn month_bounds(year: i32, month: u32) -> Option<(i32, i32)> {
    let starts = &table()?.month_starts;
    let index = month_index(year, month)?;
    let start = *starts.get(index)?;
    let end = *starts.get(index.checked_add(1)?)?;
    Some((start, end))
}

/// Gregorian date from a `num_days_from_ce` day number.
fn date_from_day(day: i32) -> Option<NaiveDate> {
    NaiveDate::from_num_days_from_ce_opt(day)
}

/// Converts an Umm al-Qura date to the Gregorian date of the same day.
///
/// Returns `None` in these cases:
/// - the year is outside [`UMM_AL_QURA_YEARS`];
/// - the month is not in `1..=12`;
/// - the day is `0` or longer than the month (see [`hijri_month_length`]).
///
/// # Example
///
/// ```
/// use arabic_timeline::calendar::hijri_to_gregorian;
/// use chrono::NaiveDate;
///
/// // 1 Ramadan 1445 AH
/// assert_eq!(hijri_to_gregorian(1445, 9, 1), NaiveDate::from_ymd_opt(2024, 3, 11));
/// // Ramadan 1445 has 30 days, Shawwal 1445 has 29.
/// assert!(hijri_to_gregorian(1445, 9, 30).is_some());
/// assert_eq!(hijri_to_gregorian(1445, 10, 30), None);
/// // Outside the table
/// assert_eq!(hijri_to_gregorian(1200, 1, 1), None);
/// ```
#[must_use]
pub fn hijri_to_gregorian(year: i32, month: u32, day: u32) -> Option<NaiveDate> {
    let (start, end) = month_bounds(year, month)?;
    let offset = i32::try_from(day.checked_sub(1)?).ok()?;
    let target = start.checked_add(offset)?;
    if target >= end {
        return None;
    }
    date_from_day(target)
}

/// Converts a Gregorian date to an Umm al-Qura date `(year, month, day)`,
/// with `month` in `1..=12` and `day` starting at 1.
///
/// Returns `None` for dates before 1937-03-14 or after 2077-11-16, which the
/// table does not cover. The lookup is a binary search over the month starts.
///
/// # Example
///
/// ```
/// use arabic_timeline::calendar::gregorian_to_hijri;
/// use chrono::NaiveDate;
///
/// let eid = NaiveDate::from_ymd_opt(2015, 7, 17).unwrap();
/// assert_eq!(gregorian_to_hijri(eid), Some((1436, 10, 1))); // 1 Shawwal 1436
///
/// let too_early = NaiveDate::from_ymd_opt(1900, 1, 1).unwrap();
/// assert_eq!(gregorian_to_hijri(too_early), None);
/// ```
#[must_use]
pub fn gregorian_to_hijri(date: NaiveDate) -> Option<(i32, u32, u32)> {
    let starts = &table()?.month_starts;
    let day = date.num_days_from_ce();
    let first = *starts.first()?;
    let end = *starts.last()?;
    if day < first || day >= end {
        return None;
    }
    // The month is the last one whose start is at or before `day`.
    let index = starts
        .partition_point(|&start| start <= day)
        .checked_sub(1)?;
    let month_start = *starts.get(index)?;
    let year_offset = i32::try_from(index / MONTHS).ok()?;
    let year = UMM_AL_QURA_YEARS.start().checked_add(year_offset)?;
    let month = u32::try_from(index % MONTHS).ok()?.checked_add(1)?;
    let day_of_month = u32::try_from(day.checked_sub(month_start)?)
        .ok()?
        .checked_add(1)?;
    Some((year, month, day_of_month))
}

/// Number of days in an Umm al-Qura month.
///
/// This is 29 or 30, except for Sha'ban 1364 AH, which has 28 days as
/// published. Returns `None` if the year is outside [`UMM_AL_QURA_YEARS`] or
/// the month is not in `1..=12`.
///
/// # Example
///
/// ```
/// use arabic_timeline::calendar::hijri_month_length;
///
/// assert_eq!(hijri_month_length(1445, 9), Some(30)); // Ramadan 1445
/// assert_eq!(hijri_month_length(1436, 9), Some(29)); // Ramadan 1436
/// assert_eq!(hijri_month_length(1445, 13), None);
/// ```
#[must_use]
pub fn hijri_month_length(year: i32, month: u32) -> Option<u32> {
    let (start, end) = month_bounds(year, month)?;
    u32::try_from(end.checked_sub(start)?).ok()
}

/// Gregorian days covered by a Hijri month: (first day, last day) inclusive.
///
/// Returns `None` if the year is outside [`UMM_AL_QURA_YEARS`] or the month is
/// not in `1..=12`.
///
/// # Example
///
/// ```
/// use arabic_timeline::calendar::hijri_month_span;
/// use chrono::NaiveDate;
///
/// // Ramadan 1445 AH
/// let (first, last) = hijri_month_span(1445, 9).unwrap();
/// assert_eq!(first, NaiveDate::from_ymd_opt(2024, 3, 11).unwrap());
/// assert_eq!(last, NaiveDate::from_ymd_opt(2024, 4, 9).unwrap());
/// ```
#[must_use]
pub fn hijri_month_span(year: i32, month: u32) -> Option<(NaiveDate, NaiveDate)> {
    let (start, end) = month_bounds(year, month)?;
    Some((date_from_day(start)?, date_from_day(end.checked_sub(1)?)?))
}

/// Gregorian days covered by a Hijri year: (1 Muharram, last day of Dhu al-Hijja) inclusive.
///
/// Returns `None` if the year is outside [`UMM_AL_QURA_YEARS`].
///
/// # Example
///
/// ```
/// use arabic_timeline::calendar::hijri_year_span;
/// use chrono::NaiveDate;
///
/// let (first, last) = hijri_year_span(1445).unwrap();
/// assert_eq!(first, NaiveDate::from_ymd_opt(2023, 7, 19).unwrap());
/// assert_eq!(last, NaiveDate::from_ymd_opt(2024, 7, 6).unwrap());
/// assert_eq!(hijri_year_span(1501), None);
/// ```
#[must_use]
pub fn hijri_year_span(year: i32) -> Option<(NaiveDate, NaiveDate)> {
    let (first, _) = month_bounds(year, 1)?;
    let (_, end) = month_bounds(year, 12)?;
    Some((date_from_day(first)?, date_from_day(end.checked_sub(1)?)?))
}

/// The Hijri calendar the temporal engine reads dates with: the Umm al-Qura table where it has the year, and outside
/// it before 1356 AH the arithmetical ("tabular") Islamic calendar, whose days can differ from the
/// observed ones by a day or two. Historical dates in news («توحيد المملكة عام 1351هـ») are years and months, for
/// which that is exact enough. The public functions above stay with the table alone.
pub(crate) mod civil {
    use super::*;

    /// The day number ([`NaiveDate::num_days_from_ce`]) of 1 Muharram 1 AH in the tabular calendar (16 July 622,
    /// Julian), minus one.
    const EPOCH: i64 = 227_014;

    /// Days from the epoch to the first day of `year` and `month` (tabular calendar, 11 leap years in 30).
    fn tabular_start(year: i64, month: i64) -> i64 {
        let k = month - 1;
        (year - 1) * 354 + (3 + 11 * year).div_euclid(30) + (59 * k + 1) / 2
    }

    fn tabular_month_len(year: i64, month: i64) -> i64 {
        if month == 12 {
            if (14 + 11 * year).rem_euclid(30) < 11 {
                30
            } else {
                29
            }
        } else if month % 2 == 1 {
            30
        } else {
            29
        }
    }

    /// Years the arithmetic is used for: those before the table. After it (from 2077) a Hijri year in news is a
    /// slip of the pen more often than a date.
    fn tabular_year(year: i32) -> Option<i64> {
        (1..*UMM_AL_QURA_YEARS.start())
            .contains(&year)
            .then_some(i64::from(year))
    }

    fn tabular_day(day: i64) -> Option<NaiveDate> {
        date_from_day(i32::try_from(EPOCH.checked_add(day)?).ok()?)
    }

    /// The tabular first day of a month, whatever the table says (for tests).
    #[cfg(test)]
    pub(crate) fn tabular_probe(year: i32, month: u32) -> Option<NaiveDate> {
        tabular_day(tabular_start(i64::from(year), i64::from(month)) + 1)
    }

    /// [`hijri_to_gregorian`], with the tabular calendar outside the table.
    pub(crate) fn hijri_to_gregorian(year: i32, month: u32, day: u32) -> Option<NaiveDate> {
        if UMM_AL_QURA_YEARS.contains(&year) {
            return super::hijri_to_gregorian(year, month, day);
        }
        let y = tabular_year(year)?;
        let (m, d) = (i64::from(month), i64::from(day));
        if !(1..=12).contains(&m) || d < 1 || d > tabular_month_len(y, m) {
            return None;
        }
        tabular_day(tabular_start(y, m) + d)
    }

    /// [`hijri_month_span`], with the tabular calendar outside the table.
    pub(crate) fn hijri_month_span(year: i32, month: u32) -> Option<(NaiveDate, NaiveDate)> {
        if UMM_AL_QURA_YEARS.contains(&year) {
            return super::hijri_month_span(year, month);
        }
        let y = tabular_year(year)?;
        let m = i64::from(month);
        if !(1..=12).contains(&m) {
            return None;
        }
        let start = tabular_start(y, m) + 1;
        Some((
            tabular_day(start)?,
            tabular_day(start + tabular_month_len(y, m) - 1)?,
        ))
    }

    /// [`hijri_year_span`], with the tabular calendar outside the table.
    pub(crate) fn hijri_year_span(year: i32) -> Option<(NaiveDate, NaiveDate)> {
        if UMM_AL_QURA_YEARS.contains(&year) {
            return super::hijri_year_span(year);
        }
        let (first, _) = hijri_month_span(year, 1)?;
        let (_, last) = hijri_month_span(year, 12)?;
        Some((first, last))
    }

    /// [`gregorian_to_hijri`], with the tabular calendar outside the table.
    pub(crate) fn gregorian_to_hijri(date: NaiveDate) -> Option<(i32, u32, u32)> {
        if let Some(h) = super::gregorian_to_hijri(date) {
            return Some(h);
        }
        let day = i64::from(date.num_days_from_ce()) - EPOCH;
        if day < 1 {
            return None;
        }
        // An estimate from the mean year, then the exact year around it.
        let mut y = (day * 30 / 10_631 + 1).max(1);
        while y > 1 && tabular_start(y, 1) >= day {
            y -= 1;
        }
        while tabular_start(y + 1, 1) < day {
            y += 1;
        }
        let m = (1..=12).rev().find(|&m| tabular_start(y, m) < day)?;
        let d = day - tabular_start(y, m);
        let year = i32::try_from(y).ok()?;
        tabular_year(year)?;
        Some((year, u32::try_from(m).ok()?, u32::try_from(d).ok()?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("valid test date")
    }

    /// Months whose published length is not 29 or 30 days.
    const IRREGULAR_MONTHS: &[(i32, u32, u32)] = &[(1364, 8, 28)];
    /// Years whose published length is not 354 or 355 days.
    const IRREGULAR_YEARS: &[(i32, i64)] = &[(1356, 353), (1401, 353)];

    #[test]
    fn table_parses() {
        let table = parse_table(TABLE_TSV).expect("embedded table parses");
        let years = UMM_AL_QURA_YEARS.count();
        assert_eq!(table.month_starts.len(), years * 12 + 1);
        assert!(table.month_starts.windows(2).all(|w| w[0] < w[1]));
        assert!(super::table().is_some());
    }

    #[test]
    fn table_first_and_last_rows() {
        assert_eq!(
            hijri_year_span(1356),
            Some((date(1937, 3, 14), date(1938, 3, 1)))
        );
        assert_eq!(
            hijri_year_span(1500),
            Some((date(2076, 11, 27), date(2077, 11, 16)))
        );
    }

    /// Umm al-Qura dates as published in Saudi Arabia. They come from the
    /// official calendar, Saudi announcements of Ramadan and the Eids as
    /// reported in the press, and dated historical events.
    #[test]
    fn known_conversions() {
        let cases: &[((i32, u32, u32), NaiveDate, &str)] = &[
            // Table start; ICU4X's Umm al-Qura table agrees.
            (
                (1356, 1, 1),
                date(1937, 3, 14),
                "1 Muharram 1356, table start",
            ),
            // King Abdulaziz ibn Saud died 9 November 1953 = 2 Rabi' al-Awwal 1373.
            ((1373, 3, 2), date(1953, 11, 9), "death of King Abdulaziz"),
            // King Faisal was assassinated 25 March 1975 = 13 Rabi' al-Awwal 1395.
            ((1395, 3, 13), date(1975, 3, 25), "death of King Faisal"),
            // Grand Mosque seizure, 20 November 1979, on the first day of 1400 AH.
            // (The arithmetic/tabular calendar and ICU put 1 Muharram 1400 on
            // 21 November, but the published Umm al-Qura calendar and the
            // historical record say the 20th.)
            ((1400, 1, 1), date(1979, 11, 20), "1 Muharram 1400"),
            ((1420, 1, 1), date(1999, 4, 17), "1 Muharram 1420"),
            // Start of Ramadan 2015 and Eid al-Fitr 2015, as announced in Saudi Arabia.
            ((1436, 9, 1), date(2015, 6, 18), "1 Ramadan 1436"),
            ((1436, 10, 1), date(2015, 7, 17), "1 Shawwal 1436"),
            // The calendar's 10 Dhu al-Hijja 1436. Eid al-Adha was observed on
            // the 24th after sighting; the calendar itself says the 23rd.
            ((1436, 12, 10), date(2015, 9, 23), "10 Dhu al-Hijja 1436"),
            // Ramadan, Eid al-Fitr and Eid al-Adha 2023 in Saudi Arabia.
            ((1444, 9, 1), date(2023, 3, 23), "1 Ramadan 1444"),
            ((1444, 10, 1), date(2023, 4, 21), "1 Shawwal 1444"),
            ((1444, 12, 10), date(2023, 6, 28), "10 Dhu al-Hijja 1444"),
            // Hijri new years and Ramadan 2024/2025, from the official calendar.
            ((1445, 1, 1), date(2023, 7, 19), "1 Muharram 1445"),
            ((1445, 9, 1), date(2024, 3, 11), "1 Ramadan 1445"),
            ((1446, 1, 1), date(2024, 7, 7), "1 Muharram 1446"),
            ((1446, 9, 1), date(2025, 3, 1), "1 Ramadan 1446"),
            ((1447, 1, 1), date(2025, 6, 26), "1 Muharram 1447"),
            // Table end: the last day the .NET UmAlQuraCalendar supports.
            (
                (1500, 12, 30),
                date(2077, 11, 16),
                "30 Dhu al-Hijja 1500, table end",
            ),
        ];
        for &((y, m, d), greg, what) in cases {
            assert_eq!(hijri_to_gregorian(y, m, d), Some(greg), "{what}");
            assert_eq!(gregorian_to_hijri(greg), Some((y, m, d)), "{what}");
        }
    }

    #[test]
    fn day_by_day_round_trip_over_whole_table() {
        let (first, last) = hijri_year_span(*UMM_AL_QURA_YEARS.start()).expect("first year");
        let (_, last_of_table) = hijri_year_span(*UMM_AL_QURA_YEARS.end()).expect("last year");
        assert!(first < last && last < last_of_table);

        assert_eq!(gregorian_to_hijri(first.pred_opt().expect("pred")), None);
        assert_eq!(
            gregorian_to_hijri(last_of_table.succ_opt().expect("succ")),
            None
        );

        let mut previous: Option<(i32, u32, u32)> = None;
        let mut days = 0_i64;
        let mut g = first;
        while g <= last_of_table {
            let h = gregorian_to_hijri(g).unwrap_or_else(|| panic!("{g} has a Hijri date"));
            let (y, m, d) = h;
            assert_eq!(
                hijri_to_gregorian(y, m, d),
                Some(g),
                "round trip {g} -> {h:?}"
            );
            let month_length = hijri_month_length(y, m).expect("month length");
            assert!(d >= 1 && d <= month_length, "{h:?}");
            match previous {
                None => assert_eq!(h, (1356, 1, 1)),
                Some((py, pm, pd)) => {
                    let expected = if pd < hijri_month_length(py, pm).expect("prev length") {
                        (py, pm, pd + 1)
                    } else if pm < 12 {
                        (py, pm + 1, 1)
                    } else {
                        (py + 1, 1, 1)
                    };
                    assert_eq!(h, expected, "day after {previous:?} is {g}");
                }
            }
            previous = Some(h);
            days += 1;
            g = match g.succ_opt() {
                Some(next) => next,
                None => break,
            };
        }
        assert_eq!(previous, Some((1500, 12, 30)));
        assert_eq!(days, (last_of_table - first).num_days() + 1);
    }

    #[test]
    fn month_and_year_lengths() {
        let mut total_days = 0_i64;
        for year in UMM_AL_QURA_YEARS {
            let (year_first, year_last) = hijri_year_span(year).expect("year span");
            let year_days = (year_last - year_first).num_days() + 1;
            let expected_year = IRREGULAR_YEARS
                .iter()
                .find(|&&(y, _)| y == year)
                .map(|&(_, n)| vec![n])
                .unwrap_or_else(|| vec![354, 355]);
            assert!(
                expected_year.contains(&year_days),
                "{year}: {year_days} days"
            );

            let mut month_sum = 0_i64;
            let mut next_first = year_first;
            for month in 1..=12 {
                let length = hijri_month_length(year, month).expect("length");
                let expected = IRREGULAR_MONTHS
                    .iter()
                    .find(|&&(y, m, _)| (y, m) == (year, month))
                    .map(|&(_, _, n)| vec![n])
                    .unwrap_or_else(|| vec![29, 30]);
                assert!(expected.contains(&length), "{year}-{month}: {length} days");

                let (first, last) = hijri_month_span(year, month).expect("span");
                assert_eq!(
                    first, next_first,
                    "{year}-{month} follows the previous month"
                );
                assert_eq!((last - first).num_days() + 1, i64::from(length));
                assert_eq!(hijri_to_gregorian(year, month, 1), Some(first));
                assert_eq!(hijri_to_gregorian(year, month, length), Some(last));
                assert_eq!(hijri_to_gregorian(year, month, length + 1), None);
                month_sum += i64::from(length);
                next_first = last.succ_opt().expect("succ");
            }
            assert_eq!(month_sum, year_days, "{year}");
            total_days += year_days;
        }
        let (first, _) = hijri_year_span(1356).expect("first");
        let (_, last) = hijri_year_span(1500).expect("last");
        assert_eq!(total_days, (last - first).num_days() + 1);
    }

    #[test]
    fn bad_inputs_give_none() {
        for year in [0, 99_999, -5, 1355, 1501, i32::MAX, i32::MIN] {
            assert_eq!(hijri_to_gregorian(year, 1, 1), None, "year {year}");
            assert_eq!(hijri_month_length(year, 1), None, "year {year}");
            assert_eq!(hijri_month_span(year, 1), None, "year {year}");
            assert_eq!(hijri_year_span(year), None, "year {year}");
        }
        for month in [0, 13, 99, u32::MAX] {
            assert_eq!(hijri_to_gregorian(1445, month, 1), None, "month {month}");
            assert_eq!(hijri_month_length(1445, month), None, "month {month}");
            assert_eq!(hijri_month_span(1445, month), None, "month {month}");
        }
        for day in [0, 31, 32, u32::MAX, u32::MAX - 1, 1 << 31] {
            assert_eq!(hijri_to_gregorian(1445, 9, day), None, "day {day}");
        }
        // Shawwal 1445 has 29 days; Sha'ban 1364 has 28.
        assert_eq!(hijri_to_gregorian(1445, 10, 30), None);
        assert_eq!(hijri_to_gregorian(1364, 8, 29), None);
        assert_eq!(hijri_to_gregorian(1364, 8, 28), Some(date(1945, 8, 7)));
        assert_eq!(hijri_to_gregorian(i32::MAX, u32::MAX, u32::MAX), None);

        for g in [
            NaiveDate::MIN,
            NaiveDate::MAX,
            date(1937, 3, 13),
            date(2077, 11, 17),
            date(1, 1, 1),
        ] {
            assert_eq!(gregorian_to_hijri(g), None, "{g}");
        }
    }

    #[test]
    fn tabular_calendar_outside_the_table() {
        use super::civil;
        // 1 Muharram 1 AH is 16 July 622 (Julian), 19 July in the proleptic Gregorian calendar.
        assert_eq!(civil::hijri_to_gregorian(1, 1, 1), Some(date(622, 7, 19)));
        // The unification of the Kingdom, 21 Jumada al-Ula 1351 AH, was observed on 23 September 1932; the
        // arithmetic puts it a day earlier, within its known error.
        assert_eq!(
            civil::hijri_to_gregorian(1351, 5, 21),
            Some(date(1932, 9, 22))
        );
        // Inside the table the table answers.
        assert_eq!(
            civil::hijri_to_gregorian(1445, 9, 1),
            hijri_to_gregorian(1445, 9, 1)
        );
        // The arithmetic stays within two days of the table over all its years, so the two join smoothly.
        for y in UMM_AL_QURA_YEARS {
            for m in 1..=12 {
                let t = hijri_month_span(y, m).map(|s| s.0);
                let k = super::civil::tabular_probe(y, m);
                let (Some(t), Some(k)) = (t, k) else {
                    panic!("{y}-{m}");
                };
                assert!((t - k).num_days().abs() <= 2, "{y}-{m}: {t} vs {k}");
            }
        }
        // Round trips over the years before the table.
        for y in [1, 2, 29, 30, 622, 1000, 1300, 1355] {
            for m in 1..=12 {
                let (s, e) = civil::hijri_month_span(y, m).expect("month");
                assert_eq!(civil::gregorian_to_hijri(s), Some((y, m, 1)), "{y}-{m}");
                let len = u32::try_from((e - s).num_days() + 1).expect("len");
                assert!((29..=30).contains(&len), "{y}-{m}: {len}");
                assert_eq!(civil::gregorian_to_hijri(e), Some((y, m, len)), "{y}-{m}");
            }
        }
        let (s, e) = civil::hijri_year_span(1319).expect("year");
        assert_eq!((s.year(), e.year()), (1901, 1902));
        for bad in [0, -1, 1501, i32::MAX, i32::MIN] {
            assert_eq!(civil::hijri_to_gregorian(bad, 1, 1), None);
            assert_eq!(civil::hijri_year_span(bad), None);
        }
        assert_eq!(civil::hijri_to_gregorian(1300, 13, 1), None);
        assert_eq!(civil::hijri_to_gregorian(1300, 2, 30), None);
        assert_eq!(civil::gregorian_to_hijri(date(600, 1, 1)), None);
    }

    #[test]
    fn malformed_tables_are_rejected() {
        let good = "1356\t1937-03-14\t29 29 30 29 30 29 30 30 29 29 30 29\t353\n";
        // A one-row table does not cover the whole range.
        assert!(parse_table(good).is_err());
        for bad in [
            "",
            "1357\t1938-03-02\t30 29 30 29 30 29 30 29 30 29 30 30\t355\n",
            "1356\t1937-03-14\t29 29 30 29 30 29 30 30 29 29 30\t324\n",
            "1356\t1937-03-14\t29 29 30 29 30 29 30 30 29 29 30 31\t355\n",
            "1356\t1937-03-14\t29 29 30 29 30 29 30 30 29 29 30 29\t354\n",
            "1356\t1937-02-30\t29 29 30 29 30 29 30 30 29 29 30 29\t353\n",
            "1356\t1937-03-14\t29 29 30 29 30 29 30 30 29 29 30 29\n",
        ] {
            assert!(parse_table(bad).is_err(), "{bad:?}");
        }
        // A gap between years is rejected even with every row well-formed.
        let gap = format!("{good}1357\t1938-03-03\t30 29 30 29 30 29 30 29 30 29 30 30\t355\n");
        let err = parse_table(&gap).expect_err("gap");
        assert!(err.contains("line 2"), "{err}");
        // The embedded text with one row removed is rejected.
        let missing: String = TABLE_TSV
            .lines()
            .filter(|l| !l.starts_with("1400\t"))
            .map(|l| format!("{l}\n"))
            .collect();
        assert!(parse_table(&missing).is_err());
    }

    proptest::proptest! {
        #[test]
        fn arbitrary_input_never_panics(year in proptest::num::i32::ANY, month in proptest::num::u32::ANY, day in proptest::num::u32::ANY) {
            if let Some(g) = hijri_to_gregorian(year, month, day) {
                proptest::prop_assert_eq!(gregorian_to_hijri(g), Some((year, month, day)));
            }
            let _ = hijri_month_length(year, month);
            let _ = hijri_month_span(year, month);
            let _ = hijri_year_span(year);
        }

        #[test]
        fn in_range_dates_round_trip(year in UMM_AL_QURA_YEARS, month in 1_u32..=12, day in 1_u32..=30) {
            let length = hijri_month_length(year, month).expect("length");
            let g = hijri_to_gregorian(year, month, day);
            proptest::prop_assert_eq!(g.is_some(), day <= length);
            if let Some(g) = g {
                proptest::prop_assert_eq!(gregorian_to_hijri(g), Some((year, month, day)));
            }
        }
    }
}
