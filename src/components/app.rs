use std::cell::RefCell;
use std::rc::Rc;

use gloo_timers::callback::Timeout;
use yew::prelude::*;

use super::add_line::AddLine;
use super::compare_view::CompareView;
use super::error_summary::ErrorSummary;
use super::export_panel::ExportPanel;
use super::global_fields::GlobalFields;
use super::line_editor::LineEditor;
use super::link_notice::LinkNotice;
use super::preset_picker::PresetPicker;
use super::results_panel::ResultsPanel;
use super::saved_scenarios::SavedScenarios;
use super::share_panel::SharePanel;
use super::storage_notice::StorageNotice;
use super::use_chart_width::{use_chart_width, RESULTS_COLUMN};
use crate::keep::{keep_autosave, Saved};
use crate::link::{decode, encode, encode_view, Decoded};
use crate::model::draft::check_field;
use crate::model::fields::global;
use crate::model::{project, Draft, FieldError, Results, Scenario};
use crate::state::{Action, State};
use crate::{browser, storage};

/// What a page opened without a query string or autosave starts from:
/// SPEC §10's example.
pub const STARTING_EXAMPLE: &str = "v=1&name=Bassetlaw%20PCH&pop=40000&l1.kind=rate&l1.name=Dermatology&l1.base=26&l1.after=6&l1.unit=120&l1.appts=6&l1.appt_cost=35&l2.kind=observed&l2.name=Care%20home%20pharmacist&l2.saved=230000&l2.months=12&l2.annual=45000&l3.kind=cost&l3.name=PCH%20running%20costs&l3.per_patient=1";

/// How long typing must pause before the address bar and the autosave are
/// updated: browsers refuse `replaceState` called on every keystroke.
const SETTLE_MS: u32 = 250;

type Checked = (Option<(Scenario, Results)>, Vec<FieldError>);

/// The scenario to show first, and what the browser had kept: read before
/// the first render only when the page restores the autosave; a page opened
/// from a link reads storage after it is drawn, off the loading path.
struct Startup {
    state: State,
    opening: Option<storage::Opening>,
}

fn startup() -> Startup {
    let query = browser::location_query();
    if !query.is_empty() {
        return Startup {
            state: State::opened(decode(&query)),
            opening: None,
        };
    }
    let opening = storage::open();
    let query = opening.autosave.as_deref().unwrap_or(STARTING_EXAMPLE);
    Startup {
        state: State::opened(decode(query)),
        opening: Some(opening),
    }
}

/// What the browser kept, for a page opened from a link `showing`.
fn open_storage_for_link(showing: &str) -> storage::Opening {
    let mut opening = storage::open();
    let Some(autosaved) = opening.autosave.clone() else {
        return opening;
    };
    match keep_unsaved(&autosaved, showing) {
        Ok((list, kept)) => {
            opening.saved = list;
            if let Some(kept) = kept {
                opening.notices.push(format!(
                    "The scenario you were last working on in this browser is kept under \u{201c}Saved scenarios\u{201d} as \u{201c}{kept}\u{201d}."
                ));
            }
        }
        Err(message) => {
            // The autosave could not be kept, so it must not be written over.
            opening.may_autosave = false;
            opening.notices.push(message);
        }
    }
    opening
}

/// Before `replacing` is shown, adds `current` to the saved list unless it
/// is already there or nobody's work: the list as stored, and the name it
/// was kept under.
fn keep_unsaved(current: &str, replacing: &str) -> Result<(Vec<Saved>, Option<String>), String> {
    storage::change_saved(|list| {
        if !worth_keeping(current) {
            return None;
        }
        keep_autosave(list, current, replacing, &name_of(current), &storage::now())
    })
}

/// The starting example and an empty scenario are not anyone's work.
fn worth_keeping(query: &str) -> bool {
    query != STARTING_EXAMPLE && query != encode(&Default::default())
}

fn name_of(query: &str) -> String {
    let draft = decode(query).draft;
    match draft.text("name").map(str::trim) {
        Some(name) if !name.is_empty() => name.to_string(),
        _ => "Unnamed scenario".to_string(),
    }
}

#[component]
pub fn App() -> Html {
    let startup = use_memo((), |_| startup());
    let state = use_reducer(|| startup.state.clone());
    let opening = startup.opening.as_ref();
    let saved = use_state(|| opening.map(|o| o.saved.clone()).unwrap_or_default());
    let notices = use_state(|| opening.map(|o| o.notices.clone()).unwrap_or_default());
    // A page opened from a link may autosave once storage has been read.
    let may_autosave = use_mut_ref(|| opening.is_some_and(|o| o.may_autosave));
    let checked: Rc<Checked> = use_memo(state.draft.clone(), |draft| match draft.check() {
        Ok(scenario) => {
            let results = project(&scenario);
            (Some((scenario, results)), Vec::new())
        }
        Err(errors) => (None, errors),
    });
    use_settled_state(&state, &may_autosave, &notices);
    let tools_shown = use_state(|| false);
    let chart_width = use_chart_width();
    {
        let (saved, notices, may_autosave) = (saved.clone(), notices.clone(), may_autosave.clone());
        let tools_shown = tools_shown.clone();
        let showing = (startup.opening.is_none()).then(|| encode(&state.draft));
        use_effect_with((), move |_| {
            browser::mark_ready();
            // Results first; the panels to share and keep them, and the
            // browser's storage (which can be slow to open), a moment later.
            Timeout::new(0, move || {
                if let Some(showing) = showing {
                    let opening = open_storage_for_link(&showing);
                    *may_autosave.borrow_mut() = opening.may_autosave;
                    saved.set(opening.saved);
                    notices.set(opening.notices);
                }
                tools_shown.set(true);
            })
            .forget();
        });
    }
    let embed = state.embed;
    let tools_shown = *tools_shown;
    let tools = !embed && tools_shown;
    use_effect_with(embed, |_| {
        if browser::is_framed() {
            browser::report_height_to_parent();
        }
    });

    // One callback for the page's life: a new one each render would make
    // every line editor draw again on every keystroke.
    let onaction = {
        let dispatcher = state.dispatcher();
        (*use_memo((), move |_| {
            Callback::from(move |action: Action| dispatcher.dispatch(action))
        }))
        .clone()
    };
    let query = encode(&state.draft);
    let link = AttrValue::from(browser::link_for(&query));
    let onopen = open_callback(&state, &saved, &notices, &query);
    let name = state.draft.text("name").unwrap_or("").trim().to_string();
    let main = html! {
        <>
            <LinkNotice ignored={state.opened.ignored.clone()} newer_version={state.opened.newer_version.clone()} />
            <StorageNotice notices={(*notices).clone()} />
            <ErrorSummary errors={checked.1.clone()} />
            <div class="app-layout">
                <div class="app-form">{ form(&state, &checked, &onaction, &onopen, embed, tools) }</div>
                <div id={RESULTS_COLUMN}>
                    <h2>{ "Results" }</h2>
                    <ResultsPanel checked={checked.0.clone()} drafts={state.draft.lines.clone()} error_count={checked.1.len()} compact={embed}
                        chart_width={tools_shown.then_some(chart_width)} />
                    if tools {
                        <SharePanel link={link.clone()}
                            embed_link={AttrValue::from(browser::link_for(&encode_view(&state.draft, true)))}
                            name={AttrValue::from(name.clone())} />
                        <ExportPanel draft={state.draft.clone()} checked={checked.0.clone()}
                            link={link.clone()}
                            onimport={onopen.reform(|d: Rc<Decoded>| (d, "the imported file".to_string()))} />
                    }
                </div>
            </div>
            if tools {
                <SavedScenarios saved={(*saved).clone()} current_query={AttrValue::from(query.clone())}
                    current_name={AttrValue::from(name.clone())}
                    on_list={{ let saved = saved.clone(); Callback::from(move |l| saved.set(l)) }}
                    onopen={onopen.reform(|s: Saved| (Rc::new(decode(&s.query)), format!("\u{201c}{}\u{201d}", s.name)))} />
                <CompareView saved={(*saved).clone()} current_query={AttrValue::from(query.clone())} />
            }
        </>
    };
    if embed {
        embedded_page(&name, &query, main)
    } else {
        full_page(main)
    }
}

fn form(
    state: &UseReducerHandle<State>,
    checked: &Checked,
    onaction: &Callback<Action>,
    onopen: &Callback<(Rc<Decoded>, String)>,
    compact: bool,
    tools: bool,
) -> Html {
    let (results, errors) = checked;
    let raises_activity = |i: usize| {
        results
            .as_ref()
            .and_then(|(_, r)| r.lines.get(i))
            .is_some_and(|l| l.raises_activity)
    };
    let fy = first_year(&state.draft);
    let pop =
        global("pop").and_then(|f| check_field(f, state.draft.text("pop"), "").ok().flatten());
    html! {
        <>
            <GlobalFields draft={state.draft.clone()} errors={errors.clone()} onaction={onaction.clone()} {compact} />
            <h2 id="lines-heading" tabindex="-1">{ "What the pilot saves and costs" }</h2>
            // Only a line with a pilot length needs the population: a new
            // population then redraws that line alone.
            { for state.draft.lines.iter().enumerate().map(|(i, line)| html! {
                <LineEditor index={i} line={line.clone()} errors={errors.clone()}
                    raises_activity={raises_activity(i)} onaction={onaction.clone()} {compact} {fy}
                    pop={pop.filter(|_| line.text("pilot_months").is_some())} />
            }) }
            <AddLine count={state.draft.lines.len()} onaction={onaction.clone()} />
            if tools {
                <PresetPicker count={state.draft.lines.len()} onaction={onaction.clone()} onreplace={onopen.clone()} />
            }
        </>
    }
}

/// The first financial year as the form holds it, checked by the fields
/// table's rules; its default while it has an error.
fn first_year(draft: &Draft) -> i32 {
    global("fy").map_or(2017, |f| {
        let year = check_field(f, draft.text("fy"), "").ok().flatten();
        year.unwrap_or(f.default) as i32
    })
}

/// Opens another scenario, keeping the one on the page in the saved list
/// first so that nothing is lost.
fn open_callback(
    state: &UseReducerHandle<State>,
    saved: &UseStateHandle<Vec<Saved>>,
    notices: &UseStateHandle<Vec<String>>,
    current: &str,
) -> Callback<(Rc<Decoded>, String)> {
    let (state, saved, notices, current) = (
        state.clone(),
        saved.clone(),
        notices.clone(),
        current.to_string(),
    );
    Callback::from(move |(decoded, what): (Rc<Decoded>, String)| {
        let kept = keep_unsaved(&current, &encode(&decoded.draft));
        let mut said = vec![format!("Opened {what}.")];
        match kept {
            Ok((list, kept)) => {
                if let Some(kept) = kept {
                    said.push(format!("The scenario that was on the page is kept under \u{201c}Saved scenarios\u{201d} as \u{201c}{kept}\u{201d}."));
                }
                saved.set(list);
            }
            Err(message) => said.push(format!(
                "{message} Copy the link first if you need the scenario that was on the page."
            )),
        }
        notices.set(said);
        state.dispatch(Action::Open(decoded));
        browser::focus("main-heading");
    })
}

fn full_page(main: Html) -> Html {
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
                    <h1 id="main-heading" tabindex="-1">{ "What is your pilot worth at scale?" }</h1>
                    <p class="nhsuk-lede-text">
                        { "Enter what your pilot saved and cost. The figures below update as you type. Nothing you enter leaves this computer." }
                    </p>
                    { main }
                </main>
            </div>
            <footer class="app-footer">
                <div class="nhsuk-width-container">
                    <p class="nhsuk-body-s">
                        { "This calculator runs in your browser. Nothing you enter is sent anywhere: the scenario lives in the page address, so a link shares it, and in this browser's storage, so it is here when you come back." }
                    </p>
                </div>
            </footer>
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
            { main }
        </main>
    }
}

/// Once typing pauses: the address bar holds the scenario and the browser
/// keeps it. A fault is said once, in the storage notice.
#[hook]
fn use_settled_state(
    state: &State,
    may_autosave: &Rc<RefCell<bool>>,
    notices: &UseStateHandle<Vec<String>>,
) {
    let may_autosave = may_autosave.clone();
    let timer: Rc<RefCell<Option<Timeout>>> = use_mut_ref(|| None);
    let notices = notices.clone();
    use_effect_with((state.draft.clone(), state.embed), move |(draft, embed)| {
        let query = encode(draft);
        let view = encode_view(draft, *embed);
        browser::remember_query(&view);
        // Replacing the timeout cancels the one still pending.
        *timer.borrow_mut() = Some(Timeout::new(SETTLE_MS, move || {
            browser::replace_query(&view);
            if !*may_autosave.borrow() {
                return;
            }
            if let Err(fault) = storage::autosave(&query) {
                let sentence = fault.sentence().to_string();
                if !notices.contains(&sentence) {
                    let mut list = (*notices).clone();
                    list.push(sentence);
                    notices.set(list);
                }
            }
        }));
    });
}
