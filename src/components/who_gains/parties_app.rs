use std::rc::Rc;

use yew::prelude::*;

use crate::components::widgets::chart_figure::ChartFigure;
use crate::components::widgets::table::{cell, row_head, table};
use crate::export::file_name;
use crate::format::{financial_year, money, share_percent};
use crate::messages::events::{Events, DEAL};
use crate::model::deal::{deal, Deal};
use crate::model::number::plain;
use crate::model::{Results, Scenario, Summary, Year};
use crate::words::parties::{deal_words, parties_words};

#[derive(Clone, PartialEq, Properties)]
pub struct PartiesAppProps {
    pub figures: Rc<(Scenario, Results)>,
    /// The width the chart is drawn at; none until it is wanted.
    pub width: Option<u32>,
    pub events: Events,
}

/// Who gains and who loses in words (SPEC §2.6), drawn by the views
/// module under the page's totals: each party in a sentence, the deal that
/// leaves no party worse off (agreed by the page, `DEAL`), each party by
/// year, its chart, and how the money moves.
#[component]
pub fn PartiesApp(props: &PartiesAppProps) -> Html {
    let (scenario, results) = &*props.figures;
    let deal = deal(scenario, results);
    let chart = props
        .width
        .map(|width| crate::chart::parties(results, scenario.fy, width))
        .map(|chart| {
            let file = file_name(&scenario.name, &format!("{}-chart.svg", chart.id));
            html! { <ChartFigure chart={Rc::new(chart)} file_name={AttrValue::from(file)} /> }
        });
    html! {
        <>
            <p class="nhsuk-body-l" data-testid="parties-words">{ parties_words(scenario, results) }</p>
            { deal_part(&deal, scenario.years, &props.events) }
            { party_table(&results.years, scenario.fy, &results.summary) }
            { for chart }
            { explained() }
        </>
    }
}

/// The deal in words, and a button that agrees it.
fn deal_part(deal: &Deal, years: u32, events: &Events) -> Html {
    let offer = match deal {
        Deal::Offer { offer, .. } => Some(*offer),
        _ => None,
    };
    let onclick = offer.map(|offer| {
        let events = events.clone();
        Callback::from(move |_: MouseEvent| {
            events.send(DEAL, &plain(offer), "");
        })
    });
    html! {
        <div class="app-deal" data-testid="deal">
            <h3>{ "A deal that leaves no party worse off" }</h3>
            <p data-testid="deal-words">{ deal_words(deal, years) }</p>
            if let (Some(offer), Some(onclick)) = (offer, onclick) {
                <button type="button" class="nhsuk-button nhsuk-button--secondary" data-testid="deal-button" {onclick}>
                    { format!("Set the hospital\u{2019}s gain-share to {}", share_percent(offer)) }
                </button>
                <p class="nhsuk-body-s">{ "Rounded up to a hundredth of a per cent, so the hospital is not left a few pounds short. You can change it under Assumptions." }</p>
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
