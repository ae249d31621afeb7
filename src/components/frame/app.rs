use std::rc::Rc;

use yew::prelude::*;

use crate::browser;
use crate::browser::modules::start_views;
use crate::components::frame::link_notice::link_notice;
use crate::components::frame::storage_notice::storage_notice;
use crate::components::frame::workspace::{footer, Workspace};
use crate::components::widgets::method_link::method_link;
use crate::hooks::use_chart_width::use_chart_width;
use crate::hooks::use_last_valid::use_last_valid;
use crate::hooks::use_pause::use_pause;
use crate::hooks::use_printing::use_printing;
use crate::hooks::use_settled_state::use_settled_state;
use crate::hooks::use_shown_errors::use_shown_errors;
use crate::hooks::use_steady_focus::use_steady_focus;
use crate::hooks::use_wide::use_wide;
use crate::keep::state::KeepAction;
use crate::link::encode;
use crate::model::{project, Draft, FieldError, Figures};
use crate::opening::{open_callback, open_storage_for_link, startup};
use crate::state::Action;

/// The draft checked: its figures, or every problem with it.
#[derive(PartialEq)]
struct Checked {
    figures: Option<Rc<Figures>>,
    errors: Rc<Vec<FieldError>>,
}

impl Checked {
    fn of(draft: &Draft) -> Checked {
        match draft.check() {
            Ok(scenario) => Checked {
                figures: Some(Rc::new(Figures {
                    results: project(&scenario),
                    scenario: Rc::new(scenario),
                })),
                errors: Rc::default(),
            },
            Err(errors) => Checked {
                figures: None,
                errors: Rc::new(errors),
            },
        }
    }
}

/// The page: the scenario and what the browser keeps, each in a reducer;
/// the hooks that keep them in step with the browser; and the page's
/// chrome around the workspace.
#[component]
pub fn App() -> Html {
    let start = use_memo((), |_| startup());
    let state = use_reducer(|| start.state.clone());
    let keeping = use_reducer(|| start.keeping.clone());
    // One callback each for the page's life: a new one each render would
    // make every line editor draw again on every keystroke.
    let onaction = {
        let dispatcher = state.dispatcher();
        (*use_memo((), move |_| {
            Callback::from(move |a: Action| dispatcher.dispatch(a))
        }))
        .clone()
    };
    let onkeep = {
        let dispatcher = keeping.dispatcher();
        (*use_memo((), move |_| {
            Callback::from(move |a: KeepAction| dispatcher.dispatch(a))
        }))
        .clone()
    };
    let checked = use_memo(state.draft.clone(), Checked::of);
    let figures = use_last_valid(checked.figures.clone());
    let stale = checked.figures.is_none() && figures.is_some();
    let (errors, said_changed) = use_shown_errors(&state, &checked.errors);
    use_steady_focus(said_changed);
    // The draft as a link: encoded once an edit, for the address bar, the
    // autosave, Share and keep and the panic hook.
    let query = (*use_memo(state.draft.clone(), |draft| AttrValue::from(encode(draft)))).clone();
    use_settled_state(
        &state.draft,
        &query,
        state.embed,
        keeping.may_autosave,
        &onkeep,
        &onaction.reform(Action::Settled),
    );
    use_pause(&state.draft, &onaction);
    use_printing(state.printing, &onaction);
    use_effect_with(stale, |stale| browser::mark_stale(*stale));
    let wide = use_wide();
    let chart_width = use_chart_width(wide);
    use_first_paint(start.from_link.clone(), &onaction, &onkeep);
    use_effect_with(state.embed, |_| {
        if browser::is_framed() {
            browser::report_height_to_parent();
        }
    });

    let valid = checked.figures.is_some();
    let printed = use_last_valid(valid.then(|| query.clone())).unwrap_or_default();
    let onopen = open_callback(onaction.clone(), onkeep.clone(), query.to_string());
    let name = state.draft.name.trim().to_string();
    let workspace = html! {
        <>
            { link_notice(&state.opened) }
            { storage_notice(&keeping.notices) }
            <Workspace state={Rc::new((*state).clone())} query={query.clone()} printed={printed} figures={figures.clone()}
                current={checked.figures.clone()} {errors} problems={checked.errors.clone()}
                keeping={Rc::new((*keeping).clone())} {wide} {chart_width}
                onaction={onaction.clone()} onkeep={onkeep.clone()} {onopen} />
        </>
    };
    if state.embed {
        embedded_page(&name, &query, workspace)
    } else {
        full_page(workspace, !wide)
    }
}

/// After the first figures are drawn: the page is ready (SPEC §8), and a
/// moment later what only matters then (charts and the module that draws
/// them, examples, and storage for a page opened from a link, which can be
/// slow to open).
#[hook]
fn use_first_paint(
    from_link: Option<String>,
    onaction: &Callback<Action>,
    onkeep: &Callback<KeepAction>,
) {
    let (onaction, onkeep) = (onaction.clone(), onkeep.clone());
    use_effect_with((), move |_| {
        browser::mark_ready();
        // After the frame that paints the first figures, never before
        // (SPEC §9): nothing of this is in the first load.
        browser::after_paint(move || {
            if let Some(showing) = from_link {
                onkeep.emit(KeepAction::Read(Rc::new(open_storage_for_link(&showing))));
            }
            onaction.emit(Action::Painted);
            // Now, not before: the first load holds none of it. Even
            // where no chart is on show (a phone's form), so that a tab
            // opened later, or print, draws its views at once.
            start_views();
        });
    });
}

fn full_page(main: Html, with_footer: bool) -> Html {
    html! {
        <>
            <div class="app-skip-links">
                <a class="nhsuk-skip-link" href="#main">{ "Skip to main content" }</a>
                <a class="nhsuk-skip-link" href="#tab-results" data-testid="skip-to-results">{ "Skip to results" }</a>
            </div>
            <header class="app-header">
                <div class="app-container">
                    <p class="app-header__title">{ "Pilot savings and reinvestment calculator" }</p>
                    <p class="app-header__tag">{ "For NHS primary care pilots" }</p>
                </div>
            </header>
            <div class="app-container">
                <main class="app-main" id="main">
                    <h1 id="main-heading" tabindex="-1">{ "What is your pilot worth at scale?" }</h1>
                    <p class="app-lede">
                        { "Enter what your pilot saved and cost; the results update as you type. Nothing you enter leaves this computer." }
                    </p>
                    { main }
                </main>
            </div>
            if with_footer {
                <div class="app-container">{ footer() }</div>
            }
        </>
    }
}

/// The compact view inside another site's page (SPEC §4): no site header
/// or footer, and a way out to the full calculator.
fn embedded_page(name: &str, query: &str, main: Html) -> Html {
    let heading = if name.is_empty() {
        "Pilot savings calculator".to_string()
    } else {
        format!("Pilot savings calculator: {name}")
    };
    html! {
        <main class="app-embed" id="main">
            <h1 class="nhsuk-heading-m" id="main-heading" tabindex="-1">{ heading }</h1>
            <p class="nhsuk-body-s">
                <a href={browser::link_for(query)} target="_blank" rel="noopener" data-testid="open-full">
                    { "Open in full calculator (opens in a new tab)" }
                </a>
                { " to save, download, print or share this scenario." }
            </p>
            { method_link("method-link-embed") }
            { main }
        </main>
    }
}
