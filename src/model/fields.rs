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

#[derive(Debug, PartialEq)]
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

    /// A value a link leaves out: the field's default (for an optional
    /// field, its "none"). A saving input has no default.
    pub fn is_default(&self, v: f64) -> bool {
        !self.no_default && v == self.default
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
pub static GLOBALS: [Field; 12] = [
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
        "Provider's gain-share",
        "Part of each year's net cash saving passed back to the provider to reinvest",
        (0.0, 100.0),
        50.0,
        Unit::Percent,
    ),
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
];

/// In the order of `LineKey::ALL`.
pub static LINE_FIELDS: [Field; 16] = [
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
        "uptake",
        "Saving reached in year 1",
        "Per cent of the full saving in the first year, while the scheme beds in; 100% from year 2",
        (0.0, 100.0),
        100.0,
        Unit::Percent,
    ),
    whole(field(
        "cash",
        "Does the saving release cash?",
        "No where it frees capacity but no money, such as an admission avoided under a block contract",
        (0.0, 1.0),
        1.0,
        Unit::Flag,
    )),
];

/// A global input (SPEC §2.1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum GlobalKey {
    Pop,
    Years,
    Fy,
    Disc,
    Infl,
    Ob,
    Share,
    Lag,
    Days,
    Mc,
    Seed,
    Scale,
}

impl GlobalKey {
    pub const ALL: [GlobalKey; 12] = [
        GlobalKey::Pop,
        GlobalKey::Years,
        GlobalKey::Fy,
        GlobalKey::Disc,
        GlobalKey::Infl,
        GlobalKey::Ob,
        GlobalKey::Share,
        GlobalKey::Lag,
        GlobalKey::Days,
        GlobalKey::Mc,
        GlobalKey::Seed,
        GlobalKey::Scale,
    ];

    pub fn field(self) -> &'static Field {
        &GLOBALS[self as usize]
    }

    pub fn name(self) -> &'static str {
        self.field().name
    }

    /// The input a link or file names; None for a name it does not know.
    pub fn parse(name: &str) -> Option<GlobalKey> {
        GlobalKey::ALL.into_iter().find(|k| k.name() == name)
    }
}

/// A line's input (SPEC §2.2, §2.5).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum LineKey {
    Base,
    After,
    Unit,
    PilotMonths,
    Events,
    Pct,
    Spend,
    Saved,
    Months,
    Setup,
    Annual,
    PerPatient,
    Appts,
    ApptCost,
    Uptake,
    Cash,
}

impl LineKey {
    pub const ALL: [LineKey; 16] = [
        LineKey::Base,
        LineKey::After,
        LineKey::Unit,
        LineKey::PilotMonths,
        LineKey::Events,
        LineKey::Pct,
        LineKey::Spend,
        LineKey::Saved,
        LineKey::Months,
        LineKey::Setup,
        LineKey::Annual,
        LineKey::PerPatient,
        LineKey::Appts,
        LineKey::ApptCost,
        LineKey::Uptake,
        LineKey::Cash,
    ];

    pub fn field(self) -> &'static Field {
        &LINE_FIELDS[self as usize]
    }

    pub fn name(self) -> &'static str {
        self.field().name
    }

    pub fn parse(name: &str) -> Option<LineKey> {
        LineKey::ALL.into_iter().find(|k| k.name() == name)
    }

    /// Inputs that can carry a range (SPEC §2.5): every number that feeds
    /// the model, not the yes/no of cash release or the pilot's length.
    pub fn can_range(self) -> bool {
        !matches!(self, LineKey::Cash | LineKey::PilotMonths)
    }
}

/// Every line has these, whatever its kind.
pub const COST_KEYS: [LineKey; 7] = [
    LineKey::Setup,
    LineKey::Annual,
    LineKey::PerPatient,
    LineKey::Appts,
    LineKey::ApptCost,
    LineKey::Uptake,
    LineKey::Cash,
];

/// One end of an input's range.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum End {
    Low,
    High,
}

impl End {
    pub const BOTH: [End; 2] = [End::Low, End::High];

    /// As links name it: `after.lo`, `after.hi`.
    pub fn name(self) -> &'static str {
        match self {
            End::Low => "lo",
            End::High => "hi",
        }
    }
}

/// What a line's text box holds: an input, or one end of its range.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Input {
    Value(LineKey),
    End(LineKey, End),
}

impl Input {
    pub fn key(self) -> LineKey {
        match self {
            Input::Value(key) | Input::End(key, _) => key,
        }
    }

    /// `after` or `after.lo`, as links name it.
    pub fn name(self) -> String {
        match self {
            Input::Value(key) => key.name().to_string(),
            Input::End(key, end) => format!("{}.{}", key.name(), end.name()),
        }
    }

    /// An input a link names; only inputs that take a range have ends.
    pub fn parse(name: &str) -> Option<Input> {
        let Some((input, end)) = name.split_once('.') else {
            return LineKey::parse(name).map(Input::Value);
        };
        let key = LineKey::parse(input).filter(|k| k.can_range())?;
        let end = End::BOTH.into_iter().find(|e| e.name() == end)?;
        Some(Input::End(key, end))
    }
}

/// Any field of the form: how errors, ids and test hooks name it (SPEC §8:
/// `error-pop`, `error-l2.after`). Lines count from 1.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FieldKey {
    Name,
    Global(GlobalKey),
    LineName(usize),
    Kind(usize),
    Line(usize, Input),
}

impl std::fmt::Display for FieldKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FieldKey::Name => f.write_str("name"),
            FieldKey::Global(key) => f.write_str(key.name()),
            FieldKey::LineName(n) => write!(f, "l{n}.name"),
            FieldKey::Kind(n) => write!(f, "l{n}.kind"),
            FieldKey::Line(n, input) => write!(f, "l{n}.{}", input.name()),
        }
    }
}

impl FieldKey {
    /// A field as a link or the page's markup names it.
    pub fn parse(name: &str) -> Option<FieldKey> {
        if name == "name" {
            return Some(FieldKey::Name);
        }
        if let Some(key) = GlobalKey::parse(name) {
            return Some(FieldKey::Global(key));
        }
        let (number, rest) = name.strip_prefix('l')?.split_once('.')?;
        // `l01.after` is not line 1: a link writes numbers plainly.
        let n: usize = number
            .parse()
            .ok()
            .filter(|n: &usize| *n >= 1 && n.to_string() == number)?;
        Some(match rest {
            "name" => FieldKey::LineName(n),
            "kind" => FieldKey::Kind(n),
            rest => FieldKey::Line(n, Input::parse(rest)?),
        })
    }

    /// The line it belongs to, from 1.
    pub fn line(&self) -> Option<usize> {
        match self {
            FieldKey::LineName(n) | FieldKey::Kind(n) | FieldKey::Line(n, _) => Some(*n),
            FieldKey::Name | FieldKey::Global(_) => None,
        }
    }

    /// The same field on line `n`.
    pub fn on_line(&self, n: usize) -> FieldKey {
        match self {
            FieldKey::LineName(_) => FieldKey::LineName(n),
            FieldKey::Kind(_) => FieldKey::Kind(n),
            FieldKey::Line(_, input) => FieldKey::Line(n, *input),
            other => other.clone(),
        }
    }
}

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
