use yew::prelude::*;

use super::figure_list;
use crate::format::money;
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
    let rows = [
        (
            "gross-total",
            "Savings, all years",
            Some(s.gross_total),
            money(s.gross_total),
        ),
        (
            "cost-total",
            "Costs, all years",
            Some(s.cost_total),
            money(s.cost_total),
        ),
        (
            "net-total",
            "Net, all years (not discounted)",
            Some(s.net_total),
            money(s.net_total),
        ),
        (
            "pv-gross",
            "Present value of savings",
            Some(s.pv_gross),
            money(s.pv_gross),
        ),
        (
            "pv-cost",
            "Present value of costs",
            Some(s.pv_cost),
            money(s.pv_cost),
        ),
        ("switching", "Switching value", s.switching, switching),
        (
            "cost-per-patient",
            "Running cost per patient a year",
            Some(s.cost_per_patient),
            money(s.cost_per_patient),
        ),
    ];
    figure_list(Vec::from(rows))
}
