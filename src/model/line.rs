//! A checked line of the scenario (SPEC §2.2): its inputs, who pays its
//! costs, and where each number lives.

use super::equity::LineEquity;
use super::keys::LineKey;
use super::kind::Kind;
use super::series::Series;
use super::uptake::Ramp;

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
    /// Year 1's uptake, %; `ramp` has the years after (SPEC §2.2).
    pub uptake: f64,
    pub ramp: Ramp,
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
            ramp: Ramp::default(),
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

    /// u_t of SPEC §2.3, as a fraction.
    pub fn uptake_in(&self, t: u32) -> f64 {
        self.ramp.in_year(self.uptake, t) / 100.0
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

/// An input known only to lie between `lo` and `hi`, most likely at its value.
#[derive(Clone, Debug, PartialEq)]
pub struct Range<K = LineKey> {
    pub key: K,
    pub lo: f64,
    pub hi: f64,
}
