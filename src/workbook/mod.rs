//! The workbook an analyst can audit (SPEC §5.1): the scenario's figures as
//! formulas over its inputs, each with the value the calculator worked out,
//! written by rust_xlsxwriter. Built into a module of its own
//! (`src/bin/workbook.rs`), fetched on the first click, so the page's
//! first load never carries the writer; no web types here, so it is tested
//! natively too.

mod about;
pub mod cells;
mod columns;
mod fifth_cells;
mod fifth_rows;
mod fifths;
mod groups;
mod inputs;
mod line_years;
mod lines;
mod summary;
mod values;
mod years;

use rust_xlsxwriter::{DocProperties, ExcelDateTime, Workbook, Worksheet, XlsxError};

use crate::link::decode;
use crate::model::{project, Results, Scenario};

/// Where and when a workbook was made, for its About sheet.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Made {
    /// The scenario's link.
    pub link: String,
    /// The method page's address.
    pub method: String,
    pub release: String,
    /// `YYYY-MM-DD`: the About sheet's date and the file's.
    pub date: String,
}

/// The workbook of a checked scenario and its figures, as the bytes of an
/// `.xlsx` file.
pub fn workbook(s: &Scenario, results: &Results, made: &Made) -> Result<Vec<u8>, XlsxError> {
    let f = cells::Formats::default();
    let mut book = Workbook::new();
    let mut properties = DocProperties::new()
        .set_title(crate::text::scenario_name(&s.name))
        .set_comment("Made by the pilot savings and reinvestment calculator");
    if let Ok(date) = ExcelDateTime::parse_from_str(&made.date) {
        properties = properties.set_creation_datetime(&date);
    }
    book.set_properties(&properties);
    let (inputs, named) = inputs::inputs_sheet(s, &f)?;
    let mut sheets = vec![
        inputs,
        lines::lines_sheet(s, results, &f)?,
        line_years::line_years_sheet(s, &f)?,
        years::years_sheet(s, &results.years, &f)?,
        summary::summary_sheet(results, &f)?,
    ];
    if fifths::has_sheet(s) {
        sheets.push(fifths::deprivation_sheet(s, results, &f)?);
    }
    sheets.extend(values::evidence_sheet(s, &f)?);
    sheets.push(values::how_sure_sheet(s, &f)?);
    sheets.push(about::about_sheet(s, made, &f)?);
    for mut sheet in sheets {
        for_print(&mut sheet)?;
        book.push_worksheet(sheet);
    }
    for (name, at) in named {
        book.define_name(name, &format!("={at}"))?;
    }
    book.save_to_buffer()
}

/// Each sheet prints on A4 landscape, one page wide, its header row on
/// every page: a wide sheet is not cut into pages of a few columns each.
fn for_print(sheet: &mut Worksheet) -> Result<(), XlsxError> {
    const A4: u8 = 9;
    sheet
        .set_paper_size(A4)
        .set_landscape()
        .set_print_fit_to_pages(1, 0)
        .set_footer("&L&A&RPage &P of &N");
    sheet.set_repeat_rows(0, 0)?;
    Ok(())
}

/// The workbook of the scenario a link's query holds; why not, in words,
/// when the scenario has a problem (the page offers the button only when
/// it has none).
pub fn workbook_of_query(query: &str, made: &Made) -> Result<Vec<u8>, String> {
    let scenario = decode(query)
        .draft
        .check()
        .map_err(|_| "The scenario has a problem to fix first: see the form.".to_string())?;
    let results = project(&scenario);
    workbook(&scenario, &results, made)
        .map_err(|e| format!("The spreadsheet could not be written: {e}"))
}
