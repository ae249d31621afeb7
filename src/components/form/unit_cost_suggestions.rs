use yew::prelude::*;

use crate::format::{financial_year, money};
use crate::model::keys::{FieldKey, LineKey};
use crate::model::number::parse_number;
use crate::unit_costs::{matching, suggestions_for, UnitCost};
use crate::views::events::{Events, PICK};

#[derive(Clone, PartialEq, Properties)]
pub struct UnitCostSuggestionsProps {
    /// The input, as the page's hooks name it (`l1.unit`).
    pub field: FieldKey,
    /// The input within the line (`key` is Yew's own).
    pub input: LineKey,
    pub value: Option<AttrValue>,
    /// The scheme's first financial year, to say when a price is older.
    pub fy: i32,
    /// Puts a figure in the box (`PICK`).
    pub events: Events,
}

/// National unit costs beside a £ input, each with its source and price
/// year, drawn by the views module; the user's own figure always wins.
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
    let source = current.and_then(|v| matching(props.input, v));
    let key = &props.field;
    html! {
        <>
            if let Some(cost) = source {
                <p class="nhsuk-body-s app-cost-source" data-testid={format!("source-{key}")}>
                    { source_sentence(cost, props.fy) }
                </p>
            }
            <details class="nhsuk-details app-suggest" {ontoggle} data-testid={format!("suggest-{key}")}>
                <summary class="nhsuk-details__summary">
                    <span class="nhsuk-details__summary-text">{ "Suggested national costs" }</span>
                </summary>
                <div class="nhsuk-details__text">
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
    let events = props.events.clone();
    let onclick = Callback::from(move |_: MouseEvent| {
        events.send(PICK, &crate::model::number::plain(cost.pounds), "");
    });
    html! {
        <li class="app-suggestion">
            <p class="nhsuk-body-s nhsuk-u-margin-bottom-1">
                { cost.describe() }
                if cost.older_than(props.fy) {
                    <strong class="app-older">{ format!(" Older than {}.", financial_year(props.fy, 1)) }</strong>
                }
            </p>
            <button type="button" class="nhsuk-button nhsuk-button--secondary nhsuk-button--small" {onclick}
                data-testid={format!("use-{}-{}", props.field, cost.id)}>
                { format!("Use {}", money(cost.pounds)) }
                <span class="nhsuk-u-visually-hidden">{ format!(": {}", cost.what) }</span>
            </button>
        </li>
    }
}

/// Where the figure in the box comes from, and whether it is out of date.
fn source_sentence(cost: &UnitCost, fy: i32) -> String {
    let first = financial_year(fy, 1);
    let mut text = format!(
        "{} matches the national figure \u{201c}{}\u{201d} ({}; price year {}).",
        money(cost.pounds),
        cost.what,
        cost.source,
        cost.price_year
    );
    if cost.older_than(fy) {
        text.push_str(&format!(" That is older than your first year, {first}: costs have likely risen since, so check it or use a local figure."));
    }
    text
}
