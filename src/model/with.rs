//! "Acts on the same events as" (SPEC §2.10) checked: a line may join
//! another `rate`, `count` or `spend` line of its own kind that has no
//! `with` itself. Every other choice is an error beside the field, in
//! words that name the lines.

use super::draft::{FieldError, LineDraft};
use super::keys::FieldKey;
use super::kind::Kind;

/// Line i's events' line, from 0: none for its own events.
pub fn check_with(lines: &[LineDraft], i: usize) -> Result<Option<usize>, FieldError> {
    let text = lines[i].with.trim();
    if text.is_empty() {
        return Ok(None);
    }
    let n = i + 1;
    let error = |message: String| FieldError {
        key: FieldKey::With(n),
        message,
    };
    let Some(m) = text.parse::<usize>().ok().filter(|m| *m >= 1) else {
        return Err(error(format!(
            "Line {n}: the line whose events it acts on must be a line's number, such as 1"
        )));
    };
    if m == n {
        return Err(error(format!(
            "Line {n} cannot act on its own events as another line's: choose another line, or its own events"
        )));
    }
    let Some(target) = lines.get(m - 1) else {
        return Err(error(format!(
            "Line {n} acts on the events of line {m}, but there is no line {m}: choose another line, or its own events"
        )));
    };
    let (Some(own), Some(theirs)) = (lines[i].kind(), target.kind()) else {
        return Err(error(format!(
            "Line {n}: choose what kind of saving lines {n} and {m} are first"
        )));
    };
    if !joins(own) {
        return Err(error(format!(
            "Line {n} is {}: only a line of fewer events or lower spending can act on another line's",
            lower(own)
        )));
    }
    if !joins(theirs) {
        return Err(error(format!(
            "Line {n} cannot act on line {m}'s events: line {m} is {}, with no events or spending of its own",
            lower(theirs)
        )));
    }
    if own != theirs {
        return Err(error(format!(
            "Line {n} cannot act on line {m}'s events: line {n} is {} but line {m} is {}, and only lines of the same kind share their events",
            lower(own),
            lower(theirs)
        )));
    }
    if let Some(further) = target
        .with
        .trim()
        .parse::<usize>()
        .ok()
        .filter(|_| !target.with.trim().is_empty())
    {
        return Err(error(format!(
            "Line {n} cannot act on line {m}'s events: line {m} itself acts on line {further}'s, so choose line {further}"
        )));
    }
    if !target.with.trim().is_empty() {
        return Err(error(format!(
            "Line {n} cannot act on line {m}'s events: line {m} itself acts on another line's"
        )));
    }
    Ok(Some(m - 1))
}

/// Whether lines of the kind can share their events (SPEC §2.10).
pub fn joins(kind: Kind) -> bool {
    matches!(kind, Kind::Rate | Kind::Count | Kind::Spend)
}

/// The kind in words inside a sentence: “fewer events per 1,000”.
fn lower(kind: Kind) -> String {
    format!(
        "\u{201c}{}\u{201d}",
        crate::text::lower_first(kind.describe())
    )
}
