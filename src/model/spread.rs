//! What a Monte Carlo run's npvs say (SPEC §2.5): percentiles between
//! neighbouring draws, the mean, the chance of a positive npv, and a
//! histogram; the draws sorted by a small radix sort.

use serde::{Deserialize, Serialize};

/// What the draws found about npv. Sent as JSON to the views module for
/// the histogram, which is not drawn again there.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Spread {
    pub draws: usize,
    pub p5: f64,
    pub p50: f64,
    pub p95: f64,
    pub mean: f64,
    /// Per cent of draws with npv > 0.
    pub prob_positive: f64,
    pub histogram: Histogram,
    /// The NHS-wide npv of the same draws (SPEC §2.6).
    pub nhs: Percentiles,
    /// What primary care is left with over the horizon, in the same draws.
    pub primary: Percentiles,
}

/// The 5th, 50th and 95th percentiles of a figure over the draws.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Percentiles {
    pub p5: f64,
    pub p50: f64,
    pub p95: f64,
}

impl Percentiles {
    /// Of values already sorted.
    fn of(values: Vec<f64>) -> Percentiles {
        Percentiles {
            p5: percentile(&values, 5.0),
            p50: percentile(&values, 50.0),
            p95: percentile(&values, 95.0),
        }
    }
}

/// Draws counted in equal bins from `start`, each `width` wide.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Histogram {
    pub start: f64,
    pub width: f64,
    pub counts: Vec<usize>,
}

pub const BINS: usize = 20;

/// What every draw's npv (and the parties' figures) say, each sorted
/// (`sort_floats`).
pub(super) fn spread_of_sorted(npvs: Vec<f64>, nhs: Vec<f64>, primary: Vec<f64>) -> Spread {
    let n = npvs.len();
    let positive = npvs.iter().filter(|v| **v > 0.0).count();
    Spread {
        draws: n,
        p5: percentile(&npvs, 5.0),
        p50: percentile(&npvs, 50.0),
        p95: percentile(&npvs, 95.0),
        mean: npvs.iter().sum::<f64>() / n as f64,
        prob_positive: 100.0 * positive as f64 / n as f64,
        histogram: histogram(&npvs),
        nhs: Percentiles::of(nhs),
        primary: Percentiles::of(primary),
    }
}

/// The p-th percentile of sorted values, between neighbouring draws where
/// it falls between them (the method of R's and Excel's default).
pub fn percentile(sorted: &[f64], p: f64) -> f64 {
    let Some(last) = sorted.len().checked_sub(1) else {
        return f64::NAN;
    };
    let h = last as f64 * p / 100.0;
    let i = h.floor() as usize;
    let below = sorted[i];
    let above = sorted[(i + 1).min(last)];
    below + (h - i as f64) * (above - below)
}

fn histogram(sorted: &[f64]) -> Histogram {
    let (lo, hi) = (sorted[0], sorted[sorted.len() - 1]);
    let width = if hi > lo {
        (hi - lo) / BINS as f64
    } else {
        1.0
    };
    let mut counts = vec![0; if hi > lo { BINS } else { 1 }];
    let last = counts.len() - 1;
    for v in sorted {
        let bin = ((v - lo) / width) as usize;
        counts[bin.min(last)] += 1;
    }
    Histogram {
        start: lo,
        width,
        counts,
    }
}

/// Sorts finite numbers by their bits: a radix sort of 16 bits a pass,
/// linear in the draws and far smaller in the page than a general sort.
pub fn sort_floats(values: &mut [f64]) {
    let mut sorting = Sorting::new(values);
    while !sorting.pass() {}
    sorting.write(values);
}

/// `sort_floats` a pass at a time, so that the page can answer the
/// keyboard between passes (each a millisecond or two for 100,000 draws).
#[derive(Clone, Debug)]
pub struct Sorting {
    keys: Vec<u64>,
    spare: Vec<u64>,
    passes: u32,
}

impl Sorting {
    pub fn new(values: &[f64]) -> Sorting {
        // Flipping the sign bit of positives and every bit of negatives
        // makes the bits of a float sort as the float does.
        let key = |v: f64| {
            let bits = v.to_bits();
            if bits >> 63 == 1 {
                !bits
            } else {
                bits | 1 << 63
            }
        };
        let keys: Vec<u64> = values.iter().map(|v| key(*v)).collect();
        Sorting {
            spare: vec![0; keys.len()],
            keys,
            passes: 0,
        }
    }

    /// Sorts by the next 16 bits; whether the keys are now sorted.
    pub fn pass(&mut self) -> bool {
        if self.passes == 4 {
            return true;
        }
        let shift = 16 * self.passes;
        let mut starts = vec![0usize; 1 << 16];
        for k in &self.keys {
            starts[(k >> shift) as usize & 0xffff] += 1;
        }
        let mut total = 0;
        for start in starts.iter_mut() {
            let count = *start;
            *start = total;
            total += count;
        }
        for k in &self.keys {
            let digit = (k >> shift) as usize & 0xffff;
            self.spare[starts[digit]] = *k;
            starts[digit] += 1;
        }
        std::mem::swap(&mut self.keys, &mut self.spare);
        self.passes += 1;
        self.passes == 4
    }

    /// The values sorted, once every pass is made.
    pub fn write(&self, values: &mut [f64]) {
        for (v, k) in values.iter_mut().zip(&self.keys) {
            let bits = if k >> 63 == 1 { k ^ 1 << 63 } else { !k };
            *v = f64::from_bits(bits);
        }
    }
}
