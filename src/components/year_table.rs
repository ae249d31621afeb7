use yew::prelude::*;

use super::data_value;
use crate::format::{financial_year, money, number};
use crate::model::project::YEAR_COLUMNS;
use crate::model::Year;

#[derive(PartialEq, Properties)]
pub struct YearTableProps {
    pub years: Vec<Year>,
    pub fy: i32,
}

/// The yearly projection, one row a financial year.
#[component]
pub fn YearTable(props: &YearTableProps) -> Html {
    html! {
        <div class="app-table-wrap" role="region" aria-labelledby="year-table-caption" tabindex="0">
            <table class="nhsuk-table">
                <caption class="nhsuk-table__caption" id="year-table-caption">{ "Year by year" }</caption>
                <thead class="nhsuk-table__head">
                    <tr>
                        <th scope="col">{ "Year" }</th>
                        { for YEAR_COLUMNS.iter().map(|(_, heading)| html! {
                            <th scope="col" class="app-num">{ *heading }</th>
                        }) }
                    </tr>
                </thead>
                <tbody class="nhsuk-table__body">
                    { for props.years.iter().map(|y| year_row(y, props.fy)) }
                </tbody>
            </table>
        </div>
    }
}

fn year_row(year: &Year, fy: i32) -> Html {
    html! {
        <tr data-testid={format!("year-{}", year.t)}>
            <th scope="row">{ financial_year(fy, year.t) }</th>
            { for YEAR_COLUMNS.iter().map(|(col, _)| {
                let v = year.column(col);
                let text = if *col == "df" { number(v, 4) } else { money(v) };
                html! { <td class="app-num" data-col={*col} data-value={data_value(Some(v))}>{ text }</td> }
            }) }
        </tr>
    }
}
