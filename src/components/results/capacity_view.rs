use yew::prelude::*;

use crate::components::results::charts::{chart, Drawn};
use crate::components::{figure_list, Figure};
use crate::format::number;
use crate::model::capacity::Workforce;
use crate::model::{Results, Scenario};
use crate::words::capacity::capacity_points;

/// "Workforce and capacity" (SPEC §2.7): the clinician time extra
/// appointments take, and the whole units a provider can remove, which
/// alone become cash; with each line's step chart once charts are drawn.
pub fn capacity_view(scenario: &Scenario, results: &Results, drawn: Option<&Drawn>) -> Html {
    let said = capacity_points(scenario, results);
    let total = results.summary.workforce;
    html! {
        <section aria-labelledby="capacity-heading" data-testid="capacity">
            <h2 id="capacity-heading">{ "Workforce and capacity" }</h2>
            if said.is_empty() {
                <p>{ "Enter extra appointments on a line to see the clinician time they take, or on a line of referrals or admissions the events that free one unit (a clinic list, a bed) to see how many units the provider can remove." }</p>
            } else {
                <ul class="nhsuk-list nhsuk-list--bullet">
                    { for said.into_iter().map(|(id, text)| html! { <li data-testid={id}>{ text }</li> }) }
                </ul>
                <p class="nhsuk-body-s">{ "Capacity freed short of a whole unit is real, but no money until a clinic list, a bed or a post can go (NICE costing guidance: activity must fall by a critical mass before facilities can be reduced)." }</p>
            }
            if let Some(w) = total {
                { figure_list(totals(&w)) }
            }
            if let Some(drawn) = drawn {
                { for drawn.steps.iter().enumerate().map(|(i, id)| chart(drawn, id.clone(), i > 0)) }
            }
        </section>
    }
}

fn totals(w: &Workforce) -> Vec<Figure> {
    let figure = |id, label, value: f64, places| Figure {
        id,
        label,
        value: Some(value),
        text: number(value, places),
    };
    vec![
        figure("hours-total", "Clinician hours a year", w.hours, 0),
        figure(
            "sessions-total",
            "GP sessions a week (4 hours 10 minutes each)",
            w.sessions,
            1,
        ),
        figure(
            "wte-total",
            "Whole-time equivalents (7.5-hour days)",
            w.wte,
            2,
        ),
    ]
}
