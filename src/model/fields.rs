//! Every numeric input of SPEC §2.1–2.2 with its link name, words, limits
//! and default: the form, the link format and validation all read this
//! table. Inputs are named in code by `GlobalKey` and `LineKey`; their
//! link names (`pop`, `after`) are used only where links and files are
//! read and written.

use super::field::{field, whole};
pub use super::field::{Field, Unit};
pub use super::line_fields::LINE_FIELDS;

pub(super) const MONEY_MAX: f64 = 1_000_000_000.0;

pub const NAME_MAX: usize = 120;
pub const LINE_NAME_MAX: usize = 80;
pub const MAX_LINES: usize = 20;

/// In the order of `GlobalKey::ALL`.
pub static GLOBALS: [Field; 16] = [
    whole(field(
        "pop",
        "Population",
        "Patients the pilot figures apply to, for example a practice list of 10000",
        (1.0, 100_000_000.0),
        10_000.0,
        Unit::Count,
    )),
    whole(field(
        "years",
        "Years to project",
        "How many years to show, from 1 to 10",
        (1.0, 10.0),
        5.0,
        Unit::Count,
    )),
    whole(field(
        "fy",
        "First financial year",
        "The year the scheme starts, April to March: 2026 means year 1 is 2026/27. Suggested national costs are brought to its prices",
        (2000.0, 2100.0),
        2017.0,
        Unit::Year,
    )),
    field(
        "disc",
        "Discount rate",
        "HM Treasury Green Book rate is 3.5% a year",
        (0.0, 20.0),
        3.5,
        Unit::Percent,
    ),
    field(
        "infl",
        "Yearly uplift of savings and costs",
        "Inflation applied to every saving and cost after year 1; 0 keeps today's prices",
        (-10.0, 20.0),
        0.0,
        Unit::Percent,
    ),
    field(
        "growth",
        "Population growth a year",
        "How much the population grows each year (below 0 when it shrinks): every saving and every cost per patient grows with it, other costs do not",
        (-5.0, 10.0),
        0.0,
        Unit::Percent,
    ),
    field(
        "ob",
        "Optimism bias adjustment",
        "Cuts every saving by this percentage, to allow for pilots looking better than schemes at scale",
        (0.0, 100.0),
        0.0,
        Unit::Percent,
    ),
    field(
        "share",
        "Primary care's gain-share",
        "Part of each year's shareable saving passed back to primary care (the practice, network or neighbourhood team running the pilot) to reinvest",
        (0.0, 100.0),
        50.0,
        Unit::Percent,
    ),
    field(
        "hshare",
        "Hospital's gain-share",
        "Part of each year's shareable saving passed to the hospital, to meet the costs it cannot shed when its activity falls; 0 unless agreed",
        (0.0, 100.0),
        0.0,
        Unit::Percent,
    ),
    field(
        "threshold",
        "Saving the commissioner keeps first",
        "Pounds a year of net cash saving the commissioner keeps before any gain-share, such as an efficiency target (once called a QIPP target); the same every year",
        (0.0, MONEY_MAX),
        0.0,
        Unit::Money,
    ),
    Field {
        optional: true,
        ..field(
            "cap",
            "Yearly cap on primary care's gain-share",
            "Optional: any gain-share above this stays with the commissioner",
            (0.0, MONEY_MAX),
            0.0,
            Unit::Money,
        )
    },
    whole(field(
        "lag",
        "Years before gain-share can be spent",
        "0 to 3; 1 means a year's share is spent the following year",
        (0.0, 3.0),
        1.0,
        Unit::Count,
    )),
    field(
        "days",
        "Working days a year",
        "Used to cost extra appointments a day; 252 in England",
        (1.0, 366.0),
        252.0,
        Unit::Count,
    ),
    Field {
        optional: true,
        ..whole(field(
            "scale",
            "Scale up to a population of",
            "Optional: a larger footprint, such as a place of 250000 or an ICS of 1000000",
            (1.0, 100_000_000.0),
            0.0,
            Unit::Count,
        ))
    },
    whole(field(
        "mc",
        "Random draws for the range of results",
        "How many times to redraw every uncertain figure within its range: 0 turns this off, at most 100000",
        (0.0, 100_000.0),
        10_000.0,
        Unit::Count,
    )),
    whole(field(
        "seed",
        "Random seed",
        "Any whole number: the same seed gives the same range of results every time",
        (0.0, 4_294_967_295.0),
        1.0,
        Unit::Count,
    )),
];

/// A way activity is paid for (SPEC §2.6.1, the NHS Payment Scheme of
/// 2026), as the form offers it: the share of the saving the commissioner
/// stops paying, what it applies to, and where the rule comes from.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PaymentRule {
    pub paid: f64,
    pub label: &'static str,
    pub applies: &'static str,
    pub source: &'static str,
    /// Proposed, not yet confirmed by a final payment scheme.
    pub proposed: bool,
}

pub const PAYMENT_RULES: [PaymentRule; 3] = [
    PaymentRule {
        paid: 100.0,
        label: "Paid per case at the full unit price",
        applies: "Elective admissions, day cases, outpatient procedures and first outpatient attendances at NHS trusts (the variable element of aligned payment and incentive, 100% of unit prices since 2023/24), and any activity at an independent-sector provider. Prescribing is paid per item, so it is here too.",
        source: "NHS Payment Scheme 2023/25 and 2025/26",
        proposed: false,
    },
    PaymentRule {
        paid: 0.0,
        label: "Fixed or block payment: nothing saved within the year",
        applies: "Emergency admissions, A&E and ambulance (the fixed element of aligned payment and incentive, 2023/24 to 2025/26), outpatient follow-ups, and contracts under the low-volume block (under £1.5m a year in 2025/26). The saving frees capacity, not cash.",
        source: "NHS Payment Scheme 2025/26",
        proposed: false,
    },
    PaymentRule {
        paid: 20.0,
        label: "Urgent and emergency care, 20% variable payment (proposed for 2026/27)",
        applies: "Emergency activity under the new urgent and emergency care payment model: a fixed element plus 20% of the unit price for each case. Proposed for 2026/27, not yet confirmed by the final scheme.",
        source: "NHS England, Medium Term Planning Framework (October 2025) and the 2026/27 NHS Payment Scheme consultation",
        proposed: true,
    },
];

impl PaymentRule {
    /// The rule a share of 0 … 100% is, if it is one offered; any other
    /// (50, from earlier releases) is "another %".
    pub fn of(paid: f64) -> Option<&'static PaymentRule> {
        PAYMENT_RULES.iter().find(|r| r.paid == paid)
    }
}
