use std::rc::Rc;

use yew::prelude::*;

use crate::components::widgets::chart_slot::ChartSlot;
use crate::components::widgets::table::{cell, row_head, table};
use crate::components::{figure_list, Figure};
use crate::format::{financial_year, money, percent};
use crate::model::deal::{deal, Deal};
use crate::model::keys::GlobalKey;
use crate::model::number::plain;
use crate::model::{Figures, Summary, Year};
use crate::state::Action;
use crate::words::parties::{deal_words, parties_words};

#[derive(PartialEq, Properties)]
pub struct PartiesViewProps {
    /// The last valid figures.
    pub figures: Rc<Figures>,
    /// The same, as its link's query: what the chart is drawn for.
    pub query: AttrValue,
    /// None until the chart is wanted.
    #[prop_or_default]
    pub chart_width: Option<u32>,
    pub onaction: Callback<Action>,
}

/// "Who gains and who loses" (SPEC §2.6): each party's money by year, the
/// NHS-wide value, and the deal that would leave no party worse off.
#[component]
pub fn PartiesView(props: &PartiesViewProps) -> Html {
    let Figures { scenario, results } = &*props.figures;
    let s = &results.summary;
    let deal = use_memo(props.figures.clone(), |f| deal(&f.scenario, &f.results));
    let query = props.query.clone();
    html! {
        <section aria-labelledby="parties-heading" data-testid="parties">
            <h2 id="parties-heading">{ "Who gains and who loses" }</h2>
            <p class="nhsuk-body-l" data-testid="parties-words">{ parties_words(scenario, results) }</p>
            <h3>{ format!("In total over {} year{}", scenario.years, if scenario.years == 1 { "" } else { "s" }) }</h3>
            { figure_list(totals(s)) }
            { deal_part(&deal, scenario.years, &props.onaction) }
            { party_table(&results.years, scenario.fy, s) }
            if let Some(width) = props.chart_width {
                <ChartSlot id="parties" {query} {width} />
            }
            { explained() }
        </section>
    }
}

/// SPEC §2.6's totals over the horizon, each with its hook.
fn totals(s: &Summary) -> Vec<Figure> {
    let even = Figure {
        id: "hshare-even",
        label: "Hospital\u{2019}s gain-share that leaves it no worse off",
        value: s.hshare_even,
        text: s
            .hshare_even
            .map_or_else(|| "None would".to_string(), |v| percent(v, 2)),
    };
    vec![
        Figure::money("comm-total", "The commissioner keeps", s.comm_total),
        Figure::money(
            "primary-total",
            "Primary care: its gain-share less the costs it pays",
            s.primary_total,
        ),
        Figure::money(
            "hosp-total",
            "The hospital: cost it avoids less income it loses, with any share",
            s.hosp_total,
        ),
        Figure::money(
            "nhs-total",
            "The NHS as a whole: cost really avoided less every cost",
            s.nhs_total,
        ),
        Figure::money(
            "nhs-npv",
            "The NHS as a whole, net present value",
            s.nhs_npv,
        ),
        even,
    ]
}

/// The deal in words, and a button that agrees it.
fn deal_part(deal: &Deal, years: u32, onaction: &Callback<Action>) -> Html {
    let offer = match deal {
        Deal::Offer { offer, .. } => Some(*offer),
        _ => None,
    };
    let onclick = offer.map(|offer| {
        onaction.reform(move |_: MouseEvent| Action::SetGlobal {
            key: GlobalKey::Hshare,
            text: plain(offer),
        })
    });
    html! {
        <div class="app-deal" data-testid="deal">
            <h3>{ "A deal that leaves no party worse off" }</h3>
            <p data-testid="deal-words">{ deal_words(deal, years) }</p>
            if let (Some(offer), Some(onclick)) = (offer, onclick) {
                <button type="button" class="nhsuk-button nhsuk-button--secondary" data-testid="deal-button" {onclick}>
                    { format!("Set the hospital\u{2019}s gain-share to {}", percent(offer, 1)) }
                </button>
                <p class="nhsuk-body-s">{ "Rounded up to a tenth of a per cent, so the hospital is not left a few pounds short. You can change it under Assumptions." }</p>
            }
        </div>
    }
}

fn party_table(years: &[Year], fy: i32, s: &Summary) -> Html {
    const HEAD: [&str; 5] = [
        "Year",
        "Commissioner",
        "Primary care",
        "Hospital",
        "NHS as a whole",
    ];
    let row = |label: String, values: [f64; 4]| {
        html! {
            <tr role="row">
                { row_head(&label) }
                { for values.iter().zip(&HEAD[1..]).map(|(v, h)| cell(None, h, Some(*v), money(*v))) }
            </tr>
        }
    };
    let rows = html! {
        <>
            { for years.iter().map(|y| row(financial_year(fy, y.t), [y.retained, y.primary, y.hosp, y.nhs])) }
            { row("Total".to_string(), [s.comm_total, s.primary_total, s.hosp_total, s.nhs_total]) }
        </>
    };
    table(
        "parties-table",
        "Each party\u{2019}s gain (loss below zero), by year",
        &HEAD,
        rows,
    )
}

/// The four parties and how a saving reaches each, for someone new to it.
fn explained() -> Html {
    html! {
        <details class="nhsuk-details">
            <summary class="nhsuk-details__summary">
                <span class="nhsuk-details__summary-text">{ "How the money moves between them" }</span>
            </summary>
            <div class="nhsuk-details__text">
                <ul>
                    <li>{ "The commissioner (the ICB, which replaced the CCG in July 2022) stops paying for activity avoided, as far as each line\u{2019}s payment rule says (the NHS Payment Scheme\u{2019}s, which replaced the National Tariff in April 2023; costs from the National Cost Collection, which replaced NHS Reference Costs), pays the costs of the lines it funds, and passes on the gain-shares." }</li>
                    <li>{ "Primary care gets its gain-share of what the commissioner saves above its threshold, and pays the costs of any lines it funds itself." }</li>
                    <li>{ "The hospital loses the income the commissioner stops paying, but saves only the cost it really avoids (its variable cost), plus any gain-share passed to it." }</li>
                    <li>{ "The NHS as a whole is their sum: payments between them cancel out, leaving the cost really avoided less every cost of the scheme." }</li>
                </ul>
            </div>
        </details>
    }
}
