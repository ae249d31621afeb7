//! The Deprivation sheet (SPEC §2.11, §5.1): each line's (or group's)
//! rates before and after in each IMD fifth, its events and savings there,
//! the slope and relative index of inequality by weighted least squares
//! with SUMPRODUCT (classic functions only), and the scenario's saving by
//! fifth: every figure a formula over the Inputs, carrying the page's value.

use rust_xlsxwriter::{Worksheet, XlsxError};

use super::cells::{headings, put, text, Formats};
use super::columns::SAVING;
use super::fifth_cells::{
    at, lines_cell, row_span, Sheet, CENTRED_ROW, FIRST, RANK_ROW, SHARE_ROW,
};
use crate::model::equity::{ENGLAND, Q};
use crate::model::fifths::{mean_rank, RANKS};
use crate::model::{Results, Scenario};
use crate::text::line_name;

/// Whether the workbook has the sheet: a deprivation input was given.
pub fn has_sheet(s: &Scenario) -> bool {
    s.imd != ENGLAND || s.lines.iter().any(|l| l.equity.entered())
}

/// The sheet, written after the Lines sheet its formulas read.
pub fn deprivation_sheet(s: &Scenario, r: &Results, f: &Formats) -> Result<Worksheet, XlsxError> {
    let mut sheet = Worksheet::new();
    sheet.set_name("Deprivation")?;
    let mut columns = vec![("Figure", 44.0), ("Line", 22.0)];
    columns.extend(
        [
            "Fifth 1 (most deprived)",
            "Fifth 2",
            "Fifth 3",
            "Fifth 4",
            "Fifth 5 (least deprived)",
        ]
        .map(|h| (h, 14.0)),
    );
    columns.extend([
        ("SII (per 1,000)", 12.0),
        ("Intercept (α)", 12.0),
        ("RII", 12.0),
    ]);
    headings(&mut sheet, f, &columns)?;
    let mut w = Sheet {
        sheet,
        f,
        row: RANK_ROW,
    };
    let fifths = &r.fifths;
    let s_span = row_span(SHARE_ROW);
    w.fifths(
        "National rank (x)",
        "",
        |q| format!("{}", RANKS[q]),
        &RANKS,
        false,
    )?;
    let imd = (1..=5)
        .map(|q| format!("imd_{q}"))
        .collect::<Vec<_>>()
        .join(",");
    w.fifths(
        "Population share (s)",
        "",
        |q| format!("imd_{}/SUM({imd})", q + 1),
        &fifths.s,
        false,
    )?;
    let centred: Q = std::array::from_fn(|q| RANKS[q] - mean_rank(&fifths.s));
    let rank = row_span(RANK_ROW);
    w.fifths(
        "Rank less its weighted mean",
        "",
        |q| {
            format!(
                "{}-SUMPRODUCT({s_span},{rank})/SUM({s_span})",
                at(RANK_ROW, q)
            )
        },
        &centred,
        false,
    )?;
    let sxx: f64 = (0..5).map(|q| fifths.s[q] * centred[q] * centred[q]).sum();
    let c = row_span(CENTRED_ROW);
    let sxx_row = w.row;
    text(
        &mut w.sheet,
        (sxx_row, 0),
        "Weighted sum of squares of rank",
    )?;
    let sxx_formula = format!("SUMPRODUCT({s_span},{c},{c})");
    put(
        &mut w.sheet,
        (sxx_row, FIRST),
        &sxx_formula,
        Some(sxx),
        &f.factor,
    )?;
    w.row += 1;
    let mut saving_rows = Vec::new();
    for head in fifths
        .lines
        .iter()
        .filter(|l| s.lines[l.line].with.is_none())
    {
        w.row += 1;
        super::fifth_rows::group(&mut w, s, fifths, head, &mut saving_rows)?;
    }
    w.row += 1;
    for (i, line) in s
        .lines
        .iter()
        .enumerate()
        .filter(|(_, l)| !l.kind.counts_events())
    {
        let value = fifths.s.map(|sq| r.lines[i].saving * sq);
        let name = line_name(&line.name, i);
        let row = w.fifths(
            "Saving a year, split as the population (£)",
            &name,
            |q| format!("{}*{}", lines_cell(i, SAVING), at(SHARE_ROW, q)),
            &value,
            true,
        )?;
        saving_rows.push(row);
    }
    let total = w.fifths(
        "Saving a year, every line (£)",
        "",
        |q| {
            let cells: Vec<String> = saving_rows.iter().map(|&r| at(r, q)).collect();
            if cells.is_empty() {
                "0".into()
            } else {
                cells.join("+")
            }
        },
        &fifths.saving,
        true,
    )?;
    let span = row_span(total);
    let core20 = format!("IF(SUM({span})=0,\"\",100*{}/SUM({span}))", at(total, 0));
    w.single(
        "Share of the saving in the most deprived fifth (%)",
        "",
        &core20,
        fifths.core20_saving,
    )?;
    Ok(w.sheet)
}
