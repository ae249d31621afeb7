//! A line's uptake year by year (SPEC §2.2): one number is year 1's, with
//! 100% after (what every earlier release meant); a list is years 1, 2,
//! 3, …, its last kept for the years after, a ramp as NICE's resource
//! impact templates have.

use super::number::{parse_number, plain};

/// The most years a list may give.
pub const MAX_YEARS: usize = 10;

/// The uptake of a line, %, year by year.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Ramp {
    /// Years 2, 3, … as given, the last kept; empty for 100% from year 2.
    pub later: Vec<f64>,
}

impl Ramp {
    /// u_t in %, `first` being year 1's.
    pub fn in_year(&self, first: f64, t: u32) -> f64 {
        match (t, self.later.last()) {
            (0 | 1, _) => first,
            (_, None) => 100.0,
            (t, Some(last)) => *self.later.get(t as usize - 2).unwrap_or(last),
        }
    }

    /// The first year from which uptake no longer changes: 1 when it is
    /// 100% throughout.
    pub fn settles(&self, first: f64) -> u32 {
        match self.later.len() {
            0 if first == 100.0 => 1,
            0 => 2,
            n => n as u32 + 1,
        }
    }

    /// The list as a link writes it: `25,60,90`; just year 1's for one number.
    pub fn link_text(&self, first: f64) -> String {
        std::iter::once(first)
            .chain(self.later.iter().copied())
            .map(plain)
            .collect::<Vec<_>>()
            .join(",")
    }
}

/// Whether the text is a list of years rather than one number. No uptake
/// needs a thousands separator, so a comma always separates years.
pub fn is_list(text: &str) -> bool {
    text.contains(',')
}

/// A list of uptakes as typed, checked: each 0 … 100 (`%` allowed), no
/// gap, at most ten. The error says which year is wrong.
pub fn check_list(text: &str, prefix: &str) -> Result<(f64, Ramp), String> {
    let items: Vec<&str> = text.split(',').map(str::trim).collect();
    if items.len() > MAX_YEARS {
        return Err(format!(
            "{prefix}give the saving reached for at most {MAX_YEARS} years, the last kept for the years after: this gives {}",
            items.len()
        ));
    }
    let mut values = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        let year = i + 1;
        if item.is_empty() {
            return Err(format!(
                "{prefix}the saving reached in year {year} is missing: give a % for every year up to the last, separated by commas"
            ));
        }
        match parse_number(item).filter(|v| (0.0..=100.0).contains(v)) {
            Some(v) => values.push(v),
            None => {
                return Err(format!(
                    "{prefix}the saving reached in year {year} must be a number between 0% and 100%"
                ))
            }
        }
    }
    let first = values.remove(0);
    Ok((first, Ramp { later: values }))
}
