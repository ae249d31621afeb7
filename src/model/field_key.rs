//! `FieldKey`: any field of the form, as errors, ids, test hooks and links
//! name it.

use super::equity::EquityKey;
use super::fields::Field;
use super::keys::{End, GlobalKey, Input};
use super::series::SeriesKey;

/// Any field of the form: how errors, ids and test hooks name it (SPEC §8:
/// `error-pop`, `error-l2.after`). Lines count from 1.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FieldKey {
    Name,
    Global(GlobalKey),
    /// One end of a global's range: `threshold.lo`.
    GlobalEnd(GlobalKey, End),
    LineName(usize),
    Kind(usize),
    Funder(usize),
    /// The line whose events it also reduces (SPEC §2.10).
    With(usize),
    Line(usize, Input),
    /// A line's monthly counts and their months (SPEC §2.8).
    Series(usize, SeriesKey),
    /// The population's shares of the IMD fifths (SPEC §2.11).
    Imd,
    /// A line's deprivation inputs (SPEC §2.11).
    Equity(usize, EquityKey),
}

impl std::fmt::Display for FieldKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FieldKey::Name => f.write_str("name"),
            FieldKey::Global(key) => f.write_str(key.name()),
            FieldKey::GlobalEnd(key, end) => write!(f, "{}.{}", key.name(), end.name()),
            FieldKey::LineName(n) => write!(f, "l{n}.name"),
            FieldKey::Kind(n) => write!(f, "l{n}.kind"),
            FieldKey::Funder(n) => write!(f, "l{n}.funder"),
            FieldKey::With(n) => write!(f, "l{n}.with"),
            FieldKey::Line(n, input) => write!(f, "l{n}.{}", input.name()),
            FieldKey::Series(n, key) => write!(f, "l{n}.{}", key.name()),
            FieldKey::Imd => f.write_str("imd"),
            FieldKey::Equity(n, key) => write!(f, "l{n}.{}", key.name()),
        }
    }
}

impl FieldKey {
    /// A field as a link or the page's markup names it.
    pub fn parse(name: &str) -> Option<FieldKey> {
        match name {
            "name" => return Some(FieldKey::Name),
            "imd" => return Some(FieldKey::Imd),
            _ => {}
        }
        if let Some(key) = GlobalKey::parse(name) {
            return Some(FieldKey::Global(key));
        }
        if let Some(field) = global_end(name) {
            return Some(field);
        }
        let (number, rest) = name.strip_prefix('l')?.split_once('.')?;
        // `l01.after` is not line 1: a link writes numbers plainly.
        let n: usize = number
            .parse()
            .ok()
            .filter(|n: &usize| *n >= 1 && n.to_string() == number)?;
        Some(match rest {
            "name" => FieldKey::LineName(n),
            "kind" => FieldKey::Kind(n),
            "funder" => FieldKey::Funder(n),
            "with" => FieldKey::With(n),
            rest => match (SeriesKey::parse(rest), EquityKey::parse(rest)) {
                (Some(key), _) => FieldKey::Series(n, key),
                (_, Some(key)) => FieldKey::Equity(n, key),
                _ => FieldKey::Line(n, Input::parse(rest)?),
            },
        })
    }

    /// The line it belongs to, from 1.
    pub fn line(&self) -> Option<usize> {
        match self {
            FieldKey::LineName(n)
            | FieldKey::Kind(n)
            | FieldKey::Funder(n)
            | FieldKey::With(n)
            | FieldKey::Series(n, _)
            | FieldKey::Equity(n, _)
            | FieldKey::Line(n, _) => Some(*n),
            FieldKey::Name | FieldKey::Imd | FieldKey::Global(_) | FieldKey::GlobalEnd(..) => None,
        }
    }

    /// One end of this input's range: `l2.after.lo`, `threshold.hi`.
    pub fn end(&self, end: End) -> Option<FieldKey> {
        match self {
            FieldKey::Line(n, Input::Value(key)) if key.can_range() => {
                Some(FieldKey::Line(*n, Input::End(*key, end)))
            }
            FieldKey::Global(key) if key.can_range() => Some(FieldKey::GlobalEnd(*key, end)),
            _ => None,
        }
    }

    /// The input's field in the table, where it is a number.
    pub fn field(&self) -> Option<&'static Field> {
        match self {
            FieldKey::Global(key) | FieldKey::GlobalEnd(key, _) => Some(key.field()),
            FieldKey::Line(_, input) => Some(input.key().field()),
            _ => None,
        }
    }

    /// The same field on line `n`.
    pub fn on_line(&self, n: usize) -> FieldKey {
        match self {
            FieldKey::LineName(_) => FieldKey::LineName(n),
            FieldKey::Kind(_) => FieldKey::Kind(n),
            FieldKey::Funder(_) => FieldKey::Funder(n),
            FieldKey::With(_) => FieldKey::With(n),
            FieldKey::Line(_, input) => FieldKey::Line(n, *input),
            FieldKey::Equity(_, key) => FieldKey::Equity(n, *key),
            other => other.clone(),
        }
    }
}

/// `threshold.lo`: one end of a global that takes a range.
fn global_end(name: &str) -> Option<FieldKey> {
    let (key, end) = name.split_once('.')?;
    let key = GlobalKey::parse(key).filter(|k| k.can_range())?;
    Some(FieldKey::GlobalEnd(key, End::parse(end)?))
}
