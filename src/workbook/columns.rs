//! Where each figure stands on the Lines sheet, and the pieces of formula
//! the Lines sheet, its groups' columns (SPEC §2.10) and the other sheets
//! share: beneath them all, so that imports run one way.

use super::cells::span;
use super::inputs::line_input;

pub const EVENTS: u16 = 3;
pub const SAVING: u16 = 4;
pub const COST: u16 = 5;
pub const NET: u16 = 6;
pub const BREAKEVEN: u16 = 7;
pub const HOSP: u16 = 8;
pub const NHS: u16 = 9;
pub const HOURS: u16 = 10;
pub const WTE: u16 = 11;
pub const SESSIONS: u16 = 12;
pub const STEPS: u16 = 13;
pub const NEXT_STEP: u16 = 14;
/// R / E: the running cost of each event avoided (SPEC §2.4).
pub const PER_EVENT: u16 = 15;
pub const PAID: u16 = 16;
pub const REAL: u16 = 17;
pub const SETUP: u16 = 18;
pub const FUNDER: u16 = 19;

/// Line n is on row n (row 1 holds the headings); 20 lines at most.
pub const LAST_ROW: u32 = 20;

/// All lines' cells in `col`, for the other sheets' sums.
pub fn all(col: u16) -> String {
    span(Some("Lines"), col, 1, LAST_ROW)
}

/// k of SPEC §2.1, as a formula.
pub const K: &str = "(1-ob/100)";

/// Lines that act on the same events (SPEC §2.10), after the others.
pub const WITH: u16 = 20;
pub const RED: u16 = 21;
pub const ALONE: u16 = 22;
pub const SHARE: u16 = 23;
pub const TOGETHER: u16 = 24;

/// A formula and its value, for a column of line i's row.
pub type Cell = (u16, Option<String>, Option<f64>);

/// R of SPEC §2.2 for line n, `people` being the population it is for
/// (`pop`, or `pop*E3` in a later year: R_t of §2.3).
pub fn running_cost(n: usize, people: &str) -> String {
    let i = |k| line_input(n, k);
    format!(
        "{}+{}*{people}+{}*{}*days",
        i("annual"),
        i("per_patient"),
        i("appts"),
        i("appt_cost")
    )
}

/// Line n's uptake in year t (SPEC §2.2), as a share.
pub fn uptake(n: usize, t: u32) -> String {
    format!("({}/100)", line_input(n, &format!("uptake_{t}")))
}
