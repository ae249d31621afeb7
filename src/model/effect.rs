//! What each line saves in a year at today's prices, its lines that act on
//! the same events (SPEC §2.10) credited their share: the one place the
//! yearly projection, the per-line figures and the Monte Carlo read it.

use super::capacity::really_avoided;
use super::kind::Kind;
use super::line_year::{events_avoided, full_saving};
use super::overlap::{baseline, credits, groups, Credits, Reach};
use super::scenario::{Line, Scenario};

/// A line's year at today's prices, optimism bias applied.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Effect {
    /// s_i,t before inflation.
    pub saving: f64,
    /// The events it is credited with, k × credit; none where the kind
    /// counts none.
    pub events: Option<f64>,
    /// real_i,t before inflation: the cost really avoided.
    pub real: f64,
}

/// Each line's effect in the year `reach`: a line on its own as SPEC §2.3
/// has it, a group's members by their credits.
pub fn effects(s: &Scenario, reach: Reach) -> Vec<Effect> {
    let mut out: Vec<Effect> = s
        .lines
        .iter()
        .map(|line| alone(line, s, s.k() * reach.of(line) * reach.people(s)))
        .collect();
    for members in groups(s) {
        let found = group_credits(s, &members, reach);
        for (i, effect) in group_effects(s, &members, &found, 1.0) {
            out[i] = effect;
        }
    }
    out
}

/// A line on its own, reaching `reach` = k × u × n of its full saving.
pub fn alone(line: &Line, s: &Scenario, reach: f64) -> Effect {
    let saving = reach * full_saving(line, s.pop);
    let events = events_avoided(line, s.pop).map(|e| e * reach);
    Effect {
        saving,
        events,
        real: really_avoided(line, saving, events),
    }
}

/// The group's credits, its baseline read from its events' line and
/// grown with the population (B_t of SPEC §2.10).
pub fn group_credits(s: &Scenario, members: &[usize], reach: Reach) -> Credits {
    let b = baseline(&s.lines[members[0]], s.pop) * reach.people(s);
    credits(s, members, b, reach)
}

/// Each member's effect from its credit: saving at the group's unit
/// cost, and the cost really avoided as the group's share, or with a step
/// the group's whole steps shared out by credit (SPEC §2.10, §2.7). The
/// credits are scaled by `scale` (a later year's population, since the
/// credits grow with the baseline) before any step is counted.
pub fn group_effects(
    s: &Scenario,
    members: &[usize],
    found: &Credits,
    scale: f64,
) -> Vec<(usize, Effect)> {
    let k = s.k();
    let head = &s.lines[members[0]];
    let counts = head.kind.counts_events();
    let stepped = counts && head.step > 0.0;
    let together = found.together * scale;
    let group_real = if stepped && k * together > 0.0 {
        (k * together / head.step + 1e-9).floor() * head.step_cost
    } else {
        0.0
    };
    members
        .iter()
        .zip(&found.credit)
        .map(|(&i, &credit)| {
            let credit = credit * scale;
            let events = k * credit;
            let saving = if head.kind == Kind::Spend {
                events
            } else {
                events * head.unit
            };
            let real = if !stepped {
                saving * (head.avoid / 100.0)
            } else if together > 0.0 {
                group_real * credit / together
            } else {
                0.0
            };
            let events = counts.then_some(events);
            (
                i,
                Effect {
                    saving,
                    events,
                    real,
                },
            )
        })
        .collect()
}
