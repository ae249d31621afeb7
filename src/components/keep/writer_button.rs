use js_sys::{Array, Uint8Array};
use wasm_bindgen::JsValue;
use yew::prelude::*;

use crate::browser::modules::{call, module};
use crate::export::{file_name, method_address};

/// A file an on-demand module writes (docs/design.md): the workbook
/// (SPEC §5.1) or the business case (§5.2).
#[derive(PartialEq)]
pub struct Writer {
    /// The on-demand module that writes it.
    pub module: &'static str,
    /// The module's exported function.
    pub export: &'static str,
    /// SPEC §8-style hooks: `download-<id>` and `<id>-status`.
    pub id: &'static str,
    pub label: &'static str,
    /// The file's name after the scenario's.
    pub suffix: &'static str,
    pub mime: &'static str,
    /// "the spreadsheet", "the business case": what the sentences name.
    pub what: &'static str,
    /// Said once the file is offered, after its name.
    pub done: &'static str,
}

pub const WORKBOOK: Writer = Writer {
    module: "workbook",
    export: "workbook",
    id: "xlsx",
    label: "Download as a spreadsheet (Excel)",
    suffix: "workbook.xlsx",
    mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    what: "spreadsheet",
    done: "Every figure on its Lines, Years and Summary sheets is a formula over its Inputs sheet, so an analyst can follow and change the arithmetic.",
};

pub const BUSINESS_CASE: Writer = Writer {
    module: "case",
    export: "business_case",
    id: "docx",
    label: "Download a business case (Word)",
    suffix: "business-case.docx",
    mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    what: "business case",
    done: "A draft in the Five Case Model with every figure filled in: the parts to complete are in square brackets beginning \u{201c}[To complete:\u{201d}, listed in its checklist.",
};

#[derive(PartialEq, Properties)]
pub struct WriterButtonProps {
    pub writer: &'static Writer,
    /// The scenario, as its link's query.
    pub query: AttrValue,
    pub link: AttrValue,
    pub name: AttrValue,
}

/// Where the file is: its status line's words and `data-state`.
#[derive(Clone, PartialEq)]
enum Status {
    Not,
    Making,
    Done(String),
    Failed(String),
}

/// A download written by an on-demand module: fetches the module on the
/// first click (docs/design.md), then offers the file, saying in words
/// what happened.
#[component]
pub fn WriterButton(props: &WriterButtonProps) -> Html {
    let status = use_state(|| Status::Not);
    let writer = props.writer;
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
                status.set(write(writer, &query, &link, &name).await);
            });
        })
    };
    let (state, words) = match &*status {
        Status::Not => ("", String::new()),
        Status::Making => ("making", format!("Making the {}…", writer.what)),
        Status::Done(file) => (
            "done",
            format!(
                "{} downloaded: {file}. {}",
                capital(writer.what),
                writer.done
            ),
        ),
        Status::Failed(why) => ("failed", why.clone()),
    };
    // Inside the row of download buttons: its status line goes below the
    // row (`app-button-row__status`).
    html! {
        <>
            <button type="button" class="nhsuk-button nhsuk-button--secondary" data-testid={format!("download-{}", writer.id)}
                disabled={*status == Status::Making} {onclick}>
                { writer.label }
            </button>
            <p class="nhsuk-body app-button-row__status" role="status" data-testid={format!("{}-status", writer.id)} data-state={state}>{ words }</p>
        </>
    }
}

fn capital(what: &str) -> String {
    let mut chars = what.chars();
    chars
        .next()
        .map_or(String::new(), |c| c.to_uppercase().chain(chars).collect())
}

/// Fetches the writer if need be, writes the file and offers it.
async fn write(writer: &Writer, query: &str, link: &str, name: &str) -> Status {
    let Ok(module) = module(writer.module).await else {
        return Status::Failed(format!("The {} could not be made: the part of the calculator that writes it is fetched the first time it is used, and this browser could not fetch it (it may be offline). Connect to the network and try again. The figures (CSV) download works without it.", writer.what));
    };
    let method = method_address(link);
    let args = Array::of4(
        &JsValue::from_str(query),
        &JsValue::from_str(link),
        &JsValue::from_str(&method),
        &JsValue::from_str(&crate::keep::storage::today()),
    );
    match call(&module, writer.export, &args) {
        Ok(bytes) => {
            let file = file_name(name, writer.suffix);
            let bytes = Uint8Array::new(&bytes).to_vec();
            crate::browser::download_bytes(&file, writer.mime, &bytes);
            Status::Done(file)
        }
        Err(why) => Status::Failed(why.as_string().unwrap_or_else(|| {
            format!(
                "The {} could not be made. The figures (CSV) download still works.",
                writer.what
            )
        })),
    }
}
