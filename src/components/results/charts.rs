use std::rc::Rc;

use yew::prelude::*;

use crate::chart::{self, Chart};
use crate::components::widgets::chart_slot::ChartSlot;
use crate::export::file_name;
use crate::model::{Results, Scenario};

/// SPEC §6's charts of the projection, each with its table; `name`, the
/// scenario's, names the files.
pub fn charts(charts: &[Rc<Chart>], name: &str) -> Html {
    html! {
        <section aria-labelledby="charts-heading" data-testid="charts">
            <h2 id="charts-heading">{ "Charts" }</h2>
            { for charts.iter().map(|c| html! {
                <ChartSlot key={c.id.clone()} chart={c.clone()}
                    file_name={AttrValue::from(file_name(name, &format!("{}-chart.svg", c.id)))} />
            }) }
        </section>
    }
}

/// Every chart of the results: those of the projection, the scale-up
/// ladder's, and each line's steps.
#[derive(Clone, PartialEq)]
pub struct Drawn {
    pub projection: Vec<Rc<Chart>>,
    pub ladder: Rc<Chart>,
    pub steps: Vec<Rc<Chart>>,
}

// Called when the results change and when printing: one copy in the page.
#[inline(never)]
pub fn draw(s: &Scenario, r: &Results, width: u32) -> Drawn {
    let mut charts = vec![
        chart::yearly(r, s.fy, width),
        chart::cumulative(s, r, width),
        chart::gain_share(r, s.fy, width),
    ];
    if !s.lines.is_empty() {
        charts.push(chart::lines(s, r, width));
    }
    let rungs = chart::rungs(&r.summary, s.pop, s.scale);
    let steps = s.lines.iter().zip(&r.lines).enumerate();
    Drawn {
        projection: charts.into_iter().map(Rc::new).collect(),
        ladder: Rc::new(chart::ladder(&rungs, s.years, width)),
        steps: steps
            .filter_map(|(i, (line, r))| Some(chart::steps(&line.name, i, &r.steps?, width)))
            .map(Rc::new)
            .collect(),
    }
}
