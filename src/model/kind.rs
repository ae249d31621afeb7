//! What a line saves (SPEC §2.2), and so which saving inputs it has.

use super::keys::{LineKey, COST_KEYS};

/// What a line saves, and so which saving inputs it has (SPEC §2.2).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Rate,
    Count,
    Spend,
    Observed,
    Cost,
}

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

    pub fn describe(self) -> &'static str {
        match self {
            Kind::Rate => "Fewer events per 1,000 patients (referrals, admissions)",
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

    /// The line's inputs in the order they are shown and written in links.
    pub fn keys(self) -> impl Iterator<Item = LineKey> {
        self.saving_keys().iter().chain(COST_KEYS.iter()).copied()
    }
}
