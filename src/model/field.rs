//! An input's description: its link name, words, limits, default and unit,
//! as the table in `fields.rs` gives it, and the few ways to write one.

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

pub(super) const fn field(
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

pub(super) const fn whole(mut f: Field) -> Field {
    f.whole = true;
    f
}

/// A saving input: required, and written in every link (SPEC §2.2).
pub(super) const fn saving(mut f: Field) -> Field {
    f.no_default = true;
    f
}
