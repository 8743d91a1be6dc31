//! Conformance against two peer suites in `../shared/conformance` (format in that directory's README):
//! `duckling_ar.jsonl` (facebook/duckling's Arabic corpus) and `recognizers_ar.jsonl` (Microsoft
//! Recognizers-Text's Arabic specs).
//!
//! Every case of both suites runs under that suite's conventions; the test prints pass rates per suite, dimension or
//! spec, and tier, writes every failing case to `target/conformance-failures.txt`, and fails only when a rate drops
//! below its ratchet in `tests/data/conformance_baseline.json`. The scoring rules and every normalization between the
//! suites' notations and ours are documented in `tests/conformance/README.md`.
//!
//! `CONFORMANCE_BLESS=1 cargo test --test conformance` rewrites the baseline from the current rates (floored to 0.1 %).

mod common;

use arabic_timeline::{
    Extractor, Grain, Mod, NumberKind, NumberMention, Prefer, Reference, Temporal, TimexType, Unit,
};
use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime};
use common::{data_dir, shared_dir};
use serde_json::Value;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::PathBuf;

/// Duckling's reference, wall-clock part (the suite's `-02:00` offset is dropped: values are local).
const DUCKLING_REFERENCE: &str = "2013-02-12T04:30:00";
/// Recognizers' default reference for lines whose `reference` is null.
const RECOGNIZERS_DEFAULT_REFERENCE: &str = "2016-11-07T00:00:00";
/// Leading words Duckling includes in an entity and we leave out of ours.
const LEADING_WORDS: [&str; 6] = ["في", "عند", "خلال", "منذ", "حتى", "من"];

/// Recognizers: a head noun our spans keep before a weekday or a day number («يوم الثلاثاء») and theirs leave out.
const OUR_HEAD_WORDS: [&str; 1] = ["يوم"];

/// Recognizers: words their spans sometimes include and ours leave out («من 4 إلى 22», «بين 3 و5 مارس», «في الصباح»,
/// «إلى 20 من الشهر القادم»).
const THEIR_LEADING_WORDS: [&str; 5] = ["من", "بين", "في", "عند", "إلى"];
/// Failing cases printed per row; the file gets them all.
const PRINTED_FAILURES: usize = 30;
const BASELINE_FILE: &str = "conformance_baseline.json";

/// One row of the report: a suite, a dimension or spec, and a tier.
#[derive(Default)]
struct Row {
    pass: usize,
    /// Cases whose spans (and, for Duckling, entity count) are right, whatever the value.
    spans: usize,
    /// Parser cases in the span-only tier whose timex also matches (information only).
    timex: usize,
    timex_total: usize,
    total: usize,
    /// False for dimensions the library has no API for: reported, never enforced.
    supported: bool,
    /// Enforced against the baseline (supported and run upstream).
    enforced: bool,
    failures: Vec<String>,
    notes: Vec<String>,
}

impl Row {
    fn rate(&self) -> f64 {
        if self.total == 0 {
            0.0
        } else {
            self.pass as f64 * 100.0 / self.total as f64
        }
    }
}

#[derive(Default)]
struct Report {
    rows: BTreeMap<(String, String, String), Row>,
}

impl Report {
    fn row(&mut self, suite: &str, group: &str, tier: &str) -> &mut Row {
        self.rows
            .entry((suite.to_string(), group.to_string(), tier.to_string()))
            .or_default()
    }

    /// Records one case in `rows` (the first is the most specific; its failure list gets the message).
    fn record(
        &mut self,
        rows: &[(&str, &str, &str)],
        supported: bool,
        enforced: bool,
        o: &Outcome,
    ) {
        for (i, (suite, group, tier)) in rows.iter().enumerate() {
            let row = self.row(suite, group, tier);
            row.total += 1;
            row.supported |= supported;
            row.enforced |= enforced;
            row.pass += usize::from(o.pass);
            row.spans += usize::from(o.spans);
            if let Some(ok) = o.timex {
                row.timex_total += 1;
                row.timex += usize::from(ok);
            }
            if i == 0 && !o.pass && supported {
                row.failures.push(o.detail.clone());
            }
            if i == 0 && o.note {
                row.notes.push(
                    o.detail
                        .replace(" — ok", " — timex differs (information only)"),
                );
            }
        }
    }

    fn key(k: &(String, String, String)) -> String {
        format!("{}/{}/{}", k.0, k.1, k.2)
    }
}

/// Result of one case.
#[derive(Default)]
struct Outcome {
    pass: bool,
    spans: bool,
    timex: Option<bool>,
    /// A passing case still worth listing: a span-only parser case whose timex differs.
    note: bool,
    detail: String,
}

impl Outcome {
    fn malformed(where_: &str, msg: &str) -> Outcome {
        Outcome {
            detail: format!("{where_}: malformed line: {msg}"),
            ..Outcome::default()
        }
    }
}

fn reference(s: &str) -> Option<Reference> {
    s.parse().ok()
}

fn show(t: &Temporal) -> String {
    let iv = t
        .interval
        .map(|i| format!(" [{} .. {})", i.start, i.end))
        .unwrap_or_default();
    format!("«{}» {:?} {} {:?}{}", t.text, t.kind, t.value, t.grain, iv)
}

fn show_all(found: &[Temporal]) -> String {
    if found.is_empty() {
        "nothing".to_string()
    } else {
        found.iter().map(show).collect::<Vec<_>>().join("; ")
    }
}

fn parse_datetime(s: &str) -> Option<NaiveDateTime> {
    NaiveDateTime::parse_from_str(s.get(..19)?, "%Y-%m-%dT%H:%M:%S").ok()
}

// ---------------------------------------------------------------------------------------------------------------
// Duckling

fn duckling_grain(g: &str) -> Option<Grain> {
    Some(match g {
        "second" => Grain::Second,
        "minute" => Grain::Minute,
        "hour" => Grain::Hour,
        "day" => Grain::Day,
        "week" => Grain::Week,
        "month" => Grain::Month,
        "quarter" => Grain::Quarter,
        "year" => Grain::Year,
        _ => return None,
    })
}

fn unit_seconds(u: Unit) -> u64 {
    match u {
        Unit::Second => 1,
        Unit::Minute => 60,
        Unit::Hour => 3_600,
        Unit::Day => 86_400,
        Unit::Week => 7 * 86_400,
        Unit::Month => 30 * 86_400,
        Unit::Year => 365 * 86_400,
        Unit::Decade => 3_650 * 86_400,
        Unit::Century => 36_500 * 86_400,
    }
}

fn unit_name(u: Unit) -> String {
    serde_json::to_value(u)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

/// Duckling resolves the start or middle of a period to one day («بداية شهر 3» is the 1st, «منتصف آذار» the 15th);
/// ours is the TIMEX3 period with mod START or MID, its interval narrowed to that part. The day counts when it lies
/// in our narrowed interval.
fn part_of_period(t: &Temporal, v: NaiveDateTime, g: Grain) -> bool {
    g == Grain::Day
        && matches!(t.modifier, Some(Mod::Start | Mod::Mid))
        && t.interval.is_some_and(|i| i.start <= v && v < i.end)
}

/// Byte offsets where Duckling's entity may start: 0, and after each leading word of [`LEADING_WORDS`].
fn allowed_starts(text: &str) -> Vec<usize> {
    let mut starts = vec![text.len() - text.trim_start().len()];
    let mut at = starts[0];
    loop {
        let rest = &text[at..];
        let word = rest.split_whitespace().next().unwrap_or("");
        if word.is_empty() || !LEADING_WORDS.contains(&word) {
            break;
        }
        let after = at + word.len();
        let next = after + (text[after..].len() - text[after..].trim_start().len());
        if next >= text.trim_end().len() {
            break;
        }
        starts.push(next);
        at = next;
    }
    starts
}

fn duckling_case(ex: &Extractor, v: &Value, dim: &str, line: usize) -> Outcome {
    let where_ = format!("duckling:{line}");
    let Some(text) = v.get("text").and_then(Value::as_str) else {
        return Outcome::malformed(&where_, "no text");
    };
    let Some(expected) = v.get("expected") else {
        return Outcome::malformed(&where_, "no expected");
    };
    let kind = expected.get("kind").and_then(Value::as_str).unwrap_or("");
    let found = ex.temporals(text, reference(DUCKLING_REFERENCE));
    let head = format!(
        "{where_} [{dim}] «{text}»: expected {expected}; found {}",
        show_all(&found)
    );
    let fail = |why: &str| Outcome {
        detail: format!("{head} — {why}"),
        ..Outcome::default()
    };
    if kind == "none" {
        let pass = found.is_empty();
        return Outcome {
            pass,
            spans: pass,
            detail: format!("{head} — expected nothing"),
            ..Outcome::default()
        };
    }
    let of_dim: Vec<&Temporal> = found
        .iter()
        .filter(|t| (t.kind == TimexType::Duration) == (dim == "duration"))
        .collect();
    if of_dim.len() != 1 {
        return fail(&format!(
            "{} {dim} entities, expected exactly one",
            of_dim.len()
        ));
    }
    let t = of_dim[0];
    let end = text.trim_end().len();
    let spans = t.span.end == end && allowed_starts(text).contains(&t.span.start);
    let value_ok = match kind {
        "instant" => {
            let value = expected
                .get("value")
                .and_then(Value::as_str)
                .and_then(parse_datetime);
            let grain = expected
                .get("grain")
                .and_then(Value::as_str)
                .and_then(duckling_grain);
            match (value, grain) {
                (Some(v), Some(g)) => Ok(t.interval.is_some_and(|i| i.start == v) && t.grain == g
                    || part_of_period(t, v, g)),
                _ => Err("bad instant value or grain"),
            }
        }
        "interval" => {
            let from = expected
                .get("from")
                .and_then(Value::as_str)
                .and_then(parse_datetime);
            let to = expected
                .get("to")
                .and_then(Value::as_str)
                .and_then(parse_datetime);
            match (from, to) {
                (Some(f), Some(to)) => Ok(t.interval.is_some_and(|i| i.start == f && i.end == to)),
                _ => Err("bad interval from/to"),
            }
        }
        "duration" => {
            let amount = expected.get("value").and_then(Value::as_u64);
            let unit = expected.get("unit").and_then(Value::as_str);
            let secs = expected.get("normalized_seconds").and_then(Value::as_u64);
            match (amount, unit, secs) {
                (Some(a), Some(u), Some(s)) => Ok(t.kind == TimexType::Duration
                    && match t.quantity {
                        Some(q) => {
                            (q.amount == a && unit_name(q.unit) == u)
                                || q.amount * unit_seconds(q.unit) == s
                        }
                        None => {
                            duration_seconds(&t.value).is_some_and(|x| (x - s as f64).abs() < 0.5)
                        }
                    }),
                _ => Err("bad duration value/unit/normalized_seconds"),
            }
        }
        _ => Err("unknown expected kind"),
    };
    match value_ok {
        Err(msg) => Outcome::malformed(&where_, msg),
        Ok(ok) => judged(&head, spans, ok),
    }
}

/// Numbers: a whole-text value within a relative 1e-9 (the suites write 1/3 as `0.333333333333333`).
fn same_number(expected: f64, ours: f64) -> bool {
    (expected - ours).abs() <= 1e-9 * expected.abs().max(1.0)
}

fn show_numbers(found: &[&NumberMention]) -> String {
    if found.is_empty() {
        return "nothing".to_string();
    }
    found
        .iter()
        .map(|n| format!("«{}» {:?} {}", n.text, n.kind, n.value))
        .collect::<Vec<_>>()
        .join("; ")
}

/// The mentions a number dimension or model sees: ordinals for `ordinal`, the others for `numeral`.
fn of_number_kind(found: &[NumberMention], ordinal: bool) -> Vec<&NumberMention> {
    found
        .iter()
        .filter(|n| (n.kind == NumberKind::Ordinal) == ordinal)
        .collect()
}

/// Duckling's `numeral` and `ordinal`: exactly one mention of the kind spans the whole text, with the value.
fn duckling_number_case(ex: &Extractor, v: &Value, dim: &str, line: usize) -> Outcome {
    let where_ = format!("duckling:{line}");
    let Some(text) = v.get("text").and_then(Value::as_str) else {
        return Outcome::malformed(&where_, "no text");
    };
    let Some(expected) = v
        .get("expected")
        .and_then(|e| e.get("value"))
        .and_then(Value::as_f64)
    else {
        return Outcome::malformed(&where_, "no numeric expected value");
    };
    let found = ex.numbers(text);
    let of_dim = of_number_kind(&found, dim == "ordinal");
    let head = format!(
        "{where_} [{dim}] «{text}»: expected {expected}; found {}",
        show_numbers(&of_dim)
    );
    let [n] = of_dim.as_slice() else {
        return Outcome {
            detail: format!(
                "{head} — {} {dim} entities, expected exactly one",
                of_dim.len()
            ),
            ..Outcome::default()
        };
    };
    let start = text.len() - text.trim_start().len();
    let spans = n.span.start == start && n.span.end == text.trim_end().len();
    let ok = same_number(expected, n.value);
    judged(&head, spans, ok)
}

/// The outcome of a case whose span and value were checked: a pass when both are right, else which one differs.
fn judged(head: &str, spans: bool, ok: bool) -> Outcome {
    Outcome {
        pass: spans && ok,
        spans,
        detail: format!(
            "{head} — {}",
            match (spans, ok) {
                (false, true) => "span differs",
                (true, false) => "value differs",
                _ => "span and value differ",
            }
        ),
        ..Outcome::default()
    }
}

/// The suite's JSON lines with their 1-based line numbers; a line that is not JSON is recorded as a failure.
fn cases(suite: &'static str, text: &str, report: &mut Report) -> Vec<(usize, Value)> {
    let mut out = Vec::new();
    for (n, line) in text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        match serde_json::from_str(line) {
            Ok(v) => out.push((n + 1, v)),
            Err(e) => {
                let o = Outcome::malformed(&format!("{suite}:{}", n + 1), &e.to_string());
                report.record(&[(suite, "(malformed)", "all")], true, true, &o);
            }
        }
    }
    out
}

fn run_duckling(ex: &Extractor, text: &str, report: &mut Report) {
    for (line_no, v) in cases("duckling", text, report) {
        let dim = v
            .get("dimension")
            .and_then(Value::as_str)
            .unwrap_or("(no dimension)")
            .to_string();
        let expected = v.get("expected");
        let kind = expected
            .and_then(|e| e.get("kind"))
            .and_then(Value::as_str)
            .unwrap_or("?");
        let tier = if expected.is_some_and(|e| e.get("holiday").is_some()) {
            "holiday"
        } else {
            kind
        };
        if dim == "time" || dim == "duration" {
            let o = duckling_case(ex, &v, &dim, line_no);
            let mut rows = vec![
                ("duckling", dim.as_str(), "all"),
                ("duckling", "target", "all"),
            ];
            if dim == "time" {
                rows.insert(0, ("duckling", dim.as_str(), tier));
            }
            report.record(&rows, true, true, &o);
        } else if dim == "numeral" || dim == "ordinal" {
            let o = duckling_number_case(ex, &v, &dim, line_no);
            report.record(&[("duckling", &dim, "all")], true, true, &o);
        } else {
            let o = Outcome::default();
            report.record(&[("duckling", &dim, "all")], false, false, &o);
        }
    }
}

// ---------------------------------------------------------------------------------------------------------------
// Recognizers-Text timex

/// Seconds in an ISO 8601 duration (`P3D`, `PT1.5H`, `P1Y1M21D`); month 30 d, year 365 d, decade 10 y, century 100 y.
fn duration_seconds(s: &str) -> Option<f64> {
    let body = s.strip_prefix('P')?;
    let mut total = 0.0;
    let mut time = false;
    let mut num = String::new();
    let mut any = false;
    for c in body.chars() {
        match c {
            'T' if num.is_empty() => time = true,
            '0'..='9' | '.' => num.push(c),
            _ => {
                let n: f64 = num.parse().ok()?;
                num.clear();
                let unit = match (time, c) {
                    (false, 'Y') => 365.0 * 86_400.0,
                    (false, 'M') => 30.0 * 86_400.0,
                    (false, 'W') => 7.0 * 86_400.0,
                    (false, 'D') => 86_400.0,
                    (false, 'E') => 3_650.0 * 86_400.0,
                    (false, 'C') => 36_500.0 * 86_400.0,
                    (true, 'H') => 3_600.0,
                    (true, 'M') => 60.0,
                    (true, 'S') => 1.0,
                    _ => return None,
                };
                total += n * unit;
                any = true;
            }
        }
    }
    (any && num.is_empty()).then_some(total)
}

/// Splits a timex at its `T`: date part and time part.
fn split_t(s: &str) -> (&str, Option<&str>) {
    match s.find('T') {
        Some(i) => (&s[..i], Some(&s[i + 1..])),
        None => (s, None),
    }
}

/// `hh`, `hh:mm`, `hh:mm:ss` → the time and the unit of its last field.
fn clock(s: &str) -> Option<(NaiveTime, Duration)> {
    let parts: Vec<u32> = s
        .split(':')
        .map(|p| p.parse().ok())
        .collect::<Option<_>>()?;
    let (h, m, sec) = match parts.as_slice() {
        [h] => (*h, 0, 0),
        [h, m] => (*h, *m, 0),
        [h, m, s] => (*h, *m, *s),
        _ => return None,
    };
    let unit = match parts.len() {
        1 => Duration::hours(1),
        2 => Duration::minutes(1),
        _ => Duration::seconds(1),
    };
    // Recognizers writes midnight at the end of a range as T24.
    let t = if h == 24 && m == 0 && sec == 0 {
        NaiveTime::MIN
    } else {
        NaiveTime::from_hms_opt(h, m, sec)?
    };
    Some((t, unit))
}

fn times_equal(theirs: &str, ours: &str) -> bool {
    match (clock(theirs), clock(ours)) {
        (Some((a, _)), Some((b, _))) => a == b,
        _ => theirs == ours,
    }
}

/// `X` in `pattern` stands for any digit of `s`; other chars must be equal.
fn wildcard_eq(pattern: &str, s: &str) -> bool {
    pattern.chars().count() == s.chars().count()
        && pattern
            .chars()
            .zip(s.chars())
            .all(|(p, c)| p == c || (p == 'X' && (c.is_ascii_digit() || c == 'X')))
}

/// `XXXX-WXX-d` (a weekday), `YYYY-MM-WXX-d-n` / `XXXX-MM-WXX-d-#n` (the n-th weekday d of a month).
fn weekday_pattern_matches(pattern: &str, date: NaiveDate) -> bool {
    let dow = date.weekday().number_from_monday();
    if let Some(d) = pattern.strip_prefix("XXXX-WXX-") {
        return d.parse::<u32>().is_ok_and(|d| d == dow);
    }
    let parts: Vec<&str> = pattern.split('-').collect();
    if let [y, m, "WXX", d, n] = parts.as_slice() {
        let n = n.trim_start_matches('#');
        return (*y == "XXXX" || y.parse::<i32>().is_ok_and(|y| y == date.year()))
            && m.parse::<u32>().is_ok_and(|m| m == date.month())
            && d.parse::<u32>().is_ok_and(|d| d == dow)
            && n.parse::<u32>()
                .is_ok_and(|n| n == (date.day() - 1) / 7 + 1);
    }
    false
}

/// The interval a fully specified calendar value covers: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `YYYY-Www`, `YYYY-Qn`.
fn calendar_interval(s: &str) -> Option<(NaiveDateTime, NaiveDateTime)> {
    let day = |y: i32, m: u32, d: u32| {
        NaiveDate::from_ymd_opt(y, m, d).map(|d| d.and_time(NaiveTime::MIN))
    };
    let month_start = |y: i32, m: u32| {
        if m > 12 {
            day(y + 1, m - 12, 1)
        } else {
            day(y, m, 1)
        }
    };
    let num = |x: &str| {
        x.chars()
            .all(|c| c.is_ascii_digit())
            .then(|| x.parse::<u32>().ok())
            .flatten()
    };
    let parts: Vec<&str> = s.split('-').collect();
    match parts.as_slice() {
        [y] if y.len() == 4 => {
            let y = num(y)? as i32;
            Some((day(y, 1, 1)?, day(y + 1, 1, 1)?))
        }
        [y, w] if y.len() == 4 && w.starts_with('W') => {
            let (y, w) = (num(y)? as i32, num(&w[1..])?);
            let start =
                NaiveDate::from_isoywd_opt(y, w, chrono::Weekday::Mon)?.and_time(NaiveTime::MIN);
            Some((start, start + Duration::days(7)))
        }
        [y, q] if y.len() == 4 && q.starts_with('Q') => {
            let (y, q) = (num(y)? as i32, num(&q[1..])?);
            Some((month_start(y, 3 * q - 2)?, month_start(y, 3 * q + 1)?))
        }
        [y, m] if y.len() == 4 && m.len() == 2 => {
            let (y, m) = (num(y)? as i32, num(m)?);
            Some((month_start(y, m)?, month_start(y, m + 1)?))
        }
        [y, m, d] if y.len() == 4 && m.len() == 2 && d.len() == 2 => {
            let start = day(num(y)? as i32, num(m)?, num(d)?)?;
            Some((start, start + Duration::days(1)))
        }
        _ => None,
    }
}

/// One end of a Recognizers range (`2016-11-04`, `XXXX-09-03`, `T13:30`, `2016-11-07T16:12:00`) against an instant.
fn endpoint_matches(pattern: &str, at: NaiveDateTime) -> bool {
    let (d, tm) = split_t(pattern);
    if !d.is_empty()
        && !wildcard_eq(d, &at.format("%Y-%m-%d").to_string())
        && !weekday_pattern_matches(d, at.date())
    {
        return false;
    }
    match tm {
        None => at.time() == NaiveTime::MIN,
        Some(tm) => clock(tm).is_some_and(|(t, _)| t == at.time()),
    }
}

/// The unit of a range end, to accept both an exclusive end and the last unit included.
fn end_unit(pattern: &str) -> Duration {
    match split_t(pattern) {
        (_, Some(tm)) => clock(tm).map_or(Duration::zero(), |(_, u)| u),
        (_, None) => Duration::days(1),
    }
}

/// Does Recognizers' `timex` mean what our temporal's value means? See `tests/conformance/README.md`.
fn timex_matches(theirs: &str, t: &Temporal) -> bool {
    let theirs = theirs.trim();
    if theirs.is_empty() || theirs == t.value {
        return true;
    }
    if theirs.starts_with('P') && theirs != "PRESENT_REF" {
        return match (duration_seconds(theirs), duration_seconds(&t.value)) {
            (Some(a), Some(b)) => (a - b).abs() < 0.5,
            _ => false,
        };
    }
    let inner = theirs
        .strip_prefix('(')
        .and_then(|s| s.strip_suffix(')'))
        .unwrap_or(theirs);
    let parts: Vec<&str> = inner.split(',').collect();
    if let [a, b, _] = parts.as_slice() {
        if let Some(iv) = t.interval {
            let unit = end_unit(b);
            if endpoint_matches(a, iv.start)
                && (endpoint_matches(b, iv.end) || endpoint_matches(b, iv.end - unit))
            {
                return true;
            }
        }
        return t
            .value
            .split_once('/')
            .is_some_and(|(x, y)| wildcard_eq(a, x) && wildcard_eq(b, y));
    }
    let (td, tt) = split_t(theirs);
    let (od, ot) = split_t(&t.value);
    let our_day = NaiveDate::parse_from_str(od, "%Y-%m-%d").ok();
    let date_ok = td.is_empty()
        || wildcard_eq(td, od)
        || our_day.is_some_and(|d| weekday_pattern_matches(td, d))
        || (tt.is_none()
            && ot.is_none()
            && calendar_interval(td)
                .is_some_and(|(s, e)| t.interval.is_some_and(|i| i.start == s && i.end == e)));
    let time_ok = match (tt, ot) {
        (None, None) => true,
        (Some(a), Some(b)) => times_equal(a, b),
        _ => false,
    };
    date_ok && time_ok
}

/// Recognizers' `mod`, when given, against ours: `start`, `mid`, `end`, `approx`, `less`, `more` must be ours;
/// other mods (`before`, `after`, `since`, `until`) have no counterpart here and are not checked. An absent `mod`
/// accepts any of ours (Recognizers leaves it out of many expected values).
fn mod_matches(theirs: Option<&str>, ours: Option<Mod>) -> bool {
    let mapped = match theirs {
        Some("start") => Mod::Start,
        Some("mid") => Mod::Mid,
        Some("end") => Mod::End,
        Some("approx") => Mod::Approx,
        Some("less") => Mod::LessThan,
        Some("more") => Mod::MoreThan,
        _ => return true,
    };
    ours == Some(mapped)
}

// ---------------------------------------------------------------------------------------------------------------
// Recognizers-Text cases

/// Which of our types a Recognizers spec can return (its extractor sees only its own kind).
fn spec_family(spec: &str) -> &'static [TimexType] {
    use TimexType::*;
    if spec.starts_with("DateTime") && spec != "DateTimeModel" {
        &[Date, Time]
    } else if spec.starts_with("Date") || spec.starts_with("Holiday") {
        &[Date]
    } else if spec.starts_with("Time") {
        &[Time]
    } else if spec.starts_with("Duration") {
        &[Duration]
    } else if spec.starts_with("Set") {
        &[Set]
    } else {
        &[Date, Time, Duration, Set]
    }
}

/// Our types a Recognizers type maps to.
fn type_matches(theirs: &str, ours: TimexType) -> bool {
    let theirs = theirs.strip_prefix("datetimeV2.").unwrap_or(theirs);
    match theirs {
        "date" | "daterange" => ours == TimexType::Date,
        "time" | "timerange" => ours == TimexType::Time,
        "datetime" | "datetimerange" => matches!(ours, TimexType::Time | TimexType::Date),
        "duration" => ours == TimexType::Duration,
        "set" => ours == TimexType::Set,
        _ => false,
    }
}

struct Item {
    text: String,
    start: usize,
    length: usize,
    kind: String,
    timexes: Vec<String>,
    modifier: Option<String>,
}

fn show_item(i: &Item) -> String {
    format!(
        "«{}»@{}+{} {} {}",
        i.text,
        i.start,
        i.length,
        i.kind,
        i.timexes.join("|")
    ) + &i
        .modifier
        .as_ref()
        .map(|m| format!(" mod={m}"))
        .unwrap_or_default()
}

fn char_span(text: &str, t: &Temporal) -> (usize, usize) {
    let start = text.get(..t.span.start).map_or(0, |s| s.chars().count());
    (start, t.text.chars().count())
}

/// Whether our span (`s`, `l` in chars, text `ours`) is Recognizers' item under the span conventions of the README:
/// equal, or equal once a leading «يوم» head (ours) or a leading «من»/«بين» of a range (theirs) is set aside.
fn same_span(item: &Item, ours: &str, s: usize, l: usize) -> bool {
    if item.text == ours && item.start == s && item.length == l {
        return true;
    }
    let strip = |text: &str, words: &[&str]| -> Option<usize> {
        let (first, rest) = text.split_once(char::is_whitespace)?;
        let rest = rest.trim_start();
        (words.contains(&first) && !rest.is_empty())
            .then(|| text.chars().count() - rest.chars().count())
    };
    if let Some(cut) = strip(ours, &OUR_HEAD_WORDS) {
        let rest: String = ours.chars().skip(cut).collect();
        if item.text == rest && item.start == s + cut && item.length == l - cut {
            return true;
        }
    }
    if let Some(cut) = strip(&item.text, &THEIR_LEADING_WORDS) {
        let rest: String = item.text.chars().skip(cut).collect();
        if rest == ours && item.start + cut == s && item.length - cut == l {
            return true;
        }
    }
    false
}

/// What every Recognizers case starts with: where it stands (for messages), its text and its expected list.
fn recognizers_head<'v>(
    v: &'v Value,
    spec: &str,
    line: usize,
) -> Result<(String, &'v str, &'v Vec<Value>), Outcome> {
    let where_ = format!(
        "recognizers:{line} {spec}#{}",
        v.get("index").and_then(Value::as_u64).unwrap_or(0)
    );
    let Some(text) = v.get("text").and_then(Value::as_str) else {
        return Err(Outcome::malformed(&where_, "no text"));
    };
    let Some(expected) = v.get("expected").and_then(Value::as_array) else {
        return Err(Outcome::malformed(&where_, "no expected list"));
    };
    Ok((where_, text, expected))
}

fn recognizers_case(ex: &Extractor, v: &Value, spec: &str, tier: &str, line: usize) -> Outcome {
    let (where_, text, expected) = match recognizers_head(v, spec, line) {
        Ok(head) => head,
        Err(o) => return o,
    };
    let reference_text = v
        .get("reference")
        .and_then(Value::as_str)
        .unwrap_or(RECOGNIZERS_DEFAULT_REFERENCE);
    let Some(r) = reference(reference_text) else {
        return Outcome::malformed(&where_, &format!("bad reference {reference_text}"));
    };
    let mut items = Vec::new();
    let mut unplaced = Vec::new();
    for e in expected {
        let etext = e
            .get("text")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string();
        match (
            e.get("start").and_then(Value::as_u64),
            e.get("length").and_then(Value::as_u64),
        ) {
            (Some(s), Some(l)) => {
                let mut timexes: Vec<String> = e
                    .get("timex")
                    .and_then(Value::as_str)
                    .map(str::to_string)
                    .into_iter()
                    .collect();
                if timexes.is_empty() {
                    if let Some(vals) = e.get("values").and_then(Value::as_array) {
                        timexes = vals
                            .iter()
                            .filter_map(|x| x.get("timex").and_then(Value::as_str))
                            .map(str::to_string)
                            .collect();
                    }
                }
                items.push(Item {
                    text: etext,
                    start: s as usize,
                    length: l as usize,
                    kind: e
                        .get("type")
                        .and_then(Value::as_str)
                        .unwrap_or("")
                        .to_string(),
                    timexes,
                    modifier: e.get("mod").and_then(Value::as_str).map(str::to_string),
                });
            }
            _ => unplaced.push(etext),
        }
    }
    let family = spec_family(spec);
    let (found, ignored): (Vec<Temporal>, Vec<Temporal>) = ex
        .temporals(text, Some(r))
        .into_iter()
        .partition(|t| family.contains(&t.kind) && !unplaced.contains(&t.text));
    let ours: Vec<(usize, usize)> = found.iter().map(|t| char_span(text, t)).collect();
    let spans = items.len() == found.len()
        && items
            .iter()
            .zip(&found)
            .zip(&ours)
            .all(|((i, t), &(s, l))| same_span(i, &t.text, s, l));
    let types = spans
        && items
            .iter()
            .zip(&found)
            .all(|(i, t)| type_matches(&i.kind, t.kind));
    let parser = !spec.ends_with("Extractor");
    let timex = (parser && spans).then(|| {
        items.iter().zip(&found).all(|(i, t)| {
            (i.timexes.is_empty() || i.timexes.iter().any(|x| timex_matches(x, t)))
                && mod_matches(i.modifier.as_deref(), t.modifier)
        })
    });
    let need_timex = parser && tier != "span-only";
    let pass = types && (!need_timex || timex == Some(true));
    let why = if !spans {
        "spans differ"
    } else if !types {
        "types differ"
    } else if need_timex && timex != Some(true) {
        "timex differs"
    } else {
        "ok"
    };
    let found_list: Vec<String> = found
        .iter()
        .zip(&ours)
        .map(|(t, (s, l))| format!("@{s}+{l} {}", show(t)))
        .collect();
    let ignored = if ignored.is_empty() {
        String::new()
    } else {
        format!(
            " (ignored, not of this spec's kinds: {})",
            show_all(&ignored)
        )
    };
    let span_only = parser && tier == "span-only";
    Outcome {
        pass,
        spans,
        timex: span_only.then_some(timex == Some(true)),
        note: span_only && spans && timex != Some(true),
        detail: format!(
            "{where_} [{tier}] «{text}» (ref {reference_text}): expected [{}]; found [{}]{ignored} — {why}",
            items.iter().map(show_item).collect::<Vec<_>>().join("; "),
            found_list.join("; ")
        ),
    }
}

/// Recognizers' number models: the ordered (text, start, length) list of the model's kind matches ours; in the gold tier
/// each value too. Relative ordinals («التالي» = `current+1`) have no numeric value and never match.
fn recognizers_number_case(
    ex: &Extractor,
    v: &Value,
    spec: &str,
    tier: &str,
    line: usize,
) -> Outcome {
    let (where_, text, expected) = match recognizers_head(v, spec, line) {
        Ok(head) => head,
        Err(o) => return o,
    };
    let found = ex.numbers(text);
    let ours = of_number_kind(&found, spec.starts_with("Ordinal"));
    let placed: Vec<&Value> = expected
        .iter()
        .filter(|e| e.get("start").and_then(Value::as_u64).is_some())
        .collect();
    let spans = placed.len() == ours.len()
        && placed.iter().zip(&ours).all(|(e, n)| {
            let start = text.get(..n.span.start).map_or(0, |s| s.chars().count()) as u64;
            e.get("text").and_then(Value::as_str) == Some(n.text.as_str())
                && e.get("start").and_then(Value::as_u64) == Some(start)
                && e.get("length").and_then(Value::as_u64) == Some(n.text.chars().count() as u64)
        });
    let values = placed.iter().zip(&ours).all(|(e, n)| {
        e.get("value")
            .and_then(Value::as_str)
            .and_then(|x| x.parse::<f64>().ok())
            .is_some_and(|x| same_number(x, n.value))
    });
    let need_value = tier != "span-only";
    let pass = spans && (!need_value || values);
    let show_expected: Vec<String> = placed
        .iter()
        .map(|e| {
            format!(
                "«{}»@{}+{} {}",
                e.get("text").and_then(Value::as_str).unwrap_or(""),
                e.get("start").and_then(Value::as_u64).unwrap_or(0),
                e.get("length").and_then(Value::as_u64).unwrap_or(0),
                e.get("value").and_then(Value::as_str).unwrap_or("")
            )
        })
        .collect();
    Outcome {
        pass,
        spans,
        detail: format!(
            "{where_} [{tier}] «{text}»: expected [{}]; found [{}] — {}",
            show_expected.join("; "),
            show_numbers(&ours),
            if !spans {
                "spans differ"
            } else if need_value && !values {
                "value differs"
            } else {
                "ok"
            }
        ),
        ..Outcome::default()
    }
}

/// The number specs the library's number API answers.
const NUMBER_SPECS: [&str; 3] = [
    "NumberModel",
    "OrdinalModel",
    "OrdinalModelSuppressExtendedTypes",
];

fn run_recognizers(ex: &Extractor, text: &str, report: &mut Report) {
    for (line_no, v) in cases("recognizers", text, report) {
        let category = v
            .get("category")
            .and_then(Value::as_str)
            .unwrap_or("(no category)")
            .to_string();
        let spec = v
            .get("spec")
            .and_then(Value::as_str)
            .unwrap_or("(no spec)")
            .to_string();
        let tested = v
            .get("dotnet_tested")
            .and_then(Value::as_bool)
            .unwrap_or(false);
        let ignore = v
            .get("ignore_resolution")
            .and_then(Value::as_bool)
            .unwrap_or(false);
        let tier = match (tested, ignore) {
            (false, _) => "unverified",
            (true, true) => "span-only",
            (true, false) => "gold",
        };
        if category == "DateTime" {
            let o = recognizers_case(ex, &v, &spec, tier, line_no);
            let mut rows = vec![
                ("recognizers", spec.as_str(), tier),
                ("recognizers", "DateTime", tier),
            ];
            if tested {
                rows.push(("recognizers", "DateTime", "tested"));
            }
            report.record(&rows, true, tested, &o);
        } else if NUMBER_SPECS.contains(&spec.as_str()) {
            let o = recognizers_number_case(ex, &v, &spec, tier, line_no);
            report.record(&[("recognizers", spec.as_str(), tier)], true, tested, &o);
        } else {
            let o = Outcome::default();
            report.record(
                &[
                    ("recognizers", &spec, tier),
                    ("recognizers", &category, tier),
                ],
                false,
                false,
                &o,
            );
        }
    }
}

// ---------------------------------------------------------------------------------------------------------------
// Report, baseline, failures file

fn failures_path() -> PathBuf {
    let tmp = PathBuf::from(env!("CARGO_TARGET_TMPDIR"));
    tmp.parent()
        .map_or(tmp.clone(), |p| p.to_path_buf())
        .join("conformance-failures.txt")
}

fn floor_rate(rate: f64) -> f64 {
    ((rate + 1e-9) * 10.0).floor() / 10.0
}

fn load_baseline() -> BTreeMap<String, f64> {
    let path = data_dir().join(BASELINE_FILE);
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!(
            "conformance: no baseline at {}; nothing is enforced",
            path.display()
        );
        return BTreeMap::new();
    };
    match serde_json::from_str::<Value>(&text) {
        Ok(Value::Object(m)) => m
            .get("rates")
            .and_then(Value::as_object)
            .map(|r| {
                r.iter()
                    .filter_map(|(k, v)| Some((k.clone(), v.as_f64()?)))
                    .collect()
            })
            .unwrap_or_default(),
        _ => panic!("{} is not a JSON object", path.display()),
    }
}

fn write_baseline(report: &Report) {
    let rates: serde_json::Map<String, Value> = report
        .rows
        .iter()
        .filter(|(_, r)| r.enforced && r.supported)
        .map(|(k, r)| (Report::key(k), serde_json::json!(floor_rate(r.rate()))))
        .collect();
    let doc = serde_json::json!({
        "note": "Ratchet for tests/conformance.rs: minimum pass rate (percent, floored to 0.1) per suite/dimension-or-spec/tier. Raise it when the engine improves; regenerate with CONFORMANCE_BLESS=1 cargo test --test conformance.",
        "rates": rates,
    });
    let text = serde_json::to_string_pretty(&doc).unwrap_or_default() + "\n";
    let path = data_dir().join(BASELINE_FILE);
    match std::fs::write(&path, text) {
        Ok(()) => eprintln!("conformance: wrote {}", path.display()),
        Err(e) => eprintln!("conformance: cannot write {}: {e}", path.display()),
    }
}

#[test]
fn conformance_suites() {
    let Some(shared) = shared_dir() else {
        eprintln!("skipped: ../shared is absent, so the conformance suites (../shared/conformance) cannot be read");
        return;
    };
    let dir = shared.join("conformance");
    let mut report = Report::default();
    // Both suites count weeks from Monday (ISO 8601): «الاحد من الاسبوع الماضي» is the Sunday that ends last week.
    let future = Extractor::builder()
        .prefer(Prefer::Future)
        .iso_weeks(true)
        .build();
    let past = Extractor::builder()
        .prefer(Prefer::Past)
        .iso_weeks(true)
        .build();
    let mut ran = false;
    match std::fs::read_to_string(dir.join("duckling_ar.jsonl")) {
        Ok(text) => {
            run_duckling(&future, &text, &mut report);
            ran = true;
        }
        Err(e) => eprintln!("skipped duckling_ar.jsonl: {e}"),
    }
    match std::fs::read_to_string(dir.join("recognizers_ar.jsonl")) {
        Ok(text) => {
            run_recognizers(&past, &text, &mut report);
            ran = true;
        }
        Err(e) => eprintln!("skipped recognizers_ar.jsonl: {e}"),
    }
    if !ran {
        eprintln!("skipped: no conformance suite found in {}", dir.display());
        return;
    }

    let baseline = load_baseline();
    let mut table = String::new();
    let _ = writeln!(
        table,
        "conformance (duckling: reference {DUCKLING_REFERENCE}, prefer future; recognizers: reference as given or {RECOGNIZERS_DEFAULT_REFERENCE}, prefer past)"
    );
    let _ = writeln!(
        table,
        "{:<12} {:<34} {:<11} {:>11} {:>7} {:>7} {:>9} {:>9}",
        "suite", "dimension/spec", "tier", "passed", "%", "spans", "timex", "baseline"
    );
    let mut regressions = Vec::new();
    let mut all_failures = String::new();
    let mut printed = String::new();
    // Per suite: suite-wide rows first, then one row per dimension or spec.
    let mut ordered: Vec<_> = report.rows.iter().collect();
    let aggregate = |g: &str| ["target", "DateTime", "Number"].contains(&g);
    ordered.sort_by_key(|(k, _)| (k.0.as_str(), !aggregate(&k.1), k.1.as_str(), k.2.as_str()));
    for (k, r) in ordered {
        let key = Report::key(k);
        let base = baseline.get(&key).copied();
        let pct = if r.supported {
            format!("{:.1}%", r.rate())
        } else {
            "n/s".to_string()
        };
        let spans = if r.supported {
            r.spans.to_string()
        } else {
            String::new()
        };
        let timex = if r.timex_total > 0 {
            format!("{}/{}", r.timex, r.timex_total)
        } else {
            String::new()
        };
        let base_s = match (r.enforced && r.supported, base) {
            (true, Some(b)) => format!("{b:.1}"),
            (true, None) => "none".to_string(),
            (false, _) => "report".to_string(),
        };
        let _ = writeln!(
            table,
            "{:<12} {:<34} {:<11} {:>11} {:>7} {:>7} {:>9} {:>9}",
            k.0,
            k.1,
            k.2,
            format!("{}/{}", r.pass, r.total),
            pct,
            spans,
            timex,
            base_s
        );
        if r.enforced && r.supported {
            if let Some(b) = base {
                if r.rate() + 1e-9 < b {
                    regressions.push(format!(
                        "{key}: {:.1}% ({}/{}) < baseline {b:.1}%",
                        r.rate(),
                        r.pass,
                        r.total
                    ));
                }
            }
        }
        if !r.failures.is_empty() {
            let _ = writeln!(
                all_failures,
                "== {key}: {} failing of {}",
                r.failures.len(),
                r.total
            );
            let _ = writeln!(
                printed,
                "== {key}: {} failing of {} (first {PRINTED_FAILURES})",
                r.failures.len(),
                r.total
            );
            for (i, f) in r.failures.iter().enumerate() {
                let _ = writeln!(all_failures, "{f}");
                if i < PRINTED_FAILURES {
                    let _ = writeln!(printed, "{f}");
                }
            }
        }
        if !r.notes.is_empty() {
            let _ = writeln!(
                all_failures,
                "== {key}: {} pass on spans but their timex differs (information only)",
                r.notes.len()
            );
            for n in &r.notes {
                let _ = writeln!(all_failures, "{n}");
            }
        }
    }
    let path = failures_path();
    match std::fs::write(&path, &all_failures) {
        Ok(()) => eprintln!("conformance: every failing case is in {}", path.display()),
        Err(e) => eprintln!("conformance: cannot write {}: {e}", path.display()),
    }
    eprintln!("{printed}");
    eprintln!("{table}");
    if std::env::var_os("CONFORMANCE_BLESS").is_some() {
        write_baseline(&report);
        return;
    }
    assert!(
        regressions.is_empty(),
        "conformance rates dropped below tests/data/{BASELINE_FILE}:\n{}",
        regressions.join("\n")
    );
}

/// The documented normalizations, on hand-made values (independent of what the engine finds today).
#[test]
fn timex_normalizations() {
    fn ours(
        value: &str,
        kind: &str,
        interval: Option<(&str, &str)>,
        modifier: Option<&str>,
    ) -> Temporal {
        let v = serde_json::json!({
            "start": 0, "end": 1, "text": "x", "type": kind, "value": value, "mod": modifier,
            "calendar": "gregorian", "anchor": "absolute", "grain": "day",
            "interval": interval.map(|(s, e)| serde_json::json!({"start": s, "end": e})),
            "quantity": null, "hijri": null,
        });
        serde_json::from_value(v).expect("a Temporal")
    }
    let day = ours(
        "2017-10-02",
        "DATE",
        Some(("2017-10-02T00:00:00", "2017-10-03T00:00:00")),
        None,
    );
    assert!(timex_matches("XXXX-10-02", &day));
    assert!(timex_matches("2017-10-02", &day));
    assert!(!timex_matches("XXXX-10-03", &day));
    assert!(!timex_matches("XXXX-10", &day));
    assert!(timex_matches("XXXX-WXX-1", &day), "2017-10-02 is a Monday");
    assert!(!timex_matches("XXXX-WXX-5", &day));
    assert!(
        timex_matches("XXXX-10-WXX-1-#1", &day),
        "first Monday of October"
    );
    assert!(!timex_matches("T00", &day), "a date is not a time");

    let time = ours(
        "2016-11-07T15:00",
        "TIME",
        Some(("2016-11-07T15:00:00", "2016-11-07T16:00:00")),
        None,
    );
    assert!(timex_matches("T15", &time));
    assert!(timex_matches("T15:00:00", &time));
    assert!(!timex_matches("T15:30", &time));
    assert!(!timex_matches("T03", &time));
    let evening = ours("2016-11-07TEV", "TIME", None, None);
    assert!(timex_matches("TEV", &evening));
    assert!(!timex_matches("TMO", &evening));

    let quarter = ours(
        "2016-Q3",
        "DATE",
        Some(("2016-07-01T00:00:00", "2016-10-01T00:00:00")),
        None,
    );
    assert!(timex_matches("(2016-07-01,2016-10-01,P3M)", &quarter));
    assert!(!timex_matches("(2016-07-01,2016-09-01,P2M)", &quarter));
    let month = ours(
        "2016-09",
        "DATE",
        Some(("2016-09-01T00:00:00", "2016-10-01T00:00:00")),
        None,
    );
    assert!(timex_matches("XXXX-09", &month));
    let days = ours(
        "2016-11-04/2016-11-22",
        "DATE",
        Some(("2016-11-04T00:00:00", "2016-11-23T00:00:00")),
        None,
    );
    assert!(
        timex_matches("(2016-11-04,2016-11-22,P18D)", &days),
        "a named last day"
    );
    assert!(
        timex_matches("(2016-11-04,2016-11-23,P19D)", &days),
        "an exclusive end"
    );
    assert!(timex_matches("(XXXX-11-04,XXXX-11-22,P18D)", &days));
    assert!(!timex_matches("(2016-11-05,2016-11-22,P17D)", &days));
    assert!(timex_matches("2016-11-04/2016-11-22", &days));
    assert!(calendar_interval("2016-11").is_some());
    let hours = ours(
        "2016-11-07T17:00/2016-11-07T18:00",
        "TIME",
        Some(("2016-11-07T17:00:00", "2016-11-07T18:00:00")),
        None,
    );
    assert!(timex_matches("(T17,T18,PT1H)", &hours));
    assert!(!timex_matches("(T17,T19,PT2H)", &hours));
    let decade = ours(
        "197",
        "DATE",
        Some(("1970-01-01T00:00:00", "1980-01-01T00:00:00")),
        None,
    );
    assert!(timex_matches("(XX70-01-01,XX80-01-01,P10Y)", &decade));
    assert!(timex_matches("(1970-01-01,1980-01-01,P10Y)", &decade));

    let half_hour = ours("PT30M", "DURATION", None, None);
    assert!(timex_matches("PT0.5H", &half_hour));
    assert!(!timex_matches("PT1H", &half_hour));
    assert_eq!(
        duration_seconds("P1Y1M21D"),
        Some((365.0 + 30.0 + 21.0) * 86_400.0)
    );
    assert_eq!(duration_seconds("PT1H30M"), Some(5_400.0));
    assert_eq!(duration_seconds("PRESENT_REF"), None);

    let late = ours(
        "2017-03",
        "DATE",
        Some(("2017-03-21T00:00:00", "2017-04-01T00:00:00")),
        Some("END"),
    );
    assert!(timex_matches("XXXX-03", &late) && mod_matches(Some("end"), late.modifier));
    assert!(!mod_matches(Some("start"), late.modifier));
    assert!(mod_matches(None, late.modifier));

    let text = "في اول شباط";
    assert_eq!(allowed_starts(text), vec![0, "في ".len()]);
    assert_eq!(
        allowed_starts("من 13 تموز الى 15 تموز"),
        vec![0, "من ".len()]
    );
    assert_eq!(allowed_starts("حتى"), vec![0]);
    let t = ours("2013-02-01", "DATE", None, None);
    assert!(type_matches("daterange", t.kind) && !type_matches("timerange", t.kind));
}
