//! A checked scenario: every figure within SPEC §2's limits.

use super::fields::{Kind, GLOBALS, LINE_FIELDS};

#[derive(Clone, Debug, PartialEq)]
pub struct Scenario {
    pub name: String,
    pub pop: f64,
    pub years: u32,
    pub disc: f64,
    pub infl: f64,
    pub share: f64,
    pub lag: u32,
    pub days: f64,
    pub fy: i32,
    pub scale: Option<f64>,
    pub ob: f64,
    /// Monte Carlo draws (SPEC §2.5); 0 turns them off.
    pub mc: u32,
    pub seed: u64,
    pub lines: Vec<Line>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    pub kind: Kind,
    pub name: String,
    pub base: f64,
    pub after: f64,
    pub unit: f64,
    pub events: f64,
    pub pct: f64,
    pub spend: f64,
    pub saved: f64,
    pub months: f64,
    pub setup: f64,
    pub annual: f64,
    pub per_patient: f64,
    pub appts: f64,
    pub appt_cost: f64,
    pub uptake: f64,
    pub cash: bool,
    /// Months the pilot behind `after` ran; 0 when not given.
    pub pilot_months: f64,
    /// Inputs given as lowest and highest, in the order the form shows them.
    pub ranges: Vec<Range>,
}

/// An input known only to lie between `lo` and `hi`, most likely at its value.
#[derive(Clone, Debug, PartialEq)]
pub struct Range {
    pub key: &'static str,
    pub lo: f64,
    pub hi: f64,
}

impl Default for Scenario {
    fn default() -> Self {
        let mut s = Scenario {
            name: String::new(),
            pop: 0.0,
            years: 0,
            disc: 0.0,
            infl: 0.0,
            share: 0.0,
            lag: 0,
            days: 0.0,
            fy: 0,
            scale: None,
            ob: 0.0,
            mc: 0,
            seed: 0,
            lines: Vec::new(),
        };
        for f in &GLOBALS {
            s.set(f.key, (!f.optional).then_some(f.default));
        }
        s
    }
}

impl Scenario {
    /// Sets a global input from its link key; `None` only means something
    /// for `scale`. Values are within limits, so the integer casts are exact.
    pub fn set(&mut self, key: &str, value: Option<f64>) {
        let v = value.unwrap_or(0.0);
        match key {
            "pop" => self.pop = v,
            "years" => self.years = v as u32,
            "disc" => self.disc = v,
            "infl" => self.infl = v,
            "share" => self.share = v,
            "lag" => self.lag = v as u32,
            "days" => self.days = v,
            "fy" => self.fy = v as i32,
            "scale" => self.scale = value,
            "ob" => self.ob = v,
            "mc" => self.mc = v as u32,
            "seed" => self.seed = v as u64,
            _ => {}
        }
    }

    pub fn get(&self, key: &str) -> Option<f64> {
        Some(match key {
            "pop" => self.pop,
            "years" => f64::from(self.years),
            "disc" => self.disc,
            "infl" => self.infl,
            "share" => self.share,
            "lag" => f64::from(self.lag),
            "days" => self.days,
            "fy" => f64::from(self.fy),
            "scale" => return self.scale,
            "ob" => self.ob,
            "mc" => f64::from(self.mc),
            "seed" => self.seed as f64,
            _ => return None,
        })
    }

    /// k of SPEC §2.1: what is left of every saving after optimism bias.
    pub fn k(&self) -> f64 {
        1.0 - self.ob / 100.0
    }
}

impl Line {
    pub fn new(kind: Kind) -> Line {
        let mut line = Line {
            kind,
            name: String::new(),
            base: 0.0,
            after: 0.0,
            unit: 0.0,
            events: 0.0,
            pct: 0.0,
            spend: 0.0,
            saved: 0.0,
            months: 0.0,
            setup: 0.0,
            annual: 0.0,
            per_patient: 0.0,
            appts: 0.0,
            appt_cost: 0.0,
            uptake: 0.0,
            cash: false,
            pilot_months: 0.0,
            ranges: Vec::new(),
        };
        for f in &LINE_FIELDS {
            line.set(f.key, f.default);
        }
        line
    }

    /// Where an input lives in a line, found once so that a Monte Carlo
    /// draw need not look its key up again.
    pub fn slot_of(key: &str) -> Option<fn(&mut Line) -> &mut f64> {
        Some(match key {
            "base" => |l| &mut l.base,
            "after" => |l| &mut l.after,
            "unit" => |l| &mut l.unit,
            "events" => |l| &mut l.events,
            "pct" => |l| &mut l.pct,
            "spend" => |l| &mut l.spend,
            "saved" => |l| &mut l.saved,
            "months" => |l| &mut l.months,
            "setup" => |l| &mut l.setup,
            "annual" => |l| &mut l.annual,
            "per_patient" => |l| &mut l.per_patient,
            "appts" => |l| &mut l.appts,
            "appt_cost" => |l| &mut l.appt_cost,
            "uptake" => |l| &mut l.uptake,
            "pilot_months" => |l| &mut l.pilot_months,
            _ => return None,
        })
    }

    pub fn set(&mut self, key: &str, value: f64) {
        if key == "cash" {
            self.cash = value != 0.0;
        } else if let Some(slot) = Line::slot_of(key) {
            *slot(self) = value;
        }
    }

    pub fn get(&self, key: &str) -> Option<f64> {
        if key == "cash" {
            return Some(if self.cash { 1.0 } else { 0.0 });
        }
        Some(match key {
            "base" => self.base,
            "after" => self.after,
            "unit" => self.unit,
            "events" => self.events,
            "pct" => self.pct,
            "spend" => self.spend,
            "saved" => self.saved,
            "months" => self.months,
            "setup" => self.setup,
            "annual" => self.annual,
            "per_patient" => self.per_patient,
            "appts" => self.appts,
            "appt_cost" => self.appt_cost,
            "uptake" => self.uptake,
            "pilot_months" => self.pilot_months,
            _ => return None,
        })
    }
}
