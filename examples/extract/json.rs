//! The output line of `extract`, written by hand: the same bytes `serde_json::to_writer` writes for the records
//! (`tests/json_line.rs` compares the two on the sample articles and on hostile text), at a fraction of the cost.
//! serde_json escapes every key and writes every value through a generic adapter; with some 25 fields to an event and
//! 30 events to an article, that was a seventh of the whole run. Keys here are literals, numbers are written
//! directly, enums by their `as_str` names, and strings are copied run by run between the bytes that need escaping.
//! Only a datetime outside years 0 to 9999 or with a fraction of a second still goes through serde.

use arabic_timeline::{
    Actor, EntityType, Event, EventDate, Interval, Place, Quantity, Span, Temporal,
};
use chrono::{Datelike, NaiveDateTime, Timelike};
use serde::Serialize;

/// The JSON line `{"id", "temporals", "events"}` for one analysis, appended to `out`.
pub(crate) fn line(out: &mut Vec<u8>, id: &str, temporals: &[Temporal], events: &[Event]) {
    out.extend_from_slice(b"{\"id\":\"");
    body(out, id);
    out.extend_from_slice(b"\",\"temporals\":[");
    for (k, t) in temporals.iter().enumerate() {
        if k > 0 {
            out.push(b',');
        }
        temporal(out, t);
    }
    out.extend_from_slice(b"],\"events\":[");
    for (k, e) in events.iter().enumerate() {
        if k > 0 {
            out.push(b',');
        }
        event(out, e);
    }
    out.extend_from_slice(b"]}");
}

// The quotes around a string or an enum's name are written with the literal keys before and after it: one copy
// instead of three.

fn temporal(out: &mut Vec<u8>, t: &Temporal) {
    out.push(b'{');
    span_fields(out, t.span);
    out.extend_from_slice(b",\"text\":\"");
    body(out, &t.text);
    out.extend_from_slice(b"\",\"type\":\"");
    out.extend_from_slice(t.kind.as_str().as_bytes());
    out.extend_from_slice(b"\",\"value\":\"");
    body(out, &t.value);
    out.extend_from_slice(b"\",\"mod\":");
    opt_label(out, t.modifier.map(|m| m.as_str()));
    out.extend_from_slice(b",\"calendar\":\"");
    out.extend_from_slice(t.calendar.as_str().as_bytes());
    out.extend_from_slice(b"\",\"anchor\":\"");
    out.extend_from_slice(t.anchor.as_str().as_bytes());
    out.extend_from_slice(b"\",\"grain\":\"");
    out.extend_from_slice(t.grain.as_str().as_bytes());
    out.extend_from_slice(b"\",\"interval\":");
    opt_interval(out, t.interval.as_ref());
    out.extend_from_slice(b",\"quantity\":");
    match &t.quantity {
        Some(q) => quantity(out, q),
        None => out.extend_from_slice(b"null"),
    }
    out.extend_from_slice(b",\"hijri\":");
    opt_string(out, t.hijri.as_deref());
    out.push(b'}');
}

fn event(out: &mut Vec<u8>, e: &Event) {
    out.extend_from_slice(b"{\"kind\":\"");
    out.extend_from_slice(e.kind.as_str().as_bytes());
    out.extend_from_slice(b"\",\"trigger\":{");
    span_fields(out, e.trigger.span);
    out.extend_from_slice(b",\"text\":\"");
    body(out, &e.trigger.text);
    out.extend_from_slice(b"\"},\"date\":");
    match &e.date {
        Some(d) => event_date(out, d),
        None => out.extend_from_slice(b"null"),
    }
    out.extend_from_slice(b",\"date_source\":");
    opt_label(out, e.date_source.map(|d| d.as_str()));
    out.extend_from_slice(b",\"actors\":[");
    for (k, a) in e.actors.iter().enumerate() {
        if k > 0 {
            out.push(b',');
        }
        actor(out, a);
    }
    out.extend_from_slice(b"],\"place\":");
    match &e.place {
        Some(p) => place(out, p),
        None => out.extend_from_slice(b"null"),
    }
    out.extend_from_slice(b",\"polarity\":\"");
    out.extend_from_slice(e.polarity.as_str().as_bytes());
    out.extend_from_slice(b"\",\"modality\":\"");
    out.extend_from_slice(e.modality.as_str().as_bytes());
    out.extend_from_slice(b"\",\"sentence\":{");
    span_fields(out, e.sentence);
    out.extend_from_slice(b"},\"plover\":");
    opt_string(out, e.plover.as_deref());
    out.extend_from_slice(b",\"plover_mode\":");
    opt_string(out, e.plover_mode.as_deref());
    out.extend_from_slice(b",\"cameo\":");
    opt_string(out, e.cameo.as_deref());
    out.push(b'}');
}

fn actor(out: &mut Vec<u8>, a: &Actor) {
    named(out, &a.name, a.entity, &a.key, a.country.as_deref());
    out.extend_from_slice(b",\"role\":");
    opt_label(out, a.role.map(|r| r.as_str()));
    out.push(b',');
    span_fields(out, a.span);
    out.push(b'}');
}

fn place(out: &mut Vec<u8>, p: &Place) {
    named(out, &p.name, p.entity, &p.key, p.country.as_deref());
    out.push(b',');
    span_fields(out, p.span);
    out.push(b'}');
}

/// The opening fields an actor and a place share: `{"name", "type", "key", "country"`.
fn named(out: &mut Vec<u8>, name: &str, entity: EntityType, key: &str, country: Option<&str>) {
    out.extend_from_slice(b"{\"name\":\"");
    body(out, name);
    out.extend_from_slice(b"\",\"type\":\"");
    out.extend_from_slice(entity.as_str().as_bytes());
    out.extend_from_slice(b"\",\"key\":\"");
    body(out, key);
    out.extend_from_slice(b"\",\"country\":");
    opt_string(out, country);
}

fn quantity(out: &mut Vec<u8>, q: &Quantity) {
    out.extend_from_slice(b"{\"amount\":");
    match usize::try_from(q.amount) {
        Ok(a) => uint(out, a),
        Err(_) => serde(out, &q.amount),
    }
    out.extend_from_slice(b",\"unit\":\"");
    out.extend_from_slice(q.unit.as_str().as_bytes());
    out.extend_from_slice(b"\"}");
}

fn event_date(out: &mut Vec<u8>, d: &EventDate) {
    out.extend_from_slice(b"{\"value\":\"");
    body(out, &d.value);
    out.extend_from_slice(b"\",\"mod\":");
    opt_label(out, d.modifier.map(|m| m.as_str()));
    out.extend_from_slice(b",\"grain\":\"");
    out.extend_from_slice(d.grain.as_str().as_bytes());
    out.extend_from_slice(b"\",\"interval\":");
    opt_interval(out, d.interval.as_ref());
    out.extend_from_slice(b",\"span\":");
    match d.span {
        Some(s) => {
            out.push(b'{');
            span_fields(out, s);
            out.push(b'}');
        }
        None => out.extend_from_slice(b"null"),
    }
    out.push(b'}');
}

fn opt_interval(out: &mut Vec<u8>, i: Option<&Interval>) {
    let Some(i) = i else {
        out.extend_from_slice(b"null");
        return;
    };
    out.extend_from_slice(b"{\"start\":");
    datetime(out, &i.start);
    out.extend_from_slice(b",\"end\":");
    datetime(out, &i.end);
    out.push(b'}');
}

/// A datetime as chrono's serde writes it: `"YYYY-MM-DDTHH:MM:SS"` for years 0 to 9999 and whole seconds; other
/// values (signed years, fractions, leap seconds) through serde itself.
fn datetime(out: &mut Vec<u8>, d: &NaiveDateTime) {
    let year = d.year();
    if !(0..=9999).contains(&year) || d.nanosecond() != 0 {
        serde(out, d);
        return;
    }
    let two = |v: u32| pair_of(v as usize);
    let (y, year) = (two(year as u32 / 100), two(year as u32 % 100));
    let (m, day) = (two(d.month()), two(d.day()));
    let (h, min, sec) = (two(d.hour()), two(d.minute()), two(d.second()));
    // The whole value in one copy of a known length.
    out.extend_from_slice(&[
        b'"', y[0], y[1], year[0], year[1], b'-', m[0], m[1], b'-', day[0], day[1], b'T', h[0],
        h[1], b':', min[0], min[1], b':', sec[0], sec[1], b'"',
    ]);
}

/// An enum's name: plain ASCII letters and underscores, so quoted without escaping.
fn label(out: &mut Vec<u8>, name: &str) {
    out.push(b'"');
    out.extend_from_slice(name.as_bytes());
    out.push(b'"');
}

#[inline]
fn opt_label(out: &mut Vec<u8>, name: Option<&str>) {
    match name {
        Some(n) => label(out, n),
        None => out.extend_from_slice(b"null"),
    }
}

/// A value through serde_json. Writing to a `Vec` fails only for maps with non-string keys, which no record has; the
/// test against serde_json's own output would show it.
fn serde(out: &mut Vec<u8>, v: &impl Serialize) {
    if serde_json::to_writer(&mut *out, v).is_err() {
        out.extend_from_slice(b"null");
    }
}

/// A span's fields, `"start":N,"end":M` (a `Span` is flattened into some records and nested in others).
fn span_fields(out: &mut Vec<u8>, s: Span) {
    out.extend_from_slice(b"\"start\":");
    uint(out, s.start);
    out.extend_from_slice(b",\"end\":");
    uint(out, s.end);
}

/// Two decimal digits of each number below 100.
const PAIRS: &[u8; 200] = b"0001020304050607080910111213141516171819\
    2021222324252627282930313233343536373839\
    4041424344454647484950515253545556575859\
    6061626364656667686970717273747576777879\
    8081828384858687888990919293949596979899";

/// The two digits of `p` (below 100).
#[inline(always)]
fn pair_of(p: usize) -> [u8; 2] {
    match PAIRS.get(2 * p..2 * p + 2) {
        Some(&[a, b]) => [a, b],
        _ => [b'0'; 2],
    }
}

/// `v` in decimal. Most offsets in an article have four digits or fewer: those are written from two pairs of digits
/// in one copy of a known length; longer numbers two digits at a time (a digit at a time cost a division each).
pub(crate) fn uint(out: &mut Vec<u8>, v: usize) {
    if v < 10_000 {
        let ([a, b], [c, d]) = (pair_of(v / 100), pair_of(v % 100));
        match v {
            0..=9 => out.push(d),
            10..=99 => out.extend_from_slice(&[c, d]),
            100..=999 => out.extend_from_slice(&[b, c, d]),
            _ => out.extend_from_slice(&[a, b, c, d]),
        }
        return;
    }
    let mut v = v;
    let mut digits = [0u8; 20];
    let mut i = digits.len();
    while v >= 100 {
        i -= 2;
        if let Some(d) = digits.get_mut(i..i + 2) {
            d.copy_from_slice(&pair_of(v % 100));
        }
        v /= 100;
    }
    if v >= 10 {
        i -= 2;
        if let Some(d) = digits.get_mut(i..i + 2) {
            d.copy_from_slice(&pair_of(v));
        }
    } else {
        i -= 1;
        if let Some(d) = digits.get_mut(i) {
            *d = b'0' + v as u8;
        }
    }
    out.extend_from_slice(digits.get(i..).unwrap_or(&[]));
}

#[inline]
fn opt_string(out: &mut Vec<u8>, s: Option<&str>) {
    match s {
        Some(s) => {
            out.push(b'"');
            body(out, s);
            out.push(b'"');
        }
        None => out.extend_from_slice(b"null"),
    }
}

/// The inside of a JSON string, with serde_json's escapes: `"` and `\` backslashed, the control chars below U+0020 as
/// `\b \t \n \f \r` or `\u00XX`; everything else, non-ASCII included, as it is. Almost no string needs an escape,
/// and most are short (a key, a country, a code): its bytes are tested eight at a time, a string of fewer than eight
/// bytes in one or two loads, and then copied in one go. Inlined at its dozen call sites: 210 k strings over the
/// corpus, each a call to save.
#[inline(always)]
fn body(out: &mut Vec<u8>, s: &str) {
    let bytes = s.as_bytes();
    if needs_any_escape(bytes) {
        escaped(out, bytes);
    } else {
        out.extend_from_slice(bytes);
    }
}

/// Some byte of `bytes` needs an escape (exact: a string without one is never sent to [`escaped`]).
#[inline]
fn needs_any_escape(bytes: &[u8]) -> bool {
    let n = bytes.len();
    if let (Some(head), Some(tail)) = (bytes.first_chunk::<8>(), bytes.last_chunk::<8>()) {
        // Whole words, then the last eight bytes (overlapping the last word when `n` is not a multiple of eight).
        let mut words = bytes.chunks_exact(8);
        if words.any(|w| needs_escape(u64::from_le_bytes(w.try_into().unwrap_or(*head)))) {
            return true;
        }
        return n % 8 != 0 && needs_escape(u64::from_le_bytes(*tail));
    }
    // Fewer than eight bytes: the first and last four (overlapping), or the first, middle and last byte with spaces
    // (which need no escape) around them.
    if let (Some(head), Some(tail)) = (bytes.first_chunk::<4>(), bytes.last_chunk::<4>()) {
        let w = u64::from(u32::from_le_bytes(*head)) | u64::from(u32::from_le_bytes(*tail)) << 32;
        return needs_escape(w);
    }
    match (bytes.first(), bytes.get(n / 2), bytes.last()) {
        (Some(&a), Some(&b), Some(&c)) => {
            let w = u64::from_le_bytes([a, b, c, b' ', b' ', b' ', b' ', b' ']);
            needs_escape(w)
        }
        _ => false,
    }
}

/// [`body`] of a string with bytes to escape: the bytes between two escapes are copied run by run.
#[cold]
fn escaped(out: &mut Vec<u8>, bytes: &[u8]) {
    let mut from = 0;
    for (j, &b) in bytes.iter().enumerate() {
        if !plain(b) {
            escape(out, bytes, &mut from, j, b);
        }
    }
    out.extend_from_slice(bytes.get(from..).unwrap_or(&[]));
}

/// One of the eight bytes of `w` is below 0x20, a `"` or a `\` (the bit tricks are exact for "any byte").
#[inline]
fn needs_escape(w: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let zero_byte = |v: u64| v.wrapping_sub(ONES) & !v & HIGH;
    let control = w.wrapping_sub(ONES * 0x20) & !w & HIGH;
    (control | zero_byte(w ^ (ONES * u64::from(b'"'))) | zero_byte(w ^ (ONES * u64::from(b'\\'))))
        != 0
}

/// Byte `b` is written as it is.
#[inline(always)]
fn plain(b: u8) -> bool {
    b >= 0x20 && b != b'"' && b != b'\\'
}

/// Byte `b` at `i` needs escaping: the bytes since `from` are copied, then its escape, and `from` moves past it.
#[cold]
fn escape(out: &mut Vec<u8>, bytes: &[u8], from: &mut usize, i: usize, b: u8) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.extend_from_slice(bytes.get(*from..i).unwrap_or(&[]));
    match b {
        b'"' => out.extend_from_slice(b"\\\""),
        b'\\' => out.extend_from_slice(b"\\\\"),
        0x08 => out.extend_from_slice(b"\\b"),
        b'\t' => out.extend_from_slice(b"\\t"),
        b'\n' => out.extend_from_slice(b"\\n"),
        0x0C => out.extend_from_slice(b"\\f"),
        b'\r' => out.extend_from_slice(b"\\r"),
        _ => out.extend_from_slice(&[
            b'\\',
            b'u',
            b'0',
            b'0',
            HEX[usize::from(b >> 4)],
            HEX[usize::from(b & 0xF)],
        ]),
    }
    *from = i + 1;
}
