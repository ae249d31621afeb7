use std::rc::Rc;

use yew::prelude::*;

use crate::components::how_sure::spc_view::spc_section;
use crate::components::widgets::chart_figure::ChartFigure;
use crate::export::file_name;
use crate::messages::events::Events;
use crate::model::plan::line_plan;
use crate::model::{Results, Scenario};
use crate::text::line_name;
use crate::words::spc::plan_words;

#[derive(Clone, PartialEq, Properties)]
pub struct EvidenceAppProps {
    pub figures: Rc<(Scenario, Results)>,
    /// The width charts are drawn at; none until they are wanted.
    pub width: Option<u32>,
    pub events: Events,
}

/// Evidence over time (SPEC §2.8) for each line with monthly counts, and
/// how long a pilot must run (§2.9) for each rate line that falls: drawn
/// by the views module under the page's hooks.
#[component]
pub fn EvidenceApp(props: &EvidenceAppProps) -> Html {
    let s = &props.figures.0;
    let charts: Vec<Html> = s
        .lines
        .iter()
        .enumerate()
        .filter_map(|(i, line)| line.series.as_ref().map(|series| (i, series)))
        .map(|(i, series)| {
            let chart = props.width.and_then(|width| crate::chart::spc_chart(s, i, width)).map(|chart| {
                let file = file_name(&s.name, &format!("{}-chart.svg", chart.id));
                html! { <ChartFigure chart={Rc::new(chart)} file_name={AttrValue::from(file)} /> }
            });
            spc_section(s, i, series, chart, &props.events)
        })
        .collect();
    let plans: Vec<Html> = (0..s.lines.len())
        .filter_map(|i| plan_section(s, i))
        .collect();
    html! {
        <>
            if !charts.is_empty() {
                <section aria-labelledby="evidence-heading">
                    <h2 id="evidence-heading">{ "Evidence over time" }</h2>
                    <p>{ "Each line\u{2019}s months drawn the NHS England Making Data Count way: limits from the months before the pilot, extended over it, so the pilot is judged against the process as it was." }</p>
                    { for charts }
                </section>
            }
            if !plans.is_empty() {
                <section aria-labelledby="plan-heading">
                    <h2 id="plan-heading">{ "How long a pilot must run" }</h2>
                    { for plans }
                </section>
            }
        </>
    }
}

fn plan_section(s: &Scenario, i: usize) -> Option<Html> {
    let (p, baseline) = line_plan(s, i)?;
    let line = &s.lines[i];
    let words = plan_words(&p, line.pilot_months, baseline);
    Some(html! {
        <div class="app-plan" data-testid={format!("plan-l{}-words", i + 1)}>
            <h3>{ line_name(&line.name, i) }</h3>
            { for words.into_iter().map(|w| html! { <p>{ w }</p> }) }
        </div>
    })
}
