use yew::prelude::*;

use crate::components::widgets::view_slot::ViewSlot;
use crate::link::decode;
use crate::messages::json::{PrintJson, PRINT_INPUTS};
use crate::model::Scenario;
use crate::words::inputs::{global_values, line_title, line_values};

/// Room for what was entered, for print, which the views module draws
/// (`PrintInputs`) for `query`, the last scenario without a problem.
pub fn print_slot(query: &AttrValue) -> Html {
    let sent = PrintJson {
        query: query.to_string(),
    };
    let json = sent.json();
    html! { <ViewSlot view={PRINT_INPUTS} {json} /> }
}

#[derive(Clone, PartialEq, Properties)]
pub struct PrintInputsProps {
    /// The scenario, as its link's query string.
    pub query: AttrValue,
}

/// What was entered, for print, drawn by the views module: the scenario
/// as the link's rules read it, once it has no problem.
#[component]
pub fn PrintInputs(props: &PrintInputsProps) -> Html {
    let scenario = use_memo(props.query.clone(), |query| {
        decode(query).draft.check().ok()
    });
    match &*scenario {
        Some(s) => print_inputs(s),
        None => html! {},
    }
}

/// What was entered, as a list of values for a printed report (SPEC §6):
/// on paper the form's boxes would be empty frames and cut suffixes.
fn print_inputs(s: &Scenario) -> Html {
    html! {
        <section class="app-print-only" data-testid="print-inputs">
            <h2>{ "What was entered" }</h2>
            { list(global_values(s)) }
            { for s.lines.iter().enumerate().map(|(i, line)| html! {
                <div class="app-print-line">
                    <h3>{ line_title(line, i) }</h3>
                    { list(line_values(line, s.fy)) }
                </div>
            }) }
        </section>
    }
}

fn list(rows: Vec<(String, String)>) -> Html {
    html! {
        <dl class="app-print-list">
            { for rows.into_iter().map(|(label, value)| html! {
                <div><dt>{ label }</dt><dd>{ value }</dd></div>
            }) }
        </dl>
    }
}
