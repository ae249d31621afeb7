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
pub static GLOBALS: [Field; 15] = [
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
        "The year the scheme starts: 2017 means year 1 is 2017/18",
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
        "Part of each year's shareable saving passed back to primary care (the practice or Primary Care Home running the pilot) to reinvest",
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
        "Pounds a year of net cash saving the commissioner keeps before any gain-share, such as a QIPP target; the same every year",
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
            "Optional: a larger footprint, such as a locality or an STP of 300000",
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

/// A way activity is paid for (SPEC §2.6), as the form offers it: the
/// share of the saving the commissioner stops paying.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PaymentRule {
    pub paid: f64,
    pub label: &'static str,
    pub hint: &'static str,
}

pub const PAYMENT_RULES: [PaymentRule; 4] = [
    PaymentRule {
        paid: 100.0,
        label: "Per case, at full price",
        hint: "Outpatients and planned care paid by activity: the commissioner stops paying the whole price (100%)",
    },
    PaymentRule {
        paid: 0.0,
        label: "Block or fixed payment",
        hint: "Most emergency admissions: the commissioner pays the same (0%), so the saving frees capacity, not cash",
    },
    PaymentRule {
        paid: 50.0,
        label: "Aligned payment, below plan",
        hint: "NHS England\u{2019}s aligned payment (2022/23): activity below plan is taken off at 50% of its price",
    },
    PaymentRule {
        paid: 20.0,
        label: "Blended payment",
        hint: "Emergency care under the 2019/20 blended payment: 20% of the price for each case fewer",
    },
];

impl PaymentRule {
    /// The rule a share of 0 … 100% is, if it is one of the four.
    pub fn of(paid: f64) -> Option<&'static PaymentRule> {
        PAYMENT_RULES.iter().find(|r| r.paid == paid)
    }
}
