//! The calculator's model: inputs, validation and the yearly projection of
//! SPEC §2. No web types here, so all of it is tested natively.

pub mod capacity;
mod check;
pub mod credited;
pub mod deal;
pub mod draft;
pub mod effect;
pub mod equity;
mod equity_check;
pub mod evidence;
pub mod field;
pub mod field_key;
pub mod fields;
pub mod fifths;
pub mod keys;
pub mod kind;
mod line;
mod line_fields;
pub mod line_year;
pub mod number;
pub mod overlap;
pub mod parties;
mod parts;
pub mod plan;
pub mod project;
mod random;
pub mod scenario;
pub mod series;
pub mod spc;
pub mod spread;
pub mod texts;
pub mod tornado;
pub mod uncertainty;
pub mod uptake;
pub mod validate;
pub mod with;
pub mod year;

pub use draft::{Draft, FieldError, LineDraft};
pub use fields::{Field, Unit};
pub use keys::{End, FieldKey, GlobalKey, Input, LineKey};
pub use kind::Kind;
pub use project::{project, Group, LineResult, Results, Summary, Year};
pub use scenario::{Line, Scenario};
pub use series::{Series, SeriesKey};

/// A valid scenario and its figures: what the results show.
#[derive(Debug, PartialEq)]
pub struct Figures {
    pub scenario: std::rc::Rc<Scenario>,
    pub results: Results,
}
