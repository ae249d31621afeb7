//! The scenario as typed: raw text for every input, from the form, a link or
//! storage. Checking a draft gives a `Scenario` or messages for each field;
//! the text itself is never changed, so nothing a user typed is lost.

use super::fields::{LINE_NAME_MAX, MAX_LINES, NAME_MAX};
use super::keys::{End, FieldKey, GlobalKey, Input, LineKey};
use super::kind::Kind;
use super::number::plain;
use super::scenario::{Funder, Line, Range, Scenario};
use super::texts::Texts;
use super::validate::{check_field, check_name, check_range};

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Draft {
    /// The scenario's name as typed; empty when it has none.
    pub name: String,
    /// Global inputs as typed; a missing one is its default.
    pub globals: Texts<GlobalKey>,
    /// The ends of globals' ranges as typed (`threshold.lo`), lows then
    /// highs: the same type as `globals`, which keeps the wasm smaller
    /// than one keyed by pairs.
    pub ends: [Texts<GlobalKey>; 2],
    pub lines: Vec<LineDraft>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct LineDraft {
    /// The kind as given; a link may carry one that does not exist.
    pub kind: String,
    pub name: String,
    /// Who pays the line's costs, as given; empty is the commissioner.
    pub funder: String,
    /// Line inputs and range ends as typed; a missing one is its default.
    pub values: Texts<Input>,
}

/// A message for one field.
#[derive(Clone, Debug, PartialEq)]
pub struct FieldError {
    pub key: FieldKey,
    pub message: String,
}

impl LineDraft {
    pub fn new(kind: Kind) -> LineDraft {
        LineDraft {
            kind: kind.key().to_string(),
            name: String::new(),
            funder: String::new(),
            values: Texts::default(),
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
    /// have; the inputs it added.
    pub fn fill_blanks(&mut self) -> Vec<LineKey> {
        let Some(kind) = self.kind() else {
            return Vec::new();
        };
        let missing: Vec<LineKey> = kind
            .saving_keys()
            .iter()
            .copied()
            .filter(|k| k.field().no_default)
            .filter(|k| !self.values.contains_key(&Input::Value(*k)))
            .collect();
        for key in &missing {
            self.values.insert(Input::Value(*key), String::new());
        }
        missing
    }

    pub fn kind(&self) -> Option<Kind> {
        Kind::parse(&self.kind)
    }

    pub fn text(&self, input: Input) -> Option<&str> {
        self.values.get(&input).map(String::as_str)
    }

    /// An input's own text (not its range's).
    pub fn value(&self, key: LineKey) -> Option<&str> {
        self.text(Input::Value(key))
    }
}

impl Draft {
    pub fn text(&self, key: GlobalKey) -> Option<&str> {
        self.globals.get(&key).map(String::as_str)
    }

    /// One end of a global's range, as typed.
    pub fn end(&self, key: GlobalKey, end: End) -> Option<&str> {
        self.ends[end as usize].get(&key).map(String::as_str)
    }

    pub fn set_end(&mut self, key: GlobalKey, end: End, text: String) {
        self.ends[end as usize].insert(key, text);
    }

    /// A global input's value as checked, or None while it has a problem
    /// (or is an optional one left empty).
    pub fn valid(&self, key: GlobalKey) -> Option<f64> {
        check_field(key.field(), self.text(key), "").ok().flatten()
    }

    /// The draft that reads back as `scenario`, with defaults left out.
    pub fn from_scenario(scenario: &Scenario) -> Draft {
        let mut draft = Draft {
            name: scenario.name.clone(),
            ..Draft::default()
        };
        for key in GlobalKey::ALL {
            if let Some(v) = scenario.get(key).filter(|v| !key.field().is_default(*v)) {
                draft.globals.insert(key, plain(v));
            }
        }
        for range in &scenario.ranges {
            for (end, v) in [(End::Low, range.lo), (End::High, range.hi)] {
                draft.set_end(range.key, end, plain(v));
            }
        }
        draft.lines = scenario.lines.iter().map(line_draft).collect();
        draft
    }

    pub fn check(&self) -> Result<Scenario, Vec<FieldError>> {
        let mut errors = Vec::new();
        let mut scenario = Scenario::default();
        match check_name(&self.name, NAME_MAX, "Scenario name") {
            Ok(name) => scenario.name = name,
            Err(message) => errors.push(FieldError::new(FieldKey::Name, message)),
        }
        for key in GlobalKey::ALL {
            match check_field(key.field(), self.text(key), "") {
                Ok(v) => scenario.set(key, v),
                Err(message) => errors.push(FieldError::new(FieldKey::Global(key), message)),
            }
        }
        self.check_shares(&scenario, &mut errors);
        self.check_global_ranges(&mut scenario, &mut errors);
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

impl Draft {
    /// `share` + `hshare` ≤ 100 (SPEC §2.6): the message is beside `hshare`.
    fn check_shares(&self, s: &Scenario, errors: &mut Vec<FieldError>) {
        let hshare = FieldKey::Global(GlobalKey::Hshare);
        if s.share + s.hshare <= 100.0 || errors.iter().any(|e| e.key == hshare) {
            return;
        }
        let most = plain(100.0 - s.share);
        errors.push(FieldError::new(hshare, format!(
            "Hospital's gain-share must be {most}% or less: with primary care's {}% it would pass on more than the whole shareable saving",
            plain(s.share)
        )));
    }

    fn check_global_ranges(&self, s: &mut Scenario, errors: &mut Vec<FieldError>) {
        for key in GlobalKey::ALL.into_iter().filter(|k| k.can_range()) {
            let ends = (self.end(key, End::Low), self.end(key, End::High));
            let value = s.get(key);
            let given = |t: Option<&str>| t.is_some_and(|t| !t.trim().is_empty());
            if value.is_none() && (given(ends.0) || given(ends.1)) {
                let label = crate::text::lower_first(key.field().label);
                errors.push(FieldError::new(
                    FieldKey::GlobalEnd(key, End::Low),
                    format!("Enter the {label} as well as its lowest and highest, or clear them"),
                ));
                continue;
            }
            match check_range(key.field(), ends, value.unwrap_or(f64::NAN), "") {
                Ok(Some((lo, hi))) => s.ranges.push(Range { key, lo, hi }),
                Ok(None) => {}
                Err((end, message)) => {
                    errors.push(FieldError::new(FieldKey::GlobalEnd(key, end), message))
                }
            }
        }
    }
}

fn line_draft(line: &Line) -> LineDraft {
    let mut draft = LineDraft::new(line.kind);
    draft.name = line.name.clone();
    if line.funder != Funder::default() {
        draft.funder = line.funder.name().to_string();
    }
    for key in line.kind.keys() {
        let (v, f) = (line.get(key), line.kind.field_of(key));
        // A line's optional inputs (the pilot's months, a step) hold 0 for
        // none: none of them can be 0.
        let none = f.optional && v == 0.0;
        if !(f.is_default(v) || none) {
            draft.values.insert(Input::Value(key), plain(v));
        }
    }
    for range in &line.ranges {
        for (end, v) in [(End::Low, range.lo), (End::High, range.hi)] {
            draft.values.insert(Input::End(range.key, end), plain(v));
        }
    }
    draft
}

impl FieldError {
    fn new(key: FieldKey, message: String) -> FieldError {
        FieldError { key, message }
    }
}

fn check_line(line: &LineDraft, n: usize) -> Result<Line, Vec<FieldError>> {
    let Some(kind) = line.kind() else {
        return Err(vec![FieldError::new(
            FieldKey::Kind(n),
            format!("Line {n}: choose what kind of saving this line is"),
        )]);
    };
    let mut errors = Vec::new();
    let mut checked = Line::new(kind);
    let prefix = format!("Line {n}: ");
    match check_name(&line.name, LINE_NAME_MAX, &format!("{prefix}name")) {
        Ok(name) => checked.name = name,
        Err(message) => errors.push(FieldError::new(FieldKey::LineName(n), message)),
    }
    match check_funder(&line.funder, &prefix) {
        Ok(funder) => checked.funder = funder,
        Err(message) => errors.push(FieldError::new(FieldKey::Funder(n), message)),
    }
    for key in kind.keys() {
        let f = &kind.field_of(key);
        let value = match check_field(f, line.value(key), &prefix) {
            Ok(v) => v.unwrap_or(f.default),
            Err(message) => {
                errors.push(FieldError::new(
                    FieldKey::Line(n, Input::Value(key)),
                    message,
                ));
                f64::NAN
            }
        };
        checked.set(key, value);
        if !key.can_range() {
            continue;
        }
        let ends = (
            line.text(Input::End(key, End::Low)),
            line.text(Input::End(key, End::High)),
        );
        match check_range(f, ends, value, &prefix) {
            Ok(Some((lo, hi))) => checked.ranges.push(Range { key, lo, hi }),
            Ok(None) => {}
            Err((end, message)) => errors.push(FieldError::new(
                FieldKey::Line(n, Input::End(key, end)),
                message,
            )),
        }
    }
    // An older link's bad "does the saving release cash?" (a good one is
    // read into `paid`).
    if let Err(message) = check_field(LineKey::Cash.field(), line.value(LineKey::Cash), &prefix) {
        errors.push(FieldError::new(
            FieldKey::Line(n, Input::Value(LineKey::Cash)),
            message,
        ));
    }
    if errors.is_empty() {
        Ok(checked)
    } else {
        Err(errors)
    }
}

/// Who pays a line's costs: the commissioner (left empty) or primary care.
fn check_funder(text: &str, prefix: &str) -> Result<Funder, String> {
    if text.trim().is_empty() {
        return Ok(Funder::default());
    }
    Funder::parse(text).ok_or_else(|| {
        format!("{prefix}who pays this line's costs must be the commissioner or primary care")
    })
}
