//! JSON for the calculator's own files and stored values: read leniently
//! as untrusted text (any input gives a value or an error, never a panic),
//! written as serde_json wrote them (keys sorted, two-space indents), which
//! the first releases used. serde_json cost the page ~8 KB (gzip) of its
//! 250 KB budget for the few shapes read and written here.

use std::collections::BTreeMap;

/// Nesting deeper than this is refused, as serde_json did: a hostile file
/// of 100,000 `[` must not exhaust the stack.
const MAX_DEPTH: usize = 128;

#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    /// A finite number as plain text: an integer as written, any other
    /// number in its shortest form (`1E2` is `100`).
    Number(String),
    String(String),
    Array(Vec<Value>),
    /// Keys sorted; a repeated key keeps its last value.
    Object(BTreeMap<String, Value>),
}

impl Value {
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.as_object()?.get(key)
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_array(&self) -> Option<&[Value]> {
        match self {
            Value::Array(items) => Some(items),
            _ => None,
        }
    }

    pub fn as_object(&self) -> Option<&BTreeMap<String, Value>> {
        match self {
            Value::Object(map) => Some(map),
            _ => None,
        }
    }

    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Value::Number(text) => text.parse().ok(),
            _ => None,
        }
    }

    /// An object of `pairs`.
    pub fn object<const N: usize>(pairs: [(&str, Value); N]) -> Value {
        Value::Object(pairs.into_iter().map(|(k, v)| (k.to_string(), v)).collect())
    }

    pub fn text(s: &str) -> Value {
        Value::String(s.to_string())
    }
}

/// Reads one JSON value, with nothing but whitespace around it; None for
/// anything else.
pub fn parse(text: &str) -> Option<Value> {
    let mut reader = Reader {
        bytes: text.as_bytes(),
        at: 0,
    };
    let value = reader.value(0).ok()?;
    reader.space();
    (reader.at == reader.bytes.len()).then_some(value)
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    fn eat(&mut self, byte: u8) -> bool {
        self.space();
        let found = self.peek() == Some(byte);
        if found {
            self.at += 1;
        }
        found
    }

    fn word(&mut self, word: &str, value: Value) -> Result<Value, ()> {
        let end = self.at + word.len();
        if self.bytes.get(self.at..end) == Some(word.as_bytes()) {
            self.at = end;
            Ok(value)
        } else {
            Err(())
        }
    }

    fn value(&mut self, depth: usize) -> Result<Value, ()> {
        if depth > MAX_DEPTH {
            return Err(());
        }
        self.space();
        match self.peek().ok_or(())? {
            b'n' => self.word("null", Value::Null),
            b't' => self.word("true", Value::Bool(true)),
            b'f' => self.word("false", Value::Bool(false)),
            b'"' => self.string().map(Value::String),
            b'[' => self.array(depth),
            b'{' => self.object(depth),
            b'-' | b'0'..=b'9' => self.number(),
            _ => Err(()),
        }
    }

    fn array(&mut self, depth: usize) -> Result<Value, ()> {
        self.at += 1;
        let mut items = Vec::new();
        if self.eat(b']') {
            return Ok(Value::Array(items));
        }
        loop {
            items.push(self.value(depth + 1)?);
            if self.eat(b']') {
                return Ok(Value::Array(items));
            }
            if !self.eat(b',') {
                return Err(());
            }
        }
    }

    fn object(&mut self, depth: usize) -> Result<Value, ()> {
        self.at += 1;
        let mut map = BTreeMap::new();
        if self.eat(b'}') {
            return Ok(Value::Object(map));
        }
        loop {
            self.space();
            if self.peek() != Some(b'"') {
                return Err(());
            }
            let key = self.string()?;
            if !self.eat(b':') {
                return Err(());
            }
            map.insert(key, self.value(depth + 1)?);
            if self.eat(b'}') {
                return Ok(Value::Object(map));
            }
            if !self.eat(b',') {
                return Err(());
            }
        }
    }

    /// JSON's number grammar, then its value: integers keep their text.
    fn number(&mut self) -> Result<Value, ()> {
        let start = self.at;
        let digits = |r: &mut Self| {
            let from = r.at;
            while matches!(r.peek(), Some(b'0'..=b'9')) {
                r.at += 1;
            }
            r.at > from
        };
        if self.peek() == Some(b'-') {
            self.at += 1;
        }
        let leading_zero = self.peek() == Some(b'0');
        let from = self.at;
        if !digits(self) || (leading_zero && self.at - from > 1) {
            return Err(());
        }
        let mut integer = true;
        if self.peek() == Some(b'.') {
            self.at += 1;
            integer = false;
            if !digits(self) {
                return Err(());
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            integer = false;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.at += 1;
            }
            if !digits(self) {
                return Err(());
            }
        }
        let text = std::str::from_utf8(&self.bytes[start..self.at]).map_err(|_| ())?;
        let v: f64 = text.parse().map_err(|_| ())?;
        if !v.is_finite() {
            return Err(());
        }
        if integer && text.len() <= 15 {
            return Ok(Value::Number(text.to_string()));
        }
        Ok(Value::Number(crate::model::number::plain(v)))
    }

    fn string(&mut self) -> Result<String, ()> {
        self.at += 1;
        let mut out = String::new();
        loop {
            let start = self.at;
            while !matches!(self.peek(), Some(b'"' | b'\\') | None) {
                if self.bytes[self.at] < 0x20 {
                    return Err(());
                }
                self.at += 1;
            }
            out.push_str(std::str::from_utf8(&self.bytes[start..self.at]).map_err(|_| ())?);
            match self.peek().ok_or(())? {
                b'"' => {
                    self.at += 1;
                    return Ok(out);
                }
                _ => {
                    self.at += 1;
                    self.escape(&mut out)?;
                }
            }
        }
    }

    fn escape(&mut self, out: &mut String) -> Result<(), ()> {
        let c = self.peek().ok_or(())?;
        self.at += 1;
        let plain = match c {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => return self.unicode(out),
            _ => return Err(()),
        };
        out.push(plain);
        Ok(())
    }

    fn hex4(&mut self) -> Result<u32, ()> {
        let digits = self.bytes.get(self.at..self.at + 4).ok_or(())?;
        let text = std::str::from_utf8(digits).map_err(|_| ())?;
        let n = u32::from_str_radix(text, 16).map_err(|_| ())?;
        if !digits.iter().all(u8::is_ascii_hexdigit) {
            return Err(());
        }
        self.at += 4;
        Ok(n)
    }

    /// `\uXXXX`, with a surrogate pair as one character; a lone surrogate
    /// is refused.
    fn unicode(&mut self, out: &mut String) -> Result<(), ()> {
        let high = self.hex4()?;
        let code = if (0xD800..0xDC00).contains(&high) {
            if self.bytes.get(self.at..self.at + 2) != Some(b"\\u") {
                return Err(());
            }
            self.at += 2;
            let low = self.hex4()?;
            if !(0xDC00..0xE000).contains(&low) {
                return Err(());
            }
            0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
        } else {
            high
        };
        out.push(char::from_u32(code).ok_or(())?);
        Ok(())
    }
}

/// Compact JSON, as stored in the browser.
pub fn write(value: &Value) -> String {
    let mut out = String::new();
    put(&mut out, value, None);
    out
}

/// Indented by two spaces a level, as files are written.
pub fn write_pretty(value: &Value) -> String {
    let mut out = String::new();
    put(&mut out, value, Some(0));
    out
}

fn put(out: &mut String, value: &Value, indent: Option<usize>) {
    match value {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(text) => out.push_str(text),
        Value::String(s) => put_string(out, s),
        Value::Array(items) => {
            put_list(out, ('[', ']'), items.iter().map(|v| (None, v)), indent);
        }
        Value::Object(map) => {
            put_list(
                out,
                ('{', '}'),
                map.iter().map(|(k, v)| (Some(k.as_str()), v)),
                indent,
            );
        }
    }
}

fn put_list<'a>(
    out: &mut String,
    (open, close): (char, char),
    items: impl ExactSizeIterator<Item = (Option<&'a str>, &'a Value)>,
    indent: Option<usize>,
) {
    out.push(open);
    let empty = items.len() == 0;
    let inner = indent.map(|n| n + 1);
    for (i, (key, value)) in items.enumerate() {
        if i > 0 {
            out.push(',');
        }
        new_line(out, inner);
        if let Some(key) = key {
            put_string(out, key);
            out.push_str(if indent.is_some() { ": " } else { ":" });
        }
        put(out, value, inner);
    }
    if !empty {
        new_line(out, indent);
    }
    out.push(close);
}

fn new_line(out: &mut String, indent: Option<usize>) {
    if let Some(n) = indent {
        out.push('\n');
        out.push_str(&"  ".repeat(n));
    }
}

fn put_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if u32::from(c) < 0x20 => out.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
}
