//! How sure the figures are (SPEC §2.5): Monte Carlo draws of every ranged
//! input, and one-way sensitivity (the tornado).
//!
//! The draws are fixed so that a link always gives the same figures:
//! SplitMix64 seeded with `seed`; each draw takes one uniform number for
//! each range, lines in order and a line's ranges in the form's order;
//! a uniform u is the generator's top 53 bits / 2^53, turned into
//! triangular(lo, value, hi) by the inverse of its distribution function.

use super::keys::LineKey;
use super::project::{full_saving, project, recurring_cost};
use super::scenario::{Line, Scenario};
use super::spread::spread;
pub use super::spread::{percentile, sort_floats, Histogram, Spread, BINS};

/// SplitMix64 (Steele, Lea and Flood 2014): small, fast, and every seed
/// gives a good sequence.
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    pub fn uniform(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// The value at probability `u` of triangular(lo, mode, hi).
pub fn triangular(lo: f64, mode: f64, hi: f64, u: f64) -> f64 {
    let width = hi - lo;
    if width <= 0.0 {
        return mode;
    }
    let below = (mode - lo) / width;
    if u < below {
        lo + (u * width * (mode - lo)).sqrt()
    } else {
        hi - ((1.0 - u) * width * (hi - mode)).sqrt()
    }
}

/// npv, worked out line by line: a line adds k F (u₁ + A) − R B − setup,
/// where A = Σ_{t≥2} growth_t df_t and B = Σ_t growth_t df_t. The same sum
/// as the yearly projection, reordered so that a draw costs one pass over
/// the ranged lines.
struct Npv {
    k: f64,
    a: f64,
    b: f64,
}

impl Npv {
    fn new(s: &Scenario) -> Npv {
        let g = 1.0 + s.infl / 100.0;
        let d = 1.0 + s.disc / 100.0;
        let b: f64 = (0..s.years as i32).map(|t| (g / d).powi(t)).sum();
        Npv {
            k: s.k(),
            a: b - 1.0,
            b,
        }
    }

    fn line(&self, line: &Line, s: &Scenario) -> f64 {
        self.k * full_saving(line, s.pop) * (line.uptake / 100.0 + self.a)
            - recurring_cost(line, s) * self.b
            - line.setup
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

/// A Monte Carlo run that can be done in steps, so that a long one need
/// not hold up typing.
pub struct Run {
    scenario: Scenario,
    npv: Npv,
    /// npv of the lines without ranges, the same in every draw.
    fixed: f64,
    ranged: Vec<DrawnLine>,
    rng: Rng,
    wanted: usize,
    npvs: Vec<f64>,
}

impl Run {
    /// None when there is nothing to draw: no ranges, or `mc` is 0.
    pub fn new(s: &Scenario) -> Option<Run> {
        let npv = Npv::new(s);
        let (ranged, fixed): (Vec<&Line>, Vec<&Line>) =
            s.lines.iter().partition(|l| !l.ranges.is_empty());
        if ranged.is_empty() || s.mc == 0 {
            return None;
        }
        Some(Run {
            fixed: fixed.iter().map(|l| npv.line(l, s)).sum(),
            ranged: ranged.into_iter().map(drawn_line).collect(),
            scenario: s.clone(),
            npv,
            rng: Rng::new(s.seed),
            wanted: s.mc as usize,
            npvs: Vec::with_capacity(s.mc as usize),
        })
    }

    /// Makes up to `count` more draws; true when all are made.
    pub fn step(&mut self, count: usize) -> bool {
        let end = self.npvs.len().saturating_add(count).min(self.wanted);
        while self.npvs.len() < end {
            let npv = self.draw();
            self.npvs.push(npv);
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

    fn draw(&mut self) -> f64 {
        let mut npv = self.fixed;
        for drawn in &mut self.ranged {
            for input in &drawn.inputs {
                let u = self.rng.uniform();
                *(input.slot)(&mut drawn.line) = triangular(input.lo, input.mode, input.hi, u);
            }
            npv += self.npv.line(&drawn.line, &self.scenario);
        }
        npv
    }

    pub fn finish(mut self) -> Spread {
        self.step(usize::MAX);
        spread(self.npvs)
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

/// npv with one input at its lowest and at its highest, all others at
/// their values.
#[derive(Clone, Debug, PartialEq)]
pub struct Swing {
    /// Line number, from 1.
    pub line: usize,
    pub key: LineKey,
    pub lo: f64,
    pub hi: f64,
    pub npv_lo: f64,
    pub npv_hi: f64,
}

impl Swing {
    pub fn size(&self) -> f64 {
        (self.npv_hi - self.npv_lo).abs()
    }
}

/// One-way sensitivity of npv to every ranged input, largest swing first,
/// worked out with the yearly projection itself.
pub fn tornado(s: &Scenario) -> Vec<Swing> {
    let mut swings = Vec::new();
    for (i, line) in s.lines.iter().enumerate() {
        for range in &line.ranges {
            let npv_at = |v: f64| {
                let mut changed = s.clone();
                changed.lines[i].set(range.key, v);
                project(&changed).summary.npv
            };
            swings.push(Swing {
                line: i + 1,
                key: range.key,
                lo: range.lo,
                hi: range.hi,
                npv_lo: npv_at(range.lo),
                npv_hi: npv_at(range.hi),
            });
        }
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
