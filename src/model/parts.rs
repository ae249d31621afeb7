//! What each line, or each group of lines that act on the same events,
//! adds to one Monte Carlo draw's figures (SPEC §2.5): the yearly
//! projection's sums reordered so that a draw is one pass over the ranged
//! lines. A line's effect is worked out only for the years in which it
//! can change (its uptake's ramp, or every year when the population
//! grows); the years after are its last, summed by factors made once.

use super::effect::{alone, group_credits, group_effects, Effect};
use super::line_year::running_cost;
use super::overlap::Reach;
use super::scenario::{Funder, Line, Scenario};
use super::uptake::MAX_YEARS;

/// What one line adds to a draw's figures: its share of npv and the
/// NHS-wide npv, the commissioner's cash at year 1's prices as steps (year
/// i's is the sum of the steps up to i, so a year like the one before
/// costs nothing), and the costs primary care pays over the horizon.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct Part {
    pub npv: f64,
    pub nhs: f64,
    cash_steps: [f64; MAX_YEARS],
    primary_cost: f64,
}

/// The scenario's factors that no draw changes, for t = 1 … H (index t − 1).
pub(super) struct Factors {
    k: f64,
    years: usize,
    /// growth_t: prices over year 1's.
    growth: [f64; MAX_YEARS],
    /// growth_t × df_t.
    present: [f64; MAX_YEARS],
    /// Σ over year i and after, of `growth` and of `present`.
    growth_from: [f64; MAX_YEARS],
    present_from: [f64; MAX_YEARS],
    /// n_t: the population over year 1's.
    people: [f64; MAX_YEARS],
    /// The population changes, so every year's effect differs.
    grows: bool,
}

impl Factors {
    pub(super) fn new(s: &Scenario) -> Factors {
        let years = (s.years as usize).clamp(1, MAX_YEARS);
        let mut f = Factors {
            k: s.k(),
            years,
            growth: [0.0; MAX_YEARS],
            present: [0.0; MAX_YEARS],
            growth_from: [0.0; MAX_YEARS],
            present_from: [0.0; MAX_YEARS],
            people: [0.0; MAX_YEARS],
            grows: s.growth != 0.0,
        };
        let d = 1.0 + s.disc / 100.0;
        for (i, t) in (1..=years as u32).enumerate() {
            f.growth[i] = s.uplift(t);
            f.present[i] = f.growth[i] * d.powi(-(i as i32));
            f.people[i] = s.people(t);
        }
        let (mut g, mut p) = (0.0, 0.0);
        for i in (0..years).rev() {
            g += f.growth[i];
            p += f.present[i];
            f.growth_from[i] = g;
            f.present_from[i] = p;
        }
        f
    }

    /// How many years from the first differ, for lines whose uptake
    /// settles in year `settles`.
    fn distinct(&self, settles: u32) -> usize {
        if self.grows {
            self.years
        } else {
            (settles as usize).clamp(1, self.years)
        }
    }

    /// Adds a line on its own: its effect at full reach scaled by each
    /// year's uptake and population (whole steps counted afresh each year).
    pub(super) fn add_part(&self, part: &mut Part, line: &Line, s: &Scenario) {
        let full = alone(line, s, self.k);
        let year = |i: usize| {
            let reach = line.uptake_in(i as u32 + 1) * self.people[i];
            if reach == 1.0 {
                full
            } else {
                alone(line, s, self.k * reach)
            }
        };
        let d = self.distinct(line.ramp.settles(line.uptake));
        if d == 1 {
            // Every year alike: the common case, with no array to fill.
            self.add_line(part, line, s, &[year(0)]);
            return;
        }
        let mut years = [Effect::default(); MAX_YEARS];
        for (i, effect) in years[..d].iter_mut().enumerate() {
            *effect = year(i);
        }
        self.add_line(part, line, s, &years[..d]);
    }

    /// Adds a group's members (SPEC §2.10): their savings by their
    /// credits, worked out for each year until every member's uptake
    /// settles and then scaled by the population; their costs their own.
    pub(super) fn add_group(&self, part: &mut Part, s: &Scenario, members: &[usize]) {
        let settles = members
            .iter()
            .map(|&i| s.lines[i].ramp.settles(s.lines[i].uptake))
            .max()
            .unwrap_or(1);
        let d = self.distinct(settles);
        // Member m's effect in year i is at m × d + i.
        let mut years = vec![Effect::default(); members.len() * d];
        let mut found = None;
        for (i, people) in self.people[..d].iter().enumerate() {
            let t = i as u32 + 1;
            let at = t.min(settles);
            if t <= settles || found.is_none() {
                found = Some(group_credits(s, members, Reach::Year(at)));
            }
            let Some(credits) = &found else { continue };
            // The credits are at year `at`'s population until scaled here.
            let scale = people / s.people(at);
            for (m, (_, effect)) in group_effects(s, members, credits, scale)
                .into_iter()
                .enumerate()
            {
                years[m * d + i] = effect;
            }
        }
        for (&j, effects) in members.iter().zip(years.chunks_exact(d)) {
            self.add_line(part, &s.lines[j], s, effects);
        }
    }

    /// One line's saving, cost and cash, its effect in each of the first
    /// `years.len()` years given and the last kept for the years after.
    fn add_line(&self, part: &mut Part, line: &Line, s: &Scenario, years: &[Effect]) {
        let commissioner = line.funder == Funder::Commissioner;
        let paid = line.paid / 100.0;
        let mut before = 0.0;
        for (i, e) in years.iter().enumerate() {
            let cost = running_cost(line, s, self.people[i]);
            let (present, growth) = if i + 1 == years.len() {
                (self.present_from[i], self.growth_from[i])
            } else {
                (self.present[i], self.growth[i])
            };
            part.npv += (e.saving - cost) * present;
            part.nhs += (e.real - cost) * present;
            let cash = e.saving * paid - if commissioner { cost } else { 0.0 };
            part.cash_steps[i] += cash - before;
            before = cash;
            if !commissioner {
                part.primary_cost += cost * growth;
            }
        }
        // Set-up is paid at the start of year 1, never uplifted.
        part.npv -= line.setup;
        part.nhs -= line.setup;
        if !commissioner {
            part.primary_cost += line.setup;
        } else {
            part.cash_steps[0] -= line.setup;
            if let Some(next) = part.cash_steps.get_mut(1) {
                *next += line.setup;
            }
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
        let mut cash = 0.0;
        let mut share = 0.0;
        for (step, growth) in part.cash_steps.iter().zip(&self.growth[..self.years]) {
            cash += step;
            let year = s.share / 100.0 * (cash * growth - threshold).max(0.0);
            share += cap.map_or(year, |cap| year.min(cap));
        }
        share - part.primary_cost
    }
}
