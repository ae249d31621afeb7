use std::rc::Rc;

use yew::prelude::*;

use crate::chart::Row;
use crate::components::widgets::chart_slot::ChartSlot;
use crate::components::widgets::table::{captioned, cell, row_head};
use crate::components::{data_value, figure_list, Figure};
use crate::format::{money, number, percent};
use crate::hooks::use_monte_carlo::{use_monte_carlo, Progress, Uncertainty};
use crate::model::uncertainty::{Spread, Swing};
use crate::model::Scenario;
use crate::words::{draws_words, nhs_draws_words, swing_label};

#[derive(PartialEq, Properties)]
pub struct UncertaintyViewProps {
    pub scenario: Rc<Scenario>,
    /// The same, as its link's query: what the charts are drawn for.
    pub query: AttrValue,
    /// None until charts are drawn.
    #[prop_or_default]
    pub chart_width: Option<u32>,
}

/// "How sure can we be": Monte Carlo figures and their histogram, and the
/// tornado of one-way sensitivity (SPEC §2.5).
#[component]
pub fn UncertaintyView(props: &UncertaintyViewProps) -> Html {
    let (swings, progress) = use_monte_carlo(props.scenario.clone());
    let s = &props.scenario;
    let ranged = s.range_count() > 0;
    // SPEC §8: the draws' figures for these inputs are on the page (or
    // there are none to wait for).
    let settled = !matches!(progress, Progress::Working(_)) || !ranged;
    use_effect_with(settled, |settled| crate::browser::mark_mc_ready(*settled));
    // Only the sentence is a live region: the tables would be read out
    // whole on every change.
    let (status, rest) = match progress {
        _ if !ranged => (
            html! {
                <p data-testid="uncertainty-none">{ "Every figure is taken as exact. Where you are not sure of one, open \u{201c}I\u{2019}m not sure of this figure\u{201d} under it and give the lowest and highest it could be: the calculator then draws thousands of scenarios within those ranges, shows how likely the scheme is to save money, and which figure matters most." }</p>
            },
            html! {},
        ),
        Progress::Working(share) => (
            html! {
                <p class="app-working" data-testid="mc-working">
                    { format!("Working out how sure the figures are: {} done.", percent(share * 100.0, 0)) }
                </p>
            },
            html! {},
        ),
        Progress::Done(u) => (
            words(s, &u),
            u.spread.as_ref().map_or_else(Html::default, |spread| {
                monte_carlo(s, spread, chart(props, "histogram", Some(spread.clone())))
            }),
        ),
    };
    html! {
        <section aria-labelledby="uncertainty-heading" data-testid="uncertainty">
            <h2 id="uncertainty-heading">{ "How sure can we be" }</h2>
            <div role="status">{ status }</div>
            { rest }
            if ranged {
                { sensitivity(s, &swings, chart(props, "tornado", None)) }
            }
        </section>
    }
}

/// The chart `id` of this part, once charts are drawn here.
fn chart(
    props: &UncertaintyViewProps,
    id: &'static str,
    spread: Option<Rc<Spread>>,
) -> Option<Html> {
    let width = props.chart_width?;
    Some(html! { <ChartSlot {id} query={props.query.clone()} {width} {spread} /> })
}

fn words(s: &Scenario, u: &Uncertainty) -> Html {
    let Some(spread) = &u.spread else {
        return html! {
            <p>{ "Random draws are turned off: \u{201c}Random draws for the range of results\u{201d} under Assumptions is 0." }</p>
        };
    };
    html! {
        <p class="nhsuk-body-l" data-testid="mc-words" data-ms={number(u.compute_ms, 1)}>
            { draws_words(spread, s.years) }
        </p>
    }
}

/// The tornado: its rows are in the page with the first figures, its
/// drawing only once the part is on show.
fn sensitivity(s: &Scenario, swings: &[Swing], chart: Option<Html>) -> Html {
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

fn monte_carlo(s: &Scenario, spread: &Rc<Spread>, chart: Option<Html>) -> Html {
    let figures = vec![
        Figure {
            id: "mc-prob-positive",
            label: "Chance the scheme saves money",
            value: Some(spread.prob_positive),
            text: percent(spread.prob_positive, 0),
        },
        Figure::money("mc-p5", "Low: 1 draw in 20 is below", spread.p5),
        Figure::money("mc-p50", "Middle: half the draws are below", spread.p50),
        Figure::money("mc-p95", "High: 1 draw in 20 is above", spread.p95),
        Figure::money("mc-mean", "Average of the draws", spread.mean),
    ];
    let parties = vec![
        Figure::money(
            "mc-nhs-p5",
            "NHS as a whole, low: 1 draw in 20 is below",
            spread.nhs.p5,
        ),
        Figure::money("mc-nhs-p50", "NHS as a whole, middle", spread.nhs.p50),
        Figure::money(
            "mc-nhs-p95",
            "NHS as a whole, high: 1 draw in 20 is above",
            spread.nhs.p95,
        ),
        Figure::money(
            "mc-primary-p5",
            "Primary care, low: 1 draw in 20 is below",
            spread.primary.p5,
        ),
        Figure::money("mc-primary-p50", "Primary care, middle", spread.primary.p50),
        Figure::money(
            "mc-primary-p95",
            "Primary care, high: 1 draw in 20 is above",
            spread.primary.p95,
        ),
    ];
    html! {
        <>
            { figure_list(figures) }
            <h3>{ "The same draws for the NHS as a whole and for primary care" }</h3>
            <p>{ nhs_draws_words(spread) }{ " Primary care\u{2019}s figure is its gain-share less any costs it pays, over the years shown." }</p>
            { figure_list(parties) }
            <p class="nhsuk-body-s">{ format!(
                "Each draw takes every uncertain figure at random between its lowest and highest, most often near the figure entered (a triangular distribution). The same link always gives the same draws (seed {}).",
                s.seed
            ) }</p>
            // Draws that are all the same have no spread to draw.
            if spread.histogram.counts.len() > 1 {
                { for chart }
            }
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
            <tr role="row" data-testid={format!("tornado-{}", w.field)}
                data-low={data_value(Some(w.low.npv))} data-high={data_value(Some(w.high.npv))}
                data-nhs-low={data_value(Some(w.low.nhs_npv))} data-nhs-high={data_value(Some(w.high.nhs_npv))}
                data-primary-low={data_value(Some(w.low.primary_total))}
                data-primary-high={data_value(Some(w.high.primary_total))}>
                { row_head(&row.label) }
                { cell(None, HEAD[1], Some(w.low.npv), money(w.low.npv)) }
                { cell(None, HEAD[2], Some(w.high.npv), money(w.high.npv)) }
                { cell(None, HEAD[3], None, span(w.low.nhs_npv, w.high.nhs_npv)) }
                { cell(None, HEAD[4], None, span(w.low.primary_total, w.high.primary_total)) }
            </tr>
        }) }
    };
    captioned(
        "tornado",
        "Net present value at each end of each range, and what it does to the NHS as a whole (its net present value) and to primary care (its gain-share less its costs, over the years shown)",
        true,
        &HEAD,
        body,
    )
}
