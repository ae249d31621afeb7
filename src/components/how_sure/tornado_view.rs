use yew::prelude::*;

use crate::chart::Row;
use crate::components::widgets::table::{captioned, cell, row_head};
use crate::format::money;
use crate::model::uncertainty::Swing;
use crate::model::Scenario;
use crate::words::swing_label;

/// The tornado as people read it, drawn by the views module: its words,
/// its table (the rows' hooks are the page's, hidden) and its chart.
pub fn sensitivity(s: &Scenario, swings: &[Swing], chart: Option<Html>) -> Html {
    let rows: Vec<Row> = swings
        .iter()
        .map(|w| Row {
            label: swing_label(s, w),
            values: vec![w.low.npv, w.high.npv],
        })
        .collect();
    html! {
        <>
            <h3>{ "Which uncertain figure matters most" }</h3>
            <p>{ "The net present value with each uncertain figure at the lowest and at the highest of its range, every other figure as entered; the largest swing first. The table also shows what each does to the NHS as a whole and to primary care: a gain-share threshold or cap moves money between commissioner and primary care without changing the value." }</p>
            { tornado_table(swings, &rows) }
            { for chart }
        </>
    }
}

fn tornado_table(swings: &[Swing], rows: &[Row]) -> Html {
    const HEAD: [&str; 5] = [
        "Figure and its range",
        "Value at its lowest",
        "Value at its highest",
        "NHS as a whole, lowest to highest",
        "Primary care, lowest to highest",
    ];
    let span = |lo: f64, hi: f64| format!("{} to {}", money(lo), money(hi));
    let body = html! {
        { for swings.iter().zip(rows).map(|(w, row)| html! {
            <tr role="row">
                { row_head(&row.label) }
                { cell(None, HEAD[1], Some(w.low.npv), money(w.low.npv)) }
                { cell(None, HEAD[2], Some(w.high.npv), money(w.high.npv)) }
                { cell(None, HEAD[3], None, span(w.low.nhs_npv, w.high.nhs_npv)) }
                { cell(None, HEAD[4], None, span(w.low.primary_total, w.high.primary_total)) }
            </tr>
        }) }
    };
    captioned(
        "tornado-table",
        "Net present value at each end of each range, and what it does to the NHS as a whole (its net present value) and to primary care (its gain-share less its costs, over the years shown)",
        true,
        &HEAD,
        body,
    )
}
