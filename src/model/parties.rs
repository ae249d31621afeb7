//! Who gains and who loses (SPEC §2.6): each year's saving and costs split
//! between the commissioner, primary care, the hospital and the NHS as a
//! whole, so that retained + primary + hosp = nhs every year.

use super::scenario::{Funder, Line, Scenario};
use super::year::Year;

/// A year's flows, summed over the lines, before the gain-share.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct Flows {
    /// gross_t: every line's saving s_i,t.
    pub gross: f64,
    /// cost_t: every line's cost c_i,t, set-up in year 1.
    pub cost: f64,
    /// Σ s_i,t paid_i/100: what the commissioner stops paying.
    pub paid: f64,
    /// Σ real_i,t: the cost really avoided by whoever did the activity.
    pub real: f64,
    /// The costs of lines primary care pays for.
    pub primary_cost: f64,
}

impl Flows {
    /// One line's saving, cost and cost really avoided in a year.
    pub fn add(&mut self, line: &Line, saving: f64, cost: f64, real: f64) {
        self.gross += saving;
        self.cost += cost;
        self.paid += saving * (line.paid / 100.0);
        self.real += real;
        if line.funder == Funder::Primary {
            self.primary_cost += cost;
        }
    }
}

/// A line at full effect (u = 1, today's prices, no set-up) that saves
/// `saving`, of which `real` is cost really avoided: what the hospital and
/// the NHS as a whole gain or lose a year.
pub(super) fn line_split(line: &Line, saving: f64, real: f64, cost: f64) -> (f64, f64) {
    (real - saving * (line.paid / 100.0), real - cost)
}

/// Fills in a year's cash, gain-shares and the four parties from its flows.
pub(super) fn share_out(s: &Scenario, year: &mut Year, f: &Flows) {
    year.cash = f.paid - (f.cost - f.primary_cost);
    year.noncash = f.gross - f.paid;
    year.base = (year.cash - s.threshold).max(0.0);
    let share = s.share / 100.0 * year.base;
    year.share = s.cap.map_or(share, |cap| share.min(cap));
    year.hshare = s.hshare / 100.0 * year.base;
    year.retained = year.cash - year.share - year.hshare;
    year.primary = year.share - f.primary_cost;
    year.hosp = f.real - f.paid + year.hshare;
    year.nhs = f.real - f.cost;
}

/// hshare-even: the smallest hospital share (%) that leaves the hospital
/// no worse off over the horizon; 0 where it loses nothing, none where
/// nothing is shareable or it would take more than primary care leaves.
pub(super) fn hshare_even(s: &Scenario, years: &[Year]) -> Option<f64> {
    let base: f64 = years.iter().map(|y| y.base).sum();
    let loss: f64 = -years.iter().map(|y| y.hosp - y.hshare).sum::<f64>();
    let even = 100.0 * loss.max(0.0) / base;
    (base > 0.0 && s.share + even <= 100.0).then_some(even)
}
