//! Who benefits (SPEC §2.11): the optional inputs that say how a line's
//! events and its effect spread over the five national IMD fifths, most
//! deprived first, read from their text with a message for each problem.
//! They never change a total: `fifths` splits the totals by them.

use super::number::{parse_number, plain};

/// Five figures, one a fifth, most deprived first.
pub type Q = [f64; 5];

/// England's population, 20% in each fifth by definition.
pub const ENGLAND: Q = [20.0; 5];

/// The fifths as people read them, most deprived first.
pub const FIFTH_NAMES: [&str; 5] = [
    "most deprived fifth",
    "second most deprived fifth",
    "middle fifth",
    "second least deprived fifth",
    "least deprived fifth",
];

/// A line's inputs of SPEC §2.11, as links name them (`l1.grad`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EquityKey {
    Grad,
    Reach,
    Health,
}

impl EquityKey {
    pub const ALL: [EquityKey; 3] = [EquityKey::Grad, EquityKey::Reach, EquityKey::Health];

    pub fn name(self) -> &'static str {
        match self {
            EquityKey::Grad => "grad",
            EquityKey::Reach => "reach",
            EquityKey::Health => "health",
        }
    }

    pub fn parse(name: &str) -> Option<EquityKey> {
        EquityKey::ALL.into_iter().find(|k| k.name() == name)
    }

    pub fn label(self) -> &'static str {
        match self {
            EquityKey::Grad => "How the rate before varies with deprivation",
            EquityKey::Reach => "How much of the effect reaches each fifth",
            EquityKey::Health => "Is a fall in these events itself a gain in health?",
        }
    }
}

/// How a line's baseline rate varies over the fifths.
#[derive(Clone, Debug, PartialEq)]
pub enum Grad {
    /// The most deprived fifth's rate as a multiple of the least
    /// deprived's, with a straight line between.
    Ratio(f64),
    /// Five relative rates, most deprived first.
    Rates(Q),
}

impl Default for Grad {
    fn default() -> Self {
        Grad::Ratio(1.0)
    }
}

impl Grad {
    /// g_q: each fifth's relative rate.
    pub fn relative(&self) -> Q {
        match self {
            Grad::Ratio(g) => std::array::from_fn(|q| 1.0 + (g - 1.0) * (4 - q) as f64 / 4.0),
            Grad::Rates(rates) => *rates,
        }
    }

    /// As links write it.
    pub fn link_text(&self) -> String {
        match self {
            Grad::Ratio(g) => plain(*g),
            Grad::Rates(rates) => list_text(rates),
        }
    }
}

/// A line's inputs of SPEC §2.11 as checked.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LineEquity {
    pub grad: Grad,
    /// Relative weights of the effect by fifth; None for the same
    /// proportional fall in every fifth.
    pub reach: Option<Q>,
    pub health: bool,
}

impl LineEquity {
    /// A gradient or a reach was entered.
    pub fn entered(&self) -> bool {
        self.grad != Grad::default() || self.reach.is_some()
    }
}

/// Five numbers comma-separated, as links write them.
pub fn list_text(values: &Q) -> String {
    values.map(plain).join(",")
}

/// The numbers in a list as typed, separated by commas, semicolons,
/// spaces, tabs or lines.
fn read_list(text: &str) -> Result<Vec<f64>, String> {
    text.split(|c: char| c == ',' || c == ';' || c.is_whitespace())
        .filter(|p| !p.is_empty())
        .map(|p| parse_number(p).ok_or_else(|| p.to_string()))
        .collect()
}

/// Five numbers ≥ 0, or what is wrong with them.
fn five(text: &str, what: &str) -> Result<Q, String> {
    let values = read_list(text).map_err(|bad| format!("{what}: “{bad}” is not a number"))?;
    let q: Q = values.clone().try_into().map_err(|_| {
        format!(
            "{what} must be five numbers, most deprived fifth first, separated by commas: there are {}",
            values.len()
        )
    })?;
    match q.iter().position(|v| *v < 0.0) {
        Some(i) => Err(format!(
            "{what} cannot be below 0: the {}'s is {}",
            FIFTH_NAMES[i],
            plain(q[i])
        )),
        None => Ok(q),
    }
}

/// `imd`: the population's % in each fifth, summing to 100 ± 0.5; None
/// when not given (England's 20% each).
pub fn check_imd(text: &str) -> Result<Option<Q>, String> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    let what = "The population in each deprivation fifth";
    let q = five(text, what)?;
    let total: f64 = q.iter().sum();
    if (total - 100.0).abs() > 0.5 {
        return Err(format!(
            "{what} must add up to 100%: these add up to {}%",
            plain((total * 100.0).round() / 100.0)
        ));
    }
    Ok(Some(q))
}

/// `grad`: one number 0.1 … 10, or five relative rates not all 0.
pub fn check_grad(text: &str, prefix: &str) -> Result<Grad, String> {
    if text.trim().is_empty() {
        return Ok(Grad::default());
    }
    let what = format!("{prefix}how the rate before varies with deprivation");
    if let Ok([g]) = read_list(text).as_deref() {
        let g = *g;
        return if (0.1..=10.0).contains(&g) {
            Ok(Grad::Ratio(g))
        } else {
            Err(format!("{what} must be one number from 0.1 to 10 (the most deprived fifth's rate as a multiple of the least deprived's), or five relative rates"))
        };
    }
    let q = five(text, &what)?;
    if q.iter().all(|v| *v == 0.0) {
        return Err(format!("{what} cannot be 0 in every fifth"));
    }
    Ok(Grad::Rates(q))
}

/// `reach`: five relative weights ≥ 0 (whether they are 0 where people
/// live is checked with the population's shares).
pub fn check_reach(text: &str, prefix: &str) -> Result<Option<Q>, String> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    five(
        text,
        &format!("{prefix}how much of the effect reaches each fifth"),
    )
    .map(Some)
}

/// `health`: 1 or 0 (empty is 0).
pub fn check_health(text: &str, prefix: &str) -> Result<bool, String> {
    match text.trim() {
        "" | "0" => Ok(false),
        "1" => Ok(true),
        _ => Err(format!(
            "{prefix}whether a fall in these events is a gain in health must be 1 (yes) or 0 (no)"
        )),
    }
}
