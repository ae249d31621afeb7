//! The workbook an analyst can audit (SPEC §5.1): the scenario's figures as
//! formulas over its inputs, each with the value the calculator worked out,
//! written by rust_xlsxwriter. Built into a module of its own
//! (`src/bin/workbook.rs`), fetched on the first click, so the page's
//! first load never carries the writer; no web types here, so it is tested
//! natively too.

mod about;
pub mod cells;
mod inputs;
mod lines;
mod summary;
mod values;
mod years;

use rust_xlsxwriter::{DocProperties, ExcelDateTime, Workbook, XlsxError};

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
        .set_title(if s.name.is_empty() {
            "Pilot savings scenario"
        } else {
            &s.name
        })
        .set_comment("Made by the pilot savings and reinvestment calculator");
    if let Ok(date) = ExcelDateTime::parse_from_str(&made.date) {
        properties = properties.set_creation_datetime(&date);
    }
    book.set_properties(&properties);
    let (inputs, named) = inputs::inputs_sheet(s, &f)?;
    book.push_worksheet(inputs);
    book.push_worksheet(lines::lines_sheet(s, results, &f)?);
    book.push_worksheet(years::years_sheet(s, &results.years, &f)?);
    book.push_worksheet(summary::summary_sheet(results, &f)?);
    if let Some(evidence) = values::evidence_sheet(s, &f)? {
        book.push_worksheet(evidence);
    }
    book.push_worksheet(values::how_sure_sheet(s, &f)?);
    book.push_worksheet(about::about_sheet(s, made, &f)?);
    for (name, at) in named {
        book.define_name(name, &format!("={at}"))?;
    }
    book.save_to_buffer()
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
