use yew::prelude::*;

use crate::components::data_value;
use crate::components::results::charts::Drawn;
use crate::components::widgets::view_slot::ViewSlot;
use crate::format::{money, number};
use crate::messages::json::{FiguresJson, LADDER};
use crate::model::{Scenario, Summary};

/// Results at bigger footprints, scaled in proportion to population: the
/// scale-up figures with their hooks here, the footprints' ladder, its
/// table and chart drawn by the views module (`results::ladder_app`).
pub fn scale_up(
    scenario: &Scenario,
    s: &Summary,
    query: &AttrValue,
    drawn: Option<&Drawn>,
) -> Html {
    let json = FiguresJson::of(query, drawn.map(|d| d.width));
    let figure = |v: Option<f64>| v.map_or_else(|| "Not set".to_string(), money);
    html! {
        <section aria-labelledby="scale-heading">
            <h2 id="scale-heading">{ "At scale" }</h2>
            <p class="nhsuk-body" data-testid="scale-assumption">
                { format!(
                    "These figures scale this population of {} in proportion: they assume savings and costs grow in step with population, which a bigger footprint may not do.",
                    number(scenario.pop, 0)
                ) }
            </p>
            <ViewSlot view={LADDER} {json} deferred=true />
            <dl class="nhsuk-summary-list">
                <div class="nhsuk-summary-list__row">
                    <dt class="nhsuk-summary-list__key">{ "Net saving a year at full effect, scaled up" }</dt>
                    <dd class="nhsuk-summary-list__value" data-testid="scale-net-year" data-value={data_value(s.scale_net_year)}>
                        { figure(s.scale_net_year) }
                    </dd>
                </div>
                <div class="nhsuk-summary-list__row">
                    <dt class="nhsuk-summary-list__key">{ format!("Net present value over {} years, scaled up", scenario.years) }</dt>
                    <dd class="nhsuk-summary-list__value" data-testid="scale-npv" data-value={data_value(s.scale_npv)}>
                        { figure(s.scale_npv) }
                    </dd>
                </div>
            </dl>
        </section>
    }
}
