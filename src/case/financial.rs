//! 4 Financial case: costs, cash and each organisation, year by year.

use super::doc::{Doc, Table};
use super::years::year_table;
use super::Case;
use crate::format::money;
use crate::model::scenario::Funder;
use crate::model::year::YearCol;
use crate::text::line_name;
use crate::words::capacity::capacity_points;

pub fn financial_case(doc: &mut Doc, case: &Case) {
    let s = case.s;
    doc.part("4 Financial case");
    doc.heading(2, "4.1 Costs by line");
    let rows = case
        .lines()
        .map(|(i, line, r)| {
            let payer = match line.funder {
                Funder::Commissioner => "The commissioner",
                Funder::Primary => "Primary care",
            };
            vec![
                line_name(&line.name, i),
                money(line.setup),
                money(r.cost),
                payer.to_string(),
            ]
        })
        .collect();
    doc.table(Table {
        caption: "Each line\u{2019}s costs: one-off set-up in year 1, and recurrent running costs a year at full effect, with who pays",
        head: &["Line", "One-off set-up", "Recurrent a year", "Who pays"],
        rows,
    });
    doc.heading(2, "4.2 Savings by year: cash-releasing and capacity freed");
    year_table(doc, case, "Savings by year: cash the commissioner stops paying (cash-releasing) and capacity freed, not cash", &[YearCol::Cash, YearCol::Noncash], false);
    doc.heading(2, "4.3 Effect on each organisation");
    year_table(
        doc,
        case,
        "What each organisation gains or loses by year (a loss shown with a minus sign)",
        &[
            YearCol::Retained,
            YearCol::Primary,
            YearCol::Hosp,
            YearCol::Nhs,
        ],
        false,
    );
    doc.heading(2, "4.4 Gain-share and reinvestment");
    year_table(doc, case, "Gain-share by year: primary care\u{2019}s share as earned, what it can spend (after the lag), and the hospital\u{2019}s share", &[YearCol::Share, YearCol::Reinvest, YearCol::Hshare], false);
    doc.heading(2, "4.5 When savings become cash");
    let capacity = capacity_points(s, case.r).into_iter().map(|(_, text)| text);
    doc.paras_or(capacity, "No line gives steps of capacity: what each payment rule releases is cash; the rest is capacity freed, not cash.");
    doc.heading(2, "4.6 Funding and finance sign-off");
    doc.prompt("where the set-up and running costs are funded from, in which budgets and years");
    doc.prompt(
        "the director of finance\u{2019}s sign-off, for each organisation that pays or gains",
    );
}
