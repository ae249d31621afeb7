use yew::prelude::*;

use crate::components::{figure_list, Figure};
use crate::model::Summary;
use crate::words::switching_words;

/// The rest of SPEC §2.4's summary, as an NHS.UK summary list.
pub fn summary_figures(s: &Summary, years: u32) -> Html {
    let switching = switching_words(s, years);
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
