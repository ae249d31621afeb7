use std::cell::RefCell;
use std::rc::Rc;

use gloo_timers::callback::Timeout;
use yew::prelude::*;

use super::add_line::AddLine;
use super::error_summary::ErrorSummary;
use super::global_fields::GlobalFields;
use super::line_editor::LineEditor;
use super::link_notice::LinkNotice;
use super::results_panel::ResultsPanel;
use super::share_panel::SharePanel;
use crate::browser;
use crate::link::{decode, encode};
use crate::model::{project, FieldError, Results, Scenario};
use crate::state::{Action, State};

/// What a page opened without a query string starts from: SPEC §10's example.
pub const STARTING_EXAMPLE: &str = "v=1&name=Bassetlaw%20PCH&pop=40000&l1.kind=rate&l1.name=Dermatology&l1.base=26&l1.after=6&l1.unit=120&l1.appts=6&l1.appt_cost=35&l2.kind=observed&l2.name=Care%20home%20pharmacist&l2.saved=230000&l2.months=12&l2.annual=45000&l3.kind=cost&l3.name=PCH%20running%20costs&l3.per_patient=1";

/// How long typing must pause before the address bar is updated: browsers
/// refuse `replaceState` called on every keystroke.
const ADDRESS_BAR_DELAY_MS: u32 = 250;

type Checked = (Option<(Scenario, Results)>, Vec<FieldError>);

fn initial_state() -> State {
    let query = browser::location_query();
    let query = if query.is_empty() {
        STARTING_EXAMPLE.to_string()
    } else {
        query
    };
    State::opened(decode(&query))
}

#[component]
pub fn App() -> Html {
    let state = use_reducer(initial_state);
    let checked: Rc<Checked> = use_memo(state.draft.clone(), |draft| match draft.check() {
        Ok(scenario) => {
            let results = project(&scenario);
            (Some((scenario, results)), Vec::new())
        }
        Err(errors) => (None, errors),
    });
    use_address_bar(&state);
    use_effect_with((), |_| browser::mark_ready());

    let onaction = {
        let state = state.clone();
        Callback::from(move |action: Action| state.dispatch(action))
    };
    let (results, errors) = &*checked;
    let query = encode(&state.draft);
    let raises_activity = |i: usize| {
        results
            .as_ref()
            .and_then(|(_, r)| r.lines.get(i))
            .is_some_and(|l| l.raises_activity)
    };
    html! {
        <>
            <a class="nhsuk-skip-link" href="#main">{ "Skip to main content" }</a>
            <header class="app-header">
                <div class="nhsuk-width-container">
                    <p class="app-header__title">{ "Pilot savings and reinvestment calculator" }</p>
                    <p class="app-header__tag">{ "For NHS primary care pilots" }</p>
                </div>
            </header>
            <div class="nhsuk-width-container">
                <main class="nhsuk-main-wrapper" id="main">
                    <h1>{ "What is your pilot worth at scale?" }</h1>
                    <p class="nhsuk-lede-text">
                        { "Enter what your pilot saved and cost. The figures below update as you type. Nothing you enter leaves this computer." }
                    </p>
                    <LinkNotice ignored={state.opened.ignored.clone()} newer_version={state.opened.newer_version.clone()} />
                    <ErrorSummary errors={errors.clone()} />
                    <div class="app-layout">
                        <div>
                            <GlobalFields draft={state.draft.clone()} errors={errors.clone()} onaction={onaction.clone()} />
                            <h2 id="lines-heading" tabindex="-1">{ "What the pilot saves and costs" }</h2>
                            { for state.draft.lines.iter().enumerate().map(|(i, line)| html! {
                                <LineEditor index={i} line={line.clone()} errors={errors.clone()}
                                    raises_activity={raises_activity(i)} onaction={onaction.clone()} />
                            }) }
                            <AddLine count={state.draft.lines.len()} onaction={onaction.clone()} />
                        </div>
                        <div>
                            <h2>{ "Results" }</h2>
                            <ResultsPanel checked={results.clone()} drafts={state.draft.lines.clone()} error_count={errors.len()} />
                            <SharePanel link={AttrValue::from(browser::link_for(&query))} />
                        </div>
                    </div>
                </main>
            </div>
            <footer class="app-footer">
                <div class="nhsuk-width-container">
                    <p class="nhsuk-body-s">
                        { "This calculator runs in your browser. Nothing you enter is sent anywhere: the scenario lives in the page address, so a link shares it." }
                    </p>
                </div>
            </footer>
        </>
    }
}

/// Keeps the address bar holding the scenario, once typing pauses.
#[hook]
fn use_address_bar(state: &State) {
    let timer: Rc<RefCell<Option<Timeout>>> = use_mut_ref(|| None);
    use_effect_with(state.draft.clone(), move |draft| {
        let query = encode(draft);
        browser::remember_query(&query);
        // Replacing the timeout cancels the one still pending.
        *timer.borrow_mut() = Some(Timeout::new(ADDRESS_BAR_DELAY_MS, move || {
            browser::replace_query(&query)
        }));
    });
}
