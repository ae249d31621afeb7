//! A checked scenario: every figure within SPEC §2's limits.

use super::equity::{LineEquity, ENGLAND, Q};
use super::keys::{GlobalKey, LineKey};
use super::kind::Kind;
use super::series::Series;

#[derive(Clone, Debug, PartialEq)]
pub struct Scenario {
    pub name: String,
    pub pop: f64,
    pub years: u32,
    pub disc: f64,
    pub infl: f64,
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
    /// Minutes of clinician time per extra appointment (SPEC §2.7).
    pub appt_min: f64,
    pub uptake: f64,
    /// % of the saving the commissioner stops paying (SPEC §2.6).
    pub paid: f64,
    /// % of the saving that is cost really avoided by the provider.
    pub avoid: f64,
    /// Events a year that free one whole unit the provider can remove;
    /// 0 when not given (SPEC §2.7).
    pub step: f64,
    /// £ a year the provider stops spending for each unit removed.
    pub step_cost: f64,
    pub funder: Funder,
    /// Months the pilot behind `after` ran; 0 when not given.
    pub pilot_months: f64,
    /// Inputs given as lowest and highest, in the order the form shows them.
    pub ranges: Vec<Range>,
    /// Monthly counts of the line's events (SPEC §2.8), `rate` and
    /// `count` lines only.
    pub series: Option<Series>,
    /// The line, from 0, whose events this line also reduces (SPEC §2.10).
    pub with: Option<usize>,
    /// How its events and effect spread over the IMD fifths (SPEC §2.11).
    pub equity: LineEquity,
}

/// Who pays a line's costs (SPEC §2.6).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Funder {
    #[default]
    Commissioner,
    Primary,
}

impl Funder {
    pub const ALL: [Funder; 2] = [Funder::Commissioner, Funder::Primary];

    /// As links name it.
    pub fn name(self) -> &'static str {
        match self {
            Funder::Commissioner => "commissioner",
            Funder::Primary => "primary",
        }
    }

    pub fn parse(text: &str) -> Option<Funder> {
        Funder::ALL.into_iter().find(|f| f.name() == text.trim())
    }

    /// As people read it.
    pub fn describe(self) -> &'static str {
        match self {
            Funder::Commissioner => "The commissioner",
            Funder::Primary => "Primary care (the practice, network or neighbourhood team)",
        }
    }
}

/// An input known only to lie between `lo` and `hi`, most likely at its value.
#[derive(Clone, Debug, PartialEq)]
pub struct Range<K = LineKey> {
    pub key: K,
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
            appt_min: 0.0,
            uptake: 0.0,
            paid: 0.0,
            avoid: 0.0,
            step: 0.0,
            step_cost: 0.0,
            funder: Funder::Commissioner,
            pilot_months: 0.0,
            ranges: Vec::new(),
            series: None,
            with: None,
            equity: LineEquity::default(),
        };
        for key in LineKey::ALL.into_iter().filter(|k| *k != LineKey::Cash) {
            line.set(key, kind.default_of(key));
        }
        line
    }

    /// Where a number lives in a line, found once so that a Monte Carlo
    /// draw need not look its key up again; None for the yes/no of cash.
    pub fn slot_of(key: LineKey) -> Option<fn(&mut Line) -> &mut f64> {
        Some(match key {
            LineKey::Base => |l| &mut l.base,
            LineKey::After => |l| &mut l.after,
            LineKey::Unit => |l| &mut l.unit,
            LineKey::Events => |l| &mut l.events,
            LineKey::Pct => |l| &mut l.pct,
            LineKey::Spend => |l| &mut l.spend,
            LineKey::Saved => |l| &mut l.saved,
            LineKey::Months => |l| &mut l.months,
            LineKey::Setup => |l| &mut l.setup,
            LineKey::Annual => |l| &mut l.annual,
            LineKey::PerPatient => |l| &mut l.per_patient,
            LineKey::Appts => |l| &mut l.appts,
            LineKey::ApptCost => |l| &mut l.appt_cost,
            LineKey::ApptMin => |l| &mut l.appt_min,
            LineKey::Uptake => |l| &mut l.uptake,
            LineKey::Paid => |l| &mut l.paid,
            LineKey::Avoid => |l| &mut l.avoid,
            LineKey::Step => |l| &mut l.step,
            LineKey::StepCost => |l| &mut l.step_cost,
            LineKey::PilotMonths => |l| &mut l.pilot_months,
            LineKey::Cash => return None,
        })
    }

    pub fn set(&mut self, key: LineKey, value: f64) {
        match Line::slot_of(key) {
            Some(slot) => *slot(self) = value,
            // An older link's "does the saving release cash?": all or none.
            None => self.paid = if value != 0.0 { 100.0 } else { 0.0 },
        }
    }

    pub fn get(&self, key: LineKey) -> f64 {
        match key {
            LineKey::Base => self.base,
            LineKey::After => self.after,
            LineKey::Unit => self.unit,
            LineKey::Events => self.events,
            LineKey::Pct => self.pct,
            LineKey::Spend => self.spend,
            LineKey::Saved => self.saved,
            LineKey::Months => self.months,
            LineKey::Setup => self.setup,
            LineKey::Annual => self.annual,
            LineKey::PerPatient => self.per_patient,
            LineKey::Appts => self.appts,
            LineKey::ApptCost => self.appt_cost,
            LineKey::ApptMin => self.appt_min,
            LineKey::Uptake => self.uptake,
            LineKey::Paid => self.paid,
            LineKey::Avoid => self.avoid,
            LineKey::Step => self.step,
            LineKey::StepCost => self.step_cost,
            LineKey::PilotMonths => self.pilot_months,
            LineKey::Cash => f64::from(u8::from(self.paid > 0.0)),
        }
    }
}
