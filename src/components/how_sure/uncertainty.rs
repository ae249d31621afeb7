use std::rc::Rc;

use yew::prelude::*;

use crate::components::data_value;
use crate::components::widgets::view_slot::ViewSlot;
use crate::messages::json::{FiguresJson, DRAWS};
use crate::model::uncertainty::{tornado, Swing};
use crate::model::Scenario;

#[derive(PartialEq, Properties)]
pub struct UncertaintyViewProps {
    pub scenario: Rc<Scenario>,
    /// The same, as its link's query: what the charts are drawn for.
    pub query: AttrValue,
    /// None until charts are drawn.
    #[prop_or_default]
    pub chart_width: Option<u32>,
}

/// "How sure can we be" (SPEC §2.5): the tornado's hooks here, with the
/// first figures; the draws, their figures and histogram, and the tornado
/// people read drawn by the views module (`how_sure::draws_app`).
#[component]
pub fn UncertaintyView(props: &UncertaintyViewProps) -> Html {
    let swings = use_memo(props.scenario.clone(), |s| tornado(s));
    let s = &props.scenario;
    let ranged = s.range_count() > 0;
    // With nothing to draw, the draws' figures are all there are (SPEC §8);
    // otherwise they are not ready until the views module, sent the new
    // scenario after the page's own figures, says they are shown.
    use_effect_with((ranged, props.query.clone()), |(ranged, _)| {
        crate::browser::mark_mc_ready(!*ranged)
    });
    let json = FiguresJson::of(&props.query, props.chart_width);
    html! {
        <section aria-labelledby="uncertainty-heading" data-testid="uncertainty">
            <h2 id="uncertainty-heading">{ "How sure can we be" }</h2>
            if ranged {
                // A new slot for each scenario: figures of the last one
                // are gone the moment its inputs are. Sent in the next
                // task, so that a keystroke never waits for the draws.
                <ViewSlot key={props.query.to_string()} view={DRAWS} {json} deferred=true />
                { tornado_hooks(&swings) }
            } else {
                <div role="status">
                    <p data-testid="uncertainty-none">{ "Every figure is taken as exact. Where you are not sure of one, open \u{201c}I\u{2019}m not sure of this figure\u{201d} under it and give the lowest and highest it could be: the calculator then draws thousands of scenarios within those ranges, shows how likely the scheme is to save money, and which figure matters most." }</p>
                </div>
            }
        </section>
    }
}

/// The tornado's rows as SPEC §8's hooks, hidden: the views module draws
/// the table people read (`how_sure::tornado_view`).
fn tornado_hooks(swings: &[Swing]) -> Html {
    html! {
        <table hidden=true>
            <tbody>
                { for swings.iter().map(|w| html! {
                    <tr data-testid={format!("tornado-{}", w.field)}
                        data-low={data_value(Some(w.low.npv))} data-high={data_value(Some(w.high.npv))}
                        data-nhs-low={data_value(Some(w.low.nhs_npv))} data-nhs-high={data_value(Some(w.high.nhs_npv))}
                        data-primary-low={data_value(Some(w.low.primary_total))}
                        data-primary-high={data_value(Some(w.high.primary_total))}></tr>
                }) }
            </tbody>
        </table>
    }
}
