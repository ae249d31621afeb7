//! A line's monthly counts as NHS England's "Making Data Count" draws them
//! (SPEC §2.8): an XmR chart whose limits come from the baseline (the
//! months before the pilot) and are extended over the pilot, the four
//! special-cause rules, and the variation and assurance a board reads.
//! Lower is better: fewer events is the improvement.

/// The XmR constant: limits at the mean ± 2.66 mean moving ranges.
const SIGMA3: f64 = 2.66;
/// The months a chart needs before its limits are shown, and the months
/// its limits' period needs.
pub const MIN_MONTHS: usize = 13;
pub const MIN_PERIOD: usize = 12;
/// Months in a run or trend that signal special cause.
const RUN: usize = 6;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Special {
    None,
    Improvement,
    Concern,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Variation {
    Improvement,
    Concern,
    Common,
    None,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Assurance {
    Pass,
    Fail,
    HitAndMiss,
    None,
}

/// A period's mean and process limits.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Limits {
    pub mean: f64,
    /// The mean moving range: |xᵢ − xᵢ₋₁| over consecutive months.
    pub mr: f64,
    pub upper: f64,
    pub lower: f64,
}

impl Limits {
    /// The mean and limits of `x` (at least one month).
    pub fn of(x: &[f64]) -> Limits {
        let mean = x.iter().sum::<f64>() / x.len().max(1) as f64;
        let ranges: Vec<f64> = x.windows(2).map(|w| (w[1] - w[0]).abs()).collect();
        let mr = if ranges.is_empty() {
            0.0
        } else {
            ranges.iter().sum::<f64>() / ranges.len() as f64
        };
        Limits {
            mean,
            mr,
            upper: mean + SIGMA3 * mr,
            lower: mean - SIGMA3 * mr,
        }
    }

    fn upper_two(&self) -> f64 {
        self.mean + 2.0 / 3.0 * SIGMA3 * self.mr
    }

    fn lower_two(&self) -> f64 {
        self.mean - 2.0 / 3.0 * SIGMA3 * self.mr
    }
}

/// The chart of one series.
#[derive(Clone, Debug, PartialEq)]
pub struct Spc {
    /// The limits' period's mean and limits; the limits are shown only
    /// when `shown`.
    pub limits: Limits,
    pub shown: bool,
    /// Months in the limits' period (the baseline, or every month).
    pub period: usize,
    /// Months of the pilot (from `pilot_from`); 0 without one.
    pub pilot: usize,
    pub special: Vec<Special>,
    pub variation: Variation,
    pub assurance: Assurance,
    /// The limits the process now runs within, when they can be judged.
    pub now: Option<Limits>,
}

/// The chart of monthly `counts` whose pilot starts at month `pilot_at`
/// (0-based; None or 0 when there is no baseline before it), judged
/// against `target` events a month.
pub fn spc(counts: &[f64], pilot_at: Option<usize>, target: Option<f64>) -> Spc {
    let split = pilot_at.filter(|p| *p > 0 && *p < counts.len());
    let period = split.unwrap_or(counts.len());
    let limits = Limits::of(&counts[..period.max(1).min(counts.len())]);
    let shown = counts.len() >= MIN_MONTHS && period >= MIN_PERIOD;
    let special = if shown {
        flags(counts, &limits)
    } else {
        vec![Special::None; counts.len()]
    };
    let pilot = split.map_or(0, |p| counts.len() - p);
    let now = match split {
        Some(p) if pilot >= MIN_PERIOD => Some(Limits::of(&counts[p..])),
        None if shown => Some(limits),
        _ => None,
    };
    Spc {
        limits,
        shown,
        period,
        pilot,
        variation: variation(shown, special.last().copied()),
        assurance: assurance(now.as_ref(), target),
        special,
        now,
    }
}

fn variation(shown: bool, last: Option<Special>) -> Variation {
    match (shown, last) {
        (true, Some(Special::Improvement)) => Variation::Improvement,
        (true, Some(Special::Concern)) => Variation::Concern,
        (true, Some(Special::None)) => Variation::Common,
        _ => Variation::None,
    }
}

/// Lower is better: a target at or above the upper limit is met every
/// month; at or below the lower limit, never without change.
fn assurance(now: Option<&Limits>, target: Option<f64>) -> Assurance {
    match (now, target) {
        (Some(l), Some(t)) if t >= l.upper => Assurance::Pass,
        (Some(l), Some(t)) if t <= l.lower => Assurance::Fail,
        (Some(_), Some(_)) => Assurance::HitAndMiss,
        _ => Assurance::None,
    }
}

/// Each month's flag: its signals, low ones improvement and high ones
/// concern; a month with both is improvement.
pub fn flags(x: &[f64], l: &Limits) -> Vec<Special> {
    let mut low = vec![false; x.len()];
    let mut high = vec![false; x.len()];
    beyond_limits(x, l, &mut low, &mut high);
    shifts(x, l.mean, &mut low, &mut high);
    trends(x, &mut low, &mut high);
    two_of_three(x, l, &mut low, &mut high);
    low.iter()
        .zip(&high)
        .map(|(&lo, &hi)| match (lo, hi) {
            (true, _) => Special::Improvement,
            (false, true) => Special::Concern,
            _ => Special::None,
        })
        .collect()
}

/// Rule 1: a month strictly beyond a limit.
fn beyond_limits(x: &[f64], l: &Limits, low: &mut [bool], high: &mut [bool]) {
    for (i, &v) in x.iter().enumerate() {
        low[i] |= v < l.lower;
        high[i] |= v > l.upper;
    }
}

/// Marks every month of each run of at least `RUN` months for which
/// `member(i)` holds.
fn runs(n: usize, member: impl Fn(usize) -> bool, marks: &mut [bool]) {
    let mut start = 0;
    for i in 0..=n {
        if i < n && member(i) {
            continue;
        }
        if i - start >= RUN {
            marks[start..i].iter_mut().for_each(|m| *m = true);
        }
        start = i + 1;
    }
}

/// Rule 2: 6 or more months strictly on one side of the mean.
fn shifts(x: &[f64], mean: f64, low: &mut [bool], high: &mut [bool]) {
    runs(x.len(), |i| x[i] < mean, low);
    runs(x.len(), |i| x[i] > mean, high);
}

/// Rule 3: 6 or more months each strictly lower (or higher) than the one
/// before it in the run; a tie breaks it.
fn trends(x: &[f64], low: &mut [bool], high: &mut [bool]) {
    trend_runs(x, |a, b| b < a, low);
    trend_runs(x, |a, b| b > a, high);
}

fn trend_runs(x: &[f64], goes_on: impl Fn(f64, f64) -> bool, marks: &mut [bool]) {
    let mut start = 0;
    for i in 1..=x.len() {
        if i < x.len() && goes_on(x[i - 1], x[i]) {
            continue;
        }
        if i - start >= RUN {
            marks[start..i].iter_mut().for_each(|m| *m = true);
        }
        start = i;
    }
}

/// Rule 4: two of three consecutive months strictly beyond the same
/// two-sigma line, all three on that side of the mean; a month beyond the
/// limit is rule 1's. The months beyond the two-sigma line are flagged.
fn two_of_three(x: &[f64], l: &Limits, low: &mut [bool], high: &mut [bool]) {
    for w in 0..x.len().saturating_sub(2) {
        let three = &x[w..w + 3];
        let near_low = |v: f64| v < l.lower_two() && v >= l.lower;
        let near_high = |v: f64| v > l.upper_two() && v <= l.upper;
        if three.iter().all(|v| *v < l.mean) && three.iter().filter(|v| near_low(**v)).count() >= 2
        {
            (w..w + 3)
                .filter(|i| near_low(x[*i]))
                .for_each(|i| low[i] = true);
        }
        if three.iter().all(|v| *v > l.mean) && three.iter().filter(|v| near_high(**v)).count() >= 2
        {
            (w..w + 3)
                .filter(|i| near_high(x[*i]))
                .for_each(|i| high[i] = true);
        }
    }
}
