//! The output line of `extract`, written by hand: the same bytes `serde_json::to_writer` writes for the records
//! (`tests/json_line.rs` compares the two on the sample articles and on hostile text), at a fraction of the cost.
//! serde_json escapes every key and writes every value through a generic adapter; with some 25 fields to an event and
//! 30 events to an article, that was a seventh of the whole run. Keys here are literals, numbers are written
//! directly, and strings are copied run by run between the bytes that need escaping. The nested values that are
//! rare or carry dates (intervals, quantities, event dates) and the enums still go through serde.

use arabic_timeline::{Actor, EntityType, Event, Place, Temporal};
use serde::Serialize;

/// The JSON line `{"id", "temporals", "events"}` for one analysis, appended to `out`.
pub(crate) fn line(out: &mut Vec<u8>, id: &str, temporals: &[Temporal], events: &[Event]) {
    out.extend_from_slice(b"{\"id\":");
    string(out, id);
    out.extend_from_slice(b",\"temporals\":[");
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

fn temporal(out: &mut Vec<u8>, t: &Temporal) {
    out.extend_from_slice(b"{\"start\":");
    uint(out, t.span.start);
    out.extend_from_slice(b",\"end\":");
    uint(out, t.span.end);
    out.extend_from_slice(b",\"text\":");
    string(out, &t.text);
    out.extend_from_slice(b",\"type\":");
    serde(out, &t.kind);
    out.extend_from_slice(b",\"value\":");
    string(out, &t.value);
    out.extend_from_slice(b",\"mod\":");
    serde(out, &t.modifier);
    out.extend_from_slice(b",\"calendar\":");
    serde(out, &t.calendar);
    out.extend_from_slice(b",\"anchor\":");
    serde(out, &t.anchor);
    out.extend_from_slice(b",\"grain\":");
    serde(out, &t.grain);
    out.extend_from_slice(b",\"interval\":");
    serde(out, &t.interval);
    out.extend_from_slice(b",\"quantity\":");
    serde(out, &t.quantity);
    out.extend_from_slice(b",\"hijri\":");
    opt_string(out, t.hijri.as_deref());
    out.push(b'}');
}

fn event(out: &mut Vec<u8>, e: &Event) {
    out.extend_from_slice(b"{\"kind\":");
    string(out, e.kind.as_str());
    out.extend_from_slice(b",\"trigger\":{\"start\":");
    uint(out, e.trigger.span.start);
    out.extend_from_slice(b",\"end\":");
    uint(out, e.trigger.span.end);
    out.extend_from_slice(b",\"text\":");
    string(out, &e.trigger.text);
    out.extend_from_slice(b"},\"date\":");
    serde(out, &e.date);
    out.extend_from_slice(b",\"date_source\":");
    serde(out, &e.date_source);
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
    out.extend_from_slice(b",\"polarity\":");
    serde(out, &e.polarity);
    out.extend_from_slice(b",\"modality\":");
    serde(out, &e.modality);
    out.extend_from_slice(b",\"sentence\":{\"start\":");
    uint(out, e.sentence.start);
    out.extend_from_slice(b",\"end\":");
    uint(out, e.sentence.end);
    out.extend_from_slice(b"},\"plover\":");
    opt_string(out, e.plover.as_deref());
    out.extend_from_slice(b",\"plover_mode\":");
    opt_string(out, e.plover_mode.as_deref());
    out.extend_from_slice(b",\"cameo\":");
    opt_string(out, e.cameo.as_deref());
    out.push(b'}');
}

fn actor(out: &mut Vec<u8>, a: &Actor) {
    named(out, &a.name, &a.entity, &a.key, a.country.as_deref());
    out.extend_from_slice(b",\"role\":");
    serde(out, &a.role);
    out.extend_from_slice(b",\"start\":");
    uint(out, a.span.start);
    out.extend_from_slice(b",\"end\":");
    uint(out, a.span.end);
    out.push(b'}');
}

fn place(out: &mut Vec<u8>, p: &Place) {
    named(out, &p.name, &p.entity, &p.key, p.country.as_deref());
    out.extend_from_slice(b",\"start\":");
    uint(out, p.span.start);
    out.extend_from_slice(b",\"end\":");
    uint(out, p.span.end);
    out.push(b'}');
}

/// The opening fields an actor and a place share: `{"name", "type", "key", "country"`.
fn named(out: &mut Vec<u8>, name: &str, entity: &EntityType, key: &str, country: Option<&str>) {
    out.extend_from_slice(b"{\"name\":");
    string(out, name);
    out.extend_from_slice(b",\"type\":");
    serde(out, entity);
    out.extend_from_slice(b",\"key\":");
    string(out, key);
    out.extend_from_slice(b",\"country\":");
    opt_string(out, country);
}

/// A value through serde_json. Writing to a `Vec` fails only for maps with non-string keys, which no record has; the
/// test against serde_json's own output would show it.
fn serde(out: &mut Vec<u8>, v: &impl Serialize) {
    if serde_json::to_writer(&mut *out, v).is_err() {
        out.extend_from_slice(b"null");
    }
}

fn uint(out: &mut Vec<u8>, mut v: usize) {
    let mut digits = [0u8; 20];
    let mut i = digits.len();
    loop {
        i -= 1;
        if let Some(d) = digits.get_mut(i) {
            *d = b'0' + (v % 10) as u8;
        }
        v /= 10;
        if v == 0 || i == 0 {
            break;
        }
    }
    out.extend_from_slice(digits.get(i..).unwrap_or(&[]));
}

fn opt_string(out: &mut Vec<u8>, s: Option<&str>) {
    match s {
        Some(s) => string(out, s),
        None => out.extend_from_slice(b"null"),
    }
}

/// A JSON string with serde_json's escapes: `"` and `\` backslashed, the control chars below U+0020 as `\b \t \n \f
/// \r` or `\u00XX`; everything else, non-ASCII included, as it is.
fn string(out: &mut Vec<u8>, s: &str) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.push(b'"');
    let bytes = s.as_bytes();
    let mut from = 0;
    for (i, &b) in bytes.iter().enumerate() {
        if b >= 0x20 && b != b'"' && b != b'\\' {
            continue;
        }
        out.extend_from_slice(bytes.get(from..i).unwrap_or(&[]));
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
        from = i + 1;
    }
    out.extend_from_slice(bytes.get(from..).unwrap_or(&[]));
    out.push(b'"');
}
