use std::rc::Rc;

use yew::prelude::*;

use super::break_even::BreakEven;
use super::charts::{draw, Charts};
use super::fold::Fold;
use super::headlines::Headlines;
use super::line_table::LineTable;
use super::scale_up::ScaleUp;
use super::summary_figures::SummaryFigures;
use super::uncertainty::UncertaintyView;
use super::use_deferred::use_deferred;
use super::year_table::YearTable;
use crate::model::{LineDraft, Results, Scenario};

#[derive(PartialEq, Properties)]
pub struct ResultsPanelProps {
    /// None while any input has an error: results wait for the fix.
    pub checked: Option<(Scenario, Results)>,
    pub drafts: Vec<LineDraft>,
    pub error_count: usize,
    /// None until the charts are drawn, a moment after the figures.
    #[prop_or_default]
    pub chart_width: Option<u32>,
    /// The embedded view folds the further figures away.
    #[prop_or_default]
    pub compact: bool,
}

/// Every figure of the scenario, or why there are none yet.
#[component]
pub fn ResultsPanel(props: &ResultsPanelProps) -> Html {
    let drawn = use_deferred(props.checked.clone().zip(props.chart_width), |deps| {
        deps.as_ref().map(|((s, r), width)| draw(s, r, *width))
    });
    let drawn = drawn.as_deref().and_then(Option::as_ref);
    let Some((scenario, results)) = &props.checked else {
        let n = props.error_count;
        return html! {
            <div class="nhsuk-inset-text" data-testid="results-waiting" role="status">
                <p>{ format!("Results will show when you fix the {} problem{} in the form.", n, if n == 1 { "" } else { "s" }) }</p>
            </div>
        };
    };
    let more = html! {
        <>
            <SummaryFigures summary={results.summary.clone()} years={scenario.years} />
            <ScaleUp summary={results.summary.clone()} pop={scenario.pop} scale={scenario.scale} years={scenario.years}
                name={AttrValue::from(scenario.name.clone())} chart={drawn.map(|d| d.ladder.clone())} />
        </>
    };
    // Below the fold, and a run of work of its own: drawn with the charts,
    // after the first figures.
    let uncertainty = html! {
        if props.chart_width.is_some() {
            <UncertaintyView scenario={Rc::new(scenario.clone())} npv={results.summary.npv}
                chart_width={props.chart_width} />
        }
    };
    html! {
        <>
            if scenario.lines.is_empty() {
                <div class="nhsuk-inset-text" data-testid="empty-prompt">
                    <p>{ "This scenario has no lines yet. Add a line for each thing the pilot saved or cost, under \u{201c}Add a line\u{201d}, or pick one under \u{201c}Start from an example\u{201d}." }</p>
                </div>
            }
            <Headlines summary={results.summary.clone()} years={scenario.years} />
            <BreakEven scenario={scenario.clone()} lines={results.lines.clone()} summary={results.summary.clone()} />
            if let Some(drawn) = drawn {
                if props.compact {
                    <Fold summary="Charts">
                        <Charts charts={drawn.projection.clone()} name={AttrValue::from(scenario.name.clone())} />
                    </Fold>
                } else {
                    <Charts charts={drawn.projection.clone()} name={AttrValue::from(scenario.name.clone())} />
                }
            }
            <YearTable years={results.years.clone()} fy={scenario.fy} />
            if !scenario.lines.is_empty() {
                <LineTable lines={results.lines.clone()} drafts={props.drafts.clone()} />
            }
            if props.compact {
                <Fold summary="How sure can we be">{ uncertainty }</Fold>
                <Fold summary="More figures, and the scheme at scale">{ more }</Fold>
            } else {
                { uncertainty }
                <h2>{ "More figures" }</h2>
                { more }
            }
        </>
    }
}
