use std::rc::Rc;

use yew::prelude::*;

use crate::chart::{rungs, Rung, FOOTPRINTS_WORDS};
use crate::components::data_value;
use crate::components::widgets::chart_figure::ChartFigure;
use crate::components::widgets::table::{cell, row_head, table};
use crate::export::file_name;
use crate::format::{money, number};
use crate::model::{Results, Scenario};

#[derive(Clone, PartialEq, Properties)]
pub struct LadderAppProps {
    pub figures: Rc<(Scenario, Results)>,
    /// The width the chart is drawn at; none until it is wanted.
    pub width: Option<u32>,
}

/// The scheme at today's footprints (SPEC §1, §2.4 scale-up), drawn by the
/// views module under the page's scale-up figures: the footprints'
/// illustrative populations, the ladder as a table, and its chart.
#[component]
pub fn LadderApp(props: &LadderAppProps) -> Html {
    let (scenario, results) = &*props.figures;
    let ladder = rungs(&results.summary, scenario.pop, scenario.scale);
    let chart = props.width.map(|width| {
        let chart = crate::chart::ladder(&ladder, scenario.years, width);
        let file = file_name(&scenario.name, &format!("{}-chart.svg", chart.id));
        html! { <ChartFigure chart={Rc::new(chart)} file_name={AttrValue::from(file)} /> }
    });
    html! {
        <>
            <p class="nhsuk-body-s" data-testid="ladder-illustrative">{ FOOTPRINTS_WORDS }</p>
            { ladder_table(&ladder, scenario.years) }
            { for chart }
            if scenario.scale.is_none() {
                <p class="nhsuk-body">{ "Enter your own footprint\u{2019}s population under \u{201c}Scale up to a population of\u{201d} to add it." }</p>
            }
        </>
    }
}

fn ladder_table(rungs: &[Rung], years: u32) -> Html {
    let npv = format!("Net present value over {years} years");
    let head = [
        "Footprint",
        "People",
        "Net a year at full effect",
        npv.as_str(),
    ];
    let rows = html! {
        { for rungs.iter().map(|r| html! {
            <tr role="row" data-testid="ladder-rung" data-pop={data_value(Some(r.pop))}>
                { row_head(&r.label) }
                { cell(None, head[1], Some(r.pop), number(r.pop, 0)) }
                { cell(Some("net-year"), head[2], Some(r.net_year), money(r.net_year)) }
                { cell(Some("npv"), head[3], Some(r.npv), money(r.npv)) }
            </tr>
        }) }
    };
    table("ladder", "The scheme at bigger footprints", &head, rows)
}
