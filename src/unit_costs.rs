//! National average unit costs to suggest beside £ inputs, from
//! `UNIT_COSTS.md`: each with its source and price year, never uplifted.

use crate::model::keys::LineKey;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct UnitCost {
    pub id: &'static str,
    pub what: &'static str,
    pub pounds: f64,
    pub price_year: &'static str,
    /// The calendar year the price year starts in, to compare with `fy`.
    pub year: i32,
    pub source: &'static str,
}

const fn cost(
    id: &'static str,
    what: &'static str,
    pounds: f64,
    price_year: &'static str,
    year: i32,
    source: &'static str,
) -> UnitCost {
    UnitCost {
        id,
        what,
        pounds,
        price_year,
        year,
        source,
    }
}

const PSSRU_2013: &str = "PSSRU, Unit Costs of Health and Social Care 2013";
const REFERENCE_COSTS: &str = "NHS Reference Costs 2016/17";

pub const UNIT_COSTS: [UnitCost; 13] = [
    cost(
        "gp-consult",
        "GP surgery consultation, 11.7 minutes (with qualifications)",
        45.0,
        "2013",
        2013,
        PSSRU_2013,
    ),
    cost(
        "gp-consult-2015",
        "GP surgery consultation, 11.7 minutes (with qualifications)",
        44.0,
        "2015",
        2015,
        "PSSRU, Unit Costs of Health and Social Care 2015",
    ),
    cost(
        "gp-phone",
        "GP telephone consultation, 7.1 minutes",
        27.0,
        "2013",
        2013,
        PSSRU_2013,
    ),
    cost(
        "gp-home",
        "GP home visit, 23.4 minutes",
        114.0,
        "2013",
        2013,
        PSSRU_2013,
    ),
    cost(
        "nurse-15",
        "Practice nurse, 15 minutes",
        13.0,
        "2013",
        2013,
        PSSRU_2013,
    ),
    cost(
        "op-attend",
        "Outpatient attendance, all specialties",
        120.0,
        "2016/17",
        2016,
        REFERENCE_COSTS,
    ),
    cost(
        "nel-episode",
        "Non-elective inpatient episode (excluding excess bed days)",
        1590.0,
        "2016/17",
        2016,
        REFERENCE_COSTS,
    ),
    cost(
        "el-episode",
        "Elective inpatient episode",
        3684.0,
        "2016/17",
        2016,
        REFERENCE_COSTS,
    ),
    cost(
        "day-case",
        "Day case",
        738.0,
        "2016/17",
        2016,
        REFERENCE_COSTS,
    ),
    cost(
        "excess-bed-day",
        "Excess bed day",
        313.0,
        "2016/17",
        2016,
        REFERENCE_COSTS,
    ),
    cost(
        "ae-attend",
        "A&E attendance",
        148.0,
        "2016/17",
        2016,
        REFERENCE_COSTS,
    ),
    cost(
        "ooh-case",
        "GP out-of-hours case",
        68.30,
        "2013/14",
        2013,
        "National Audit Office, Out-of-hours GP services in England (2014)",
    ),
    cost(
        "pch-start",
        "Primary Care Home start-up funding per rapid-test site",
        40000.0,
        "2016/17",
        2016,
        "Nuffield Trust, Primary care home evaluation (2017)",
    ),
];

/// Which costs fit which input: an event avoided, an appointment given, a
/// one-off start-up. Other £ inputs are the pilot's own totals.
pub fn suggestions_for(key: LineKey) -> Vec<&'static UnitCost> {
    suggested_ids(key)
        .iter()
        .filter_map(|id| UNIT_COSTS.iter().find(|c| c.id == *id))
        .collect()
}

/// The ids of the national figures offered beside `key`'s input: the page
/// leaves room for the list only where there is one, and the views module
/// draws it, so the table above is not in the first load.
pub fn suggested_ids(key: LineKey) -> &'static [&'static str] {
    match key {
        LineKey::Unit => &[
            "op-attend",
            "ae-attend",
            "nel-episode",
            "el-episode",
            "day-case",
            "excess-bed-day",
            "ooh-case",
            "gp-consult",
            "gp-consult-2015",
            "gp-phone",
            "gp-home",
            "nurse-15",
        ],
        LineKey::ApptCost => &[
            "gp-consult",
            "gp-consult-2015",
            "gp-phone",
            "gp-home",
            "nurse-15",
        ],
        LineKey::Setup => &["pch-start"],
        // The pilot's own totals, rates, counts and shares: no national
        // figure fits them.
        LineKey::Base
        | LineKey::After
        | LineKey::PilotMonths
        | LineKey::Events
        | LineKey::Pct
        | LineKey::Spend
        | LineKey::Saved
        | LineKey::Months
        | LineKey::Paid
        | LineKey::Avoid
        | LineKey::Step
        | LineKey::StepCost
        | LineKey::ApptMin
        | LineKey::Annual
        | LineKey::PerPatient
        | LineKey::Appts
        | LineKey::Uptake
        | LineKey::Cash => &[],
    }
}

impl UnitCost {
    /// A price from before the scheme's first financial year: costs have
    /// most likely risen since.
    pub fn older_than(&self, fy: i32) -> bool {
        self.year < fy
    }

    /// "Outpatient attendance, all specialties: £120, NHS Reference Costs 2016/17".
    pub fn describe(&self) -> String {
        format!(
            "{}: {}, {}; price year {}",
            self.what,
            crate::format::money(self.pounds),
            self.source,
            self.price_year
        )
    }
}

/// The suggestion an input's value is, if any: the same pounds and pence.
pub fn matching(key: LineKey, value: f64) -> Option<&'static UnitCost> {
    suggestions_for(key)
        .into_iter()
        .find(|c| (c.pounds - value).abs() < 0.005)
}
