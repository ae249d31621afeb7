//! Lines that act on the same events (SPEC §2.10): a group's members share
//! its baseline, so together they avoid B (1 − Π (1 − r_j)), and each is
//! credited its Shapley value: its share of what the others leave, an event
//! several would each prevent shared equally between them. The credits add
//! up to the group's events exactly, whatever the order of the lines.

use super::fields::MAX_LINES;
use super::keys::LineKey;
use super::kind::Kind;
use super::scenario::{Line, Scenario};

/// The inputs a joined line takes from its events' line.
pub const SHARED_KEYS: [LineKey; 8] = [
    LineKey::Base,
    LineKey::Events,
    LineKey::Spend,
    LineKey::Unit,
    LineKey::Paid,
    LineKey::Avoid,
    LineKey::Step,
    LineKey::StepCost,
];

/// The 10-point Gauss–Legendre rule on [0, 1]: (node, weight). Exact for
/// polynomials of degree 19, the most a group of 20 members needs.
const GAUSS: [(f64, f64); 10] = {
    const HALF: [(f64, f64); 5] = [
        (0.148_874_338_981_631_2, 0.295_524_224_714_752_9),
        (0.433_395_394_129_247_2, 0.269_266_719_309_996_3),
        (0.679_409_568_299_024_4, 0.219_086_362_515_982),
        (0.865_063_366_688_984_5, 0.149_451_349_150_580_6),
        (0.973_906_528_517_171_7, 0.066_671_344_308_688_1),
    ];
    let mut nodes = [(0.0, 0.0); 10];
    let mut i = 0;
    while i < 5 {
        let (x, w) = HALF[i];
        nodes[2 * i] = ((1.0 - x) / 2.0, w / 2.0);
        nodes[2 * i + 1] = ((1.0 + x) / 2.0, w / 2.0);
        i += 1;
    }
    nodes
};

/// The nodes and weights, for the workbook's formula.
pub fn gauss_legendre() -> &'static [(f64, f64); 10] {
    &GAUSS
}

/// c_i for each member, given each member's r_j,t (its reduction times
/// its uptake): ∫₀¹ Π_{j≠i} (1 − x r_j) dx, by the rule above. The product
/// of the others is the product of those before i times those after it,
/// so no term divides and a draw of 20 members stays cheap.
pub fn shares(rs: &[f64]) -> Vec<f64> {
    let mut c = vec![0.0; rs.len()];
    shares_into(rs, &mut c);
    c
}

/// The same into `c` (as long as `rs`), with no allocation for a group of
/// up to 20 members: a Monte Carlo draw works out every member's share.
pub fn shares_into(rs: &[f64], c: &mut [f64]) {
    let n = rs.len();
    let mut stack = [1.0; MAX_LINES + 1];
    let mut heap = Vec::new();
    let after: &mut [f64] = if n < stack.len() {
        &mut stack[..=n]
    } else {
        heap.resize(n + 1, 1.0);
        &mut heap
    };
    c.fill(0.0);
    for (x, w) in GAUSS {
        for j in (0..n).rev() {
            after[j] = after[j + 1] * (1.0 - x * rs[j]);
        }
        let mut before = 1.0;
        for ((cj, r), later) in c.iter_mut().zip(rs).zip(&after[1..]) {
            *cj += w * before * later;
            before *= 1.0 - x * r;
        }
    }
}

/// Which year the lines' effect is for: year t, at its uptake and its
/// population (SPEC §2.3), or all of their effect at year 1's population
/// (the per-line figures).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reach {
    Year(u32),
    Full,
}

impl Reach {
    /// The line's uptake in that year, as a fraction.
    pub fn of(self, line: &Line) -> f64 {
        match self {
            Reach::Year(t) => line.uptake_in(t),
            Reach::Full => 1.0,
        }
    }

    /// n_t: the year's population over P.
    pub fn people(self, s: &Scenario) -> f64 {
        match self {
            Reach::Year(t) => s.people(t),
            Reach::Full => 1.0,
        }
    }
}

/// A line's events' line, from 0: the line it joins, or itself.
pub fn events_line(s: &Scenario, i: usize) -> usize {
    s.lines[i].with.unwrap_or(i)
}

/// Whether the line is in a group: it joins one, or one joins it.
pub fn grouped(s: &Scenario, i: usize) -> bool {
    s.lines[i].with.is_some() || s.lines.iter().any(|l| l.with == Some(i))
}

/// The members of each group, events' line first then in order; lines on
/// their own are in none.
pub fn groups(s: &Scenario) -> Vec<Vec<usize>> {
    let mut groups = every_group(s);
    groups.retain(|members| members.len() > 1);
    groups
}

/// Each line with its own events and the lines that join it, events' line
/// first: a line on its own is a group of one.
pub fn every_group(s: &Scenario) -> Vec<Vec<usize>> {
    let heads = (0..s.lines.len()).filter(|&m| s.lines[m].with.is_none());
    heads
        .map(|m| {
            (0..s.lines.len())
                .filter(|&i| i == m || s.lines[i].with == Some(m))
                .collect()
        })
        .collect()
}

/// B of SPEC §2.10: the group's baseline a year, in events (or £ of
/// spending), read from the events' line.
pub fn baseline(line: &Line, pop: f64) -> f64 {
    match line.kind {
        Kind::Rate => pop * line.base / 1000.0,
        Kind::Count => line.events,
        Kind::Spend => line.spend,
        Kind::Observed | Kind::Cost => 0.0,
    }
}

/// r_i: the share of the baseline the line removes on its own.
pub fn reduction(line: &Line) -> f64 {
    match line.kind {
        Kind::Rate if line.base > 0.0 => (line.base - line.after) / line.base,
        Kind::Count | Kind::Spend => line.pct / 100.0,
        _ => 0.0,
    }
}

/// The scenario with every joined line carrying its events' line's
/// shared inputs, so that the figures of each line read the group's
/// baseline, price and payment rule. Only values: the ranges stay on the
/// events' line, so that each is drawn once.
pub fn share_inputs(s: &mut Scenario) {
    for i in 0..s.lines.len() {
        let Some(m) = s.lines[i].with.filter(|&m| m < s.lines.len()) else {
            continue;
        };
        let from = SHARED_KEYS.map(|key| s.lines[m].get(key));
        for (key, value) in SHARED_KEYS.into_iter().zip(from) {
            s.lines[i].set(key, value);
        }
    }
}

/// One group's events in a year: what they avoid together and each
/// member's credit (SPEC §2.10), given the members and their uptakes.
#[derive(Clone, Debug, PartialEq)]
pub struct Credits {
    pub together: f64,
    /// In the order of the members.
    pub credit: Vec<f64>,
}

/// The credits of a group's members, B being the year's baseline, each
/// member at its uptake in the year `reach`.
pub fn credits(s: &Scenario, members: &[usize], b: f64, reach: Reach) -> Credits {
    let rs: Vec<f64> = members
        .iter()
        .map(|&i| reduction(&s.lines[i]) * reach.of(&s.lines[i]))
        .collect();
    let left: f64 = rs.iter().map(|r| 1.0 - r).product();
    let mut credit = vec![0.0; rs.len()];
    shares_into(&rs, &mut credit);
    for (c, r) in credit.iter_mut().zip(&rs) {
        *c *= b * r;
    }
    Credits {
        together: b * (1.0 - left),
        credit,
    }
}
