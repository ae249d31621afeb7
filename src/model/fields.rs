//! Every numeric input of SPEC §2.1–2.2 with its link name, words, limits
//! and default: the form, the link format and validation all read this
//! table. Inputs are named in code by `GlobalKey` and `LineKey`; their
//! link names (`pop`, `after`) are used only where links and files are
//! read and written.

/// What a number measures; decides the input's prefix or suffix and how
/// limits are written in messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    Count,
    Money,
    Percent,
    Rate,
    Year,
    Flag,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Field {
    /// The name in links and files.
    pub name: &'static str,
    pub label: &'static str,
    pub hint: &'static str,
    pub min: f64,
    pub max: f64,
    pub whole: bool,
    pub default: f64,
    /// Empty text means "none" rather than the default (only `scale`).
    pub optional: bool,
    /// A kind's saving input (SPEC §2.2): it has no default, so a blank one
    /// is an error and a link always carries it. Left out of a link, it
    /// reads as 0: what releases before this rule wrote for a zero.
    pub no_default: bool,
    pub unit: Unit,
}

impl Field {
    /// An empty field is an error where the default is not nothing, and for
    /// a saving input, which has no default.
    pub fn required(&self) -> bool {
        !self.optional && (self.no_default || self.default != 0.0)
    }

    /// A value a link leaves out: the field's default. A saving input has
    /// no default, and an optional field's only default is none (empty),
    /// so a cap of 0 is written (found by `make fuzz`).
    pub fn is_default(&self, v: f64) -> bool {
        !self.no_default && !self.optional && v == self.default
    }
}

const fn field(
    name: &'static str,
    label: &'static str,
    hint: &'static str,
    (min, max): (f64, f64),
    default: f64,
    unit: Unit,
) -> Field {
    Field {
        name,
        label,
        hint,
        min,
        max,
        whole: false,
        default,
        optional: false,
        no_default: false,
        unit,
    }
}

const fn whole(mut f: Field) -> Field {
    f.whole = true;
    f
}

/// A saving input: required, and written in every link (SPEC §2.2).
const fn saving(mut f: Field) -> Field {
    f.no_default = true;
    f
}

const MONEY_MAX: f64 = 1_000_000_000.0;

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

/// In the order of `LineKey::ALL`.
pub static LINE_FIELDS: [Field; 21] = [
    saving(field(
        "base",
        "Rate before the pilot",
        "Events, such as referrals, per 1,000 patients a year before the pilot",
        (0.0, 1000.0),
        0.0,
        Unit::Rate,
    )),
    saving(field(
        "after",
        "Rate with the pilot",
        "Events per 1,000 patients a year while the pilot ran",
        (0.0, 1000.0),
        0.0,
        Unit::Rate,
    )),
    saving(field(
        "unit",
        "Cost of each event avoided",
        "What one referral, attendance or admission costs, in pounds",
        (0.0, 10_000_000.0),
        0.0,
        Unit::Money,
    )),
    Field {
        optional: true,
        ..whole(field(
            "pilot_months",
            "Months the pilot ran",
            "Optional: how long the pilot behind the rate with the pilot ran, from 1 to 120, to show how sure that rate is",
            (1.0, 120.0),
            0.0,
            Unit::Count,
        ))
    },
    saving(field(
        "events",
        "Events a year before the pilot",
        "For example, 400 emergency admissions a year",
        (0.0, 100_000_000.0),
        0.0,
        Unit::Count,
    )),
    saving(field(
        "pct",
        "Reduction",
        "How much lower, in per cent, with the pilot",
        (0.0, 100.0),
        0.0,
        Unit::Percent,
    )),
    saving(field(
        "spend",
        "Spending a year before the pilot",
        "For example, the yearly prescribing cost for care-home residents",
        (0.0, MONEY_MAX),
        0.0,
        Unit::Money,
    )),
    saving(field(
        "saved",
        "Amount saved during the pilot",
        "The saving the pilot measured, in pounds",
        (0.0, MONEY_MAX),
        0.0,
        Unit::Money,
    )),
    whole(field(
        "months",
        "Months the saving was measured over",
        "From 1 to 120; the saving is scaled to a year",
        (1.0, 120.0),
        12.0,
        Unit::Count,
    )),
    field(
        "paid",
        "Share of the saving the commissioner stops paying",
        "How the activity is paid for: 100% per case at full price (outpatients, planned care); 0% a block or the fixed part of an aligned payment (most emergency admissions); 50% an aligned payment below plan (NHS England 2022/23); 20% a blended payment (2019/20)",
        (0.0, 100.0),
        100.0,
        Unit::Percent,
    ),
    field(
        "avoid",
        "Share of its cost the provider really saves",
        "What whoever delivered the activity stops spending: 50% for referrals and admissions (NHS England: only variable and some staff costs are saved), 100% for spending such as prescribing",
        (0.0, 100.0),
        50.0,
        Unit::Percent,
    ),
    Field {
        optional: true,
        ..whole(field(
            "step",
            "Events that free one unit the provider can remove",
            "Optional: how many fewer events a year let the provider remove a whole clinic list, bed or post. A weekly clinic of 12 new appointments over 46 weeks is 552 a year; a bed at 85% occupancy with 4-day stays takes about 78 admissions a year (365 \u{d7} 0.85 \u{f7} 4). With a step, only whole units count as cost really avoided, in place of the share above",
            (1.0, 10_000_000.0),
            0.0,
            Unit::Count,
        ))
    },
    field(
        "step_cost",
        "What removing one unit saves a year",
        "Pounds a year the provider stops spending when one unit goes, such as a clinic list's staff and room; with no figure here, removing units saves nothing",
        (0.0, MONEY_MAX),
        0.0,
        Unit::Money,
    ),
    field(
        "setup",
        "One-off set-up cost",
        "Paid once at the start of year 1, such as training or equipment",
        (0.0, MONEY_MAX),
        0.0,
        Unit::Money,
    ),
    field(
        "annual",
        "Running cost a year",
        "Recurring costs, such as a post or a contract",
        (0.0, MONEY_MAX),
        0.0,
        Unit::Money,
    ),
    field(
        "per_patient",
        "Cost per patient a year",
        "Multiplied by the population, such as £1 per patient",
        (0.0, 100_000.0),
        0.0,
        Unit::Money,
    ),
    field(
        "appts",
        "Extra appointments a day",
        "Appointments added to run the scheme, on each working day",
        (0.0, 10_000.0),
        0.0,
        Unit::Count,
    ),
    field(
        "appt_cost",
        "Cost of each appointment",
        "For example, a GP consultation",
        (0.0, 100_000.0),
        0.0,
        Unit::Money,
    ),
    field(
        "appt_min",
        "Minutes per appointment",
        "Clinician time for each extra appointment, to show the hours and sessions they take; 10 minutes is a GP consultation (PSSRU Unit Costs 2023)",
        (1.0, 120.0),
        10.0,
        Unit::Count,
    ),
    field(
        "uptake",
        "Saving reached in year 1",
        "Per cent of the full saving in the first year, while the scheme beds in; 100% from year 2",
        (0.0, 100.0),
        100.0,
        Unit::Percent,
    ),
    // Written by releases before `paid`: read from older links and files
    // into `paid` (1 is 100%, 0 is 0%), never shown or written.
    whole(field(
        "cash",
        "Does the saving release cash?",
        "No where it frees capacity but no money, such as an admission avoided under a block contract",
        (0.0, 1.0),
        1.0,
        Unit::Flag,
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
