//! How sure the figures are (SPEC §2.5): Monte Carlo draws of every ranged
//! input (one-way sensitivity, the tornado, is `tornado.rs`).
//!
//! The draws are fixed so that a link always gives the same figures:
//! SplitMix64 seeded with `seed`; each draw takes one uniform number for
//! each range, lines in order and a line's ranges in the form's order;
//! a uniform u is the generator's top 53 bits / 2^53, turned into
//! triangular(lo, value, hi) by the inverse of its distribution function.

use super::capacity::really_avoided;
use super::keys::GlobalKey;
use super::project::{events_avoided, full_saving, recurring_cost};
pub use super::random::{triangular, Rng};
use super::scenario::{Funder, Line, Scenario};
use super::spread::spread_of_sorted;
pub use super::spread::{percentile, sort_floats, Histogram, Percentiles, Sorting, Spread, BINS};
pub use super::tornado::{tornado, Outcome, Swing};

/// What one line adds to a draw's figures. npv adds k F (u₁ + A) − R B −
/// setup, where A = Σ_{t≥2} growth_t df_t and B = Σ_t growth_t df_t; the
/// NHS-wide npv the same with the cost really avoided in year 1 and at
/// full effect in place of k F u₁ and k F; the commissioner's cash is
/// `cash1` in year 1 and `cash_later` × growth_t after. The same sums as the
/// yearly projection, reordered so that a draw costs one pass over the
/// ranged lines and one over the years.
#[derive(Clone, Copy, Debug, Default)]
struct Part {
    npv: f64,
    nhs: f64,
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
struct Factors {
    k: f64,
    a: f64,
    b: f64,
    /// growth_t, t = 1 … H.
    growth: Vec<f64>,
}

impl Factors {
    fn new(s: &Scenario) -> Factors {
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

    fn part(&self, line: &Line, s: &Scenario) -> Part {
        let saving = self.k * full_saving(line, s.pop);
        let events = events_avoided(line, s.pop).map(|e| e * self.k);
        let r = recurring_cost(line, s);
        let u1 = line.uptake / 100.0;
        let real1 = really_avoided(line, saving * u1, events.map(|e| e * u1));
        let real = really_avoided(line, saving, events);
        let cost_pv = r * self.b + line.setup;
        let commissioner = line.funder == Funder::Commissioner;
        let paid = saving * (line.paid / 100.0);
        let (comm_r, comm_setup) = if commissioner {
            (r, line.setup)
        } else {
            (0.0, 0.0)
        };
        Part {
            npv: saving * (u1 + self.a) - cost_pv,
            nhs: real1 + real * self.a - cost_pv,
            cash1: paid * u1 - comm_r - comm_setup,
            cash_later: paid - comm_r,
            primary_cost: if commissioner {
                0.0
            } else {
                r * self.growth.iter().sum::<f64>() + line.setup
            },
        }
    }

    /// primary-total: each year's gain-share, less what primary care pays.
    fn primary(&self, s: &Scenario, part: &Part, threshold: f64, cap: Option<f64>) -> f64 {
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

/// One ranged input, found in its line once.
struct Drawn {
    slot: fn(&mut Line) -> &mut f64,
    lo: f64,
    mode: f64,
    hi: f64,
}

/// A ranged line as drawn: its inputs are overwritten each draw.
struct DrawnLine {
    line: Line,
    inputs: Vec<Drawn>,
}

/// One draw's figures.
struct Draw {
    npv: f64,
    nhs_npv: f64,
    primary: f64,
}

/// A Monte Carlo run that can be done in steps, so that a long one need
/// not hold up typing.
pub struct Run {
    scenario: Scenario,
    factors: Factors,
    /// What the lines without ranges add, the same in every draw.
    fixed: Part,
    ranged: Vec<DrawnLine>,
    rng: Rng,
    wanted: usize,
    npvs: Vec<f64>,
    nhs_npvs: Vec<f64>,
    primaries: Vec<f64>,
    /// How many of the three figures' draws are sorted (`sort_step`), and
    /// the sort of the next under way.
    sorted: usize,
    sorting: Option<Sorting>,
}

impl Run {
    /// None when there is nothing to draw: no ranges, or `mc` is 0.
    pub fn new(s: &Scenario) -> Option<Run> {
        if s.range_count() == 0 || s.mc == 0 {
            return None;
        }
        let factors = Factors::new(s);
        let (ranged, fixed): (Vec<&Line>, Vec<&Line>) =
            s.lines.iter().partition(|l| !l.ranges.is_empty());
        let mut fixed_part = Part::default();
        for line in fixed {
            fixed_part += factors.part(line, s);
        }
        let wanted = s.mc as usize;
        Some(Run {
            fixed: fixed_part,
            ranged: ranged.into_iter().map(drawn_line).collect(),
            scenario: s.clone(),
            factors,
            rng: Rng::new(s.seed),
            wanted,
            npvs: Vec::with_capacity(wanted),
            nhs_npvs: Vec::with_capacity(wanted),
            primaries: Vec::with_capacity(wanted),
            sorted: 0,
            sorting: None,
        })
    }

    /// Makes up to `count` more draws; true when all are made.
    pub fn step(&mut self, count: usize) -> bool {
        let end = self.npvs.len().saturating_add(count).min(self.wanted);
        while self.npvs.len() < end {
            let draw = self.draw();
            self.npvs.push(draw.npv);
            self.nhs_npvs.push(draw.nhs_npv);
            self.primaries.push(draw.primary);
        }
        self.done()
    }

    pub fn done(&self) -> bool {
        self.npvs.len() >= self.wanted
    }

    /// Share of the draws made, 0 … 1.
    pub fn progress(&self) -> f64 {
        self.npvs.len() as f64 / self.wanted as f64
    }

    /// Lines' ranges first, in order, then the globals': a link with
    /// ranges on lines only draws as it did before globals had any.
    fn draw(&mut self) -> Draw {
        let s = &self.scenario;
        let mut part = self.fixed;
        for drawn in &mut self.ranged {
            for input in &drawn.inputs {
                let u = self.rng.uniform();
                *(input.slot)(&mut drawn.line) = triangular(input.lo, input.mode, input.hi, u);
            }
            part += self.factors.part(&drawn.line, s);
        }
        let (mut threshold, mut cap) = (s.threshold, s.cap);
        for range in &s.ranges {
            let u = self.rng.uniform();
            match range.key {
                GlobalKey::Threshold => {
                    threshold = triangular(range.lo, s.threshold, range.hi, u);
                }
                GlobalKey::Cap => {
                    cap = s.cap.map(|c| triangular(range.lo, c, range.hi, u));
                }
                _ => {}
            }
        }
        Draw {
            npv: part.npv,
            nhs_npv: part.nhs,
            primary: self.factors.primary(s, &part, threshold, cap),
        }
    }

    /// Sorts the draws of the three figures a radix pass at a time, once
    /// all are made: the page takes a pass a slice, so that no slice is
    /// long (a pass of 100,000 draws is a millisecond or two). Whether all
    /// three are sorted.
    pub fn sort_step(&mut self) -> bool {
        let next = match self.sorted {
            0 => &mut self.npvs,
            1 => &mut self.nhs_npvs,
            2 => &mut self.primaries,
            _ => return true,
        };
        let sorting = self.sorting.get_or_insert_with(|| Sorting::new(next));
        if sorting.pass() {
            sorting.write(next);
            self.sorting = None;
            self.sorted += 1;
        }
        self.sorted == 3
    }

    pub fn finish(mut self) -> Spread {
        self.step(usize::MAX);
        while !self.sort_step() {}
        spread_of_sorted(self.npvs, self.nhs_npvs, self.primaries)
    }
}

fn drawn_line(line: &Line) -> DrawnLine {
    let inputs = line
        .ranges
        .iter()
        .filter_map(|r| {
            Some(Drawn {
                slot: Line::slot_of(r.key)?,
                lo: r.lo,
                mode: line.get(r.key),
                hi: r.hi,
            })
        })
        .collect();
    DrawnLine {
        line: line.clone(),
        inputs,
    }
}

/// Every draw at once: for tests, and scenarios small enough not to wait for.
pub fn monte_carlo(s: &Scenario) -> Option<Spread> {
    Run::new(s).map(Run::finish)
}
