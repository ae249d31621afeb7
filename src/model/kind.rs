//! What a line saves (SPEC §2.2), and so which saving inputs it has.

use super::fields::Field;
use super::keys::{LineKey, COST_KEYS, LANDING_KEYS};

/// What a line saves, and so which saving inputs it has (SPEC §2.2).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Rate,
    Count,
    Spend,
    Observed,
    Cost,
}

/// What each kind of line is for, under the drop-down that chooses it.
pub const KIND_HINT: &str = "Fewer events per 1,000: a rate of referrals or admissions. Fewer events a year: a count cut by a percentage. Lower spending: prescribing, say, cut by a percentage. A saving over some months: money saved, as measured. Costs only: a post or a programme.";

impl Kind {
    pub const ALL: [Kind; 5] = [
        Kind::Rate,
        Kind::Count,
        Kind::Spend,
        Kind::Observed,
        Kind::Cost,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Kind::Rate => "rate",
            Kind::Count => "count",
            Kind::Spend => "spend",
            Kind::Observed => "observed",
            Kind::Cost => "cost",
        }
    }

    pub fn parse(text: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.key() == text.trim())
    }

    /// The kind in a few words, short enough for a drop-down on a phone
    /// (`KIND_HINT` says more).
    pub fn describe(self) -> &'static str {
        match self {
            Kind::Rate => "Fewer events per 1,000",
            Kind::Count => "Fewer events a year",
            Kind::Spend => "Lower spending",
            Kind::Observed => "A saving over some months",
            Kind::Cost => "Costs only",
        }
    }

    /// The kind in full, as printed among the inputs.
    pub fn explain(self) -> &'static str {
        match self {
            Kind::Rate => "Fewer events per 1,000 patients a year (referrals, admissions)",
            Kind::Count => "Fewer events a year, by a percentage",
            Kind::Spend => "Lower spending, by a percentage (prescribing)",
            Kind::Observed => "A saving measured over some months",
            Kind::Cost => "Costs only (a post, a programme)",
        }
    }

    pub fn saving_keys(self) -> &'static [LineKey] {
        match self {
            Kind::Rate => &[
                LineKey::Base,
                LineKey::After,
                LineKey::Unit,
                LineKey::PilotMonths,
            ],
            Kind::Count => &[LineKey::Events, LineKey::Pct, LineKey::Unit],
            Kind::Spend => &[LineKey::Spend, LineKey::Pct],
            Kind::Observed => &[LineKey::Saved, LineKey::Months],
            Kind::Cost => &[],
        }
    }

    /// A line of costs alone has no saving to land anywhere.
    pub fn saves(self) -> bool {
        self != Kind::Cost
    }

    /// How the line's saving lands (SPEC §2.6): none on a line of costs;
    /// steps of capacity (§2.7) only where the line counts events.
    pub fn landing_keys(self) -> &'static [LineKey] {
        match self {
            Kind::Rate | Kind::Count => &LANDING_KEYS,
            Kind::Spend | Kind::Observed => LANDING_KEYS.split_at(2).0,
            Kind::Cost => &[],
        }
    }

    /// Whether the line counts events avoided, so can free whole steps.
    pub fn counts_events(self) -> bool {
        matches!(self, Kind::Rate | Kind::Count)
    }

    /// The line's inputs in the order they are shown and written in links.
    pub fn keys(self) -> impl Iterator<Item = LineKey> {
        self.saving_keys()
            .iter()
            .chain(self.landing_keys())
            .chain(COST_KEYS.iter())
            .copied()
    }

    /// An input's default on this kind of line: the share of cost really
    /// avoided is 50% for events (referrals, admissions: NHS England's
    /// reason for its 50% deduction) and 100% for spending (SPEC §2.6).
    pub fn default_of(self, key: LineKey) -> f64 {
        match (key, self) {
            (LineKey::Avoid, Kind::Spend | Kind::Observed) => 100.0,
            (key, _) => key.field().default,
        }
    }

    /// An input's field as it is on this kind of line: its default is the
    /// kind's.
    pub fn field_of(self, key: LineKey) -> Field {
        Field {
            default: self.default_of(key),
            ..*key.field()
        }
    }
}
