use yew::prelude::*;

use crate::chart::{rungs, Rung, FOOTPRINTS_WORDS};
use crate::components::data_value;
use crate::components::results::charts::{chart, Drawn};
use crate::components::widgets::table::{cell, row_head, table};
use crate::format::{money, number};
use crate::model::{Scenario, Summary};

/// Results at bigger footprints, scaled in proportion to population, with
/// the ladder's chart once the charts are drawn, a moment after the figures.
pub fn scale_up(scenario: &Scenario, s: &Summary, drawn: Option<&Drawn>) -> Html {
    let ladder_rungs = rungs(s, scenario.pop, scenario.scale);
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
            <p class="nhsuk-body-s" data-testid="ladder-illustrative">{ FOOTPRINTS_WORDS }</p>
            { ladder_table(&ladder_rungs, scenario.years) }
            if let Some(drawn) = drawn {
                { chart(drawn, AttrValue::from("ladder"), false) }
            }
            if scenario.scale.is_none() {
                <p class="nhsuk-body">{ "Enter your own footprint\u{2019}s population under \u{201c}Scale up to a population of\u{201d} to add it." }</p>
            }
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
