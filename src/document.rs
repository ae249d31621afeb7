//! The scenario as a JSON file (SPEC §5): export, and import checked by the
//! same rules and messages as a link. A file that is not one of ours is
//! refused whole, so a broken or hostile file changes nothing.

use serde::Serialize;
use serde_json::{Map, Number, Value};

use crate::link::{decode_pairs, pairs, Decoded};
use crate::model::number::plain;
use crate::model::Draft;

/// What the file says it is, so other JSON is refused with a clear reason.
pub const FORMAT: &str = "pilot-savings-calculator";
/// Bigger than any scenario of 20 lines by a wide margin.
pub const MAX_BYTES: usize = 1_000_000;
pub const TOO_LARGE: &str =
    "The file is larger than 1 MB, so it is not a scenario from this calculator. Nothing was changed.";

/// Keys whose values stay text even when they look like numbers.
const TEXT_KEYS: [&str; 6] = [
    "name",
    "kind",
    "funder",
    "series",
    "series_from",
    "pilot_from",
];

/// The draft as a JSON document: numbers as numbers, text as text, and a
/// value that is not valid kept exactly as typed, as a link keeps it.
pub fn export(draft: &Draft) -> String {
    export_naming(draft, "")
}

/// As `export`, naming the page that says how the figures are worked out
/// (`method`, its address), which reading ignores.
pub fn export_naming(draft: &Draft, method: &str) -> String {
    let mut scenario = Map::new();
    let mut lines: Vec<Map<String, Value>> = Vec::new();
    let mut version = Value::from(1);
    for (key, text) in pairs(draft) {
        if key == "v" {
            version = json_value("v", text);
            continue;
        }
        match split_line_key(&key) {
            Some((n, line_key)) => {
                if lines.len() < n {
                    lines.resize_with(n, Map::new);
                }
                if let Some(line) = lines.get_mut(n - 1) {
                    line.insert(line_key.to_string(), json_value(line_key, text));
                }
            }
            None => {
                scenario.insert(key.clone(), json_value(&key, text));
            }
        }
    }
    scenario.insert(
        "lines".into(),
        Value::Array(lines.into_iter().map(Value::Object).collect()),
    );
    let file = File {
        format: FORMAT,
        method,
        scenario,
        version,
    };
    // Strings and numbers: serde_json cannot fail on them.
    serde_json::to_string_pretty(&file).unwrap_or_default()
}

/// The file as written: fields sorted, as the first release wrote them.
#[derive(Serialize)]
struct File<'a> {
    format: &'static str,
    #[serde(skip_serializing_if = "str::is_empty")]
    method: &'a str,
    scenario: Map<String, Value>,
    version: Value,
}

/// A number when the text is one exactly as the file would write it (so
/// `45000`, not `45,000` or `45000.0`, which stay text as typed). Whole
/// numbers are written whole, as the first release wrote them.
fn json_value(key: &str, text: String) -> Value {
    if TEXT_KEYS.contains(&key) {
        return Value::String(text);
    }
    if let Some(whole) = text.parse::<i64>().ok().filter(|i| i.to_string() == text) {
        return Value::from(whole);
    }
    let number = text
        .parse::<f64>()
        .ok()
        .filter(|v| v.is_finite() && plain(*v) == text)
        .and_then(Number::from_f64)
        .filter(|n| reads_back(n, &text));
    number.map_or(Value::String(text), Value::Number)
}

/// serde_json reads some long decimals (22.206844322697798) a unit in the
/// last place away; such a figure is written as text, which reads back
/// exactly (found by `make fuzz`).
fn reads_back(number: &Number, text: &str) -> bool {
    serde_json::from_str::<Value>(&number.to_string())
        .ok()
        .and_then(|v| v.as_f64())
        .is_some_and(|v| plain(v) == text)
}

/// `l3.after` → (3, "after"); the link module decides which are valid.
fn split_line_key(key: &str) -> Option<(usize, &str)> {
    let (n, rest) = key.strip_prefix('l')?.split_once('.')?;
    let n: usize = n.parse().ok().filter(|n| *n >= 1)?;
    Some((n, rest))
}

/// Reads a file: Err with one sentence saying why nothing was imported.
pub fn import(text: &str) -> Result<Decoded, String> {
    read(text).map(opened)
}

/// What a scenario file holds, before it is read by the link's rules.
#[derive(Clone, Debug, PartialEq)]
pub struct Found {
    /// Its keys and values, as a link would give them.
    pub pairs: Vec<(String, String)>,
    /// Keys whose values could not be read.
    pub unreadable: Vec<String>,
}

/// What a file holds, or why nothing can be imported. The views module
/// reads the file; the page opens what it found (`opened`), by the link's
/// rules.
pub fn read(text: &str) -> Result<Found, String> {
    if text.len() > MAX_BYTES {
        return Err(TOO_LARGE.into());
    }
    let text = text.trim_start_matches('\u{feff}');
    let document = parse(text)
        .map_err(|why| format!("The file could not be read: {why}. Nothing was changed."))?;
    let not_ours = || {
        "The file is JSON but not a scenario from this calculator. Nothing was changed.".to_string()
    };
    let document = document.as_object().ok_or_else(not_ours)?;
    if document.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(not_ours());
    }
    let scenario = document
        .get("scenario")
        .and_then(Value::as_object)
        .ok_or_else(not_ours)?;
    let version = document.get("version").cloned().unwrap_or(Value::from(1));
    let mut found = vec![("v".to_string(), text_of(&version))];
    let mut unreadable = Vec::new();
    collect(scenario, &mut found, &mut unreadable);
    Ok(Found {
        pairs: found,
        unreadable,
    })
}

/// What a file read by `read` opens.
pub fn opened(found: Found) -> Decoded {
    let mut decoded = decode_pairs(found.pairs);
    decoded.embed = false;
    decoded.from_file = true;
    decoded.ignored.extend(found.unreadable);
    decoded
}

/// Numbers out of range quoted at most this often: each is a fresh parse.
const HUGE_NUMBERS: usize = 20;

/// Reads JSON whose numbers may be too large for a figure (`1e999`, valid
/// JSON that serde_json refuses): each such number is read as its text,
/// so that it is checked and shown beside its field like a link's.
fn parse(text: &str) -> Result<Value, String> {
    let mut text = std::borrow::Cow::Borrowed(text);
    for _ in 0..=HUGE_NUMBERS {
        let error = match serde_json::from_str(&text) {
            Ok(value) => return Ok(value),
            Err(error) => error,
        };
        let quoted = quote_huge_number(&text, error.line(), error.column());
        match quoted {
            Some(quoted) => text = quoted.into(),
            None => return Err("it is not a JSON scenario file from this calculator".into()),
        }
    }
    Err(format!(
        "it holds more than {HUGE_NUMBERS} numbers too large for any figure"
    ))
}

/// The text with the number whose last character is at `line`, `column`
/// (1-based, in bytes, as serde_json reports) put in quotes, when it is
/// too large for an f64; None for any other fault.
fn quote_huge_number(text: &str, line: usize, column: usize) -> Option<String> {
    let line_start: usize = text
        .split_inclusive('\n')
        .take(line.checked_sub(1)?)
        .map(str::len)
        .sum();
    let in_number = |c: char| c.is_ascii_digit() || matches!(c, '.' | 'e' | 'E' | '+' | '-');
    // serde_json counts columns in bytes.
    let end = line_start + column;
    text.get(..end)?
        .chars()
        .next_back()
        .filter(|c| in_number(*c))?;
    let start = text[..end].trim_end_matches(in_number).len();
    let number = text[start..end].parse::<f64>().ok()?;
    if number.is_finite() {
        return None;
    }
    Some(format!(
        "{}\"{}\"{}",
        &text[..start],
        &text[start..end],
        &text[end..]
    ))
}

/// Every value as the text a link would carry; lists and objects where a
/// value belongs are listed as not read, like unknown link keys.
fn collect(
    scenario: &Map<String, Value>,
    found: &mut Vec<(String, String)>,
    unreadable: &mut Vec<String>,
) {
    for (key, value) in scenario {
        if key == "lines" {
            collect_lines(value, found, unreadable);
        } else if value.is_null() {
            // null is "not given": the default, as a key left out of a link.
        } else if is_scalar(value) {
            found.push((key.clone(), text_of(value)));
        } else {
            unreadable.push(key.clone());
        }
    }
}

fn collect_lines(lines: &Value, found: &mut Vec<(String, String)>, unreadable: &mut Vec<String>) {
    let Some(lines) = lines.as_array() else {
        unreadable.push("lines".into());
        return;
    };
    for (i, line) in lines.iter().enumerate() {
        let Some(line) = line.as_object() else {
            unreadable.push(format!("lines[{}]", i + 1));
            continue;
        };
        for (key, value) in line {
            let key = format!("l{}.{key}", i + 1);
            if value.is_null() {
                continue;
            }
            if is_scalar(value) {
                found.push((key, text_of(value)));
            } else {
                unreadable.push(key);
            }
        }
    }
}

fn is_scalar(value: &Value) -> bool {
    matches!(value, Value::String(_) | Value::Number(_) | Value::Bool(_))
}

/// A number as a link writes it: whole numbers whole, others plain
/// (`1E2` is `100`).
fn text_of(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        Value::Number(n) => n
            .as_i64()
            .map(|i| i.to_string())
            .or_else(|| n.as_u64().map(|u| u.to_string()))
            .or_else(|| n.as_f64().map(plain))
            .unwrap_or_default(),
        Value::Bool(b) => if *b { "1" } else { "0" }.to_string(),
        _ => String::new(),
    }
}
