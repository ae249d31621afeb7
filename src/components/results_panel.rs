use std::rc::Rc;

use yew::prelude::*;

use super::break_even::BreakEven;
use super::charts::{draw, Charts};
use super::fold::Fold;
use super::line_table::LineTable;
use super::scale_up::ScaleUp;
use super::summary_figures::SummaryFigures;
use super::year_table::YearTable;
use crate::hooks::use_deferred::use_deferred;
use crate::model::Figures;

#[derive(PartialEq, Properties)]
pub struct ResultsPanelProps {
    /// The last valid figures (out of date while the form has a problem).
    pub figures: Rc<Figures>,
    /// None while the charts are not wanted: before the first figures are
    /// painted, and while the panel is not on show.
    #[prop_or_default]
    pub chart_width: Option<u32>,
    /// The embedded view folds the charts away.
    #[prop_or_default]
    pub compact: bool,
    /// The page is being printed: charts are drawn now, not a moment later.
    #[prop_or_default]
    pub printing: bool,
}

/// Every figure of the scenario: the tables carry SPEC §8's hooks whether
/// or not the panel is on show; the charts are drawn only when it is.
#[component]
pub fn ResultsPanel(props: &ResultsPanelProps) -> Html {
    let wanted = props.chart_width.map(|w| (props.figures.clone(), w));
    let drawn = use_deferred(wanted, |wanted| {
        wanted
            .as_ref()
            .map(|(f, width)| draw(&f.scenario, &f.results, *width))
    });
    // A panel put away keeps its last drawing; it is drawn again when shown.
    let kept = use_mut_ref(|| None);
    if let Some(Some(d)) = drawn.as_deref() {
        *kept.borrow_mut() = Some(d.clone());
    }
    if let (true, Some(width)) = (props.printing, props.chart_width) {
        let f = &props.figures;
        *kept.borrow_mut() = Some(draw(&f.scenario, &f.results, width));
    }
    let drawn = kept.borrow().clone();
    let Figures { scenario, results } = &*props.figures;
    let name = AttrValue::from(scenario.name.clone());
    let charts = drawn.as_ref().map(|d| {
        html! { <Charts charts={d.projection.clone()} name={name.clone()} /> }
    });
    html! {
        <>
            if scenario.lines.is_empty() {
                <div class="nhsuk-inset-text" data-testid="empty-prompt">
                    <p>{ "This scenario has no lines yet. Add a line for each thing the pilot saved or cost, under \u{201c}Add a line\u{201d}, or pick one under \u{201c}Start from an example\u{201d}." }</p>
                </div>
            }
            <BreakEven scenario={scenario.clone()} lines={results.lines.clone()} summary={results.summary.clone()} />
            <YearTable years={results.years.clone()} fy={scenario.fy} />
            if !scenario.lines.is_empty() {
                <LineTable lines={results.lines.clone()} scenario={scenario.clone()} />
            }
            if props.compact {
                <Fold summary="Charts">{ for charts }</Fold>
            } else {
                { for charts }
            }
            <h2>{ "More figures" }</h2>
            <SummaryFigures summary={results.summary.clone()} years={scenario.years} />
            <ScaleUp summary={results.summary.clone()} pop={scenario.pop} scale={scenario.scale} years={scenario.years}
                name={name} chart={drawn.map(|d| d.ladder.clone())} />
        </>
    }
}
