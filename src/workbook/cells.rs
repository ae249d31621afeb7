//! How the workbook writes a cell: formulas with the value the calculator
//! worked out (so a viewer that does not recalculate shows the figures),
//! text always as text (a name beginning with `=` stays a name), and the
//! number formats an analyst expects.

use rust_xlsxwriter::{Format, Formula, Worksheet, XlsxError};

use crate::model::Unit;

/// Rows and columns count from 0, as rust_xlsxwriter counts them.
pub type At = (u32, u16);

/// How a figure is shown: the formats every sheet shares.
pub struct Formats {
    pub heading: Format,
    pub money: Format,
    pub number: Format,
    pub whole: Format,
    pub percent: Format,
    pub months: Format,
    pub year: Format,
    /// Words beside a figure, kept apart from it.
    pub beside: Format,
    pub factor: Format,
    pub text: Format,
}

impl Default for Formats {
    fn default() -> Formats {
        Formats {
            heading: Format::new().set_bold().set_text_wrap(),
            // Pounds with pence: the figures are exact, not rounded.
            money: Format::new().set_num_format("\"£\"#,##0.00;-\"£\"#,##0.00"),
            number: Format::new().set_num_format("#,##0.00##"),
            whole: Format::new().set_num_format("#,##0"),
            percent: Format::new().set_num_format("0.00\"%\""),
            months: Format::new().set_num_format("0.0\" months\""),
            year: Format::new().set_num_format("0"),
            beside: Format::new().set_indent(1),
            factor: Format::new().set_num_format("0.000000"),
            text: Format::new().set_text_wrap(),
        }
    }
}

impl Formats {
    /// An input's format, by what it measures.
    pub fn of_unit(&self, unit: Unit) -> &Format {
        match unit {
            Unit::Money => &self.money,
            Unit::Percent => &self.percent,
            Unit::Count | Unit::Flag => &self.whole,
            Unit::Year => &self.year,
            Unit::Rate => &self.number,
        }
    }
}

/// A figure as a formula's cached result: the shortest text that reads
/// back as the same f64, so a viewer shows exactly the page's figure.
pub fn result_of(value: f64) -> String {
    if value.is_finite() {
        format!("{value}")
    } else {
        String::new()
    }
}

/// A formula whose result is `value`; none (a figure that does not apply)
/// is an empty text result, as the page shows an empty cell.
pub fn formula(text: &str, value: Option<f64>) -> Formula {
    Formula::new(text).set_result(value.map(result_of).unwrap_or_default())
}

/// A formula whose result is text (a financial year, who pays).
pub fn text_formula(text: &str, result: impl Into<String>) -> Formula {
    Formula::new(text).set_result(result)
}

/// Writes a formula and its value in `format`.
pub fn put(
    sheet: &mut Worksheet,
    (row, col): At,
    text: &str,
    value: Option<f64>,
    format: &Format,
) -> Result<(), XlsxError> {
    sheet.write_formula_with_format(row, col, formula(text, value), format)?;
    Ok(())
}

/// Writes text as text, whatever it begins with.
pub fn text(sheet: &mut Worksheet, (row, col): At, value: &str) -> Result<(), XlsxError> {
    sheet.write_string(row, col, value)?;
    Ok(())
}

/// Writes texts that wrap, each in a column of its width in characters
/// (column, text, width), on `row`, made tall enough for the longest:
/// spreadsheets do not all size rows on opening.
pub fn wrapped(
    sheet: &mut Worksheet,
    f: &Formats,
    row: u32,
    cells: &[(u16, &str, f64)],
) -> Result<(), XlsxError> {
    let mut lines: f64 = 1.0;
    for (col, value, width) in cells {
        sheet.write_string_with_format(row, *col, *value, &f.text)?;
        lines = lines.max((value.chars().count() as f64 / (width * 1.05)).ceil());
    }
    // 15 points a line; 409 is the most a row can be.
    sheet.set_row_height(row, (15.0 * lines).min(409.0))?;
    Ok(())
}

/// A sheet's header row, bold and frozen, with each column's width.
pub fn headings(
    sheet: &mut Worksheet,
    f: &Formats,
    columns: &[(&str, f64)],
) -> Result<(), XlsxError> {
    for (col, (heading, width)) in (0u16..).zip(columns) {
        sheet.write_string_with_format(0, col, *heading, &f.heading)?;
        sheet.set_column_width(col, *width)?;
    }
    sheet.set_freeze_panes(1, 0)?;
    sheet.set_landscape();
    // A figure that does not apply is an empty text result, not the
    // writer's default of 0.
    sheet.set_formula_result_default("");
    Ok(())
}

/// An Excel column's letters: 0 is A, 26 is AA.
pub fn column(col: u16) -> String {
    rust_xlsxwriter::utility::column_number_to_name(col)
}

/// A column's cells on rows `first` to `last` (counted from 0), fixed:
/// `$D$2:$D$21`, on `sheet` when given.
pub fn span(sheet: Option<&str>, col: u16, first: u32, last: u32) -> String {
    let c = column(col);
    let place = sheet.map(|s| format!("{s}!")).unwrap_or_default();
    format!("{place}${c}${}:${c}${}", first + 1, last + 1)
}

/// One cell's address, relative: `D2`.
pub fn cell(row: u32, col: u16) -> String {
    format!("{}{}", column(col), row + 1)
}
