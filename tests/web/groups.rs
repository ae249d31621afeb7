//! "Acts on the same events as" in the line editor (SPEC §2.10): the
//! choice sends `with` as a link names it, and a joined line says its
//! shared inputs in words instead of asking for them again.

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlSelectElement;

use super::{editor, labels, mount, recorder, settle, worked_line};
use pilot_savings::components::form::line_editor::LineEditor;
use pilot_savings::state::Action;
use pilot_savings::words::groups::Grouping;

fn teledermatology() -> pilot_savings::model::LineDraft {
    let mut line = worked_line(0);
    line.name = "Teledermatology".into();
    line.with = "1".into();
    line
}

#[wasm_bindgen_test]
async fn a_joined_line_says_its_shared_inputs_and_asks_only_its_own() {
    let (_, onaction) = recorder();
    let mut props = editor(3, teledermatology(), onaction);
    props.grouping = Grouping {
        joinable: vec![(1, "Line 1: Dermatology".into())],
        shared: Some(
            "26 per 1,000 a year before the pilot, at £120 each, from line 1: Dermatology".into(),
        ),
        joined_by: Vec::new(),
    };
    let root = mount::<LineEditor>(props).await;
    let labels = labels(&root);
    assert!(
        labels.contains(&"Rate with the pilot".to_string()),
        "{labels:?}"
    );
    assert!(
        !labels.contains(&"Rate before the pilot".to_string()),
        "{labels:?}"
    );
    assert!(
        !labels.contains(&"Cost of each event avoided".to_string()),
        "{labels:?}"
    );
    let shared = root
        .query_selector("[data-testid='shared-l4']")
        .unwrap()
        .expect("the shared inputs in words");
    assert!(shared
        .text_content()
        .unwrap_or_default()
        .contains("from line 1: Dermatology"));
}

#[wasm_bindgen_test]
async fn choosing_a_line_sends_its_number() {
    let (seen, onaction) = recorder();
    let mut props = editor(3, worked_line(0), onaction);
    props.grouping.joinable = vec![(1, "Line 1: Dermatology".into())];
    let root = mount::<LineEditor>(props).await;
    let select: HtmlSelectElement = root
        .query_selector("#input-l4\\.with")
        .unwrap()
        .expect("the choice")
        .dyn_into()
        .unwrap();
    assert_eq!(select.length(), 2, "its own events, and line 1");
    select.set_value("1");
    select
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    settle().await;
    assert_eq!(
        seen.borrow().last(),
        Some(&Action::SetWith {
            line: 3,
            text: "1".into()
        })
    );
}
