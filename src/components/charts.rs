use std::rc::Rc;

use yew::prelude::*;

use super::chart_figure::ChartFigure;
use crate::chart::{self, Chart};
use crate::export::file_name;
use crate::model::{Results, Scenario};

#[derive(PartialEq, Properties)]
pub struct ChartsProps {
    pub charts: Vec<Rc<Chart>>,
    /// The scenario's name, for the files.
    pub name: AttrValue,
}

/// SPEC §6's charts of the projection, each with its table.
#[component]
pub fn Charts(props: &ChartsProps) -> Html {
    html! {
        <section aria-labelledby="charts-heading" data-testid="charts">
            <h2 id="charts-heading">{ "Charts" }</h2>
            { for props.charts.iter().map(|c| html! {
                <ChartFigure key={c.id} chart={c.clone()}
                    file_name={AttrValue::from(file_name(&props.name, &format!("{}-chart.svg", c.id)))} />
            }) }
        </section>
    }
}

/// Every chart of the results: those of the projection, and the scale-up
/// ladder's.
#[derive(Clone, PartialEq)]
pub struct Drawn {
    pub projection: Vec<Rc<Chart>>,
    pub ladder: Rc<Chart>,
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
    Drawn {
        projection: charts.into_iter().map(Rc::new).collect(),
        ladder: Rc::new(chart::ladder(&rungs, s.years, width)),
    }
}
