//! A line's own figures of SPEC §2.2 a year, before any group or year:
//! F, E and R, read by the projection, the year effects and the draws.

use super::kind::Kind;
use super::scenario::{Line, Scenario};

/// F of SPEC §2.2: the full saving a year, before optimism bias.
pub fn full_saving(line: &Line, pop: f64) -> f64 {
    match line.kind {
        Kind::Rate | Kind::Count => events_avoided(line, pop).unwrap_or(0.0) * line.unit,
        Kind::Spend => line.spend * line.pct / 100.0,
        Kind::Observed => line.saved * 12.0 / line.months,
        Kind::Cost => 0.0,
    }
}

/// E of SPEC §2.2, where the kind counts events.
pub fn events_avoided(line: &Line, pop: f64) -> Option<f64> {
    match line.kind {
        Kind::Rate => Some(pop * (line.base - line.after) / 1000.0),
        Kind::Count => Some(line.events * line.pct / 100.0),
        _ => None,
    }
}

/// R of SPEC §2.2: the recurring cost a year, for year 1's population.
pub fn recurring_cost(line: &Line, s: &Scenario) -> f64 {
    running_cost(line, s, 1.0)
}

/// R_t of SPEC §2.3 at today's prices: the cost per patient grows with the
/// population (`people` = n_t), the others do not.
pub fn running_cost(line: &Line, s: &Scenario, people: f64) -> f64 {
    line.annual + line.per_patient * s.pop * people + line.appts * line.appt_cost * s.days
}
