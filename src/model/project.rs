//! The yearly projection and summary figures of SPEC §2.3–2.4.

use std::ops::Add;

use super::capacity::{steps, workforce, Steps, Workforce};
pub use super::credited::Group;
use super::credited::{credited, Credited};
use super::effect::{effects, Effect};
use super::fifths::{fifths, Fifths};
use super::kind::Kind;
use super::line_year::{events_avoided, recurring_cost, running_cost};
use super::overlap::{share_inputs, Reach};
use super::parties::{hshare_even, line_split, share_out, Flows};
use super::scenario::{Funder, Line, Scenario};
pub use super::year::{Year, YearCol};

/// One line's yearly figures at full effect and today's prices.
#[derive(Clone, Debug, PartialEq)]
pub struct LineResult {
    /// E, or in a group its credit at full effect (SPEC §2.10).
    pub events: Option<f64>,
    /// What the line would avoid on its own: E, or B × r in a group.
    pub alone: Option<f64>,
    /// k × F
    pub saving: f64,
    /// R
    pub cost: f64,
    pub net: f64,
    /// R / E: the running cost of each event avoided, for `rate` and
    /// `count` lines; none when E ≤ 0 (SPEC §2.4).
    pub per_event: Option<f64>,
    pub breakeven: Option<f64>,
    /// The pilot raised activity, so the line's saving is negative.
    pub raises_activity: bool,
    /// The hospital a year: cost really avoided less income lost (§2.6).
    pub hosp: f64,
    /// The NHS as a whole a year: cost really avoided less R.
    pub nhs: f64,
    /// The commissioner a year: what it stops paying, less R where it pays
    /// the line's costs.
    pub comm: f64,
    /// The commissioner gains by the line but the NHS as a whole loses.
    pub nhs_loses: bool,
    /// Clinician time its extra appointments take (SPEC §2.7).
    pub workforce: Option<Workforce>,
    /// Whole units the provider can remove, where the line has a step.
    pub steps: Option<Steps>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Summary {
    pub npv: f64,
    pub gross_total: f64,
    pub cost_total: f64,
    pub net_total: f64,
    pub cash_total: f64,
    pub noncash_total: f64,
    pub pv_gross: f64,
    pub pv_cost: f64,
    pub bcr: Option<f64>,
    pub switching: Option<f64>,
    pub payback_months: Option<f64>,
    pub reinvest_total: f64,
    pub beyond_horizon: f64,
    pub cost_per_patient: f64,
    /// k ΣF − ΣR: the yearly net at full effect for the whole population.
    pub net_year: f64,
    pub net_per_1000: f64,
    pub scale_net_year: Option<f64>,
    pub scale_npv: Option<f64>,
    /// SPEC §2.6: each party's total over the horizon, not discounted.
    pub comm_total: f64,
    pub primary_total: f64,
    pub hosp_total: f64,
    pub nhs_total: f64,
    /// Σ nhs_t df_t.
    pub nhs_npv: f64,
    /// The smallest hospital share (%) that leaves it no worse off.
    pub hshare_even: Option<f64>,
    /// Clinician time all lines' extra appointments take; none without any.
    pub workforce: Option<Workforce>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Results {
    pub years: Vec<Year>,
    pub lines: Vec<LineResult>,
    pub summary: Summary,
    /// Lines that act on the same events (SPEC §2.10), at full effect.
    pub groups: Vec<Group>,
    /// Who benefits: each line and the scenario by IMD fifth (SPEC §2.11).
    pub fifths: Fifths,
}

/// The `after` at which a rate line pays for itself; `share` is c_i at
/// full effect for a member of a group (SPEC §2.10), else 1.
fn breakeven(line: &Line, s: &Scenario, cost: f64, share: f64) -> Option<f64> {
    let per_event = line.unit * s.k() * share;
    (line.kind == Kind::Rate && per_event != 0.0)
        .then(|| line.base - cost * 1000.0 / (s.pop * per_event))
}

impl LineResult {
    /// k F / E: what each event avoided saves, where the line counts
    /// events and avoids some (the page shows it beside `per_event`).
    pub fn saving_per_event(&self) -> Option<f64> {
        self.events.filter(|e| *e > 0.0).map(|e| self.saving / e)
    }
}

fn line_result(line: &Line, s: &Scenario, full: &Effect, credited: Option<Credited>) -> LineResult {
    let saving = full.saving;
    let cost = recurring_cost(line, s);
    let (hosp, nhs) = line_split(line, saving, full.real, cost);
    let commissioner_pays = if line.funder == Funder::Commissioner {
        cost
    } else {
        0.0
    };
    let comm = saving * (line.paid / 100.0) - commissioner_pays;
    let share = credited.as_ref().map_or(1.0, |c| c.share);
    let own = events_avoided(line, s.pop);
    let alone = credited.as_ref().map_or(own, |c| own.map(|_| c.alone));
    let events = credited.as_ref().map_or(own, |c| own.map(|_| c.events));
    LineResult {
        events,
        per_event: events.filter(|e| *e > 0.0).map(|e| cost / e),
        alone,
        saving,
        cost,
        net: saving - cost,
        breakeven: breakeven(line, s, cost, share),
        raises_activity: line.kind == Kind::Rate && line.after > line.base,
        hosp,
        nhs,
        comm,
        nhs_loses: nhs < 0.0 && comm > 0.0,
        workforce: workforce(line, s.days),
        steps: match credited {
            Some(c) => c.steps,
            None => steps(line, full.events),
        },
    }
}

/// Year t's flows, each line's effect that year given (its uptake and
/// population, SPEC §2.3).
fn year_flows(s: &Scenario, t: u32, effects: &[Effect]) -> Year {
    let growth = s.uplift(t);
    let people = s.people(t);
    let mut flows = Flows::default();
    for (line, effect) in s.lines.iter().zip(effects) {
        let setup = if t == 1 { line.setup } else { 0.0 };
        let cost = running_cost(line, s, people) * growth + setup;
        flows.add(line, effect.saving * growth, cost, effect.real * growth);
    }
    let mut year = Year {
        t,
        people: s.pop * people,
        gross: flows.gross,
        cost: flows.cost,
        net: flows.gross - flows.cost,
        df: (1.0 + s.disc / 100.0).powi(-(t as i32 - 1)),
        ..Year::default()
    };
    year.pv = year.net * year.df;
    share_out(s, &mut year, &flows);
    year
}

fn yearly(s: &Scenario) -> Vec<Year> {
    // After every line's uptake settles, a year's effects are the year
    // before's unless the population grows: worked out once, not each year.
    let settles = s
        .lines
        .iter()
        .map(|l| l.ramp.settles(l.uptake))
        .max()
        .unwrap_or(1);
    let mut found = Vec::new();
    let mut years: Vec<Year> = (1..=s.years)
        .map(|t| {
            if t <= settles || s.growth != 0.0 {
                found = effects(s, Reach::Year(t));
            }
            year_flows(s, t, &found)
        })
        .collect();
    let mut cum = 0.0;
    for i in 0..years.len() {
        cum += years[i].net;
        years[i].cum = cum;
        let lag = s.lag as usize;
        years[i].reinvest = if i >= lag { years[i - lag].share } else { 0.0 };
    }
    years
}

/// Months from the start of year 1 until the cumulative position, with set-up
/// paid up front and everything else flowing evenly, first reaches zero.
fn payback_months(years: &[Year], setup: f64) -> Option<f64> {
    let flow = |y: &Year| y.gross - (y.cost - if y.t == 1 { setup } else { 0.0 });
    let mut position = -setup;
    if position >= 0.0 && years.first().is_some_and(|y| flow(y) >= 0.0) {
        return Some(0.0);
    }
    for year in years {
        let prev = position;
        position += flow(year);
        if prev < 0.0 && position >= 0.0 {
            return Some(12.0 * (f64::from(year.t - 1) + (-prev) / flow(year)));
        }
    }
    None
}

fn summarise(s: &Scenario, years: &[Year], lines: &[LineResult]) -> Summary {
    let sum = |f: fn(&Year) -> f64| years.iter().map(f).sum::<f64>();
    let npv = sum(|y| y.pv);
    let pv_gross = sum(|y| y.gross * y.df);
    let pv_cost = sum(|y| y.cost * y.df);
    let lag = (s.lag as usize).min(years.len());
    let net_year: f64 = lines.iter().map(|l| l.net).sum();
    let setup: f64 = s.lines.iter().map(|l| l.setup).sum();
    let scale = |v: f64| s.scale.map(|size| v * size / s.pop);
    Summary {
        npv,
        gross_total: sum(|y| y.gross),
        cost_total: sum(|y| y.cost),
        net_total: sum(|y| y.net),
        cash_total: sum(|y| y.cash),
        noncash_total: sum(|y| y.noncash),
        pv_gross,
        pv_cost,
        bcr: (pv_cost != 0.0).then(|| pv_gross / pv_cost),
        switching: (npv > 0.0 && pv_gross != 0.0).then(|| 100.0 * npv / pv_gross),
        payback_months: payback_months(years, setup),
        reinvest_total: sum(|y| y.reinvest),
        beyond_horizon: years[years.len() - lag..].iter().map(|y| y.share).sum(),
        cost_per_patient: lines.iter().map(|l| l.cost).sum::<f64>() / s.pop,
        net_year,
        net_per_1000: net_year / s.pop * 1000.0,
        scale_net_year: scale(net_year),
        scale_npv: scale(npv),
        comm_total: sum(|y| y.retained),
        primary_total: sum(|y| y.primary),
        hosp_total: sum(|y| y.hosp),
        nhs_total: sum(|y| y.nhs),
        nhs_npv: sum(|y| y.nhs * y.df),
        hshare_even: hshare_even(s, years),
        workforce: lines
            .iter()
            .filter_map(|l| l.workforce)
            .reduce(Workforce::add),
    }
}

pub fn project(s: &Scenario) -> Results {
    let shared;
    let s = if s.lines.iter().any(|l| l.with.is_some()) {
        let mut copy = s.clone();
        share_inputs(&mut copy);
        shared = copy;
        &shared
    } else {
        s
    };
    let full = effects(s, Reach::Full);
    let (credited, groups) = credited(s);
    let lines: Vec<LineResult> = s
        .lines
        .iter()
        .zip(&full)
        .zip(credited)
        .map(|((l, e), c)| line_result(l, s, e, c))
        .collect();
    let years = yearly(s);
    let summary = summarise(s, &years, &lines);
    let events: Vec<Option<f64>> = lines.iter().map(|l| l.events).collect();
    let savings: Vec<f64> = lines.iter().map(|l| l.saving).collect();
    Results {
        fifths: fifths(s, &events, &savings),
        years,
        lines,
        summary,
        groups,
    }
}
