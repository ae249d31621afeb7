//! The About sheet (SPEC §5.1): where the workbook came from (the
//! scenario's link, the release, the date), every national unit cost it
//! uses with its source and price year, and how to read it.

use rust_xlsxwriter::{Worksheet, XlsxError};

use super::cells::{headings, text, wrapped, Formats};
use super::Made;
use crate::model::Scenario;
use crate::unit_costs::used_by;

const HOW_TO_READ: [&str; 4] = [
    "Every figure on the Lines, Line years, Years and Summary sheets is a formula over the Inputs sheet, whose values are named cells (pop, growth, l1_base, l1_uptake_1 for line 1's uptake in year 1, …): change an input there and every figure follows, by the calculator's own arithmetic. Line years has each line in each year; Years adds them up.",
    "The number of lines and years is fixed: to add a line or a year, change the scenario in the calculator and download the workbook again.",
    "The How sure and Evidence sheets hold values the calculator worked out, not formulas.",
    "Nothing in this workbook runs a macro or refers to another file.",
];

/// Columns' widths in characters: the second holds the facts and notes.
const WIDE: f64 = 70.0;
const WIDTHS: [f64; 5] = [34.0, WIDE, 40.0, 40.0, 12.0];

/// The most characters a spreadsheet cell holds (Excel's limit).
const CELL_MAX: usize = 32_767;

/// The link, or why it is not here: a scenario of many long monthly
/// series can outgrow a cell.
fn link_words(link: &str) -> String {
    if link.chars().count() <= CELL_MAX {
        link.to_string()
    } else {
        format!("The link is {} characters long, more than a spreadsheet cell holds: copy it from the calculator's page.", link.chars().count())
    }
}

/// Writes the About sheet.
pub fn about_sheet(s: &Scenario, made: &Made, f: &Formats) -> Result<Worksheet, XlsxError> {
    let mut sheet = Worksheet::new();
    sheet.set_name("About")?;
    let columns: Vec<(&str, f64)> = (0..5)
        .map(|i| (if i == 0 { "About" } else { "" }, WIDTHS[i]))
        .collect();
    headings(&mut sheet, f, &columns)?;
    let link = link_words(&made.link);
    let facts = [
        ("Scenario", s.name.as_str()),
        ("Link to the scenario", link.as_str()),
        ("How the figures are worked out", made.method.as_str()),
        ("Calculator release", made.release.as_str()),
        ("Made on", made.date.as_str()),
    ];
    let mut row = 1;
    for (label, value) in facts {
        text(&mut sheet, (row, 0), label)?;
        wrapped(&mut sheet, f, row, &[(1, value, WIDE)])?;
        row += 1;
    }
    row += 1;
    sheet.write_string_with_format(row, 0, "How to read it", &f.heading)?;
    for line in HOW_TO_READ {
        wrapped(&mut sheet, f, row, &[(1, line, WIDE)])?;
        row += 1;
    }
    row += 1;
    sheet.write_string_with_format(row, 0, "National unit costs used", &f.heading)?;
    let costs = used_by(s);
    if costs.is_empty() {
        text(
            &mut sheet,
            (row, 1),
            "None: every £ figure is the scenario's own.",
        )?;
        return Ok(sheet);
    }
    row += 1;
    let heads = [
        "Line and input",
        "Value",
        "What it is",
        "Source",
        "At the prices of",
    ];
    for (col, heading) in (0u16..).zip(heads) {
        sheet.write_string_with_format(row, col, heading, &f.heading)?;
    }
    for cells in costs {
        row += 1;
        let placed: Vec<(u16, &str, f64)> = (0u16..)
            .zip(&cells)
            .map(|(col, value)| (col, value.as_str(), WIDTHS[usize::from(col)]))
            .collect();
        wrapped(&mut sheet, f, row, &placed)?;
    }
    Ok(sheet)
}
