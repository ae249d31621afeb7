//! Tables of figures by financial year, in the yearly table's own columns
//! and headings (SPEC §2.3), so the document and the page say the same.

use super::doc::{Doc, Table};
use super::Case;
use crate::format::{financial_year, money, number, POPULATION};
use crate::model::year::YearCol;

/// A table of `cols` for each year of the scenario, after the year's
/// population where `people` (SPEC §2.3: it grows with `growth`).
pub fn year_table(doc: &mut Doc, case: &Case, caption: &str, cols: &[YearCol], people: bool) {
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
            let pop = people.then(|| number(y.people, 0));
            std::iter::once(financial_year(fy, y.t))
                .chain(pop)
                .chain(figures)
                .collect()
        })
        .collect();
    let head = std::iter::once("Year")
        .chain(people.then_some(POPULATION))
        .chain(cols.iter().map(|c| c.heading()))
        .collect::<Vec<_>>();
    doc.table(Table {
        caption,
        head: &head,
        rows,
    });
}
