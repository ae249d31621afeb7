//! One-way sensitivity (SPEC §2.5): the figures with each ranged input at
//! its lowest and at its highest, every other input at its value, worked
//! out with the yearly projection itself.

use super::keys::{FieldKey, Input};
use super::project::project;
use super::scenario::Scenario;

/// The figures a one-way change moves: the scheme's npv, the NHS-wide
/// npv, and what primary care is left with over the horizon.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Outcome {
    pub npv: f64,
    pub nhs_npv: f64,
    pub primary_total: f64,
}

impl Outcome {
    fn of(s: &Scenario) -> Outcome {
        let summary = project(s).summary;
        Outcome {
            npv: summary.npv,
            nhs_npv: summary.nhs_npv,
            primary_total: summary.primary_total,
        }
    }
}

/// The figures with one input at its lowest and at its highest, all others
/// at their values.
#[derive(Clone, Debug, PartialEq)]
pub struct Swing {
    /// The input: `l2.after`, or a global such as `threshold`.
    pub field: FieldKey,
    pub lo: f64,
    pub hi: f64,
    pub low: Outcome,
    pub high: Outcome,
}

impl Swing {
    /// How far npv moves; for ties (inputs that only say how the money
    /// lands), how far the NHS-wide value does, then primary care's figure.
    pub fn size(&self) -> (f64, f64, f64) {
        (
            (self.high.npv - self.low.npv).abs(),
            (self.high.nhs_npv - self.low.nhs_npv).abs(),
            (self.high.primary_total - self.low.primary_total).abs(),
        )
    }
}

/// One-way sensitivity to every ranged input, largest swing in npv first,
/// worked out with the yearly projection itself.
pub fn tornado(s: &Scenario) -> Vec<Swing> {
    let mut swings = Vec::new();
    for (i, line) in s.lines.iter().enumerate() {
        for range in &line.ranges {
            let at = |v: f64| {
                let mut changed = s.clone();
                changed.lines[i].set(range.key, v);
                Outcome::of(&changed)
            };
            swings.push(Swing {
                field: FieldKey::Line(i + 1, Input::Value(range.key)),
                lo: range.lo,
                hi: range.hi,
                low: at(range.lo),
                high: at(range.hi),
            });
        }
    }
    for range in &s.ranges {
        let at = |v: f64| {
            let mut changed = s.clone();
            changed.set(range.key, Some(v));
            Outcome::of(&changed)
        };
        swings.push(Swing {
            field: FieldKey::Global(range.key),
            lo: range.lo,
            hi: range.hi,
            low: at(range.lo),
            high: at(range.hi),
        });
    }
    // Insertion sort: stable, and a few hundred swings at most.
    for i in 1..swings.len() {
        let mut j = i;
        while j > 0 && swings[j - 1].size() < swings[j].size() {
            swings.swap(j - 1, j);
            j -= 1;
        }
    }
    swings
}
