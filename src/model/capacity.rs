//! Capacity, and when it becomes cash (SPEC §2.7): the clinician time a
//! line's extra appointments take, and the whole units (a clinic list, a
//! bed, a post) its avoided events let a provider remove. Freed capacity
//! short of a whole unit is real but saves no money.

use std::ops::Add;

use super::scenario::Line;

/// A GP session: 4 hours 10 minutes.
pub const SESSION_HOURS: f64 = 25.0 / 6.0;
/// A whole-time equivalent's working day.
pub const WTE_DAY_HOURS: f64 = 7.5;

/// Clinician time a line's extra appointments take.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Workforce {
    /// Clinician hours a year.
    pub hours: f64,
    /// Whole-time equivalents of 7.5-hour days.
    pub wte: f64,
    /// GP sessions a week, five working days a week.
    pub sessions: f64,
}

impl Add for Workforce {
    type Output = Workforce;
    fn add(self, o: Workforce) -> Workforce {
        Workforce {
            hours: self.hours + o.hours,
            wte: self.wte + o.wte,
            sessions: self.sessions + o.sessions,
        }
    }
}

/// How a line's avoided events fall into whole units, at full effect.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Steps {
    /// Events a year that free one unit.
    pub step: f64,
    /// £ a year that removing one unit saves.
    pub step_cost: f64,
    /// E × k: the events avoided a year, after optimism bias.
    pub events: f64,
    /// Whole units the provider can remove.
    pub units: f64,
    /// Events a year still to avoid before one more unit can go.
    pub next: f64,
}

/// A line's steps at full effect, `events` being E × k; none where the
/// line has no step.
pub fn steps(line: &Line, events: Option<f64>) -> Option<Steps> {
    let units = whole_steps(line, events)?;
    let events = events.unwrap_or(0.0);
    Some(Steps {
        step: line.step,
        step_cost: line.step_cost,
        events,
        units,
        next: (units + 1.0) * line.step - events,
    })
}

/// The time a line's extra appointments take; none without any.
pub fn workforce(line: &Line, days: f64) -> Option<Workforce> {
    let hours_a_day = line.appts * line.appt_min / 60.0;
    (line.appts > 0.0).then(|| Workforce {
        hours: hours_a_day * days,
        wte: hours_a_day / WTE_DAY_HOURS,
        sessions: hours_a_day * 5.0 / SESSION_HOURS,
    })
}

/// Whole units that `events` avoided a year (k E u) let the provider
/// remove; none where the line has no step or counts no events. An exact
/// multiple counts despite rounding, and a rise in activity frees nothing.
pub fn whole_steps(line: &Line, events: Option<f64>) -> Option<f64> {
    let events = events.filter(|_| line.step > 0.0)?;
    Some(if events > 0.0 {
        (events / line.step + 1e-9).floor()
    } else {
        0.0
    })
}

/// real_i,t at today's prices: the cost the provider really stops
/// spending, for a year in which the line saves `saving` by avoiding
/// `events` (SPEC §2.6; with a step, whole steps only, §2.7).
pub fn really_avoided(line: &Line, saving: f64, events: Option<f64>) -> f64 {
    match whole_steps(line, events) {
        Some(steps) => steps * line.step_cost,
        None => saving * (line.avoid / 100.0),
    }
}
