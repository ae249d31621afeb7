//! A checked scenario: every figure within SPEC §2's limits.

use super::equity::{ENGLAND, Q};
use super::keys::GlobalKey;
pub use super::line::{Funder, Line, Range};

#[derive(Clone, Debug, PartialEq)]
pub struct Scenario {
    pub name: String,
    pub pop: f64,
    pub years: u32,
    pub disc: f64,
    pub infl: f64,
    /// Population growth, % a year (SPEC §2.1).
    pub growth: f64,
    pub share: f64,
    /// The hospital's gain-share, % of the shareable saving (SPEC §2.6).
    pub hshare: f64,
    /// £ a year the commissioner keeps before any gain-share.
    pub threshold: f64,
    /// The most primary care's gain-share can be in a year.
    pub cap: Option<f64>,
    pub lag: u32,
    pub days: f64,
    pub fy: i32,
    pub scale: Option<f64>,
    pub ob: f64,
    /// Monte Carlo draws (SPEC §2.5); 0 turns them off.
    pub mc: u32,
    pub seed: u64,
    /// Globals given as lowest and highest (`threshold`, `cap`).
    pub ranges: Vec<Range<GlobalKey>>,
    /// % of the population in each national IMD fifth, most deprived
    /// first, as given (SPEC §2.11).
    pub imd: Q,
    pub lines: Vec<Line>,
}

impl Default for Scenario {
    fn default() -> Self {
        let mut s = Scenario {
            name: String::new(),
            pop: 0.0,
            years: 0,
            disc: 0.0,
            infl: 0.0,
            growth: 0.0,
            share: 0.0,
            lag: 0,
            days: 0.0,
            fy: 0,
            scale: None,
            ob: 0.0,
            hshare: 0.0,
            threshold: 0.0,
            cap: None,
            mc: 0,
            seed: 0,
            ranges: Vec::new(),
            imd: ENGLAND,
            lines: Vec::new(),
        };
        for key in GlobalKey::ALL {
            let f = key.field();
            s.set(key, (!f.optional).then_some(f.default));
        }
        s
    }
}

impl Scenario {
    /// Sets a global input; `None` only means something for `scale`.
    /// Values are within limits, so the integer casts are exact.
    pub fn set(&mut self, key: GlobalKey, value: Option<f64>) {
        let v = value.unwrap_or(0.0);
        match key {
            GlobalKey::Pop => self.pop = v,
            GlobalKey::Years => self.years = v as u32,
            GlobalKey::Disc => self.disc = v,
            GlobalKey::Infl => self.infl = v,
            GlobalKey::Growth => self.growth = v,
            GlobalKey::Share => self.share = v,
            GlobalKey::Hshare => self.hshare = v,
            GlobalKey::Threshold => self.threshold = v,
            GlobalKey::Cap => self.cap = value,
            GlobalKey::Lag => self.lag = v as u32,
            GlobalKey::Days => self.days = v,
            GlobalKey::Fy => self.fy = v as i32,
            GlobalKey::Scale => self.scale = value,
            GlobalKey::Ob => self.ob = v,
            GlobalKey::Mc => self.mc = v as u32,
            GlobalKey::Seed => self.seed = v as u64,
        }
    }

    /// A global input's value; None only for `scale` when not given.
    pub fn get(&self, key: GlobalKey) -> Option<f64> {
        Some(match key {
            GlobalKey::Pop => self.pop,
            GlobalKey::Years => f64::from(self.years),
            GlobalKey::Disc => self.disc,
            GlobalKey::Infl => self.infl,
            GlobalKey::Growth => self.growth,
            GlobalKey::Share => self.share,
            GlobalKey::Hshare => self.hshare,
            GlobalKey::Threshold => self.threshold,
            GlobalKey::Cap => return self.cap,
            GlobalKey::Lag => f64::from(self.lag),
            GlobalKey::Days => self.days,
            GlobalKey::Fy => f64::from(self.fy),
            GlobalKey::Scale => return self.scale,
            GlobalKey::Ob => self.ob,
            GlobalKey::Mc => f64::from(self.mc),
            GlobalKey::Seed => self.seed as f64,
        })
    }

    /// How many inputs, global or of a line, carry a range.
    pub fn range_count(&self) -> usize {
        self.ranges.len() + self.lines.iter().map(|l| l.ranges.len()).sum::<usize>()
    }

    /// k of SPEC §2.1: what is left of every saving after optimism bias.
    pub fn k(&self) -> f64 {
        1.0 - self.ob / 100.0
    }

    /// n_t of SPEC §2.3: year t's population over P.
    pub fn people(&self, t: u32) -> f64 {
        (1.0 + self.growth / 100.0).powi(t as i32 - 1)
    }

    /// growth_t of SPEC §2.3: year t's prices over year 1's.
    pub fn uplift(&self, t: u32) -> f64 {
        (1.0 + self.infl / 100.0).powi(t as i32 - 1)
    }
}
