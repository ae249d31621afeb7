//! How code names the calculator's inputs: `GlobalKey` and `LineKey`
//! (with `Input`, a value or one end of its range, and `FieldKey`, any
//! field of the form), and a line's `Kind`. Matches on them are
//! exhaustive, so a new input is reported everywhere it must reach; link
//! names are only read and written where links and files are.

pub use super::field_key::FieldKey;
use super::fields::{Field, GLOBALS, LINE_FIELDS};
use enum_map::Enum;

/// A global input (SPEC §2.1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Enum)]
pub enum GlobalKey {
    Pop,
    Years,
    Fy,
    Disc,
    Infl,
    Growth,
    Ob,
    Share,
    Hshare,
    Threshold,
    Cap,
    Lag,
    Days,
    Scale,
    Mc,
    Seed,
}

impl GlobalKey {
    pub const ALL: [GlobalKey; 16] = [
        GlobalKey::Pop,
        GlobalKey::Years,
        GlobalKey::Fy,
        GlobalKey::Disc,
        GlobalKey::Infl,
        GlobalKey::Growth,
        GlobalKey::Ob,
        GlobalKey::Share,
        GlobalKey::Hshare,
        GlobalKey::Threshold,
        GlobalKey::Cap,
        GlobalKey::Lag,
        GlobalKey::Days,
        GlobalKey::Scale,
        GlobalKey::Mc,
        GlobalKey::Seed,
    ];

    /// After population, years and the first year: the assumptions that
    /// apply to every line, in the order the form shows them.
    pub fn assumptions() -> &'static [GlobalKey] {
        GlobalKey::ALL.split_at(3).1
    }

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

    /// Globals that can carry a range (SPEC §2.6): the £ the commissioner
    /// keeps first and primary care's cap are often still being agreed.
    pub fn can_range(self) -> bool {
        matches!(self, GlobalKey::Threshold | GlobalKey::Cap)
    }
}

/// A line's input (SPEC §2.2, §2.5).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Enum)]
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
    Paid,
    Avoid,
    Step,
    StepCost,
    Setup,
    Annual,
    PerPatient,
    Appts,
    ApptCost,
    ApptMin,
    Uptake,
    Cash,
}

impl LineKey {
    pub const ALL: [LineKey; 21] = [
        LineKey::Base,
        LineKey::After,
        LineKey::Unit,
        LineKey::PilotMonths,
        LineKey::Events,
        LineKey::Pct,
        LineKey::Spend,
        LineKey::Saved,
        LineKey::Months,
        LineKey::Paid,
        LineKey::Avoid,
        LineKey::Step,
        LineKey::StepCost,
        LineKey::Setup,
        LineKey::Annual,
        LineKey::PerPatient,
        LineKey::Appts,
        LineKey::ApptCost,
        LineKey::ApptMin,
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
    /// the model, not the yes/no of cash release, the pilot's length or
    /// the size of a step (a clinic list has a size; what it saves is the
    /// uncertain part).
    pub fn can_range(self) -> bool {
        !matches!(self, LineKey::Cash | LineKey::PilotMonths | LineKey::Step)
    }
}

/// How a line's saving lands (SPEC §2.6, §2.7): every line with a saving
/// has the first two; lines that count events also have the last two,
/// the steps in which freed capacity becomes cash.
pub const LANDING_KEYS: [LineKey; 4] = [
    LineKey::Paid,
    LineKey::Avoid,
    LineKey::Step,
    LineKey::StepCost,
];

/// Every line has these, whatever its kind: the table from `setup` to
/// `uptake` (`cash`, last, is read from older links only).
pub const COST_KEYS: &[LineKey] = LineKey::ALL.split_at(13).1.split_at(7).0;

/// One end of an input's range.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Enum)]
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

    pub fn parse(name: &str) -> Option<End> {
        End::BOTH.into_iter().find(|e| e.name() == name)
    }
}

/// What a line's text box holds: an input, or one end of its range.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Enum)]
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
        Some(Input::End(key, End::parse(end)?))
    }
}
