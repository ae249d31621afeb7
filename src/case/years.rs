//! Tables of figures by financial year, in the yearly table's own columns
//! and headings (SPEC §2.3), so the document and the page say the same.

use super::doc::{Doc, Table};
use super::Case;
use crate::format::{financial_year, money, number};
use crate::model::year::YearCol;

/// A table of `cols` for each year of the scenario.
pub fn year_table(doc: &mut Doc, case: &Case, caption: &str, cols: &[YearCol]) {
    let fy = case.s.fy;
    let rows = case
        .r
        .years
        .iter()
        .map(|y| {
            let figures = cols.iter().map(|&col| match col {
                YearCol::Df => number(y.df, 4),
                col => money(y.column(col)),
            });
            std::iter::once(financial_year(fy, y.t))
                .chain(figures)
                .collect()
        })
        .collect();
    let head = std::iter::once("Year")
        .chain(cols.iter().map(|c| c.heading()))
        .collect::<Vec<_>>();
    doc.table(Table {
        caption,
        head: &head,
        rows,
    });
}
