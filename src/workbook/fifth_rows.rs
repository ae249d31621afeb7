//! One line of events and the lines that join it on the Deprivation sheet
//! (SPEC §2.11): its relative rates and rates before, each member's reach,
//! share, events and saving by fifth, and the group's rates after.

use rust_xlsxwriter::XlsxError;

use super::columns::{EVENTS, SAVING};
use super::fifth_cells::{at, lines_cell, row_span, Sheet, SHARE_ROW};
use super::inputs::line_input;
use crate::model::equity::Grad;
use crate::model::fifths::{Fifths, LineFifths};
use crate::model::{Kind, Scenario};
use crate::text::line_name;

/// The relative rate g_q of line m's gradient, as a formula.
fn gradient(s: &Scenario, m: usize, q: usize) -> String {
    match &s.lines[m].equity.grad {
        Grad::Ratio(_) => format!("1+({}-1)*{}/4", line_input(m + 1, "grad"), 4 - q),
        Grad::Rates(_) => line_input(m + 1, &format!("grad_{}", q + 1)),
    }
}

/// The baseline rate per 1,000 of line m, as a formula.
fn baseline(s: &Scenario, m: usize) -> String {
    match s.lines[m].kind {
        Kind::Count => format!("IF(pop>0,{}*1000/pop,0)", line_input(m + 1, "events")),
        _ => line_input(m + 1, "base"),
    }
}

/// A line of events and the lines that join it: rates before, each
/// member's reach, share, events and saving, and the rates after.
pub(super) fn group(
    w: &mut Sheet,
    s: &Scenario,
    f: &Fifths,
    head: &LineFifths,
    saving_rows: &mut Vec<u32>,
) -> Result<(), XlsxError> {
    let m = head.line;
    let name = |i: usize| format!("{}. {}", i + 1, line_name(&s.lines[i].name, i));
    let g = s.lines[m].equity.grad.relative();
    let g_row = w.fifths(
        "Relative rate (g)",
        &name(m),
        |q| gradient(s, m, q),
        &g,
        false,
    )?;
    let a = baseline(s, m);
    let before = w.fifths(
        "Rate before (per 1,000 a year)",
        &name(m),
        |q| {
            format!(
                "{a}*{}/SUMPRODUCT({},{})",
                at(g_row, q),
                row_span(SHARE_ROW),
                row_span(g_row)
            )
        },
        &head.before,
        false,
    )?;
    w.gap(before, &head.gap_before)?;
    let mut events_rows = Vec::new();
    for l in f.members(s, m) {
        let i = l.line;
        let reach = s.lines[i].equity.reach.unwrap_or([1.0; 5]);
        let reach_row = w.fifths(
            "Reach (relative weight)",
            &name(i),
            |q| line_input(i + 1, &format!("reach_{}", q + 1)),
            &reach,
            false,
        )?;
        let weights = format!(
            "SUMPRODUCT({},{},{})",
            row_span(SHARE_ROW),
            row_span(before),
            row_span(reach_row)
        );
        let p_row = w.fifths(
            "Share of its events avoided (p)",
            &name(i),
            |q| {
                format!(
                    "{}*{}*{}/{weights}",
                    at(SHARE_ROW, q),
                    at(before, q),
                    at(reach_row, q)
                )
            },
            &l.p,
            false,
        )?;
        let events = w.fifths(
            "Events avoided a year",
            &name(i),
            |q| format!("{}*{}", lines_cell(i, EVENTS), at(p_row, q)),
            &l.avoided,
            false,
        )?;
        events_rows.push(events);
        let saving = w.fifths(
            "Saving a year (£)",
            &name(i),
            |q| format!("{}*{}", lines_cell(i, SAVING), at(p_row, q)),
            &l.saving,
            true,
        )?;
        saving_rows.push(saving);
        w.single(
            "Most deprived fifth's share of its events avoided (%)",
            &name(i),
            &format!("100*{}", at(p_row, 0)),
            Some(100.0 * l.p[0]),
        )?;
    }
    let after = w.fifths(
        "Rate after (per 1,000 a year)",
        &name(m),
        |q| {
            let removed: Vec<String> = events_rows.iter().map(|&r| at(r, q)).collect();
            let sq = at(SHARE_ROW, q);
            format!(
                "IF(AND({sq}>0,pop>0),{}-1000*({})/(pop*{sq}),{})",
                at(before, q),
                removed.join("+"),
                at(before, q)
            )
        },
        &head.after,
        false,
    )?;
    w.gap(after, &head.gap_after)
}
