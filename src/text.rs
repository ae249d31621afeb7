//! Text helpers with no knowledge of the calculator: the leaf every other
//! module may use (imports run one way: text → model → format → chart and
//! words → export → the page).

/// Text for HTML or SVG markup, in an attribute value or between tags.
pub fn escape_markup(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}

/// A line's name as people read it: "Line 3" where it has none.
/// A scenario's name as shown, or what the page calls one without.
pub fn scenario_name(name: &str) -> &str {
    match name.trim() {
        "" => "Pilot savings scenario",
        name => name,
    }
}

pub fn line_name(name: &str, i: usize) -> String {
    let name = name.trim();
    if name.is_empty() {
        format!("Line {}", i + 1)
    } else {
        name.to_string()
    }
}

/// Commas between thousands in the whole part of a plain decimal:
/// "1234567.5" → "1,234,567.5".
pub fn group_digits(text: &str) -> String {
    let (int, frac) = text.split_once('.').unwrap_or((text, ""));
    let mut grouped = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    if !frac.is_empty() {
        grouped.push('.');
        grouped.push_str(frac);
    }
    grouped
}

/// A label read inside a sentence ("Line 2: rate with the pilot"), keeping
/// an acronym such as "GP" as it is. Labels and messages are this
/// program's English, so ASCII case rules do (Unicode's case tables would
/// cost the page 16 KB).
pub fn lower_first(label: &str) -> String {
    let mut label = label.to_string();
    let acronym = label.as_bytes().get(1).is_some_and(u8::is_ascii_uppercase);
    if let Some(first) = label.get_mut(..1).filter(|_| !acronym) {
        first.make_ascii_lowercase();
    }
    label
}

/// A sentence's first letter a capital, by the same ASCII rules.
pub fn capitalise(text: &str) -> String {
    let mut text = text.to_string();
    if let Some(first) = text.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    text
}
