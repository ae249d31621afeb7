//! How sure the figures are (SPEC §2.5): Monte Carlo draws of every ranged
//! input (one-way sensitivity, the tornado, is `tornado.rs`).
//!
//! The draws are fixed so that a link always gives the same figures:
//! SplitMix64 seeded with `seed`; each draw takes one uniform number for
//! each range, lines in order and a line's ranges in the form's order;
//! a uniform u is the generator's top 53 bits / 2^53, turned into
//! triangular(lo, value, hi) by the inverse of its distribution function.

use super::keys::GlobalKey;
use super::overlap::{grouped, groups, share_inputs, SHARED_KEYS};
use super::parts::{Factors, Part};
pub use super::random::{triangular, Rng};
use super::scenario::{Line, Scenario};
use super::spread::spread_of_sorted;
pub use super::spread::{percentile, sort_floats, Histogram, Percentiles, Sorting, Spread, BINS};
pub use super::tornado::{tornado, Outcome, Swing};

/// One ranged input, found in its line once.
struct Drawn {
    slot: fn(&mut Line) -> &mut f64,
    lo: f64,
    mode: f64,
    hi: f64,
}

/// A ranged line as drawn: its inputs in the run's copy of the scenario
/// are overwritten each draw.
struct DrawnLine {
    /// The line, from 0.
    index: usize,
    inputs: Vec<Drawn>,
}

/// A shared input drawn on an events' line and copied to its joined lines.
type Copy = (fn(&mut Line) -> &mut f64, usize, Vec<usize>);

/// Each ranged shared input of the groups' events' lines, with the lines
/// that take it.
fn copies_of(s: &Scenario, groups: &[Vec<usize>]) -> Vec<Copy> {
    let mut copies = Vec::new();
    for members in groups {
        let (head, joined) = (members[0], members[1..].to_vec());
        for range in &s.lines[head].ranges {
            if let Some(slot) =
                Line::slot_of(range.key).filter(|_| SHARED_KEYS.contains(&range.key))
            {
                copies.push((slot, head, joined.clone()));
            }
        }
    }
    copies
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
    /// Lines with ranges, and every member of a group that has one.
    ranged: Vec<DrawnLine>,
    /// Of those, the lines on their own, drawn line by line.
    alone: Vec<usize>,
    /// Groups (SPEC §2.10) with a range: drawn together, their shared
    /// inputs once, from their events' line.
    groups: Vec<Vec<usize>>,
    /// The shared inputs drawn on an events' line, to copy to its joined
    /// lines after each draw: (where it lives, events' line, joined lines).
    copies: Vec<Copy>,
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
        let mut scenario = s.clone();
        share_inputs(&mut scenario);
        let s = &scenario;
        let (ranged_groups, fixed_groups): (Vec<Vec<usize>>, Vec<Vec<usize>>) = groups(s)
            .into_iter()
            .partition(|m| m.iter().any(|&i| !s.lines[i].ranges.is_empty()));
        let in_group = |i: usize| grouped(s, i);
        let mut fixed = Part::default();
        let mut alone = Vec::new();
        for (i, line) in s.lines.iter().enumerate().filter(|(i, _)| !in_group(*i)) {
            if line.ranges.is_empty() {
                factors.add_part(&mut fixed, line, s);
            } else {
                alone.push(i);
            }
        }
        for members in &fixed_groups {
            factors.add_group(&mut fixed, s, members);
        }
        let drawn: Vec<DrawnLine> = (0..s.lines.len())
            .filter(|i| alone.contains(i) || ranged_groups.iter().any(|m| m.contains(i)))
            .map(|i| drawn_line(s, i))
            .collect();
        let (wanted, seed) = (s.mc as usize, s.seed);
        Some(Run {
            fixed,
            ranged: drawn,
            alone,
            copies: copies_of(s, &ranged_groups),
            groups: ranged_groups,
            scenario,
            factors,
            rng: Rng::new(seed),
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
        for drawn in &self.ranged {
            let line = &mut self.scenario.lines[drawn.index];
            for input in &drawn.inputs {
                let u = self.rng.uniform();
                *(input.slot)(line) = triangular(input.lo, input.mode, input.hi, u);
            }
        }
        for (slot, head, joined) in &self.copies {
            let v = *slot(&mut self.scenario.lines[*head]);
            for &j in joined {
                *slot(&mut self.scenario.lines[j]) = v;
            }
        }
        let s = &self.scenario;
        let mut part = self.fixed;
        for &i in &self.alone {
            self.factors.add_part(&mut part, &s.lines[i], s);
        }
        for members in &self.groups {
            self.factors.add_group(&mut part, s, members);
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

fn drawn_line(s: &Scenario, index: usize) -> DrawnLine {
    let line = &s.lines[index];
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
    DrawnLine { index, inputs }
}

/// Every draw at once: for tests, and scenarios small enough not to wait for.
pub fn monte_carlo(s: &Scenario) -> Option<Spread> {
    Run::new(s).map(Run::finish)
}
