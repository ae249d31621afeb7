use yew::prelude::*;

use super::data_value;
use crate::format::{money, number};
use crate::model::Summary;

#[derive(PartialEq, Properties)]
pub struct ScaleUpProps {
    pub summary: Summary,
    pub pop: f64,
    pub scale: Option<f64>,
    pub years: u32,
}

/// Results at a bigger footprint, scaled in proportion to population.
#[component]
pub fn ScaleUp(props: &ScaleUpProps) -> Html {
    let s = &props.summary;
    let figure = |v: Option<f64>| v.map_or_else(|| "Not set".to_string(), money);
    html! {
        <section aria-labelledby="scale-heading">
            <h2 id="scale-heading">{ "At scale" }</h2>
            if let Some(size) = props.scale {
                <p class="nhsuk-body">
                    { format!(
                        "For {} patients, scaling this population of {} in proportion. This assumes savings and costs grow in step with population, which a bigger footprint may not do.",
                        number(size, 0),
                        number(props.pop, 0)
                    ) }
                </p>
            } else {
                <p class="nhsuk-body">{ "Enter a population under \u{201c}Scale up to a population of\u{201d} to see these figures for a whole Primary Care Home, locality or STP." }</p>
            }
            <dl class="nhsuk-summary-list">
                <div class="nhsuk-summary-list__row">
                    <dt class="nhsuk-summary-list__key">{ "Net saving a year at full effect" }</dt>
                    <dd class="nhsuk-summary-list__value" data-testid="scale-net-year" data-value={data_value(s.scale_net_year)}>
                        { figure(s.scale_net_year) }
                    </dd>
                </div>
                <div class="nhsuk-summary-list__row">
                    <dt class="nhsuk-summary-list__key">{ format!("Net present value over {} years", props.years) }</dt>
                    <dd class="nhsuk-summary-list__value" data-testid="scale-npv" data-value={data_value(s.scale_npv)}>
                        { figure(s.scale_npv) }
                    </dd>
                </div>
            </dl>
        </section>
    }
}
