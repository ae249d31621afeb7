//! Who benefits (SPEC §2.11): each line's events and savings split over the
//! five national IMD fifths, its group's rates before and after in each,
//! the slope and relative index of inequality, and the verdict. Nothing
//! here changes a total.

use std::cmp::Ordering;

use super::equity::Q;
use super::kind::Kind;
use super::overlap::every_group;
use super::scenario::Scenario;

/// x_q: the fifths' national ranks, most deprived (q = 1) at 0.9.
pub const RANKS: Q = [0.9, 0.7, 0.5, 0.3, 0.1];

/// Whether the gap between the most and least deprived narrows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    Narrows,
    Widens,
    Mixed,
    Reverses,
    None,
}

impl Verdict {
    /// As the `data-verdict` hook says it.
    pub fn name(self) -> &'static str {
        match self {
            Verdict::Narrows => "narrows",
            Verdict::Widens => "widens",
            Verdict::Mixed => "mixed",
            Verdict::Reverses => "reverses",
            Verdict::None => "none",
        }
    }
}

/// The slope (SII, per 1,000) and relative index (RII) of inequality.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Gap {
    pub sii: Option<f64>,
    /// α: the fitted line's value at x = 0, the least deprived end.
    pub alpha: Option<f64>,
    pub rii: Option<f64>,
}

/// Which way each gap moved: Less is narrower. None where not compared.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Moved {
    pub absolute: Option<Ordering>,
    pub relative: Option<Ordering>,
}

/// One `rate` or `count` line's split, with its group's rates.
#[derive(Clone, Debug, PartialEq)]
pub struct LineFifths {
    /// The line, from 0.
    pub line: usize,
    /// p_q: the share of its events avoided in each fifth.
    pub p: Q,
    /// Its events and £ a year at full effect in each fifth.
    pub avoided: Q,
    pub saving: Q,
    /// Its group's rates per 1,000 a year before and after.
    pub before: Q,
    pub after: Q,
    pub gap_before: Gap,
    pub gap_after: Gap,
    pub verdict: Verdict,
    pub moved: Moved,
    /// A gradient or reach was entered on the line or its events' line.
    pub entered: bool,
}

/// Every line's split and the scenario's saving by fifth.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Fifths {
    /// s_q: the population's shares.
    pub s: Q,
    pub lines: Vec<LineFifths>,
    /// The yearly saving at full effect in each fifth, over all lines.
    pub saving: Q,
    /// % of it in the most deprived fifth; none when it adds up to 0.
    pub core20_saving: Option<f64>,
}

/// s_q = imd_q / Σ imd.
pub fn shares(imd: &Q) -> Q {
    let total: f64 = imd.iter().sum();
    imd.map(|v| if total > 0.0 { v / total } else { 0.2 })
}

fn dot(a: &Q, b: &Q) -> f64 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

/// a_q = a g_q / Σ s_j g_j; None when the gradient is 0 wherever people live.
pub fn rates_before(a: f64, s: &Q, g: &Q) -> Option<Q> {
    let mean = dot(s, g);
    (mean > 0.0).then(|| g.map(|g| a * g / mean))
}

/// p_q = s_q a_q reach_q / Σ_j s_j a_j reach_j; None when no event the
/// line acts on is where people live.
pub fn spread(s: &Q, a: &Q, reach: &Q) -> Option<Q> {
    let w: Q = std::array::from_fn(|q| s[q] * a[q] * reach[q]);
    let total: f64 = w.iter().sum();
    (total > 0.0).then(|| w.map(|w| w / total))
}

/// The weighted least-squares line of y on the ranks, weights s, over the
/// fifths where people live: its slope and (α + slope) / α.
pub fn gap(s: &Q, y: &Q) -> Gap {
    let lived: Vec<usize> = (0..5).filter(|&q| s[q] > 0.0).collect();
    if lived.len() < 2 {
        return Gap::default();
    }
    let w: f64 = lived.iter().map(|&q| s[q]).sum();
    let mean = |v: &Q| lived.iter().map(|&q| s[q] * v[q]).sum::<f64>() / w;
    let (xm, ym) = (mean(&RANKS), mean(y));
    let sxy: f64 = lived
        .iter()
        .map(|&q| s[q] * (RANKS[q] - xm) * (y[q] - ym))
        .sum();
    let sxx: f64 = lived.iter().map(|&q| s[q] * (RANKS[q] - xm).powi(2)).sum();
    let sii = sxy / sxx;
    let alpha = ym - sii * xm;
    Gap {
        sii: Some(sii),
        alpha: Some(alpha),
        rii: (alpha > 0.0).then(|| (alpha + sii) / alpha),
    }
}

impl Fifths {
    /// Line `head`'s group as split here: the line and the lines that join
    /// it, in order.
    pub fn members(&self, s: &Scenario, head: usize) -> Vec<&LineFifths> {
        self.lines
            .iter()
            .filter(|l| l.line == head || s.lines[l.line].with == Some(head))
            .collect()
    }
}

/// x̄: the ranks' mean, weighted by the population's shares.
pub fn mean_rank(s: &Q) -> f64 {
    dot(s, &RANKS) / s.iter().sum::<f64>()
}

/// `after` against `before` within `t`: Less is smaller.
fn compare(after: f64, before: f64, t: f64) -> Ordering {
    if (after - before).abs() <= t {
        Ordering::Equal
    } else {
        after.total_cmp(&before)
    }
}

/// The verdict of SPEC §2.11, and which gap moved.
pub fn verdict(before: Gap, after: Gap) -> (Verdict, Moved) {
    let none = Moved {
        absolute: None,
        relative: None,
    };
    let (Some(b), Some(a)) = (before.sii, after.sii) else {
        return (Verdict::None, none);
    };
    if b.abs() <= 0.01 && a.abs() <= 0.01 {
        return (Verdict::None, none);
    }
    let t = (0.005 * b.abs()).max(0.01);
    if b * a < 0.0 && b.abs() > t && a.abs() > t {
        return (Verdict::Reverses, none);
    }
    let moved = Moved {
        absolute: Some(compare(a.abs(), b.abs(), t)),
        relative: before
            .rii
            .zip(after.rii)
            .map(|(rb, ra)| compare(ra.ln().abs(), rb.ln().abs(), 0.005)),
    };
    let any = |o: Ordering| moved.absolute == Some(o) || moved.relative == Some(o);
    let verdict = match (any(Ordering::Less), any(Ordering::Greater)) {
        (true, true) => Verdict::Mixed,
        (true, false) => Verdict::Narrows,
        (false, true) => Verdict::Widens,
        (false, false) => Verdict::None,
    };
    (verdict, moved)
}

/// The baseline rate per 1,000 of a line that counts events.
fn baseline_rate(s: &Scenario, i: usize) -> f64 {
    let line = &s.lines[i];
    match line.kind {
        Kind::Count if s.pop > 0.0 => line.events * 1000.0 / s.pop,
        Kind::Count => 0.0,
        _ => line.base,
    }
}

/// Each line's events and £ a year at full effect, split over the fifths.
/// `events` and `savings` are the lines' (credits in a group). A line
/// whose inputs give no split (checked before) splits as the population.
pub fn fifths(s: &Scenario, events: &[Option<f64>], savings: &[f64]) -> Fifths {
    let sq = shares(&s.imd);
    let mut out = Fifths {
        s: sq,
        ..Fifths::default()
    };
    let mut p_of = vec![sq; s.lines.len()];
    let mut split_lines: Vec<Option<LineFifths>> = vec![None; s.lines.len()];
    for members in every_group(s) {
        let head = members[0];
        if !s.lines[head].kind.counts_events() {
            continue;
        }
        let a = baseline_rate(s, head);
        let g = s.lines[head].equity.grad.relative();
        let before = rates_before(a, &sq, &g).unwrap_or([a; 5]);
        let mut removed = [0.0; 5];
        let mut split = Vec::new();
        for &i in &members {
            let reach = s.lines[i].equity.reach.unwrap_or([1.0; 5]);
            let p = spread(&sq, &before, &reach).unwrap_or(sq);
            let e = events.get(i).copied().flatten().unwrap_or(0.0);
            let avoided = p.map(|p| e * p);
            (0..5).for_each(|q| removed[q] += avoided[q]);
            p_of[i] = p;
            split.push((i, p, avoided));
        }
        let after: Q = std::array::from_fn(|q| match sq[q] > 0.0 && s.pop > 0.0 {
            true => before[q] - 1000.0 * removed[q] / (s.pop * sq[q]),
            false => before[q],
        });
        let (gap_before, gap_after) = (gap(&sq, &before), gap(&sq, &after));
        let (verdict, moved) = verdict(gap_before, gap_after);
        let entered = members.iter().any(|&i| s.lines[i].equity.entered());
        for (i, p, avoided) in split {
            let saving = savings.get(i).copied().unwrap_or(0.0);
            split_lines[i] = Some(LineFifths {
                line: i,
                p,
                avoided,
                saving: p.map(|p| saving * p),
                before,
                after,
                gap_before,
                gap_after,
                verdict,
                moved,
                entered,
            });
        }
    }
    out.lines = split_lines.into_iter().flatten().collect();
    for (p, saving) in p_of.iter().zip(savings) {
        (0..5).for_each(|q| out.saving[q] += saving * p[q]);
    }
    let total: f64 = out.saving.iter().sum();
    out.core20_saving = (total != 0.0).then(|| 100.0 * out.saving[0] / total);
    out
}
