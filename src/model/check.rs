//! A draft checked against SPEC §2's limits (SPEC §7): a `Scenario`, or a
//! message for every field with a problem; the text is never changed.

use super::draft::{Draft, FieldError, LineDraft};
use super::equity::check_imd;
use super::equity_check::{check_line_equity, check_spread};
use super::fields::{LINE_NAME_MAX, MAX_LINES, NAME_MAX};
use super::keys::{End, FieldKey, GlobalKey, Input, LineKey};
use super::number::plain;
use super::overlap::{share_inputs, SHARED_KEYS};
use super::scenario::{Funder, Line, Range, Scenario};
use super::series::check_series;
use super::uptake::{check_list, is_list};
use super::validate::{check_field, check_name, check_range};
use super::with::check_with;

impl Draft {
    /// The scenario the draft gives, or every problem with it (SPEC §7).
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
        match check_imd(&self.imd) {
            Ok(imd) => scenario.imd = imd.unwrap_or(scenario.imd),
            Err(message) => errors.push(FieldError::new(FieldKey::Imd, message)),
        }
        self.check_shares(&scenario, &mut errors);
        self.check_global_ranges(&mut scenario, &mut errors);
        for (i, line) in self.lines.iter().take(MAX_LINES).enumerate() {
            let with = check_with(&self.lines, i);
            match (check_line(line, i + 1), with) {
                (Ok(mut l), Ok(with)) => {
                    l.with = with;
                    scenario.lines.push(l);
                }
                (Ok(_), Err(e)) => errors.push(e),
                (Err(mut e), with) => {
                    errors.append(&mut e);
                    errors.extend(with.err());
                }
            }
        }
        share_inputs(&mut scenario);
        if errors.is_empty() {
            errors = check_spread(&scenario);
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

impl FieldError {
    pub(super) fn new(key: FieldKey, message: String) -> FieldError {
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
    let joined = !line.with.trim().is_empty();
    for key in kind.keys().filter(|k| !(joined && SHARED_KEYS.contains(k))) {
        let f = &kind.field_of(key);
        if key == LineKey::Uptake && line.value(key).is_some_and(is_list) {
            check_ramp(line, n, &mut checked, &mut errors);
            continue;
        }
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
    if kind.counts_events() {
        let (equity, mut found) = check_line_equity(line, n, &prefix);
        checked.equity = equity;
        errors.append(&mut found);
        match check_series(&line.series, &prefix) {
            Ok(series) => checked.series = series,
            Err(found) => errors.extend(
                found
                    .into_iter()
                    .map(|(key, message)| FieldError::new(FieldKey::Series(n, key), message)),
            ),
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

/// Uptake given year by year (SPEC §2.2): a list has no range, which
/// stays for one number.
fn check_ramp(line: &LineDraft, n: usize, checked: &mut Line, errors: &mut Vec<FieldError>) {
    let prefix = format!("Line {n}: ");
    let key = LineKey::Uptake;
    match check_list(line.value(key).unwrap_or_default(), &prefix) {
        Ok((first, ramp)) => {
            checked.uptake = first;
            checked.ramp = ramp;
        }
        Err(message) => errors.push(FieldError::new(
            FieldKey::Line(n, Input::Value(key)),
            message,
        )),
    }
    let given = |end| {
        line.text(Input::End(key, end))
            .is_some_and(|t| !t.trim().is_empty())
    };
    if given(End::Low) || given(End::High) {
        errors.push(FieldError::new(
            FieldKey::Line(n, Input::End(key, End::Low)),
            format!("{prefix}a lowest and highest saving reached can be given for one number only, not for a list of years: clear them, or give year 1's alone"),
        ));
    }
}
