use js_sys::{Array, Uint8Array};
use wasm_bindgen::JsValue;
use yew::prelude::*;

use crate::browser::modules::{call, module};
use crate::export::{file_name, method_address};

const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

#[derive(PartialEq, Properties)]
pub struct SpreadsheetButtonProps {
    /// The scenario, as its link's query.
    pub query: AttrValue,
    pub link: AttrValue,
    pub name: AttrValue,
}

/// Where the workbook is: its status line's words and `data-state`.
#[derive(Clone, PartialEq)]
enum Status {
    Not,
    Making,
    Done(String),
    Failed(String),
}

const OFFLINE: &str = "The spreadsheet could not be made: the part of the calculator that writes it is fetched the first time it is used, and this browser could not fetch it (it may be offline). Connect to the network and try again. The figures (CSV) download works without it.";

/// "Download as a spreadsheet": fetches the workbook writer on the first
/// click (a module of its own, docs/design.md), then offers the `.xlsx`
/// file, saying in words what happened.
#[component]
pub fn SpreadsheetButton(props: &SpreadsheetButtonProps) -> Html {
    let status = use_state(|| Status::Not);
    let onclick = {
        let status = status.clone();
        let (query, link, name) = (
            props.query.to_string(),
            props.link.to_string(),
            props.name.to_string(),
        );
        Callback::from(move |_: MouseEvent| {
            status.set(Status::Making);
            let (status, query, link, name) =
                (status.clone(), query.clone(), link.clone(), name.clone());
            wasm_bindgen_futures::spawn_local(async move {
                status.set(write(&query, &link, &name).await);
            });
        })
    };
    let (state, words) = match &*status {
        Status::Not => ("", String::new()),
        Status::Making => ("making", "Making the spreadsheet…".to_string()),
        Status::Done(file) => ("done", format!("Spreadsheet downloaded: {file}. Every figure on its Lines, Years and Summary sheets is a formula over its Inputs sheet, so an analyst can follow and change the arithmetic.")),
        Status::Failed(why) => ("failed", why.clone()),
    };
    // Inside the row of download buttons: its status line goes below the
    // row (`app-button-row__status`).
    html! {
        <>
            <button type="button" class="nhsuk-button nhsuk-button--secondary" data-testid="download-xlsx"
                disabled={*status == Status::Making} {onclick}>
                { "Download as a spreadsheet (Excel)" }
            </button>
            <p class="nhsuk-body app-button-row__status" role="status" data-testid="xlsx-status" data-state={state}>{ words }</p>
        </>
    }
}

/// Fetches the writer if need be, writes the workbook and offers it.
async fn write(query: &str, link: &str, name: &str) -> Status {
    let Ok(writer) = module("workbook").await else {
        return Status::Failed(OFFLINE.to_string());
    };
    let method = method_address(link);
    let args = Array::of4(
        &JsValue::from_str(query),
        &JsValue::from_str(link),
        &JsValue::from_str(&method),
        &JsValue::from_str(&crate::keep::storage::today()),
    );
    match call(&writer, "workbook", &args) {
        Ok(bytes) => {
            let file = file_name(name, "workbook.xlsx");
            let bytes = Uint8Array::new(&bytes).to_vec();
            crate::browser::download_bytes(&file, XLSX, &bytes);
            Status::Done(file)
        }
        Err(why) => Status::Failed(why.as_string().unwrap_or_else(|| {
            "The spreadsheet could not be made. The figures (CSV) download still works.".to_string()
        })),
    }
}
