use std::rc::Rc;

use yew::prelude::*;

use crate::components::results::break_even::break_even;
use crate::components::results::capacity_view::capacity_view;
use crate::components::results::charts::{charts, draw};
use crate::components::results::equity_view::equity_view;
use crate::components::results::group_view::group_view;
use crate::components::results::line_table::line_table;
use crate::components::results::scale_up::scale_up;
use crate::components::results::summary_figures::summary_figures;
use crate::components::results::year_table::year_table;
use crate::components::widgets::fold::Fold;
use crate::components::widgets::method_link::method_link;
use crate::hooks::use_deferred::use_deferred;
use crate::model::Figures;
use crate::words::headlines::BASES;

#[derive(PartialEq, Properties)]
pub struct ResultsPanelProps {
    /// The last valid figures (out of date while the form has a problem).
    pub figures: Rc<Figures>,
    /// The same, as its link's query: what the charts are drawn for.
    pub query: AttrValue,
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
    /// The lines in the form, which may wait for figures the last valid
    /// figures do not have yet.
    #[prop_or_default]
    pub typed_lines: usize,
}

/// Every figure of the scenario: the tables carry SPEC §8's hooks whether
/// or not the panel is on show; the charts are drawn only when it is.
#[component]
pub fn ResultsPanel(props: &ResultsPanelProps) -> Html {
    let wanted = props
        .chart_width
        .map(|w| (props.figures.clone(), props.query.clone(), w));
    let drawn = use_deferred(wanted, |wanted| {
        wanted
            .as_ref()
            .map(|(f, query, width)| draw(query, &f.scenario, &f.results, *width))
    });
    // A panel put away keeps its last drawing; it is drawn again when shown.
    let kept = use_mut_ref(|| None);
    if let Some(Some(d)) = drawn.as_deref() {
        *kept.borrow_mut() = Some(d.clone());
    }
    if let (true, Some(width)) = (props.printing, props.chart_width) {
        let f = &props.figures;
        *kept.borrow_mut() = Some(draw(&props.query, &f.scenario, &f.results, width));
    }
    let drawn = kept.borrow().clone();
    let Figures { scenario, results } = &*props.figures;
    let charts = drawn.as_ref().map(charts);
    let capacity = capacity_view(scenario, results, drawn.as_ref());
    html! {
        <>
            if scenario.lines.is_empty() {
                <div class="nhsuk-inset-text" data-testid="empty-prompt">
                    <p>{ empty_prompt(props.typed_lines) }</p>
                </div>
            }
            <p class="nhsuk-body-s" data-testid="bases">{ BASES }</p>
            { break_even(scenario, results) }
            { year_table(&results.years, scenario.fy) }
            if !scenario.lines.is_empty() {
                { line_table(scenario, results) }
                { group_view(results, &props.query) }
                if props.compact {
                    // The embedded view keeps to its height: folded like the charts.
                    <Fold summary="Workforce and capacity">{ capacity }</Fold>
                } else {
                    { capacity }
                }
            }
            if props.compact {
                <Fold summary="Charts">{ for charts }</Fold>
            } else {
                { for charts }
            }
            <h2>{ "More figures" }</h2>
            { summary_figures(&results.summary, scenario.years) }
            if props.compact {
                // The embedded view keeps to its height: the footprints'
                // ladder folded like the charts.
                <Fold summary="The scheme at scale">{ scale_up(scenario, &results.summary, &props.query, drawn.as_ref()) }</Fold>
            } else {
                { scale_up(scenario, &results.summary, &props.query, drawn.as_ref()) }
            }
            if props.compact {
                <Fold summary="Who benefits: deprivation">{ equity_view(results, &props.query, drawn.as_ref().map(|d| d.width)) }</Fold>
            } else {
                { equity_view(results, &props.query, drawn.as_ref().map(|d| d.width)) }
            }
            <h2>{ "How these figures are worked out" }</h2>
            { method_link("method-link") }
        </>
    }
}

/// What the results say while they have no line: how to add one, or, once
/// a line is added, that its figures are awaited.
fn empty_prompt(typed: usize) -> String {
    match typed {
        0 => "This scenario has no lines yet. Add a line for each thing the pilot saved or cost, under \u{201c}Add a line\u{201d}, or pick one under \u{201c}Start from an example\u{201d}.".to_string(),
        1 => "The line you added waits for its figures: enter them in the form, and its results appear here.".to_string(),
        n => format!("The {n} lines you added wait for their figures: enter them in the form, and their results appear here."),
    }
}
