use yew::prelude::*;

use crate::format::price;
use crate::messages::events::{Events, PICK};
use crate::model::keys::{FieldKey, LineKey};
use crate::model::number::{parse_number, plain};
use crate::unit_costs::{matching, suggestions_for, Priced, UnitCost};
use crate::words::costs::{offer, source_sentence};

#[derive(Clone, PartialEq, Properties)]
pub struct UnitCostSuggestionsProps {
    /// The input, as the page's hooks name it (`l1.unit`).
    pub field: FieldKey,
    /// The input within the line (`key` is Yew's own).
    pub input: LineKey,
    pub value: Option<AttrValue>,
    /// The scheme's first financial year, whose prices each figure is
    /// brought to.
    pub fy: i32,
    /// The line's minutes per appointment, for prices of time.
    pub minutes: f64,
    /// Puts a figure in the box (`PICK`).
    pub events: Events,
}

/// National unit costs beside a £ input, each with its source, its price
/// year and its figure at the first year's prices, drawn by the views
/// module; the user's own figure always wins and is never changed.
#[component]
pub fn UnitCostSuggestions(props: &UnitCostSuggestionsProps) -> Html {
    // The list is drawn only once opened: twenty lines' worth of costs
    // would otherwise be redrawn on every keystroke.
    let open = use_state(|| false);
    let costs = suggestions_for(props.input);
    if costs.is_empty() {
        return html! {};
    }
    let ontoggle = {
        let open = open.clone();
        Callback::from(move |e: Event| {
            open.set(
                e.target_unchecked_into::<web_sys::HtmlDetailsElement>()
                    .open(),
            );
        })
    };
    let current = props.value.as_deref().and_then(parse_number);
    let source = current.and_then(|v| matching(props.input, v, props.fy, props.minutes));
    let key = &props.field;
    html! {
        <>
            if let Some((cost, matched)) = source {
                { source_note(cost, matched, props) }
            }
            <details class="nhsuk-details app-suggest" {ontoggle} data-testid={format!("suggest-{key}")}>
                <summary class="nhsuk-details__summary">
                    <span class="nhsuk-details__summary-text">{ "Suggested national costs" }</span>
                </summary>
                <div class="nhsuk-details__text">
                    <p class="nhsuk-body-s">
                        { "National figures, each brought to the prices of your first year by the NHS Cost Inflation Index. Your own local figure is better where you have one." }
                    </p>
                    if *open {
                        <ul class="nhsuk-list">
                            { for costs.into_iter().map(|c| suggestion(c, props)) }
                        </ul>
                    }
                </div>
            </details>
        </>
    }
}

fn suggestion(cost: &'static UnitCost, props: &UnitCostSuggestionsProps) -> Html {
    let offered = offer(cost, props.fy, props.minutes);
    html! {
        <li class="app-suggestion">
            <p class="nhsuk-body-s nhsuk-u-margin-bottom-1"><strong>{ offered.what }</strong></p>
            <p class="nhsuk-body-s nhsuk-u-margin-bottom-1">{ offered.prices }</p>
            <p class="nhsuk-body-s nhsuk-u-margin-bottom-1 app-cost-from">{ offered.source }</p>
            { use_button(cost, offered.figure, props, format!("use-{}-{}", props.field, cost.id)) }
        </li>
    }
}

/// One step to put `figure` in the box.
fn use_button(
    cost: &UnitCost,
    figure: Priced,
    props: &UnitCostSuggestionsProps,
    testid: String,
) -> Html {
    let events = props.events.clone();
    let onclick = Callback::from(move |_: MouseEvent| {
        events.send(PICK, &plain(figure.pounds), "");
    });
    html! {
        <button type="button" class="nhsuk-button nhsuk-button--secondary nhsuk-button--small" {onclick}
            data-testid={testid}>
            { format!("Use {}", price(figure.pounds)) }
            <span class="nhsuk-u-visually-hidden">{ format!(": {}, at {} prices", cost.what(), figure.price_year()) }</span>
        </button>
    }
}

/// Where the figure in the box comes from, with one step to bring it to
/// the first year's prices when it is another year's.
fn source_note(cost: &'static UnitCost, matched: Priced, props: &UnitCostSuggestionsProps) -> Html {
    let (text, other) = source_sentence(cost, matched, props.fy, props.minutes);
    html! {
        <div class="app-cost-source" data-testid={format!("source-{}", props.field)}>
            <p class="nhsuk-body-s nhsuk-u-margin-bottom-1">{ text }</p>
            if let Some(now) = other {
                { use_button(cost, now, props, format!("use-now-{}", props.field)) }
            }
        </div>
    }
}
