use yew::prelude::*;

use crate::components::widgets::chart_slot::ChartSlot;
use crate::model::{Results, Scenario};

/// The charts of the results for one scenario (its query) at one width:
/// the projection's, and each line's steps (the ladder's is the scale-up's
/// own). Only their names: the views module builds and draws them.
#[derive(Clone, PartialEq)]
pub struct Drawn {
    pub query: AttrValue,
    pub width: u32,
    pub projection: Vec<&'static str>,
    pub steps: Vec<AttrValue>,
}

/// The charts `s` has, drawn at `width`.
pub fn draw(query: &AttrValue, s: &Scenario, r: &Results, width: u32) -> Drawn {
    let mut projection = vec!["yearly", "cumulative", "gain-share"];
    if !s.lines.is_empty() {
        projection.push("lines");
    }
    let steps = r
        .lines
        .iter()
        .enumerate()
        .filter(|(_, l)| l.steps.is_some());
    Drawn {
        query: query.clone(),
        width,
        projection,
        steps: steps
            .map(|(i, _)| AttrValue::from(format!("steps-l{}", i + 1)))
            .collect(),
    }
}

/// One chart of `drawn`; `quiet` where another beside it says why none
/// could be drawn.
pub fn chart(drawn: &Drawn, id: AttrValue, quiet: bool) -> Html {
    let key = id.to_string();
    html! { <ChartSlot {key} {id} query={drawn.query.clone()} width={drawn.width} {quiet} /> }
}

/// SPEC §6's charts of the projection, each with its table.
pub fn charts(drawn: &Drawn) -> Html {
    html! {
        <section aria-labelledby="charts-heading" data-testid="charts">
            <h2 id="charts-heading">{ "Charts" }</h2>
            { for drawn.projection.iter().enumerate().map(|(i, id)| chart(drawn, AttrValue::from(*id), i > 0)) }
        </section>
    }
}
