//! Component tests in headless Chromium (wasm-bindgen-test): the line editor
//! and the results tables, mounted alone and read back from the real DOM.
#![cfg(target_arch = "wasm32")]

mod groups;

use std::cell::RefCell;
use std::rc::Rc;

use pilot_savings::components::form::line_editor::{LineEditor, LineEditorProps, LineNotes};
use pilot_savings::components::results::line_table::line_table;
use pilot_savings::components::results::year_table::year_table;
use pilot_savings::link::decode;
use pilot_savings::model::{project, LineDraft};
use pilot_savings::state::Action;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlInputElement};
use yew::{component, BaseComponent, Callback, Html, Properties};

wasm_bindgen_test_configure!(run_in_browser);

/// SPEC §10's worked example, frozen.
const WORKED: &str = "?v=1&name=Bassetlaw%20PCH&pop=40000&l1.kind=rate&l1.name=Dermatology&l1.base=26&l1.after=6&l1.unit=120&l1.appts=6&l1.appt_cost=35&l2.kind=observed&l2.name=Care%20home%20pharmacist&l2.saved=230000&l2.months=12&l2.annual=45000&l3.kind=cost&l3.name=PCH%20running%20costs&l3.per_patient=1";

async fn mount<C: BaseComponent>(props: C::Properties) -> Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<C>::with_root_and_props(root.clone(), props).render();
    settle().await;
    root
}

#[derive(PartialEq, Properties)]
struct ViewProps {
    view: Html,
}

/// Mounts a view function's output, as the page's components do.
#[component]
fn View(props: &ViewProps) -> Html {
    props.view.clone()
}

/// Lets Yew's scheduler render before the DOM is read.
async fn settle() {
    gloo_timers::future::TimeoutFuture::new(10).await;
}

fn labels(root: &Element) -> Vec<String> {
    let list = root.query_selector_all("label").unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.text_content())
        .collect()
}

fn text(root: &Element, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
        .text_content()
        .unwrap_or_default()
}

fn attr(root: &Element, selector: &str, name: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
        .get_attribute(name)
        .unwrap_or_default()
}

/// A line editor's props for the worked example's population, no errors.
fn editor(index: usize, line: LineDraft, onaction: Callback<Action>) -> LineEditorProps {
    LineEditorProps {
        index,
        line,
        errors: Vec::new(),
        notes: LineNotes::default(),
        onaction,
        compact: false,
        fy: 2017,
        pop: Some(40_000.0),
        restored: false,
        grouping: Default::default(),
    }
}

/// A line's input as links name it (`after`, `after.lo`).
fn input(name: &str) -> pilot_savings::model::Input {
    pilot_savings::model::Input::parse(name).unwrap()
}

/// A field as links name it (`pop`, `l2.after`).
fn field(name: &str) -> pilot_savings::model::FieldKey {
    pilot_savings::model::FieldKey::parse(name).unwrap()
}

fn recorder() -> (Rc<RefCell<Vec<Action>>>, Callback<Action>) {
    let seen = Rc::new(RefCell::new(Vec::new()));
    let sink = seen.clone();
    (seen, Callback::from(move |a| sink.borrow_mut().push(a)))
}

fn worked_line(n: usize) -> LineDraft {
    decode(WORKED).draft.lines[n].clone()
}

#[wasm_bindgen_test]
async fn a_rate_line_shows_only_its_inputs_with_the_typed_text() {
    let (_, onaction) = recorder();
    let root = mount::<LineEditor>(editor(0, worked_line(0), onaction)).await;
    let labels = labels(&root);
    assert!(
        labels.contains(&"Rate before the pilot".to_string()),
        "{labels:?}"
    );
    assert!(labels.contains(&"Rate with the pilot".to_string()));
    assert!(!labels.contains(&"Events a year before the pilot".to_string()));
    assert_eq!(
        root.query_selector("h3")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap(),
        "Line 1: Dermatology"
    );
    let after: HtmlInputElement = root
        .query_selector("#input-l1\\.after")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    assert_eq!(after.value(), "6");
    assert_eq!(after.get_attribute("inputmode").as_deref(), Some("decimal"));
}

#[wasm_bindgen_test]
async fn typing_in_a_line_sends_the_text_as_typed() {
    let (seen, onaction) = recorder();
    let root = mount::<LineEditor>(editor(1, worked_line(1), onaction)).await;
    let saved: HtmlInputElement = root
        .query_selector("#input-l2\\.saved")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    saved.set_value("£1,200");
    let event = web_sys::InputEvent::new("input").unwrap();
    saved.dispatch_event(&event).unwrap();
    settle().await;
    assert_eq!(
        seen.borrow().last(),
        Some(&Action::SetLine {
            line: 1,
            input: input("saved"),
            text: "£1,200".into()
        })
    );
}

#[wasm_bindgen_test]
async fn a_line_shows_its_errors_beside_the_field() {
    let (_, onaction) = recorder();
    let mut link = decode("?l1.kind=count&l1.pct=140");
    let errors = link.draft.check().unwrap_err();
    // The last valid figures were of a pilot that raised activity.
    let raised = decode("?l1.kind=rate&l1.base=5&l1.after=10&l1.unit=100")
        .draft
        .check()
        .unwrap();
    let line = link.draft.lines.remove(0);
    let notes = LineNotes::of(&line, 0, &project(&raised).lines[0]);
    let root = mount::<LineEditor>(LineEditorProps {
        errors,
        notes,
        ..editor(0, line, onaction)
    })
    .await;
    let error = root
        .query_selector("[data-testid='error-l1.pct']")
        .unwrap()
        .unwrap();
    assert!(error
        .text_content()
        .unwrap()
        .contains("reduction must be between 0% and 100%"));
    let input: HtmlInputElement = root
        .query_selector("#input-l1\\.pct")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    assert_eq!(input.value(), "140");
    assert!(root
        .query_selector("[data-testid='warning-l1']")
        .unwrap()
        .is_some());
}

#[wasm_bindgen_test]
async fn the_year_table_shows_the_worked_example() {
    let scenario = decode(WORKED).draft.check().unwrap();
    let results = project(&scenario);
    let root = mount::<View>(ViewProps {
        view: year_table(&results.years, 2017),
    })
    .await;
    assert_eq!(root.query_selector_all("tbody tr").unwrap().length(), 5);
    assert_eq!(
        attr(
            &root,
            "[data-testid='year-2'] [data-col='net']",
            "data-value"
        ),
        "188080"
    );
    assert_eq!(
        attr(
            &root,
            "[data-testid='year-1'] [data-col='reinvest']",
            "data-value"
        ),
        "0"
    );
    assert_eq!(
        attr(
            &root,
            "[data-testid='year-2'] [data-col='reinvest']",
            "data-value"
        ),
        "94040"
    );
    let first = root
        .query_selector("[data-testid='year-1'] th")
        .unwrap()
        .unwrap();
    assert_eq!(first.text_content().unwrap(), "2017/18");
    let gross = root
        .query_selector("[data-testid='year-3'] [data-col='gross']")
        .unwrap()
        .unwrap();
    assert_eq!(gross.text_content().unwrap(), "£326,000");
}

#[wasm_bindgen_test]
async fn the_line_table_shows_break_even_rates() {
    let scenario = decode(WORKED).draft.check().unwrap();
    let results = project(&scenario);
    let root = mount::<View>(ViewProps {
        view: line_table(&scenario, &results),
    })
    .await;
    assert_eq!(
        attr(
            &root,
            "[data-testid='line-1'] [data-col='events']",
            "data-value"
        ),
        "800"
    );
    assert_eq!(
        attr(
            &root,
            "[data-testid='line-1'] [data-col='breakeven']",
            "data-value"
        ),
        "14.975"
    );
    assert_eq!(
        attr(
            &root,
            "[data-testid='line-2'] [data-col='breakeven']",
            "data-value"
        ),
        ""
    );
    assert_eq!(
        attr(
            &root,
            "[data-testid='line-3'] [data-col='net']",
            "data-value"
        ),
        "-40000"
    );
    let cell = root
        .query_selector("[data-testid='line-1'] [data-col='breakeven']")
        .unwrap()
        .unwrap();
    assert_eq!(cell.text_content().unwrap(), "15.0");
    // SPEC §2.7: six 10-minute appointments a day; no step, so no units.
    let cell = |col: &str| text(&root, &format!("[data-testid='line-1'] [data-col='{col}']"));
    assert_eq!(cell("hours"), "252");
    assert_eq!(cell("wte"), "0.13");
    assert_eq!(cell("sessions"), "1.2");
    assert_eq!(
        attr(
            &root,
            "[data-testid='line-2'] [data-col='hours']",
            "data-value"
        ),
        ""
    );
    assert_eq!(cell("steps"), "\u{2014}");
}

#[wasm_bindgen_test]
async fn the_embedded_line_folds_its_costs_and_opens_them_for_an_error() {
    let (_, onaction) = recorder();
    let folded = |errors: Vec<pilot_savings::model::FieldError>, onaction| LineEditorProps {
        errors,
        compact: true,
        ..editor(0, worked_line(0), onaction)
    };
    let root = mount::<LineEditor>(folded(Vec::new(), onaction.clone())).await;
    let details = costs_fold(&root);
    assert!(!details.has_attribute("open"), "folded with no error");
    assert!(
        details
            .query_selector("[id='input-l1.appt_cost']")
            .unwrap()
            .is_some(),
        "costs are inside the fold"
    );
    assert!(
        root.query_selector("details [id='input-l1.after']")
            .unwrap()
            .is_none(),
        "saving inputs stay in view"
    );
    let error = pilot_savings::model::FieldError {
        key: field("l1.annual"),
        message: "Line 1: running cost must be a number".into(),
    };
    let root = mount::<LineEditor>(folded(vec![error], onaction)).await;
    let details = costs_fold(&root);
    assert!(details.has_attribute("open"), "opened to show the error");
    let shown = root
        .query_selector("[data-testid='error-l1.annual']")
        .unwrap()
        .and_then(|e| e.text_content())
        .unwrap_or_default();
    assert!(shown.contains("running cost must be a number"), "{shown}");
}

/// The embedded line's fold that holds its costs (another holds how the
/// saving is paid for).
fn costs_fold(root: &Element) -> Element {
    let folds = root.query_selector_all("details.app-fold").unwrap();
    (0..folds.length())
        .filter_map(|i| folds.item(i))
        .filter_map(|n| n.dyn_into::<Element>().ok())
        .find(|d| d.text_content().unwrap_or_default().contains("Costs"))
        .expect("a fold of costs")
}

#[wasm_bindgen_test]
async fn a_line_that_costs_the_nhs_more_than_it_saves_says_so() {
    let (seen, onaction) = recorder();
    let results = project(&decode(WORKED).draft.check().unwrap());
    let root = mount::<LineEditor>(LineEditorProps {
        notes: LineNotes::of(&worked_line(0), 0, &results.lines[0]),
        ..editor(0, worked_line(0), onaction)
    })
    .await;
    let warning = root
        .query_selector("[data-testid='nhs-loses-l1']")
        .unwrap()
        .and_then(|e| e.text_content())
        .unwrap_or_default();
    assert!(
        warning.contains("The commissioner gains £43,080 a year from this line, but the NHS as a whole loses £4,920 a year"),
        "{warning}"
    );
    // Per case at full price is chosen; a block payment sends `paid` 0.
    let per_case: HtmlInputElement = root
        .query_selector("[id='input-l1.paid-100']")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    assert!(per_case.checked());
    let block: HtmlInputElement = root
        .query_selector("[id='input-l1.paid-0']")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    block.click();
    settle().await;
    assert_eq!(
        seen.borrow().last(),
        Some(&Action::SetLine {
            line: 0,
            input: input("paid"),
            text: "0".into()
        })
    );
    // The share of cost avoided shows its default for a line of events.
    let avoid: HtmlInputElement = root
        .query_selector("[id='input-l1.avoid']")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    assert_eq!(avoid.value(), "50");
    // And primary care can pay its costs.
    let primary: HtmlInputElement = root
        .query_selector("[id='input-l1.funder-primary']")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    primary.click();
    settle().await;
    assert_eq!(
        seen.borrow().last(),
        Some(&Action::SetFunder {
            line: 0,
            text: "primary".into()
        })
    );
}

#[wasm_bindgen_test]
async fn a_spending_line_avoids_all_its_cost_unless_told() {
    let (_, onaction) = recorder();
    let root = mount::<LineEditor>(editor(1, worked_line(1), onaction)).await;
    let avoid: HtmlInputElement = root
        .query_selector("[id='input-l2.avoid']")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    assert_eq!(avoid.value(), "100");
}

/// What a view asked: its kind and first text.
type Asked = Rc<RefCell<Vec<(String, String)>>>;

/// What a view drawn by the views module asks of the page, recorded, as
/// `messages::events` sends it (`(slot, kind, a, b)`).
fn events() -> (Asked, pilot_savings::messages::events::Events) {
    use wasm_bindgen::closure::Closure;
    let seen = Rc::new(RefCell::new(Vec::new()));
    let sink = seen.clone();
    let record = Closure::<dyn Fn(u32, String, String, String)>::new(move |_, kind, a, _| {
        sink.borrow_mut().push((kind, a));
    });
    let function = record.as_ref().unchecked_ref::<js_sys::Function>().clone();
    record.forget();
    (
        seen,
        pilot_savings::messages::events::Events { function, slot: 1 },
    )
}

#[wasm_bindgen_test]
async fn a_suggested_unit_cost_fills_the_input_and_says_its_source_and_age() {
    use pilot_savings::components::form::unit_cost_suggestions::{
        UnitCostSuggestions, UnitCostSuggestionsProps,
    };
    // The line leaves room beside the unit cost for the views module.
    let (_, onaction) = recorder();
    let root = mount::<LineEditor>(editor(0, worked_line(0), onaction)).await;
    let unit = root
        .query_selector("[id='input-l1.unit']")
        .unwrap()
        .expect("unit cost");
    let group = unit
        .closest(".nhsuk-form-group")
        .unwrap()
        .expect("its group");
    let room = group.next_element_sibling().expect("room after it");
    assert_eq!(room.class_name(), "app-view");
    // What the module draws there.
    let (seen, events) = events();
    let props = |value: Option<&str>| UnitCostSuggestionsProps {
        field: field("l1.unit"),
        input: pilot_savings::model::LineKey::Unit,
        value: value.map(|v| v.to_string().into()),
        fy: 2026,
        minutes: 10.0,
        events: events.clone(),
    };
    let root = mount::<UnitCostSuggestions>(props(Some("120"))).await;
    let suggest = root
        .query_selector("[data-testid='suggest-l1.unit']")
        .unwrap()
        .expect("suggestions beside the unit cost");
    suggest.set_attribute("open", "").unwrap();
    settle().await;
    let button = root
        .query_selector("[data-testid='use-l1.unit-ae-attend']")
        .unwrap()
        .expect("an emergency department attendance offered once opened");
    let text = suggest.text_content().unwrap();
    assert!(
        text.contains("Emergency department attendance, all types reported by NHS trusts£280.17 at 2024/25 prices; £295.05 at 2026/27 prices.Source: National Cost Collection 2024/25, national schedule."),
        "{text}"
    );
    assert_eq!(button.text_content().unwrap(), "Use £295.05: Emergency department attendance, all types reported by NHS trusts, at 2026/27 prices");
    button.unchecked_ref::<web_sys::HtmlElement>().click();
    assert_eq!(
        seen.borrow().last(),
        Some(&("pick".to_string(), "295.05".to_string()))
    );
    // The page puts the figure in the line; its source is then said. £120
    // is the user's own: no source.
    assert!(root
        .query_selector("[data-testid='source-l1.unit']")
        .unwrap()
        .is_none());
    // The published figure is recognised too, with one step to today's prices.
    let root = mount::<UnitCostSuggestions>(props(Some("280.17"))).await;
    let source = root
        .query_selector("[data-testid='source-l1.unit']")
        .unwrap()
        .expect("the source of £280.17");
    let text = source.text_content().unwrap();
    assert!(text.starts_with("£280.17 is the national figure “Emergency department attendance, all types reported by NHS trusts” (National Cost Collection 2024/25, national schedule) at 2024/25 prices. At the prices of 2026/27, it is £295.05."), "{text}");
    source
        .query_selector("[data-testid='use-now-l1.unit']")
        .unwrap()
        .expect("one step to 2026/27 prices")
        .unchecked_ref::<web_sys::HtmlElement>()
        .click();
    assert_eq!(
        seen.borrow().last(),
        Some(&("pick".to_string(), "295.05".to_string()))
    );
}

#[wasm_bindgen_test]
async fn not_sure_opens_a_lowest_and_highest_and_the_pilot_offers_its_range() {
    let (seen, onaction) = recorder();
    let mut line = worked_line(0);
    line.values.insert(input("pilot_months"), "3".into());
    let root = mount::<LineEditor>(editor(0, line, onaction)).await;
    // Folded away, and nothing drawn inside, until wanted.
    assert!(root
        .query_selector("#input-l1\\.after\\.lo")
        .unwrap()
        .is_none());
    let range = root
        .query_selector("[data-testid='range-l1.after']")
        .unwrap()
        .expect("I'm not sure under the rate");
    range.set_attribute("open", "").unwrap();
    settle().await;
    let shown = labels(&range);
    assert_eq!(
        shown,
        ["Lowest rate with the pilot", "Highest rate with the pilot"]
    );
    let lo = root
        .query_selector("#input-l1\\.after\\.lo")
        .unwrap()
        .expect("the lowest input once opened")
        .unchecked_into::<HtmlInputElement>();
    lo.set_value("4");
    lo.dispatch_event(&web_sys::InputEvent::new("input").unwrap())
        .unwrap();
    assert_eq!(
        seen.borrow().last(),
        Some(&Action::SetLine {
            line: 0,
            input: input("after.lo"),
            text: "4".into()
        })
    );
    // 40,000 patients at 6 per 1,000 for 3 months: 60 events.
    assert_eq!(attr(&root, "[data-testid='evidence-l1']", "data-n"), "60");
    root.query_selector("[data-testid='evidence-l1-use']")
        .unwrap()
        .expect("Use this range")
        .unchecked_ref::<web_sys::HtmlElement>()
        .click();
    assert_eq!(
        seen.borrow().last(),
        Some(&Action::SetRange {
            line: 0,
            key: pilot_savings::model::LineKey::After,
            lo: "4.57".into(),
            hi: "7.73".into()
        })
    );
}

#[wasm_bindgen_test]
async fn the_tabs_show_one_part_and_move_with_the_arrow_keys() {
    use pilot_savings::components::frame::tab_list::tab_list;
    use pilot_savings::state::Tab;
    let (seen, onaction) = recorder();
    let tabs = vec![Tab::Pilot, Tab::Results, Tab::HowSure, Tab::Keep];
    let root = mount::<View>(ViewProps {
        view: tab_list(
            tabs,
            Tab::Results,
            &onaction,
            "Parts of the calculator",
            true,
        ),
    })
    .await;
    let selected: Vec<String> = (0..4)
        .map(|i| {
            let tab = root
                .query_selector_all("[role='tab']")
                .unwrap()
                .item(i)
                .unwrap();
            let tab: Element = tab.dyn_into().unwrap();
            format!(
                "{}:{}:{}",
                tab.id(),
                tab.get_attribute("aria-selected").unwrap_or_default(),
                tab.get_attribute("tabindex").unwrap_or_default()
            )
        })
        .collect();
    assert_eq!(
        selected,
        [
            "tab-pilot:false:-1",
            "tab-results:true:0",
            "tab-how-sure:false:-1",
            "tab-keep:false:-1"
        ]
    );
    // "Share" on a phone; a screen reader hears "Share and keep".
    assert_eq!(attr(&root, "#tab-keep", "aria-controls"), "panel-keep");
    let keep = root.query_selector("#tab-keep").unwrap().unwrap();
    assert_eq!(keep.text_content().unwrap(), "Share and keep");
    let list = root.query_selector("[role='tablist']").unwrap().unwrap();
    for (key, expected) in [
        ("ArrowRight", Tab::HowSure),
        ("ArrowLeft", Tab::Pilot),
        ("End", Tab::Keep),
        ("Home", Tab::Pilot),
    ] {
        let init = web_sys::KeyboardEventInit::new();
        init.set_key(key);
        init.set_bubbles(true);
        let event =
            web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
        list.dispatch_event(&event).unwrap();
        assert_eq!(seen.borrow().last(), Some(&Action::Show(expected)), "{key}");
    }
}

#[wasm_bindgen_test]
async fn a_removed_line_says_so_takes_the_focus_and_can_be_put_back() {
    use pilot_savings::components::form::removed_notice::{RemovedNotice, RemovedNoticeProps};
    let (seen, onaction) = recorder();
    let root = mount::<RemovedNotice>(RemovedNoticeProps {
        n: 2,
        name: "Care home pharmacist".into(),
        can_undo: true,
        onaction,
    })
    .await;
    let notice = root
        .query_selector("[data-testid='removed-notice']")
        .unwrap()
        .unwrap();
    assert_eq!(
        notice
            .query_selector("p")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap(),
        "Line 2, Care home pharmacist, removed."
    );
    // The notice takes the focus in an effect, which a loaded machine may
    // run after the first look: wait for it (a second at most), as the
    // page's own focus lands, rather than for a fixed time.
    let focused = || {
        web_sys::window()
            .unwrap()
            .document()
            .unwrap()
            .active_element()
            .unwrap()
    };
    for _ in 0..100 {
        if focused() == notice {
            break;
        }
        settle().await;
    }
    assert_eq!(
        focused(),
        notice,
        "the focus is on the notice, not the next Remove button"
    );
    let undo: web_sys::HtmlElement = root
        .query_selector("[data-testid='undo-remove']")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    assert_eq!(undo.text_content().unwrap(), "Undo: put line 2 back");
    undo.click();
    settle().await;
    assert_eq!(seen.borrow().last(), Some(&Action::UndoRemove));
}

/// The page's reducer: a line added from the form waits for its figures
/// without an error said, removing and undoing keep every line's text.
#[wasm_bindgen_test]
fn the_state_quietens_new_blanks_and_undoes_a_removal() {
    use pilot_savings::model::Kind;
    use pilot_savings::state::State;
    use yew::Reducible;
    let state = Rc::new(State::opened(decode(WORKED)));
    let state = state.reduce(Action::AddLine(Kind::Count));
    assert_eq!(state.draft.lines[3].text(input("events")), Some(""));
    assert!(state.is_quiet(&field("l4.events")) && state.is_quiet(&field("l4.unit")));
    assert!(!state.is_quiet(&field("l1.after")));
    // Typing in a field quietens it until typing pauses or it is left.
    let state = state.reduce(Action::SetLine {
        line: 0,
        input: input("after"),
        text: "".into(),
    });
    assert!(state.is_quiet(&field("l1.after")) && state.is_quiet(&field("l1.after.lo")));
    let state = state.reduce(Action::Pause);
    assert!(!state.is_quiet(&field("l1.after")));
    let state = state.reduce(Action::Leave(field("l4.events")));
    assert!(!state.is_quiet(&field("l4.events")) && state.is_quiet(&field("l4.pct")));
    // Removing line 2 moves line 4's quiet fields to line 3; Undo back.
    let state = state.reduce(Action::RemoveLine(1));
    assert_eq!(state.draft.lines.len(), 3);
    assert!(state.is_quiet(&field("l3.pct")) && !state.is_quiet(&field("l4.pct")));
    let state = state.reduce(Action::UndoRemove);
    assert_eq!(state.draft.lines[1].text(input("saved")), Some("230000"));
    assert!(state.is_quiet(&field("l4.pct")));
    assert_eq!(state.removed, None);
}

#[wasm_bindgen_test]
async fn a_line_of_referrals_takes_a_step_and_says_what_it_frees() {
    let (_, onaction) = recorder();
    let link = decode(&format!("{WORKED}&l1.step=552&l1.step_cost=30000"));
    let scenario = link.draft.check().unwrap();
    let line = link.draft.lines[0].clone();
    let root = mount::<LineEditor>(LineEditorProps {
        notes: LineNotes::of(&line, 0, &project(&scenario).lines[0]),
        ..editor(0, line, onaction)
    })
    .await;
    let shown = labels(&root);
    for label in [
        "Events that free one unit the provider can remove",
        "What removing one unit saves a year",
        "Minutes per appointment",
    ] {
        assert!(shown.contains(&label.to_string()), "{shown:?}");
    }
    let words = text(&root, "[data-testid='steps-l1']");
    assert!(
        words.contains("1 whole unit can go, saving £30,000 a year; 304 more events"),
        "{words}"
    );
    let time = text(&root, "[data-testid='workforce-l1']");
    assert!(time.contains("1.2 GP sessions a week"), "{time}");
    // A line of spending has no steps to take.
    let (_, onaction) = recorder();
    let root = mount::<LineEditor>(editor(1, worked_line(1), onaction)).await;
    assert!(!labels(&root)
        .iter()
        .any(|l| l.starts_with("Events that free")));
}
