use std::rc::Rc;

use yew::prelude::*;

use crate::browser;
use crate::components::form::pilot_form::PilotForm;
use crate::components::form::print_inputs::print_slot;
use crate::components::frame::headline_bar::headline_bar;
use crate::components::frame::stale_notice::stale_notice;
use crate::components::frame::tab_list::{panel_id, tab_id, tab_list};
use crate::components::how_sure::evidence_view::EvidenceView;
use crate::components::how_sure::uncertainty::UncertaintyView;
use crate::components::input_id;
use crate::components::keep::keep_slot::KeepSlot;
use crate::components::results::headlines;
use crate::components::results::results_panel::ResultsPanel;
use crate::components::who_gains::parties_view::PartiesView;
use crate::hooks::use_chart_width::RESULTS_COLUMN;
use crate::keep::state::Keeping;
use crate::link::Decoded;
use crate::model::{FieldError, FieldKey, Figures, LineResult};
use crate::state::{Action, Printing, State, Tab};

#[derive(PartialEq, Properties)]
pub struct WorkspaceProps {
    pub state: Rc<State>,
    /// The draft as its link's query string.
    pub query: AttrValue,
    /// The last draft without a problem, as its query: what print lists
    /// and the charts are drawn for.
    pub printed: AttrValue,
    /// The last figures the form gave, even while it has a problem.
    pub figures: Option<Rc<Figures>>,
    /// The form's figures now: None while it has a problem.
    pub current: Option<Rc<Figures>>,
    /// The problems the page says (not those still being typed).
    pub errors: Rc<Vec<FieldError>>,
    /// Every problem the form has.
    pub problems: Rc<Vec<FieldError>>,
    pub keeping: Rc<Keeping>,
    /// The form and the results side by side.
    pub wide: bool,
    pub chart_width: u32,
    pub onaction: Callback<Action>,
    pub onkeep: Callback<crate::keep::state::KeepAction>,
    pub onopen: Callback<(Rc<Decoded>, String)>,
}

/// The form and the results: side by side on a wide screen, the results
/// stuck to the window with the headline figures at their top; on a phone
/// one part at a time under a bar with npv and payback (SPEC §6).
#[component]
pub fn Workspace(props: &WorkspaceProps) -> Html {
    let tabs = tabs(props);
    let active = active(props);
    let onaction = &props.onaction;
    if props.wide {
        html! {
            <div class="app-workspace">
                <section class="app-pilot" aria-label="Your pilot">
                    { pilot(props) }
                    // The workspace ends with the page, so the results
                    // beside it stay stuck to the top to the very end.
                    if !props.state.embed { { footer() } }
                </section>
                <section class="app-results-column" id={RESULTS_COLUMN} aria-labelledby="results-heading">
                    <div class="app-results-column__head">
                        <h2 class="nhsuk-u-visually-hidden" id="results-heading">{ "Results" }</h2>
                        { headlines(props) }
                        { stale(props) }
                        { tab_list(tabs, active, onaction, "Results", false) }
                    </div>
                    <div class="app-results-column__body">{ panels(props) }</div>
                </section>
            </div>
        }
    } else {
        let bar = props.figures.as_ref().map(|f| &f.results.summary);
        let years = props.figures.as_ref().map_or(5, |f| f.scenario.years);
        html! {
            <>
                <div class="app-sticky">
                    { headline_bar(bar, years, is_stale(props)) }
                    { tab_list(tabs, active, onaction, "Parts of the calculator", true) }
                </div>
                <div class="app-panels" id={RESULTS_COLUMN}>
                    <div role="tabpanel" id={panel_id(Tab::Pilot)} aria-labelledby={tab_id(Tab::Pilot)}
                        class="app-pilot" hidden={active != Tab::Pilot}>
                        { pilot(props) }
                    </div>
                    { panels(props) }
                </div>
            </>
        }
    }
}

/// The page's footer: under the form beside the results, else at the end.
pub fn footer() -> Html {
    html! {
        <footer class="app-footer">
            <p class="nhsuk-body-s">
                { "This calculator runs in your browser. Nothing you enter is sent anywhere: the scenario lives in the page address, so a link shares it, and in this browser's storage, so it is here when you come back." }
            </p>
        </footer>
    }
}

fn tabs(props: &WorkspaceProps) -> Vec<Tab> {
    let mut tabs = Vec::new();
    if !props.wide {
        tabs.push(Tab::Pilot);
    }
    tabs.extend([Tab::Results, Tab::HowSure, Tab::Parties]);
    if !props.state.embed {
        tabs.push(Tab::Keep);
    }
    tabs
}

/// Beside the form, the results column shows Results for "Your pilot".
fn active(props: &WorkspaceProps) -> Tab {
    match props.state.tab {
        Tab::Pilot if props.wide => Tab::Results,
        Tab::Keep if props.state.embed => Tab::Results,
        tab => tab,
    }
}

/// The figures shown are the last valid ones, not the form's (SPEC §7).
fn is_stale(props: &WorkspaceProps) -> bool {
    props.current.is_none() && props.figures.is_some()
}

fn printing(props: &WorkspaceProps) -> bool {
    props.state.printing != Printing::No
}

/// Whether every part's views are drawn, hidden where not on show, so that
/// print, the page's button or the browser's own, only shows them: while
/// printing, and once typing has paused on the scenario on the page. At
/// print nothing is then drawn anew (at the width on screen, too), since
/// the browser takes its copy before all that would be (issue 29).
fn for_paper(props: &WorkspaceProps) -> bool {
    printing(props) || (props.state.painted && props.state.settled == props.query.as_str())
}

/// The width to draw a part's charts at: none before the first figures are
/// painted or while the part is put away; on paper, as on a desk.
fn chart_width(props: &WorkspaceProps, tab: Tab) -> Option<u32> {
    let wanted =
        printing(props) || (props.state.painted && (active(props) == tab || for_paper(props)));
    wanted.then_some(props.chart_width)
}

fn pilot(props: &WorkspaceProps) -> Html {
    let state = &props.state;
    html! {
        <>
            <PilotForm draft={state.draft.clone()} errors={props.errors.clone()} removed={state.removed.clone()} restored={state.restored}
                results={line_results(props)} example={state.example} onaction={props.onaction.clone()}
                onopen={props.onopen.clone()} compact={state.embed} later={state.painted} />
            // Drawn only for paper: not on every edit.
            if for_paper(props) && props.figures.is_some() {
                { print_slot(&props.printed) }
            }
        </>
    }
}

/// Each line's last valid figures, for the warnings beside its inputs.
fn line_results(props: &WorkspaceProps) -> Rc<Vec<LineResult>> {
    Rc::new(
        props
            .figures
            .as_ref()
            .map(|f| f.results.lines.clone())
            .unwrap_or_default(),
    )
}

fn headlines(props: &WorkspaceProps) -> Html {
    match &props.figures {
        Some(f) => html! {
            { headlines::headlines(&f.results.summary, f.scenario.years, is_stale(props)) }
        },
        None => html! {},
    }
}

fn stale(props: &WorkspaceProps) -> Html {
    match props.problems.first() {
        Some(first) if is_stale(props) => {
            let onaction = props.onaction.clone();
            let onfix = Callback::from(move |key: FieldKey| {
                onaction.emit(Action::Show(Tab::Pilot));
                browser::focus_soon(&input_id(&key));
            });
            stale_notice(first, props.problems.len(), onfix)
        }
        _ => html! {},
    }
}

fn panel(props: &WorkspaceProps, tab: Tab, content: Html) -> Html {
    html! {
        <div role="tabpanel" id={panel_id(tab)} aria-labelledby={tab_id(tab)} tabindex="0"
            class="app-panel" hidden={active(props) != tab}>
            { content }
        </div>
    }
}

fn panels(props: &WorkspaceProps) -> Html {
    let results = match &props.figures {
        Some(f) => html! {
            <>
                if !props.wide {
                    { stale(props) }
                    { headlines(props) }
                }
                <ResultsPanel figures={f.clone()} query={props.printed.clone()} compact={props.state.embed} printing={printing(props)}
                    typed_lines={props.state.draft.lines.len()}
                    chart_width={chart_width(props, Tab::Results)} />
            </>
        },
        None => waiting(props),
    };
    let sure = match &props.figures {
        Some(f) => html! {
            <>
                <UncertaintyView scenario={f.scenario.clone()} query={props.printed.clone()}
                    chart_width={chart_width(props, Tab::HowSure)} />
                <EvidenceView scenario={f.scenario.clone()} query={props.printed.clone()}
                    chart_width={chart_width(props, Tab::HowSure)} onaction={props.onaction.clone()} />
            </>
        },
        None => waiting(props),
    };
    let parties = match &props.figures {
        Some(f) => html! {
            <PartiesView figures={f.clone()} query={props.printed.clone()} chart_width={chart_width(props, Tab::Parties)}
                onaction={props.onaction.clone()} />
        },
        None => waiting(props),
    };
    html! {
        <>
            { panel(props, Tab::Results, results) }
            { panel(props, Tab::HowSure, sure) }
            { panel(props, Tab::Parties, parties) }
            if !props.state.embed {
                { panel(props, Tab::Keep, keep(props)) }
            }
        </>
    }
}

/// "Share and keep", drawn the first time it is shown.
fn keep(props: &WorkspaceProps) -> Html {
    if !props.state.seen.contains(&Tab::Keep) {
        return html! {};
    }
    let onaction = props.onaction.clone();
    html! {
        <KeepSlot query={props.query.clone()} saved={props.keeping.saved.clone()} onkeep={props.onkeep.clone()}
            onopen={props.onopen.clone()}
            onprint={Callback::from(move |_| onaction.emit(Action::Print(Printing::Asked)))} />
    }
}

/// A link opened with a problem: no figures yet to keep (SPEC §7).
fn waiting(props: &WorkspaceProps) -> Html {
    let n = props.problems.len();
    html! {
        <div class="nhsuk-inset-text" data-testid="results-waiting" role="status">
            <p>{ format!("Results will show when you fix the {} problem{} in the form.", n, if n == 1 { "" } else { "s" }) }</p>
        </div>
    }
}
