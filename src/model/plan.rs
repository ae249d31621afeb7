//! How long a pilot must run (SPEC §2.9): the power of a rate line's pilot
//! as run, the months of pilot and the population that 80% power needs,
//! for a fall from `base` to `after` events per 1,000 a year, with the
//! baseline's extra-Poisson variation when its months show some.

use super::evidence::normal_cdf;
use super::spc::{Limits, MIN_PERIOD};

/// z for a two-sided 5% test, and for 80% power.
const Z_ALPHA: f64 = 1.959964;
const Z_POWER: f64 = 0.841621;
/// d₂ for moving ranges of two: σ = MR̄ / 1.128.
const D2: f64 = 1.128;

/// The plan of one line; each figure None where it cannot be had.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Plan {
    /// The extra-Poisson variation used, φ ≥ 1.
    pub phi: f64,
    /// % chance the pilot as run shows a fall this large.
    pub power: Option<f64>,
    /// Months of pilot for 80% power.
    pub months: Option<f64>,
    /// Population for 80% power.
    pub pop: Option<f64>,
}

/// `baseline`: the series' months before the pilot, when a series gives
/// them; `pilot_months`: how long the pilot ran (0 when not given).
pub fn plan(
    pop: f64,
    base: f64,
    after: f64,
    pilot_months: f64,
    baseline: Option<&[f64]>,
) -> Option<Plan> {
    if !(base > after && after >= 0.0 && pop > 0.0) {
        return None;
    }
    let phi = baseline
        .filter(|b| b.len() >= MIN_PERIOD)
        .map_or(1.0, |b| overdispersion(&Limits::of(b)));
    let k = (Z_ALPHA + Z_POWER).powi(2);
    let (m0, m1) = (pop * base / 12_000.0, pop * after / 12_000.0);
    let d2 = (m0.sqrt() - m1.sqrt()).powi(2);
    let t1 = (pilot_months > 0.0).then_some(pilot_months);
    let t0 = baseline.map(|b| b.len() as f64).filter(|t| *t > 0.0).or(t1);
    let power = t0.zip(t1).map(|(t0, t1)| {
        let se = (phi * (1.0 / (4.0 * t0) + 1.0 / (4.0 * t1))).sqrt();
        100.0 * normal_cdf(d2.sqrt() / se - Z_ALPHA)
    });
    let months = t0.and_then(|t0| {
        let room = d2 / (k * phi) - 1.0 / (4.0 * t0);
        (room > 0.0).then(|| 1.0 / (4.0 * room))
    });
    let per_person = ((base / 12_000.0).sqrt() - (after / 12_000.0).sqrt()).powi(2);
    let needed = t0
        .zip(t1)
        .map(|(t0, t1)| k * phi * (1.0 / (4.0 * t0) + 1.0 / (4.0 * t1)) / per_person);
    Some(Plan {
        phi,
        power,
        months,
        pop: needed,
    })
}

/// φ = max(1, (MR̄ / 1.128)² / x̄): how much more the months vary than
/// counts of chance events would.
fn overdispersion(l: &Limits) -> f64 {
    if l.mean <= 0.0 {
        return 1.0;
    }
    ((l.mr / D2).powi(2) / l.mean).max(1.0)
}

/// Line `i`'s plan, for a `rate` line that falls: with the series'
/// baseline when the series has a pilot's start, and the baseline's months.
pub fn line_plan(s: &super::Scenario, i: usize) -> Option<(Plan, Option<usize>)> {
    let line = s.lines.get(i).filter(|l| l.kind == super::Kind::Rate)?;
    let baseline = line
        .series
        .as_ref()
        .filter(|x| x.pilot_at.is_some())
        .map(|x| x.baseline());
    let p = plan(s.pop, line.base, line.after, line.pilot_months, baseline)?;
    Some((p, baseline.map(<[f64]>::len)))
}
