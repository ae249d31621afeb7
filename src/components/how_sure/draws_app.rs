use std::rc::Rc;

use yew::prelude::*;

use crate::chart::Row;
use crate::components::how_sure::tornado_view::sensitivity;
use crate::components::widgets::chart_figure::ChartFigure;
use crate::components::{figure_list, Figure};
use crate::export::file_name;
use crate::format::{number, percent};
use crate::hooks::use_deferred::use_deferred;
use crate::hooks::use_monte_carlo::{use_monte_carlo, Progress, Uncertainty};
use crate::model::uncertainty::{tornado, Spread};
use crate::model::{Results, Scenario};
use crate::words::{draws_words, nhs_draws_words, swing_label};

#[derive(Clone, PartialEq, Properties)]
pub struct DrawsAppProps {
    pub figures: Rc<(Scenario, Results)>,
    /// The histogram's width; none until charts are drawn here.
    pub width: Option<u32>,
}

/// The Monte Carlo draws of "How sure can we be" (SPEC §2.5), run and
/// drawn by the views module: the draws in slices that never keep typing
/// waiting, their figures (SPEC §8's `mc-*`, with `data-mc-ready`) and
/// their histogram. The page mounts it afresh for each scenario, so its
/// figures are only ever shown beside the inputs they came from.
#[component]
pub fn DrawsApp(props: &DrawsAppProps) -> Html {
    let scenario = use_memo(props.figures.clone(), |f| Rc::new(f.0.clone()));
    let progress = use_monte_carlo((*scenario).clone());
    // The tornado people read is drawn once its part is on show (or
    // printed): its rows' hooks are the page's, worked out with the
    // figures. Drawn once, not again with each step of the draws' progress.
    let tornado_part = use_memo((props.figures.clone(), props.width), |(figures, width)| {
        width.map(|width| tornado_part(&figures.0, figures.1.summary.npv, width))
    });
    // The histogram follows the figures in the next task: the draws' last
    // slice, their figures and a chart in one task would keep a key waiting.
    let spread = match &progress {
        Progress::Done(u) => u.spread.clone(),
        Progress::Working(_) => None,
    };
    let wanted = (scenario.clone(), spread.zip(props.width));
    let histogram = use_deferred(wanted, |(s, wanted)| {
        wanted
            .as_ref()
            .map(|(spread, width)| histogram(s, spread, *width))
    });
    let s = &*scenario;
    let settled = !matches!(progress, Progress::Working(_));
    use_effect_with(settled, |settled| crate::browser::mark_mc_ready(*settled));
    // Only the sentence is a live region: the figures would be read out
    // whole on every change.
    let (status, rest) = match progress {
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
                let chart = histogram.as_deref().cloned().flatten();
                monte_carlo(s, spread, chart)
            }),
        ),
    };
    html! {
        <>
            <div role="status">{ status }</div>
            { rest }
            { for (*tornado_part).clone() }
        </>
    }
}

/// Which uncertain figure matters most: its words, table and chart.
fn tornado_part(s: &Scenario, npv: f64, width: u32) -> Html {
    let swings = tornado(s);
    let rows = swings
        .iter()
        .map(|w| Row {
            label: swing_label(s, w),
            values: vec![w.low.npv, w.high.npv],
        })
        .collect();
    let chart = figure(s, crate::chart::tornado(rows, npv, width));
    sensitivity(s, &swings, Some(chart))
}

/// A chart with its words, table and file.
fn figure(s: &Scenario, chart: crate::chart::Chart) -> Html {
    let file = file_name(&s.name, &format!("{}-chart.svg", chart.id));
    html! { <ChartFigure chart={Rc::new(chart)} file_name={AttrValue::from(file)} /> }
}

/// The draws' histogram.
fn histogram(s: &Scenario, spread: &Spread, width: u32) -> Html {
    figure(s, crate::chart::histogram(spread, s.years, width))
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
