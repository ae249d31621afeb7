use std::rc::Rc;

use yew::prelude::*;

use super::chart_figure::ChartFigure;
use crate::chart::{self, Chart};
use crate::export::file_name;
use crate::model::{Results, Scenario};

#[derive(PartialEq, Properties)]
pub struct ChartsProps {
    pub scenario: Scenario,
    pub results: Results,
    /// SVG pixels, the width of the results column.
    pub width: u32,
}

/// SPEC §6's charts of the projection, each with its table.
#[component]
pub fn Charts(props: &ChartsProps) -> Html {
    let charts = use_memo(
        (props.scenario.clone(), props.results.clone(), props.width),
        |(s, r, width)| draw(s, r, *width),
    );
    let name = props.scenario.name.clone();
    html! {
        <section aria-labelledby="charts-heading" data-testid="charts">
            <h2 id="charts-heading">{ "Charts" }</h2>
            { for charts.iter().map(|c| html! {
                <ChartFigure key={c.id} chart={c.clone()}
                    file_name={AttrValue::from(file_name(&name, &format!("{}-chart.svg", c.id)))} />
            }) }
        </section>
    }
}

fn draw(s: &Scenario, r: &Results, width: u32) -> Vec<Rc<Chart>> {
    let mut charts = vec![
        chart::yearly(r, s.fy, width),
        chart::cumulative(s, r, width),
        chart::gain_share(r, s.fy, width),
    ];
    if !s.lines.is_empty() {
        charts.push(chart::lines(s, r, width));
    }
    charts.into_iter().map(Rc::new).collect()
}
