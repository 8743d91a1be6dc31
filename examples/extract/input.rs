//! The input line of `extract --jsonl`, read by hand: the common shape only, an object whose `id`, `text`,
//! `reference` and `published` are strings (or `null` for all but `text`) and whose other fields are strings or
//! literals.
//! Anything else (a number for an id, a nested value, a lone surrogate, a duplicate field, a syntax error) returns
//! `None`, and the caller reads the line again with serde_json, which accepts or names the error. What this reader
//! accepts it reads exactly as serde_json does (`tests/json_line.rs` compares them).
//!
//! Why by hand: serde_json tests every byte of a string for a quote, a backslash or a control char in a loop of its
//! own and copies an escaped string through a scratch buffer; here the quote and backslash are found with SIMD
//! (`memchr`) and the control chars tested in a branch-free pass, which halves the cost of reading a line.

use std::borrow::Cow;

/// The fields of an input line.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Line<'a> {
    pub id: Option<Cow<'a, str>>,
    pub text: Cow<'a, str>,
    pub reference: Option<Cow<'a, str>>,
    /// The article's publication date, the reference when `reference` is absent or null.
    pub published: Option<Cow<'a, str>>,
}

/// Reads `line` (one JSON object, valid UTF-8, no surrounding whitespace needed).
pub(crate) fn read(line: &str) -> Option<Line<'_>> {
    let mut r = Reader {
        s: line,
        b: line.as_bytes(),
        i: 0,
    };
    r.ws();
    r.eat(b'{')?;
    let (mut id, mut text, mut reference, mut published) = (None, None, None, None);
    r.ws();
    if r.peek() == Some(b'}') {
        return None;
    }
    loop {
        r.ws();
        let key = r.string()?;
        r.ws();
        r.eat(b':')?;
        r.ws();
        match &*key {
            "id" => set(&mut id, r.nullable()?)?,
            "reference" => set(&mut reference, r.nullable()?)?,
            "published" => set(&mut published, r.nullable()?)?,
            "text" => set(&mut text, r.string()?)?,
            _ => r.skip_simple()?,
        }
        r.ws();
        match r.next()? {
            b',' => continue,
            b'}' => break,
            _ => return None,
        }
    }
    r.ws();
    if r.i != r.b.len() {
        return None;
    }
    Some(Line {
        id: id.flatten(),
        text: text?,
        reference: reference.flatten(),
        published: published.flatten(),
    })
}

/// Sets a field once: a second value for it is left to serde_json.
fn set<T>(slot: &mut Option<T>, v: T) -> Option<()> {
    match slot {
        Some(_) => None,
        None => {
            *slot = Some(v);
            Some(())
        }
    }
}

struct Reader<'a> {
    s: &'a str,
    b: &'a [u8],
    i: usize,
}

impl<'a> Reader<'a> {
    fn peek(&self) -> Option<u8> {
        self.b.get(self.i).copied()
    }

    fn next(&mut self) -> Option<u8> {
        let c = self.peek()?;
        self.i += 1;
        Some(c)
    }

    fn eat(&mut self, c: u8) -> Option<()> {
        (self.next()? == c).then_some(())
    }

    /// JSON whitespace.
    fn ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.i += 1;
        }
    }

    /// A string, or `null`.
    fn nullable(&mut self) -> Option<Option<Cow<'a, str>>> {
        if self.peek() == Some(b'n') {
            self.literal("null")?;
            return Some(None);
        }
        self.string().map(Some)
    }

    fn literal(&mut self, word: &str) -> Option<()> {
        let end = self.i + word.len();
        (self.b.get(self.i..end)? == word.as_bytes()).then(|| self.i = end)
    }

    /// A value of an unknown field: a string or a literal; anything else goes to serde_json.
    fn skip_simple(&mut self) -> Option<()> {
        match self.peek()? {
            b'"' => self.string().map(drop),
            b'n' => self.literal("null"),
            b't' => self.literal("true"),
            b'f' => self.literal("false"),
            _ => None,
        }
    }

    /// A string at `self.i` (its opening quote), borrowed when it has no escape.
    fn string(&mut self) -> Option<Cow<'a, str>> {
        self.eat(b'"')?;
        let mut owned: Option<String> = None;
        // The start of the run of plain chars not yet copied into `owned`.
        let mut run = self.i;
        loop {
            let rest = self.b.get(self.i..)?;
            let k = memchr::memchr2(b'"', b'\\', rest)?;
            let plain = rest.get(..k)?;
            if has_control(plain) {
                return None;
            }
            self.i += k;
            if self.next()? == b'"' {
                let last = self.s.get(run..self.i - 1)?;
                return Some(match owned {
                    None => Cow::Borrowed(last),
                    Some(mut o) => {
                        o.push_str(last);
                        Cow::Owned(o)
                    }
                });
            }
            // A backslash: copy the run before it, then the char it stands for.
            let o = owned.get_or_insert_with(|| String::with_capacity(rest.len()));
            o.push_str(self.s.get(run..self.i - 1)?);
            let c = match self.next()? {
                b'"' => '"',
                b'\\' => '\\',
                b'/' => '/',
                b'b' => '\u{8}',
                b'f' => '\u{c}',
                b'n' => '\n',
                b'r' => '\r',
                b't' => '\t',
                b'u' => {
                    let hex = self.s.get(self.i..self.i + 4)?;
                    if !hex.bytes().all(|h| h.is_ascii_hexdigit()) {
                        return None;
                    }
                    self.i += 4;
                    // A surrogate (half of a pair, or alone) is left to serde_json.
                    char::from_u32(u32::from_str_radix(hex, 16).ok()?)?
                }
                _ => return None,
            };
            o.push(c);
            run = self.i;
        }
    }
}

/// Whether `bytes` holds a char below U+0020, which JSON allows in a string only escaped. Branch-free over blocks so
/// that it vectorizes; the text between two quotes or backslashes is most of a line.
fn has_control(bytes: &[u8]) -> bool {
    let mut found = false;
    for block in bytes.chunks(64) {
        found |= block.iter().fold(false, |acc, &b| acc | (b < 0x20));
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_common_shape() {
        let l =
            read(r#"{"id": "a1", "text": "نص\n\"مقتبس\" \u0041\/", "reference": null, "n": true}"#)
                .expect("read");
        assert_eq!(l.id.as_deref(), Some("a1"));
        assert_eq!(l.text, "نص\n\"مقتبس\" A/");
        assert_eq!(l.reference, None);
        assert_eq!(l.published, None);
        let l = read(r#"{"text": "x", "published": "2015-08-03"}"#).expect("read");
        assert_eq!(l.published.as_deref(), Some("2015-08-03"));
        assert!(matches!(
            read(r#"{"text":"بلا هروب"}"#).map(|l| l.text),
            Some(Cow::Borrowed("بلا هروب"))
        ));
    }

    #[test]
    fn leaves_every_other_shape_to_serde_json() {
        for line in [
            r#"{"id": 7, "text": "x"}"#,
            r#"{"text": "x", "text": "y"}"#,
            r#"{"text": "x", "published": null, "published": "2015-08-03"}"#,
            r#"{"text": "x", "meta": {"a": 1}}"#,
            r#"{"text": "x", "n": 1}"#,
            r#"{"text": "\ud83d\ude00"}"#,
            "{\"text\": \"tab\there\"}",
            r#"{"text": "x"} trailing"#,
            r#"{"text": "x",}"#,
            r#"{"id": "a"}"#,
            r#"{}"#,
            r#"["text"]"#,
            r#"{"text": "\q"}"#,
            r#"{"text": "\u12"}"#,
            r#"{"text": "open"#,
        ] {
            assert_eq!(read(line), None, "{line}");
        }
    }
}
