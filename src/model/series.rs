//! A line's monthly counts as typed (SPEC §2.8 `series`, `series_from`,
//! `pilot_from`): read from a column pasted out of a spreadsheet, one
//! figure a line or separated by commas or tabs, with or without a month
//! beside each; each problem said in words, the text never changed.

use super::spc::{spc, Spc};

/// The three inputs of a line's series, as links name them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SeriesKey {
    Counts,
    From,
    PilotFrom,
}

/// The most months a series holds: ten years.
pub const MAX_MONTHS: usize = 120;

impl SeriesKey {
    pub const ALL: [SeriesKey; 3] = [SeriesKey::Counts, SeriesKey::From, SeriesKey::PilotFrom];

    pub fn name(self) -> &'static str {
        match self {
            SeriesKey::Counts => "series",
            SeriesKey::From => "series_from",
            SeriesKey::PilotFrom => "pilot_from",
        }
    }

    pub fn parse(name: &str) -> Option<SeriesKey> {
        SeriesKey::ALL.into_iter().find(|k| k.name() == name)
    }

    pub fn label(self) -> &'static str {
        match self {
            SeriesKey::Counts => "Events each month",
            SeriesKey::From => "First month",
            SeriesKey::PilotFrom => "Month the pilot started",
        }
    }

    pub fn hint(self) -> &'static str {
        match self {
            SeriesKey::Counts => "Paste a column from a spreadsheet: one month a line, oldest first, with or without the month beside it; or type the figures separated by commas. Up to 120 months, no gaps",
            SeriesKey::From => "The month of the first figure, as year and month: for example 2025-04",
            SeriesKey::PilotFrom => "Optional: the months before it are the baseline the pilot is judged against. For example 2026-04",
        }
    }
}

/// A month as a count of months since year 0: 2025-04 is 2025 × 12 + 3.
pub type Month = i32;

/// "2025-04" → the month; also "2025-4" and "04/2025".
pub fn parse_month(text: &str) -> Option<Month> {
    let text = text.trim();
    let (year, month) = match text.split_once(['-', '/']) {
        Some((a, b)) if a.len() == 4 => (a, b),
        Some((a, b)) => (b, a),
        None => return None,
    };
    let year: i32 = year.trim().parse().ok()?;
    let month: i32 = month.trim().parse().ok()?;
    ((2000..=2100).contains(&year) && (1..=12).contains(&month)).then_some(year * 12 + month - 1)
}

/// "Apr 2025".
pub fn month_name(month: Month) -> String {
    const NAMES: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    format!(
        "{} {}",
        NAMES[month.rem_euclid(12) as usize],
        month.div_euclid(12)
    )
}

/// "2025-04", as links write a month.
pub fn month_key(month: Month) -> String {
    format!("{}-{:02}", month.div_euclid(12), month.rem_euclid(12) + 1)
}

/// The counts in `text`, oldest first, or what is wrong with them.
pub fn parse_counts(text: &str) -> Result<Vec<f64>, String> {
    let rows: Vec<&str> = text.trim_end().lines().collect();
    // One line of figures is a list; more lines are a pasted column,
    // whose last cell is the figure (a month may be beside it).
    let cells: Vec<&str> = if rows.len() <= 1 {
        text.trim().split([',', '\t', ';']).collect()
    } else {
        rows.iter()
            .map(|row| {
                row.split(['\t', ',', ';'])
                    .map(str::trim)
                    .rfind(|c| !c.is_empty())
                    .unwrap_or("")
            })
            .collect()
    };
    if cells.len() > MAX_MONTHS {
        return Err(format!(
            "{} months are more than the {MAX_MONTHS} a chart takes: keep the latest {MAX_MONTHS}",
            cells.len()
        ));
    }
    cells
        .iter()
        .enumerate()
        .map(|(i, cell)| count(cell.trim(), i + 1))
        .collect()
}

fn count(cell: &str, month: usize) -> Result<f64, String> {
    if cell.is_empty() {
        return Err(format!("Month {month} is blank: enter its events, 0 if there were none (a gap breaks the chart)"));
    }
    match cell.replace([' ', '\u{a0}'], "").parse::<f64>() {
        Ok(v) if v >= 0.0 && v.fract() == 0.0 && v <= 1e9 => Ok(v),
        Ok(v) if v < 0.0 => Err(format!(
            "Month {month} is {cell}: events cannot be fewer than 0"
        )),
        _ => Err(format!(
            "Month {month} is \u{201c}{cell}\u{201d}: enter the events as a whole number"
        )),
    }
}

/// A line's series as checked.
#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    pub counts: Vec<f64>,
    pub from: Month,
    /// The pilot's first month, counted from the series' first (0-based);
    /// None without one.
    pub pilot_at: Option<usize>,
}

impl Series {
    pub fn month(&self, i: usize) -> Month {
        self.from + i as i32
    }

    /// The baseline: the months before the pilot, or every month.
    pub fn baseline(&self) -> &[f64] {
        &self.counts[..self.pilot_at.unwrap_or(self.counts.len())]
    }

    pub fn pilot(&self) -> &[f64] {
        &self.counts[self.pilot_at.unwrap_or(self.counts.len())..]
    }

    /// The chart, against `target` events a month.
    pub fn chart(&self, target: Option<f64>) -> Spc {
        spc(&self.counts, self.pilot_at, target)
    }

    /// The counts as a link writes them.
    pub fn link_text(counts: &[f64]) -> String {
        counts
            .iter()
            .map(|c| format!("{c}"))
            .collect::<Vec<_>>()
            .join(",")
    }
}

/// The series of `texts` (counts, first month, pilot's month), or each
/// problem by its key; None when no counts were given.
pub fn check_series(
    texts: &[String; 3],
    prefix: &str,
) -> Result<Option<Series>, Vec<(SeriesKey, String)>> {
    let [counts, from, pilot] = texts;
    if counts.trim().is_empty() {
        return Ok(None);
    }
    let mut errors = Vec::new();
    let counts =
        parse_counts(counts).map_err(|m| errors.push((SeriesKey::Counts, format!("{prefix}{m}"))));
    let first = match from.trim() {
        "" => {
            errors.push((SeriesKey::From, format!("{prefix}enter the first month of the counts, for example 2025-04")));
            None
        }
        text => parse_month(text).or_else(|| {
            errors.push((SeriesKey::From, format!("{prefix}the first month must be a year from 2000 to 2100 and a month, for example 2025-04")));
            None
        }),
    };
    let pilot = match pilot.trim() {
        "" => Ok(None),
        text => parse_month(text).map(Some).ok_or(()),
    };
    let (Ok(counts), Some(first)) = (counts, first) else {
        return Err(errors);
    };
    let last = first + counts.len() as i32 - 1;
    let pilot_at = match pilot {
        Ok(Some(m)) if (first..=last).contains(&m) => Some((m - first) as usize),
        Ok(None) => None,
        _ => {
            errors.push((SeriesKey::PilotFrom, format!("{prefix}the pilot\u{2019}s first month must be within the counts, {} to {}, for example {}", month_key(first), month_key(last), month_key(last))));
            None
        }
    };
    if errors.is_empty() {
        Ok(Some(Series {
            counts,
            from: first,
            pilot_at,
        }))
    } else {
        Err(errors)
    }
}

/// The line's target as events a month, for assurance (SPEC §2.8): the
/// rate with the pilot, or the events less the reduction.
pub fn monthly_target(line: &super::Line, pop: f64) -> Option<f64> {
    match line.kind {
        super::Kind::Rate => Some(line.after * pop / 12_000.0),
        super::Kind::Count => Some(line.events * (1.0 - line.pct / 100.0) / 12.0),
        _ => None,
    }
    .filter(|t| t.is_finite())
}

/// "Use these figures": the baseline's and the pilot's mean as the line's
/// inputs; none without months on both sides of the pilot's start.
pub fn figures_from(
    line: &super::Line,
    series: &Series,
    pop: f64,
) -> Option<Vec<(super::LineKey, f64)>> {
    use super::LineKey;
    let (before, during) = (series.baseline(), series.pilot());
    if before.is_empty() || during.is_empty() || series.pilot_at.is_none() {
        return None;
    }
    let mean = |x: &[f64]| x.iter().sum::<f64>() / x.len() as f64;
    let (b, p) = (mean(before), mean(during));
    match line.kind {
        super::Kind::Rate => Some(vec![
            (LineKey::Base, b * 12_000.0 / pop),
            (LineKey::After, p * 12_000.0 / pop),
            (LineKey::PilotMonths, during.len() as f64),
        ]),
        super::Kind::Count if b > 0.0 => Some(vec![
            (LineKey::Events, b * 12.0),
            (LineKey::Pct, 100.0 * (1.0 - p / b)),
        ]),
        _ => None,
    }
}
