use yew::prelude::*;

use crate::chart::wanted::Wanted;
use crate::components::widgets::view_slot::ViewSlot;
use crate::messages::json::CHART;

#[derive(PartialEq, Properties)]
pub struct ChartSlotProps {
    /// The chart (`chart::wanted`): `yearly`, `steps-l2`, `tornado`, …
    pub id: AttrValue,
    /// The scenario, as its link's query: the last one without a problem.
    pub query: AttrValue,
    /// The width in SVG pixels there is room for.
    pub width: u32,
    /// Where the views module could not be fetched, another chart beside
    /// this one says so for both.
    #[prop_or_default]
    pub quiet: bool,
}

/// A chart, built and drawn by the views module (`widgets::chart_figure`);
/// where the module could not be fetched, a sentence why there is none.
#[component]
pub fn ChartSlot(props: &ChartSlotProps) -> Html {
    let deps = (props.id.clone(), props.query.clone(), props.width);
    let json = use_memo(deps, |(id, query, width)| {
        let wanted = Wanted {
            chart: id.to_string(),
            query: query.to_string(),
            width: *width,
        };
        AttrValue::from(wanted.json())
    });
    let fallback = if props.quiet {
        Html::default()
    } else {
        html! {
            <p class="nhsuk-body-s" data-testid={format!("chart-{}-failed", props.id)}>
                { "The charts here could not be drawn: the part of the calculator that draws them could not be fetched, perhaps because this computer is offline. The tables on this page have the same figures." }
            </p>
        }
    };
    html! { <ViewSlot view={CHART} json={(*json).clone()} {fallback} /> }
}
