//! The scenario as typed: raw text for every input, from the form, a link or
//! storage. Checking a draft gives a `Scenario` or messages for each field;
//! the text itself is never changed, so nothing a user typed is lost.

use std::collections::BTreeMap;

use super::fields::{can_range, line_field, Field, Kind, Unit, LINE_NAME_MAX, MAX_LINES, NAME_MAX};
use super::number::{group_thousands, parse_number, plain};
use super::scenario::{Line, Range, Scenario};
use crate::text::{capitalise, lower_first};

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Draft {
    /// Global inputs by link key (`name`, `pop`, …); a missing key is its default.
    pub globals: BTreeMap<String, String>,
    pub lines: Vec<LineDraft>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct LineDraft {
    /// The kind as given; a link may carry one that does not exist.
    pub kind: String,
    /// Line inputs by key (`name`, `base`, …); a missing key is its default.
    pub values: BTreeMap<String, String>,
}

/// A message for one input; `key` is the link key (`pop`, `l2.after`).
#[derive(Clone, Debug, PartialEq)]
pub struct FieldError {
    pub key: String,
    pub message: String,
}

impl LineDraft {
    pub fn new(kind: Kind) -> LineDraft {
        LineDraft {
            kind: kind.key().to_string(),
            values: BTreeMap::new(),
        }
    }

    /// A line as the form adds it: its saving inputs blank, waiting for
    /// figures, rather than silently 0 (SPEC §2.2).
    pub fn blank(kind: Kind) -> LineDraft {
        let mut line = LineDraft::new(kind);
        line.fill_blanks();
        line
    }

    /// Blank text for each saving input of the line's kind it does not
    /// have; the keys it added.
    pub fn fill_blanks(&mut self) -> Vec<&'static str> {
        let Some(kind) = self.kind() else {
            return Vec::new();
        };
        let missing: Vec<&'static str> = kind
            .saving_keys()
            .iter()
            .copied()
            .filter(|k| line_field(k).is_some_and(|f| f.no_default))
            .filter(|k| !self.values.contains_key(*k))
            .collect();
        for key in &missing {
            self.values.insert((*key).to_string(), String::new());
        }
        missing
    }

    pub fn kind(&self) -> Option<Kind> {
        Kind::parse(&self.kind)
    }

    pub fn text(&self, key: &str) -> Option<&str> {
        self.values.get(key).map(String::as_str)
    }
}

impl Draft {
    pub fn text(&self, key: &str) -> Option<&str> {
        self.globals.get(key).map(String::as_str)
    }

    /// The draft that reads back as `scenario`, with defaults left out.
    pub fn from_scenario(scenario: &Scenario) -> Draft {
        let mut draft = Draft::default();
        if !scenario.name.is_empty() {
            draft.globals.insert("name".into(), scenario.name.clone());
        }
        for f in &super::fields::GLOBALS {
            if let Some(v) = scenario.get(f.key).filter(|v| *v != f.default) {
                draft.globals.insert(f.key.into(), plain(v));
            }
        }
        draft.lines = scenario.lines.iter().map(line_draft).collect();
        draft
    }

    pub fn check(&self) -> Result<Scenario, Vec<FieldError>> {
        let mut errors = Vec::new();
        let mut scenario = Scenario::default();
        match check_name(self.text("name"), NAME_MAX, "Scenario name") {
            Ok(name) => scenario.name = name,
            Err(message) => errors.push(FieldError::new("name", message)),
        }
        for f in &super::fields::GLOBALS {
            match check_field(f, self.text(f.key), "") {
                Ok(v) => scenario.set(f.key, v),
                Err(message) => errors.push(FieldError::new(f.key, message)),
            }
        }
        for (i, line) in self.lines.iter().take(MAX_LINES).enumerate() {
            match check_line(line, i + 1) {
                Ok(l) => scenario.lines.push(l),
                Err(mut e) => errors.append(&mut e),
            }
        }
        if errors.is_empty() {
            Ok(scenario)
        } else {
            Err(errors)
        }
    }
}

fn line_draft(line: &Line) -> LineDraft {
    let mut draft = LineDraft::new(line.kind);
    if !line.name.is_empty() {
        draft.values.insert("name".into(), line.name.clone());
    }
    for key in line.kind.keys() {
        let Some(f) = line_field(key) else { continue };
        if let Some(v) = line.get(key).filter(|v| !f.is_default(*v)) {
            draft.values.insert(key.into(), plain(v));
        }
    }
    for range in &line.ranges {
        draft
            .values
            .insert(format!("{}.lo", range.key), plain(range.lo));
        draft
            .values
            .insert(format!("{}.hi", range.key), plain(range.hi));
    }
    draft
}

impl FieldError {
    fn new(key: impl Into<String>, message: String) -> FieldError {
        FieldError {
            key: key.into(),
            message,
        }
    }
}

fn check_line(line: &LineDraft, n: usize) -> Result<Line, Vec<FieldError>> {
    let Some(kind) = line.kind() else {
        return Err(vec![FieldError::new(
            format!("l{n}.kind"),
            format!("Line {n}: choose what kind of saving this line is"),
        )]);
    };
    let mut errors = Vec::new();
    let mut checked = Line::new(kind);
    let prefix = format!("Line {n}: ");
    match check_name(line.text("name"), LINE_NAME_MAX, &format!("{prefix}name")) {
        Ok(name) => checked.name = name,
        Err(message) => errors.push(FieldError::new(format!("l{n}.name"), message)),
    }
    for key in kind.keys() {
        let Some(f) = line_field(key) else { continue };
        let value = match check_field(f, line.text(key), &prefix) {
            Ok(v) => v.unwrap_or(f.default),
            Err(message) => {
                errors.push(FieldError::new(format!("l{n}.{key}"), message));
                f64::NAN
            }
        };
        checked.set(key, value);
        if !can_range(key) {
            continue;
        }
        // A NaN value (the input itself is wrong) is never out of order.
        match check_range(f, line, value, &prefix) {
            Ok(Some((lo, hi))) => checked.ranges.push(Range { key: f.key, lo, hi }),
            Ok(None) => {}
            Err((end, message)) => {
                errors.push(FieldError::new(format!("l{n}.{key}.{end}"), message))
            }
        }
    }
    if errors.is_empty() {
        Ok(checked)
    } else {
        Err(errors)
    }
}

fn check_name(text: Option<&str>, max: usize, label: &str) -> Result<String, String> {
    let name = text.unwrap_or("").trim();
    if name.chars().count() > max {
        Err(format!("{label} must be {max} characters or fewer"))
    } else {
        Ok(name.to_string())
    }
}

/// A line input's lowest and highest (SPEC §2.5): both or neither, each
/// within the input's limits, and lo ≤ value ≤ hi. An error names the end
/// it belongs to.
fn check_range(
    f: &Field,
    line: &LineDraft,
    value: f64,
    prefix: &str,
) -> Result<Option<(f64, f64)>, (&'static str, String)> {
    let label = lower_first(f.label);
    let end = |end: &'static str, word: &str| {
        let optional = Field {
            optional: true,
            ..*f
        };
        let text = line.text(&format!("{}.{end}", f.key));
        check_labelled(&optional, &format!("{word} {label}"), text, prefix).map_err(|m| (end, m))
    };
    let show = |v: f64| show_limit(v, f.unit);
    match (end("lo", "lowest")?, end("hi", "highest")?) {
        (None, None) => Ok(None),
        (Some(_), None) => Err((
            "hi",
            sentence(
                prefix,
                &format!("enter the highest {label} as well as the lowest, or clear the lowest"),
            ),
        )),
        (None, Some(_)) => Err((
            "lo",
            sentence(
                prefix,
                &format!("enter the lowest {label} as well as the highest, or clear the highest"),
            ),
        )),
        (Some(lo), Some(_)) if lo > value => Err((
            "lo",
            sentence(
                prefix,
                &format!(
                    "lowest {label} must be {} or less, the figure itself",
                    show(value)
                ),
            ),
        )),
        (Some(_), Some(hi)) if hi < value => Err((
            "hi",
            sentence(
                prefix,
                &format!(
                    "highest {label} must be {} or more, the figure itself",
                    show(value)
                ),
            ),
        )),
        (Some(lo), Some(hi)) => Ok(Some((lo, hi))),
    }
}

/// Reads one number against its limits. `Ok(None)` is an optional field
/// left empty. `prefix` names the line ("Line 2: ") in messages.
pub fn check_field(f: &Field, text: Option<&str>, prefix: &str) -> Result<Option<f64>, String> {
    check_labelled(f, &lower_first(f.label), text, prefix)
}

fn check_labelled(
    f: &Field,
    label: &str,
    text: Option<&str>,
    prefix: &str,
) -> Result<Option<f64>, String> {
    let Some(text) = text.filter(|t| !t.trim().is_empty()) else {
        if f.required() && text.is_some() {
            return Err(sentence(prefix, &format!("enter the {label}")));
        }
        return Ok((!f.optional).then_some(f.default));
    };
    let range = allowed(f);
    let Some(v) = parse_number(text) else {
        return Err(sentence(
            prefix,
            &format!("{label} must be a number {range}"),
        ));
    };
    if f.whole && v.fract() != 0.0 {
        return Err(sentence(
            prefix,
            &format!("{label} must be a whole number {range}"),
        ));
    }
    if v < f.min || v > f.max {
        return Err(sentence(prefix, &format!("{label} must be {range}")));
    }
    Ok(Some(v))
}

/// "Line 2: " + text, or the text with a capital letter when there is no line.
fn sentence(prefix: &str, text: &str) -> String {
    if !prefix.is_empty() {
        return format!("{prefix}{text}");
    }
    capitalise(text)
}

fn allowed(f: &Field) -> String {
    match f.unit {
        Unit::Flag => "0 (no) or 1 (yes)".to_string(),
        unit => format!(
            "between {} and {}",
            show_limit(f.min, unit),
            show_limit(f.max, unit)
        ),
    }
}

fn show_limit(v: f64, unit: Unit) -> String {
    let number = if unit == Unit::Year {
        plain(v)
    } else {
        group_thousands(v)
    };
    match unit {
        Unit::Money => format!("£{number}"),
        Unit::Percent => format!("{number}%"),
        _ => number,
    }
}
