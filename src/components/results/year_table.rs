use yew::prelude::*;

use crate::components::widgets::table::{cell, row_head, table};
use crate::format::{financial_year, money, number, POPULATION};
use crate::model::project::YearCol;
use crate::model::Year;

/// The yearly projection, one row a financial year, with the year's
/// population (SPEC §2.3: it grows with `growth`). A view function, not a
/// component: its figures change with every edit, so a component's
/// memoising would cost code (about 2 KB of wasm each) and save nothing.
pub fn year_table(years: &[Year], fy: i32) -> Html {
    let head: Vec<&str> = ["Year", POPULATION]
        .into_iter()
        .chain(YearCol::ALL.iter().map(|col| col.heading()))
        .collect();
    let rows = html! { { for years.iter().map(|y| year_row(y, fy)) } };
    table("year-table", "Year by year", &head, rows)
}

fn year_row(year: &Year, fy: i32) -> Html {
    html! {
        <tr role="row" data-testid={format!("year-{}", year.t)}>
            { row_head(&financial_year(fy, year.t)) }
            { cell(Some("pop"), POPULATION, Some(year.people), number(year.people, 0)) }
            { for YearCol::ALL.iter().map(|col| {
                let v = year.column(*col);
                let text = if *col == YearCol::Df { number(v, 4) } else { money(v) };
                cell(Some(col.name()), col.heading(), Some(v), text)
            }) }
        </tr>
    }
}
