use std::rc::Rc;

use yew::prelude::*;

use crate::components::data_value;
use crate::components::widgets::view_slot::{later, ViewSlot};
use crate::messages::events::USE;
use crate::messages::json::{FiguresJson, EVIDENCE};
use crate::model::number::{parse_number, plain};
use crate::model::plan::line_plan;
use crate::model::series::monthly_target;
use crate::model::spc::{Assurance, Special, Variation};
use crate::model::{LineKey, Scenario};
use crate::state::Action;

#[derive(PartialEq, Properties)]
pub struct EvidenceViewProps {
    pub scenario: Rc<Scenario>,
    /// The scenario as its link's query: what the views module draws.
    pub query: AttrValue,
    /// None until charts are drawn here.
    #[prop_or_default]
    pub chart_width: Option<u32>,
    pub onaction: Callback<Action>,
}

/// Evidence over time (SPEC §2.8) and how long a pilot must run (§2.9):
/// SPEC §8's hooks with the first figures, and the charts, words and
/// tables drawn by the views module (`how_sure::evidence_app`), whose
/// "Use these figures" the page carries out.
#[component]
pub fn EvidenceView(props: &EvidenceViewProps) -> Html {
    let s = &props.scenario;
    let mut hooks = Vec::new();
    for i in 0..s.lines.len() {
        hooks.extend(spc_hooks(s, i));
        hooks.extend(plan_hooks(s, i));
    }
    if hooks.is_empty() {
        return html! {};
    }
    let json = FiguresJson::of(&props.query, props.chart_width);
    let onaction = props.onaction.clone();
    let onevent = Callback::from(move |(kind, line, values): (String, String, String)| {
        if let (USE, Some(line)) = (kind.as_str(), line.parse::<usize>().ok()) {
            let onaction = onaction.clone();
            later(move || {
                onaction.emit(Action::SetLineValues {
                    line,
                    values: read_values(&values),
                })
            });
        }
        None
    });
    html! {
        <>
            <div hidden=true>{ for hooks }</div>
            <ViewSlot view={EVIDENCE} {json} {onevent} deferred=true />
        </>
    }
}

/// `base=26&after=6`, as the module sends "Use these figures".
fn read_values(text: &str) -> Vec<(LineKey, String)> {
    text.split('&')
        .filter_map(|pair| pair.split_once('='))
        .filter_map(|(k, v)| Some((LineKey::parse(k)?, plain(parse_number(v)?))))
        .collect()
}

/// Line `i`'s chart as SPEC §8 names it: its mean, limits, variation and
/// assurance, and each month's count and flag.
fn spc_hooks(s: &Scenario, i: usize) -> Option<Html> {
    let line = &s.lines[i];
    let series = line.series.as_ref()?;
    let spc = series.chart(monthly_target(line, s.pop));
    let n = i + 1;
    let shown = |v: f64| data_value(spc.shown.then_some(v));
    Some(html! {
        <div data-testid={format!("spc-l{n}")} data-mean={plain(spc.limits.mean)} data-upl={shown(spc.limits.upper)}
            data-lpl={shown(spc.limits.lower)} data-variation={variation_key(spc.variation)}
            data-assurance={assurance_key(spc.assurance)}>
            { for series.counts.iter().zip(&spc.special).enumerate().map(|(m, (v, flag))| html! {
                <span data-testid={format!("spc-l{n}-m{}", m + 1)} data-value={plain(*v)} data-special={special_key(*flag)} />
            }) }
        </div>
    })
}

/// Line `i`'s plan as SPEC §8 names it.
fn plan_hooks(s: &Scenario, i: usize) -> Option<Html> {
    let (p, _) = line_plan(s, i)?;
    Some(html! {
        <div data-testid={format!("plan-l{}", i + 1)} data-power={data_value(p.power)}
            data-months={data_value(p.months)} data-pop={data_value(p.pop)} />
    })
}

pub fn variation_key(v: Variation) -> &'static str {
    match v {
        Variation::Improvement => "improvement",
        Variation::Concern => "concern",
        Variation::Common => "common",
        Variation::None => "none",
    }
}

pub fn assurance_key(a: Assurance) -> &'static str {
    match a {
        Assurance::Pass => "pass",
        Assurance::Fail => "fail",
        Assurance::HitAndMiss => "hit-and-miss",
        Assurance::None => "none",
    }
}

fn special_key(s: Special) -> &'static str {
    match s {
        Special::Improvement => "improvement",
        Special::Concern => "concern",
        Special::None => "none",
    }
}
