use std::cell::RefCell;
use std::collections::BTreeSet;
use std::rc::Rc;

use gloo_timers::callback::Timeout;
use yew::prelude::*;

use super::error_summary::ErrorSummary;
use super::example_banner::example_banner;
use super::headline_bar::headline_bar;
use super::headlines::Headlines;
use super::keep_panel::KeepPanel;
use super::link_notice::LinkNotice;
use super::pilot_form::PilotForm;
use super::print_inputs::PrintInputs;
use super::results_panel::ResultsPanel;
use super::stale_notice::stale_notice;
use super::storage_notice::StorageNotice;
use super::tab_list::{panel_id, tab_id, TabList};
use super::uncertainty::UncertaintyView;
use super::use_chart_width::{use_chart_width, RESULTS_COLUMN};
use super::use_wide::use_wide;
use super::Figures;
use crate::chart::WIDE;
use crate::keep::{keep_autosave, Saved};
use crate::link::{decode, encode, encode_view, Decoded};
use crate::model::{project, Draft, FieldError, FieldKey};
use crate::presets::WORKED_EXAMPLE;
use crate::state::{Action, State, Tab};
use crate::{browser, storage};

/// How long typing must pause before the address bar and the autosave are
/// updated: browsers refuse `replaceState` called on every keystroke.
const SETTLE_MS: u32 = 250;

/// How long typing must pause before a problem in the field being typed in
/// is said: long enough not to interrupt a number half typed.
const PAUSE_MS: u32 = 1000;

/// The draft checked: its figures, or every problem with it.
#[derive(PartialEq)]
struct Checked {
    figures: Option<Rc<Figures>>,
    errors: Vec<FieldError>,
}

impl Checked {
    fn of(draft: &Draft) -> Checked {
        match draft.check() {
            Ok(scenario) => Checked {
                figures: Some(Rc::new(Figures {
                    results: project(&scenario),
                    scenario: Rc::new(scenario),
                })),
                errors: Vec::new(),
            },
            Err(errors) => Checked {
                figures: None,
                errors,
            },
        }
    }
}

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
    let query = opening.autosave.as_deref().unwrap_or(WORKED_EXAMPLE);
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
    // An example nobody changed is nobody's work.
    if autosaved == WORKED_EXAMPLE {
        return opening;
    }
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
/// is already there or empty: the list as stored, and the name it was kept
/// under. An example on the page is kept like any other work.
fn keep_unsaved(current: &str, replacing: &str) -> Result<(Vec<Saved>, Option<String>), String> {
    storage::change_saved(|list| {
        if current == encode(&Draft::default()) {
            return None;
        }
        keep_autosave(list, current, replacing, &name_of(current), &storage::now())
    })
}

fn name_of(query: &str) -> String {
    let draft = decode(query).draft;
    match draft.name.trim() {
        "" => "Unnamed scenario".to_string(),
        name => name.to_string(),
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
    let checked = use_memo(state.draft.clone(), Checked::of);
    let figures = use_last_figures(checked.figures.clone());
    let stale = checked.figures.is_none() && figures.is_some();
    let (errors, said_changed) = use_shown_errors(&state, &checked.errors);
    use_steady_focus(said_changed);
    use_settled_state(&state, &may_autosave, &notices);
    use_effect_with(stale, |stale| browser::mark_stale(*stale));
    let wide = use_wide();
    let tools_shown = use_state(|| false);
    let chart_width = use_chart_width(wide);
    let (printing, onprint) = use_printing();
    {
        let (saved, notices, may_autosave) = (saved.clone(), notices.clone(), may_autosave.clone());
        let tools_shown = tools_shown.clone();
        let showing = (startup.opening.is_none()).then(|| encode(&state.draft));
        use_effect_with((), move |_| {
            browser::mark_ready();
            // Results first; what only matters later (charts, storage for a
            // page opened from a link, which can be slow to open) a moment
            // after.
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
    use_pause(&state.draft, &onaction);
    let query = encode(&state.draft);
    let onopen = open_callback(&state, &saved, &notices, &query);
    let name = state.draft.name.trim().to_string();
    let page = Page {
        state: &state,
        figures: figures.clone(),
        stale,
        errors: errors.clone(),
        all_errors: &checked.errors,
        onaction: &onaction,
        onopen: &onopen,
        wide,
        tools: *tools_shown,
        // On paper, charts are drawn as on a desk, whatever the window.
        chart_width: (*tools_shown).then_some(if printing { WIDE } else { chart_width }),
        printing,
    };
    let tabs = page.tabs();
    let active = page.active();
    let keep = (!embed).then(|| {
        html! {
            <KeepPanel shown={active == Tab::Keep} saved={(*saved).clone()} draft={state.draft.clone()}
                figures={checked.figures.clone()} query={AttrValue::from(query.clone())} name={AttrValue::from(name.clone())}
                on_list={{ let saved = saved.clone(); Callback::from(move |l| saved.set(l)) }}
                onopen={onopen.clone()} onprint={onprint.clone()} />
        }
    });
    let workspace = html! {
        <>
            <LinkNotice ignored={state.opened.ignored.clone()} newer_version={state.opened.newer_version.clone()}
                dropped={state.opened.dropped_words()} />
            <StorageNotice notices={(*notices).clone()} />
            if wide {
                <div class="app-workspace">
                    <section class="app-pilot" aria-label="Your pilot">
                        { page.pilot() }
                        // The workspace ends with the page, so the results
                        // beside it stay stuck to the top to the very end.
                        if !embed { { footer() } }
                    </section>
                    <section class="app-results-column" id={RESULTS_COLUMN} aria-labelledby="results-heading">
                        <div class="app-results-column__head">
                            <h2 class="nhsuk-u-visually-hidden" id="results-heading">{ "Results" }</h2>
                            { page.headlines() }
                            { page.stale_notice() }
                            <TabList tabs={tabs.clone()} active={active} onaction={onaction.clone()} label="Results" short=false />
                        </div>
                        <div class="app-results-column__body">
                            { page.panels(keep) }
                        </div>
                    </section>
                </div>
            } else {
                <div class="app-sticky">
                    { headline_bar(figures.as_ref().map(|f| (f.results.summary.npv, f.results.summary.payback_months)),
                        figures.as_ref().map_or(5, |f| f.scenario.years), stale) }
                    <TabList tabs={tabs.clone()} active={active} onaction={onaction.clone()} label="Parts of the calculator" short=true />
                </div>
                <div class="app-panels" id={RESULTS_COLUMN}>
                    <div role="tabpanel" id={panel_id(Tab::Pilot)} aria-labelledby={tab_id(Tab::Pilot)}
                        class="app-pilot" hidden={active != Tab::Pilot}>
                        { page.pilot() }
                    </div>
                    { page.panels(keep) }
                </div>
            }
        </>
    };
    if embed {
        embedded_page(&name, &query, workspace)
    } else {
        full_page(workspace, !wide)
    }
}

/// What every part of the page is drawn from, in one place.
struct Page<'a> {
    state: &'a State,
    /// The last figures the form gave, even while it has a problem.
    figures: Option<Rc<Figures>>,
    stale: bool,
    /// The problems the page says (not those still being typed).
    errors: Rc<Vec<FieldError>>,
    all_errors: &'a [FieldError],
    onaction: &'a Callback<Action>,
    onopen: &'a Callback<(Rc<Decoded>, String)>,
    wide: bool,
    /// The panels after the first figures: examples, print list, keeping.
    tools: bool,
    /// None until charts may be drawn, a moment after the figures.
    chart_width: Option<u32>,
    /// Every part's charts are drawn for paper.
    printing: bool,
}

impl Page<'_> {
    fn tabs(&self) -> Vec<Tab> {
        let mut tabs = Vec::new();
        if !self.wide {
            tabs.push(Tab::Pilot);
        }
        tabs.extend([Tab::Results, Tab::HowSure]);
        if !self.state.embed {
            tabs.push(Tab::Keep);
        }
        tabs
    }

    /// Beside the form, the results column shows Results for "Your pilot".
    fn active(&self) -> Tab {
        match self.state.tab {
            Tab::Pilot if self.wide => Tab::Results,
            Tab::Keep if self.state.embed => Tab::Results,
            tab => tab,
        }
    }

    fn pilot(&self) -> Html {
        let state = self.state;
        let onblank = {
            let onopen = self.onopen.clone();
            Callback::from(move |_| {
                onopen.emit((Rc::new(Decoded::default()), "a blank scenario".to_string()))
            })
        };
        let has_work = state.draft != Draft::default();
        html! {
            <>
                <ErrorSummary errors={(*self.errors).clone()} />
                if !state.embed {
                    { example_banner(state.example, has_work, onblank) }
                }
                <PilotForm draft={state.draft.clone()} errors={self.errors.clone()} removed={state.removed.clone()}
                    raising={self.raising()} onaction={self.onaction.clone()} onopen={self.onopen.clone()}
                    compact={state.embed} presets={self.tools && !state.embed} />
                if self.tools {
                    if let Some(f) = &self.figures {
                        <PrintInputs scenario={f.scenario.clone()} />
                    }
                }
            </>
        }
    }

    /// Lines whose pilot raised activity, by position.
    fn raising(&self) -> Rc<BTreeSet<usize>> {
        let lines = self.figures.as_ref().map(|f| &f.results.lines);
        Rc::new(
            lines
                .into_iter()
                .flatten()
                .enumerate()
                .filter(|(_, l)| l.raises_activity)
                .map(|(i, _)| i)
                .collect(),
        )
    }

    fn headlines(&self) -> Html {
        match &self.figures {
            Some(f) => html! {
                <Headlines summary={f.results.summary.clone()} years={f.scenario.years} stale={self.stale} />
            },
            None => html! {},
        }
    }

    fn stale_notice(&self) -> Html {
        match self.all_errors.first() {
            Some(first) if self.stale => {
                let onfix = {
                    let onaction = self.onaction.clone();
                    Callback::from(move |key: FieldKey| {
                        onaction.emit(Action::Show(Tab::Pilot));
                        browser::focus_soon(&super::input_id(&key));
                    })
                };
                stale_notice(first, self.all_errors.len(), onfix)
            }
            _ => html! {},
        }
    }

    fn panel(&self, tab: Tab, content: Html) -> Html {
        html! {
            <div role="tabpanel" id={panel_id(tab)} aria-labelledby={tab_id(tab)} tabindex="0"
                class="app-panel" hidden={self.active() != tab}>
                { content }
            </div>
        }
    }

    fn panels(&self, keep: Option<Html>) -> Html {
        let results_shown = self.active() == Tab::Results;
        let sure_shown = self.active() == Tab::HowSure;
        let results = match &self.figures {
            Some(f) => html! {
                <>
                    if !self.wide {
                        { self.stale_notice() }
                        { self.headlines() }
                    }
                    <ResultsPanel figures={f.clone()} compact={self.state.embed} printing={self.printing}
                        chart_width={self.chart_width.filter(|_| results_shown || self.printing)} />
                </>
            },
            None => self.waiting(),
        };
        let sure = match &self.figures {
            Some(f) => html! {
                <UncertaintyView scenario={f.scenario.clone()} npv={f.results.summary.npv}
                    chart_width={self.chart_width.filter(|_| sure_shown || self.printing)} />
            },
            None => self.waiting(),
        };
        html! {
            <>
                { self.panel(Tab::Results, results) }
                { self.panel(Tab::HowSure, sure) }
                if let Some(keep) = keep {
                    { self.panel(Tab::Keep, keep) }
                }
            </>
        }
    }

    /// A link opened with a problem: no figures yet to keep (SPEC §7).
    fn waiting(&self) -> Html {
        let n = self.all_errors.len();
        html! {
            <div class="nhsuk-inset-text" data-testid="results-waiting" role="status">
                <p>{ format!("Results will show when you fix the {} problem{} in the form.", n, if n == 1 { "" } else { "s" }) }</p>
            </div>
        }
    }
}

/// Printing, by the page's button or the browser's: every part's charts
/// are drawn at once for paper (a part not on show has none), then the
/// browser's dialog opens. The button's state asks for the dialog.
#[hook]
fn use_printing() -> (bool, Callback<()>) {
    let printing = use_state(|| false);
    let asked = use_state(|| false);
    {
        let printing = printing.clone();
        use_effect_with((), move |_| {
            let (on, off) = (printing.clone(), printing);
            browser::on_window("beforeprint", move || on.set(true));
            browser::on_window("afterprint", move || off.set(false));
        });
    }
    {
        let (asked, printing) = (asked.clone(), printing.clone());
        use_effect_with(*asked, move |now| {
            // The charts are drawn in the render that set `asked`; the
            // dialog holds the page until it is closed.
            if *now {
                asked.set(false);
                browser::print();
                printing.set(false);
            }
        });
    }
    let ask = {
        let (printing, asked) = (printing.clone(), asked.clone());
        Callback::from(move |_| {
            printing.set(true);
            asked.set(true);
        })
    };
    (*printing || *asked, ask)
}

/// The newest valid figures: those of the draft, or while it has a
/// problem the last it had (SPEC §7).
#[hook]
fn use_last_figures(now: Option<Rc<Figures>>) -> Option<Rc<Figures>> {
    let last = use_mut_ref(|| None::<Rc<Figures>>);
    if let Some(figures) = now {
        *last.borrow_mut() = Some(figures);
    }
    let figures = last.borrow().clone();
    figures
}

/// The problems the page says: all but new ones in a field still being
/// typed in (or never visited, on a line just added). A problem once said
/// stays said while its field is edited. Also whether that changed.
#[hook]
fn use_shown_errors(state: &State, errors: &[FieldError]) -> (Rc<Vec<FieldError>>, bool) {
    let said = use_mut_ref(BTreeSet::<FieldKey>::new);
    let shown: Vec<FieldError> = errors
        .iter()
        .filter(|e| !state.is_quiet(&e.key) || said.borrow().contains(&e.key))
        .cloned()
        .collect();
    // Inserted one by one: collecting a set sorts first, and a sort costs
    // the page kilobytes.
    let mut keys = BTreeSet::new();
    for e in &shown {
        keys.insert(e.key.clone());
    }
    let changed = *said.borrow() != keys;
    *said.borrow_mut() = keys;
    (use_memo(shown, Clone::clone), changed)
}

/// A message appearing above the field being typed in (or the error
/// summary at the top) must not move that field: where the page's messages
/// change, the window scrolls by as much as the field moved (SPEC §7).
#[hook]
fn use_steady_focus(changing: bool) {
    let before = use_mut_ref(|| None::<f64>);
    if changing {
        *before.borrow_mut() = browser::focused_top();
    }
    use_effect(move || {
        if let Some(top) = before.borrow_mut().take() {
            browser::keep_focused_at(top);
        }
    });
}

/// Once typing pauses, a problem in the field being typed in is said.
#[hook]
fn use_pause(draft: &Draft, onaction: &Callback<Action>) {
    let onaction = onaction.clone();
    use_effect_with(draft.clone(), move |_| {
        let pending = Timeout::new(PAUSE_MS, move || onaction.emit(Action::Pause));
        move || drop(pending)
    });
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
        browser::focus_soon("page-notice");
    })
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

fn footer() -> Html {
    html! {
        <footer class="app-footer">
            <p class="nhsuk-body-s">
                { "This calculator runs in your browser. Nothing you enter is sent anywhere: the scenario lives in the page address, so a link shares it, and in this browser's storage, so it is here when you come back." }
            </p>
        </footer>
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
