use std::rc::Rc;

use yew::prelude::*;

use crate::chart::Chart;
use crate::components::widgets::view_slot::ViewSlot;
use crate::views::props::{ChartJson, CHART};

#[derive(PartialEq, Properties)]
pub struct ChartSlotProps {
    pub chart: Rc<Chart>,
    /// The downloaded file's name.
    pub file_name: AttrValue,
}

/// A chart, drawn by the views module (`widgets::chart_figure`); where the
/// module could not be fetched, its message in words and a sentence why
/// there is no drawing (its table is in the part it belongs to).
#[component]
pub fn ChartSlot(props: &ChartSlotProps) -> Html {
    let json = use_memo(
        (props.chart.clone(), props.file_name.clone()),
        |(chart, file_name)| {
            let sent = ChartJson {
                chart: (**chart).clone(),
                file_name: file_name.to_string(),
            };
            AttrValue::from(serde_json::to_string(&sent).unwrap_or_default())
        },
    );
    let chart = &props.chart;
    let fallback = html! {
        <figure class="app-chart" data-testid={format!("chart-{}", chart.id)} data-drawing="failed">
            <figcaption>
                <h3 class="nhsuk-heading-s nhsuk-u-margin-bottom-1">{ chart.title.clone() }</h3>
                <p class="nhsuk-body-s">{ chart.caption.clone() }</p>
            </figcaption>
            <p class="nhsuk-body-s">{ "This chart could not be drawn: the part of the calculator that draws charts could not be fetched, perhaps because this computer is offline." }</p>
        </figure>
    };
    html! { <ViewSlot view={CHART} json={(*json).clone()} {fallback} /> }
}
