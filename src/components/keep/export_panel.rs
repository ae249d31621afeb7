use std::rc::Rc;

use yew::prelude::*;

use crate::components::keep::copy_button::CopyButton;
use crate::components::keep::import_field::ImportField;
use crate::components::keep::writer_button::{WriterButton, BUSINESS_CASE, WORKBOOK};
use crate::export::{figures_csv, file_name, method_address, summary_text};
use crate::model::Draft;
use crate::model::Figures;
use crate::{browser, document};

pub struct ExportPanelProps {
    pub draft: Draft,
    /// None while the form has errors: the table and summary wait for fixes.
    pub figures: Option<Rc<Figures>>,
    pub link: AttrValue,
    /// A scenario file's text; why it cannot be opened, if so.
    pub onimport: Callback<String, Option<String>>,
    /// Draws every part's charts, then opens the browser's print dialog.
    pub onprint: Callback<()>,
}

/// Files and text to take the scenario elsewhere, and a file to bring one in.
pub fn export_panel(props: &ExportPanelProps) -> Html {
    let name = props.draft.name.clone();
    let download_json = {
        let draft = props.draft.clone();
        let name = name.clone();
        let method = method_address(&props.link);
        Callback::from(move |_: MouseEvent| {
            browser::download(
                &file_name(&name, "scenario.json"),
                "application/json",
                &document::export_naming(&draft, &method),
            );
        })
    };
    html! {
        <section aria-labelledby="export-heading" class="app-no-print">
            <h2 id="export-heading">{ "Download, import and print" }</h2>
            <div class="app-button-row">
                { csv_button(props, &name) }
                <button type="button" class="nhsuk-button nhsuk-button--secondary" data-testid="download-json" onclick={download_json}>
                    { "Download scenario file (JSON)" }
                </button>
                <button type="button" class="nhsuk-button nhsuk-button--secondary" onclick={props.onprint.reform(|_: MouseEvent| ())}>
                    { "Print or save as PDF" }
                </button>
            </div>
            { summary_button(props) }
            <ImportField onimport={props.onimport.clone()} />
        </section>
    }
}

fn csv_button(props: &ExportPanelProps, name: &str) -> Html {
    let Some(figures) = &props.figures else {
        return html! {};
    };
    // Files and text are made on demand, not on every keystroke.
    let download_csv = {
        let (figures, link) = (figures.clone(), props.link.to_string());
        let file = file_name(name, "figures.csv");
        Callback::from(move |_: MouseEvent| {
            let csv = figures_csv(&figures.scenario, &figures.results, &link);
            browser::download(&file, "text/csv;charset=utf-8", &csv);
        })
    };
    let query = AttrValue::from(crate::link::encode(&props.draft));
    html! {
        <>
            <button type="button" class="nhsuk-button nhsuk-button--secondary" data-testid="download-csv" onclick={download_csv}>
                { "Download the figures (CSV)" }
            </button>
            <WriterButton writer={&WORKBOOK} query={query.clone()} link={props.link.clone()} name={name.to_string()} />
            <WriterButton writer={&BUSINESS_CASE} {query} link={props.link.clone()} name={name.to_string()} />
        </>
    }
}

fn summary_button(props: &ExportPanelProps) -> Html {
    let Some(figures) = props.figures.clone() else {
        return html! {
            <p class="nhsuk-body">{ "The yearly table and the summary can be downloaded or copied once the form has no problems." }</p>
        };
    };
    let summary = {
        let link = props.link.to_string();
        Callback::from(move |_| summary_text(&figures.scenario, &figures.results, &link))
    };
    html! {
        <CopyButton text={summary} label="Copy summary" testid="summary-copy-status"
            copied="Summary copied: the assumptions, headline figures, each line and the link, as plain text for a business case."
            refused="Your browser did not let the page copy. The link above holds the whole scenario." />
    }
}
