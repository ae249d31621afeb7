use yew::prelude::*;

use super::{figure_list, Figure};
use crate::model::Summary;
use crate::words::switching_words;

#[derive(PartialEq, Properties)]
pub struct SummaryFiguresProps {
    pub summary: Summary,
    pub years: u32,
}

/// The rest of SPEC §2.4's summary, as an NHS.UK summary list.
#[component]
pub fn SummaryFigures(props: &SummaryFiguresProps) -> Html {
    let s = &props.summary;
    let switching = switching_words(s, props.years);
    figure_list(vec![
        Figure::money("gross-total", "Savings, all years", s.gross_total),
        Figure::money("cost-total", "Costs, all years", s.cost_total),
        Figure::money("net-total", "Net, all years (not discounted)", s.net_total),
        Figure::money("pv-gross", "Present value of savings", s.pv_gross),
        Figure::money("pv-cost", "Present value of costs", s.pv_cost),
        Figure {
            id: "switching",
            label: "Switching value",
            value: s.switching,
            text: switching,
        },
        Figure::money(
            "cost-per-patient",
            "Running cost per patient a year",
            s.cost_per_patient,
        ),
    ])
}
