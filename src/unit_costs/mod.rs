//! National unit costs to suggest beside £ inputs, each with its source
//! and price year, and brought to the prices of the scenario's first year
//! by a pay-and-prices index. A data table: the words of each figure are
//! those of its source.

use crate::format::financial_year;
use crate::model::keys::LineKey;
use crate::model::Scenario;
use crate::text::line_name;

/// What one figure is a price of: an event, or a minute or an hour of a
/// clinician's time, which the form turns into an appointment's cost.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Per {
    Each,
    Minute,
    Hour,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct UnitCost {
    pub id: &'static str,
    pub pounds: f64,
    /// The calendar year the price year starts in: 2023 is 2023/24.
    pub year: i32,
    pub per: Per,
    /// An activity-weighted average of a schedule's lines, made for this
    /// table rather than published as one figure.
    pub computed: bool,
}

mod table;
pub use table::{INDEX, UNIT_COSTS, WORDS};

const fn cost(id: &'static str, pounds: f64, year: i32) -> UnitCost {
    UnitCost {
        id,
        pounds,
        year,
        per: Per::Each,
        computed: false,
    }
}

const fn per(per: Per, c: UnitCost) -> UnitCost {
    UnitCost { per, ..c }
}

const fn computed(c: UnitCost) -> UnitCost {
    UnitCost {
        computed: true,
        ..c
    }
}

/// The index's first and last years.
pub const INDEX_FIRST: i32 = INDEX[0].0;
pub const INDEX_LAST: i32 = INDEX[INDEX.len() - 1].0;

pub fn index_of(year: i32) -> Option<f64> {
    INDEX.iter().find(|(y, _)| *y == year).map(|(_, i)| *i)
}

/// A figure at the prices of one year.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Priced {
    pub pounds: f64,
    /// The price year it is at: the first year asked for, the index's last
    /// for a later one, or the figure's own before the index starts.
    pub year: i32,
}

impl Priced {
    pub fn price_year(&self) -> String {
        financial_year(self.year, 1)
    }
}

fn penny(v: f64) -> f64 {
    (v * 100.0).round() / 100.0
}

impl UnitCost {
    /// What the figure is, in its source's words.
    pub fn what(&self) -> &'static str {
        self.words().0
    }

    pub fn source(&self) -> &'static str {
        self.words().1
    }

    fn words(&self) -> (&'static str, &'static str) {
        WORDS
            .iter()
            .find(|(id, _, _)| *id == self.id)
            .map_or(("", ""), |(_, what, source)| (*what, *source))
    }

    pub fn price_year(&self) -> String {
        financial_year(self.year, 1)
    }

    /// The figure at its own price year, for an appointment of `minutes`
    /// when it is a price of time.
    pub fn published(&self, minutes: f64) -> Priced {
        Priced {
            pounds: penny(self.pounds * self.share_of(minutes)),
            year: self.year,
        }
    }

    /// The figure brought to the prices of first year `fy` (SPEC: £ ×
    /// index(t) / index(y), to the penny): years after the index use its
    /// last; years before it keep the figure at its own price year.
    pub fn at_prices(&self, fy: i32, minutes: f64) -> Priced {
        let target = fy.min(INDEX_LAST);
        match (index_of(target), index_of(self.year)) {
            (Some(to), Some(from)) => Priced {
                pounds: penny(self.pounds * self.share_of(minutes) * to / from),
                year: target,
            },
            _ => self.published(minutes),
        }
    }

    fn share_of(&self, minutes: f64) -> f64 {
        match self.per {
            Per::Each => 1.0,
            Per::Minute => minutes,
            Per::Hour => minutes / 60.0,
        }
    }
}

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
/// draws it.
pub fn suggested_ids(key: LineKey) -> &'static [&'static str] {
    match key {
        LineKey::Unit => &[
            "op-first",
            "op-attend",
            "ae-attend",
            "nel-episode",
            "nel-short",
            "nel-long",
            "el-episode",
            "day-case",
            "amb-convey",
            "amb-treat",
            "ooh-case",
            "gp-consult",
            "gp-phone-triage",
        ],
        LineKey::ApptCost => &[
            "gp-consult",
            "gp-minute",
            "nurse-hour",
            "district-nurse-hour",
            "fcp-hour",
            "gp-phone-triage",
        ],
        // A network's running cost for each of its patients.
        LineKey::PerPatient => &["pcn-core"],
        // The pilot's own totals, rates, counts and shares: no national
        // figure fits them.
        _ => &[],
    }
}

/// The suggestion an input's value is, if any, and at which prices: its
/// own price year's figure or the one brought to first year `fy`, to the
/// penny. `minutes` is the line's appointment length, for prices of time.
pub fn matching(
    key: LineKey,
    value: f64,
    fy: i32,
    minutes: f64,
) -> Option<(&'static UnitCost, Priced)> {
    let same = |p: Priced| (p.pounds - value).abs() < 0.005;
    suggestions_for(key).into_iter().find_map(|c| {
        [c.at_prices(fy, minutes), c.published(minutes)]
            .into_iter()
            .find(|p| same(*p))
            .map(|p| (c, p))
    })
}

/// Each national unit cost the scenario uses: line and input, value,
/// what it is, source, price year (the workbook's About sheet and the
/// business case's appendix).
pub fn used_by(s: &Scenario) -> Vec<[String; 5]> {
    let mut found = Vec::new();
    for (i, line) in s.lines.iter().enumerate() {
        for key in [LineKey::Unit, LineKey::ApptCost, LineKey::Setup] {
            let value = line.get(key);
            let Some((cost, priced)) = matching(key, value, s.fy, line.appt_min) else {
                continue;
            };
            found.push([
                format!("{} ({})", line_name(&line.name, i), key.field().label),
                format!("£{value:.2}"),
                cost.what().to_string(),
                cost.source().to_string(),
                priced.price_year(),
            ]);
        }
    }
    found
}
