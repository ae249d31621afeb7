//! The per-line and per-group figures of lines that act on the same
//! events (SPEC §2.10), at full effect: each member's credit and what it
//! would avoid alone, and the group's events together and the overlap.

use super::capacity::{steps, Steps};
use super::effect::group_credits;
use super::overlap::{baseline, groups, reduction, shares, Reach};
use super::scenario::Scenario;

/// A member's figures at full effect.
#[derive(Clone, Debug, PartialEq)]
pub struct Credited {
    /// Its credit: events (or £ of spending) a year, before optimism bias.
    pub events: f64,
    /// What it would avoid on its own, B × r.
    pub alone: f64,
    /// c_i: the share of its own effect it is credited with.
    pub share: f64,
    /// The group's whole steps, on its events' line; none on the others.
    pub steps: Option<Steps>,
}

/// A group at full effect, its events in the units of its lines' events
/// (£ for a group of spending lines).
#[derive(Clone, Debug, PartialEq)]
pub struct Group {
    /// Its lines, from 0, its events' line first.
    pub members: Vec<usize>,
    /// Each member's credit, and what it would avoid alone, in order.
    pub credits: Vec<f64>,
    pub alones: Vec<f64>,
    /// What the members avoid together.
    pub events: f64,
    /// What they would avoid alone, added up.
    pub alone: f64,
    /// What adding them up would count twice: alone − together.
    pub overlap: f64,
}

/// Each line's credit where it is in a group, and the groups.
pub fn credited(s: &Scenario) -> (Vec<Option<Credited>>, Vec<Group>) {
    let mut lines = vec![None; s.lines.len()];
    let mut found = Vec::new();
    for members in groups(s) {
        let head = &s.lines[members[0]];
        let b = baseline(head, s.pop);
        let credits = group_credits(s, &members, Reach::Full);
        let rs: Vec<f64> = members.iter().map(|&i| reduction(&s.lines[i])).collect();
        let share = shares(&rs);
        let group_steps = steps(
            head,
            Some(s.k() * credits.together).filter(|_| head.kind.counts_events()),
        );
        for (j, &i) in members.iter().enumerate() {
            lines[i] = Some(Credited {
                events: credits.credit[j],
                alone: b * rs[j],
                share: share[j],
                steps: if j == 0 { group_steps } else { None },
            });
        }
        let alones: Vec<f64> = rs.iter().map(|r| b * r).collect();
        let alone: f64 = alones.iter().sum();
        found.push(Group {
            members,
            credits: credits.credit.clone(),
            alones,
            events: credits.together,
            alone,
            overlap: alone - credits.together,
        });
    }
    (lines, found)
}
