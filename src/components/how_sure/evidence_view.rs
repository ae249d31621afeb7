use std::rc::Rc;

use yew::prelude::*;

use crate::components::data_value;
use crate::components::how_sure::spc_view::spc_section;
use crate::components::widgets::chart_slot::ChartSlot;
use crate::model::plan::plan;
use crate::model::{Kind, Scenario};
use crate::state::Action;
use crate::text::line_name;
use crate::words::spc::plan_words;

#[derive(PartialEq, Properties)]
pub struct EvidenceViewProps {
    pub scenario: Rc<Scenario>,
    /// The scenario as its link's query: what the charts are drawn for.
    pub query: AttrValue,
    /// None until charts are drawn here.
    #[prop_or_default]
    pub chart_width: Option<u32>,
    pub onaction: Callback<Action>,
}

/// Evidence over time (SPEC §2.8) for each line with monthly counts, and
/// how long a pilot must run (SPEC §2.9) for each rate line that falls.
#[component]
pub fn EvidenceView(props: &EvidenceViewProps) -> Html {
    let s = &props.scenario;
    let charts: Vec<Html> = s
        .lines
        .iter()
        .enumerate()
        .filter_map(|(i, line)| line.series.as_ref().map(|series| (i, series)))
        .map(|(i, series)| {
            let chart = props.chart_width.map(|width| {
                html! { <ChartSlot id={format!("spc-l{}", i + 1)} query={props.query.clone()} {width} /> }
            });
            spc_section(s, i, series, chart, &props.onaction)
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
    let line = &s.lines[i];
    if line.kind != Kind::Rate {
        return None;
    }
    let series = line.series.as_ref().filter(|x| x.pilot_at.is_some());
    let baseline = series.map(|x| x.baseline());
    let p = plan(s.pop, line.base, line.after, line.pilot_months, baseline)?;
    let words = plan_words(&p, line.pilot_months, baseline.map(<[f64]>::len));
    Some(html! {
        <div class="app-plan" data-testid={format!("plan-l{}", i + 1)} data-power={data_value(p.power)}
            data-months={data_value(p.months)} data-pop={data_value(p.pop)}>
            <h3>{ line_name(&line.name, i) }</h3>
            { for words.into_iter().map(|w| html! { <p>{ w }</p> }) }
        </div>
    })
}
