//! One input's text checked against SPEC §2's limits (and §7's lenient
//! reading), with a message that says what is wrong and what is allowed.

use super::fields::{Field, Unit};
use super::keys::End;
use super::number::{group_thousands, parse_number, plain};
use crate::text::{capitalise, lower_first};

/// Reads one number against its limits. `Ok(None)` is an optional field
/// left empty. `prefix` names the line ("Line 2: ") in messages.
pub fn check_field(f: &Field, text: Option<&str>, prefix: &str) -> Result<Option<f64>, String> {
    check_labelled(f, &lower_first(f.label), text, prefix)
}

/// A line input's lowest and highest (SPEC §2.5), given their text: both
/// or neither, each within the input's limits, and lo ≤ value ≤ hi. An
/// error names the end it belongs to. A NaN value (the input itself is
/// wrong) is never out of order.
pub fn check_range(
    f: &Field,
    (lo, hi): (Option<&str>, Option<&str>),
    value: f64,
    prefix: &str,
) -> Result<Option<(f64, f64)>, (End, String)> {
    let label = lower_first(f.label);
    let end = |end: End, word: &str, text: Option<&str>| {
        let optional = Field {
            optional: true,
            ..*f
        };
        check_labelled(&optional, &format!("{word} {label}"), text, prefix).map_err(|m| (end, m))
    };
    let say = |end: End, text: String| Err((end, sentence(prefix, &text)));
    let show = |v: f64| show_limit(v, f.unit);
    match (end(End::Low, "lowest", lo)?, end(End::High, "highest", hi)?) {
        (None, None) => Ok(None),
        (Some(_), None) => say(
            End::High,
            format!("enter the highest {label} as well as the lowest, or clear the lowest"),
        ),
        (None, Some(_)) => say(
            End::Low,
            format!("enter the lowest {label} as well as the highest, or clear the highest"),
        ),
        (Some(lo), Some(_)) if lo > value => say(
            End::Low,
            format!(
                "lowest {label} must be {} or less, the figure itself",
                show(value)
            ),
        ),
        (Some(_), Some(hi)) if hi < value => say(
            End::High,
            format!(
                "highest {label} must be {} or more, the figure itself",
                show(value)
            ),
        ),
        (Some(lo), Some(hi)) => Ok(Some((lo, hi))),
    }
}

/// A name of at most `max` characters, trimmed.
pub fn check_name(text: &str, max: usize, label: &str) -> Result<String, String> {
    let name = text.trim();
    if name.chars().count() > max {
        Err(format!("{label} must be {max} characters or fewer"))
    } else {
        Ok(name.to_string())
    }
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
