use yew::prelude::*;

use crate::link::encode;
use crate::messages::events::{Events, ADD, REPLACE};
use crate::model::fields::MAX_LINES;
use crate::model::Draft;
use crate::presets::{Preset, PRESETS};

#[derive(Clone, PartialEq, Properties)]
pub struct PresetPickerProps {
    /// Lines in the scenario now.
    pub count: usize,
    /// The scenario's first financial year, whose prices added lines use.
    pub fy: i32,
    /// Today's financial year, where an example opened whole starts.
    pub today: i32,
    /// Adds lines, or replaces the scenario (keeping the one on the page
    /// first): the page does both (`pilot_form`).
    pub events: Events,
}

/// "Start from an example": SPEC §1's pilots, drawn by the views module.
/// Adding never touches the lines already there; replacing them is asked
/// about first.
#[component]
pub fn PresetPicker(props: &PresetPickerProps) -> Html {
    // The preset whose "replace" is waiting for a yes.
    let confirming = use_state(|| None::<&'static str>);
    let said = use_state(String::new);
    html! {
        <section class="app-presets" aria-labelledby="presets-heading" data-testid="presets">
            <h2 id="presets-heading">{ "Start from an example" }</h2>
            <p class="nhsuk-body-s">
                { "Real pilots from primary care, with national unit costs where one fits. Adding an example keeps the lines you have; change any figure to your own." }
            </p>
            <p class="nhsuk-body-s" role="status" data-testid="preset-status">{ (*said).clone() }</p>
            <ul class="nhsuk-list app-preset-list">
                { for PRESETS.iter().map(|p| preset_item(p, props, &confirming, &said)) }
            </ul>
        </section>
    }
}

fn preset_item(
    preset: &'static Preset,
    props: &PresetPickerProps,
    confirming: &UseStateHandle<Option<&'static str>>,
    said: &UseStateHandle<String>,
) -> Html {
    let id = preset.id;
    let adds = preset.lines.len();
    let onadd = {
        let (events, said, count, fy) = (props.events.clone(), said.clone(), props.count, props.fy);
        Callback::from(move |_: MouseEvent| {
            if count + adds > MAX_LINES {
                said.set(format!(
                    "A scenario can have up to {MAX_LINES} lines: remove {} to add this example.",
                    count + adds - MAX_LINES
                ));
                return;
            }
            let lines = Draft {
                lines: preset.line_drafts(fy),
                ..Draft::default()
            };
            events.send(ADD, &encode(&lines), "");
            said.set(format!(
                "Added {} from \u{201c}{}\u{201d}.",
                lines_word(adds),
                preset.title
            ));
        })
    };
    // Focus follows the question, not its button: Enter twice must not
    // replace anyone's lines.
    let onask = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| {
            confirming.set(Some(id));
            crate::browser::focus_soon(&format!("preset-{id}-ask"));
        })
    };
    let oncancel = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(None))
    };
    let onreplace = {
        let (events, confirming, today) = (props.events.clone(), confirming.clone(), props.today);
        Callback::from(move |_: MouseEvent| {
            confirming.set(None);
            events.send(REPLACE, &encode(&preset.draft_at(today)), preset.title);
        })
    };
    let asking = **confirming == Some(id);
    html! {
        <li class="app-preset" data-testid={format!("preset-{id}")}>
            <h3 class="nhsuk-heading-xs nhsuk-u-margin-bottom-1">{ preset.title }</h3>
            <p class="nhsuk-body-s nhsuk-u-margin-bottom-2">{ preset.about() }</p>
            if asking {
                <div class="app-confirm" role="group" aria-labelledby={format!("preset-{id}-ask")}>
                    <p class="nhsuk-body-s" id={format!("preset-{id}-ask")} tabindex="-1">
                        { format!("This replaces your {} and the assumptions above. The scenario on the page is kept under \u{201c}Saved scenarios\u{201d} first.", lines_word(props.count)) }
                    </p>
                    <button type="button" class="nhsuk-button nhsuk-button--warning nhsuk-button--small" onclick={onreplace}
                        data-testid={format!("preset-{id}-confirm")}>{ "Yes, replace them" }</button>
                    { " " }
                    <button type="button" class="nhsuk-button nhsuk-button--secondary nhsuk-button--small" onclick={oncancel}>{ "Cancel" }</button>
                </div>
            } else {
                <div class="app-button-row">
                <button type="button" class="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
                    onclick={if props.count == 0 { onreplace } else { onadd }} data-testid={format!("preset-{id}-add")}>
                    { if props.count == 0 { "Use this example" } else { "Add to this scenario" } }
                    <span class="nhsuk-u-visually-hidden">{ format!(": {}", preset.title) }</span>
                </button>
                if props.count > 0 {
                    <button type="button" class="nhsuk-button nhsuk-button--secondary nhsuk-button--small" onclick={onask}
                        data-testid={format!("preset-{id}-replace")}>
                        { "Replace my lines with it" }
                        <span class="nhsuk-u-visually-hidden">{ format!(": {}", preset.title) }</span>
                    </button>
                }
                </div>
            }
        </li>
    }
}

fn lines_word(n: usize) -> String {
    if n == 1 {
        "1 line".to_string()
    } else {
        format!("{n} lines")
    }
}
