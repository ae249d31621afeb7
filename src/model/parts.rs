//! What each line, or each group of lines that act on the same events,
//! adds to one Monte Carlo draw's figures (SPEC §2.5): the yearly
//! projection's sums reordered so that a draw is one pass over the ranged
//! lines and one over the years.

use super::effect::{alone, group_credits, group_effects, Effect};
use super::line_year::recurring_cost;
use super::overlap::Reach;
use super::scenario::{Funder, Line, Scenario};

/// What one line adds to a draw's figures. npv adds k F (u₁ + A) − R B −
/// setup, where A = Σ_{t≥2} growth_t df_t and B = Σ_t growth_t df_t; the
/// NHS-wide npv the same with the cost really avoided in year 1 and at
/// full effect in place of k F u₁ and k F; the commissioner's cash is
/// `cash1` in year 1 and `cash_later` × growth_t after. The same sums as the
/// yearly projection, reordered so that a draw costs one pass over the
/// ranged lines and one over the years.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct Part {
    pub npv: f64,
    pub nhs: f64,
    cash1: f64,
    cash_later: f64,
    primary_cost: f64,
}

impl std::ops::AddAssign for Part {
    fn add_assign(&mut self, o: Part) {
        self.npv += o.npv;
        self.nhs += o.nhs;
        self.cash1 += o.cash1;
        self.cash_later += o.cash_later;
        self.primary_cost += o.primary_cost;
    }
}

/// The scenario's factors that no draw changes.
pub(super) struct Factors {
    k: f64,
    a: f64,
    b: f64,
    /// growth_t, t = 1 … H.
    growth: Vec<f64>,
}

impl Factors {
    pub(super) fn new(s: &Scenario) -> Factors {
        let g = 1.0 + s.infl / 100.0;
        let d = 1.0 + s.disc / 100.0;
        let b: f64 = (0..s.years as i32).map(|t| (g / d).powi(t)).sum();
        Factors {
            k: s.k(),
            a: b - 1.0,
            b,
            growth: (0..s.years as i32).map(|t| g.powi(t)).collect(),
        }
    }

    pub(super) fn part(&self, line: &Line, s: &Scenario) -> Part {
        let year1 = alone(line, s, self.k * (line.uptake / 100.0));
        let full = alone(line, s, self.k);
        self.member_part(line, s, &year1, &full)
    }

    /// What a group's members add (SPEC §2.10): their savings by their
    /// credits in year 1 (with uptake) and at full effect, their costs
    /// their own.
    pub(super) fn group_part(&self, s: &Scenario, members: &[usize]) -> Part {
        let full = group_effects(s, members, &group_credits(s, members, Reach::Full));
        // Without take-up below 100% in year 1, its credits are the same.
        let ramps = members.iter().any(|&i| s.lines[i].uptake != 100.0);
        let first =
            ramps.then(|| group_effects(s, members, &group_credits(s, members, Reach::FirstYear)));
        let mut part = Part::default();
        for (j, (i, all)) in full.iter().enumerate() {
            let y1 = first.as_ref().map_or(all, |f| &f[j].1);
            part += self.member_part(&s.lines[*i], s, y1, all);
        }
        part
    }

    fn member_part(&self, line: &Line, s: &Scenario, y1: &Effect, all: &Effect) -> Part {
        let r = recurring_cost(line, s);
        let cost_pv = r * self.b + line.setup;
        let commissioner = line.funder == Funder::Commissioner;
        let paid = line.paid / 100.0;
        let (comm_r, comm_setup) = if commissioner {
            (r, line.setup)
        } else {
            (0.0, 0.0)
        };
        Part {
            npv: y1.saving + all.saving * self.a - cost_pv,
            nhs: y1.real + all.real * self.a - cost_pv,
            cash1: y1.saving * paid - comm_r - comm_setup,
            cash_later: all.saving * paid - comm_r,
            primary_cost: if commissioner {
                0.0
            } else {
                r * self.growth.iter().sum::<f64>() + line.setup
            },
        }
    }

    /// primary-total: each year's gain-share, less what primary care pays.
    pub(super) fn primary(
        &self,
        s: &Scenario,
        part: &Part,
        threshold: f64,
        cap: Option<f64>,
    ) -> f64 {
        let share: f64 = self
            .growth
            .iter()
            .enumerate()
            .map(|(t, g)| {
                let cash = if t == 0 {
                    part.cash1
                } else {
                    part.cash_later * g
                };
                let share = s.share / 100.0 * (cash - threshold).max(0.0);
                cap.map_or(share, |cap| share.min(cap))
            })
            .sum();
        share - part.primary_cost
    }
}
