//! The saved list's table: a row per saved scenario, with Open, Rename
//! and Delete, the row being changed showing its form or its question.

use yew::prelude::*;

use crate::keep::storage;
use crate::keep::{show_time, Saved};
use crate::model::fields::NAME_MAX;

/// What the rows need of the saved list's component.
pub struct Rows<'a> {
    pub saved: &'a [Saved],
    /// The list as stored after a change.
    pub on_list: &'a Callback<Vec<Saved>>,
    pub onopen: &'a Callback<Saved>,
    /// The page of the list shown, counted from 0; past the end is the
    /// last page.
    pub page: &'a UseStateHandle<usize>,
}

/// A name to save under: not empty, not too long.
pub fn check_name(name: &str) -> Result<(), String> {
    if name.trim().is_empty() {
        Err("Enter a name to save this scenario under".to_string())
    } else if name.trim().chars().count() > NAME_MAX {
        Err(format!("Name must be {NAME_MAX} characters or fewer"))
    } else {
        Ok(())
    }
}

/// One row changes at a time, so these ids are the page's only ones.
const RENAME_INPUT: &str = "rename-name";
const DELETE_QUESTION: &str = "delete-question";
pub const STATUS: &str = "saved-status";
/// Saved scenarios listed a page at a time (and offered to compare at
/// most): thousands at once held the page up for seconds (10,000 took 8 s
/// to draw).
pub const SHOWN_MAX: usize = 200;
const PAGES: &str = "saved-pages";

/// What the row being changed is doing.
#[derive(Clone, PartialEq)]
pub enum Editing {
    None,
    Rename(Saved, String),
    Delete(Saved),
}

pub fn saved_table(
    props: &Rows,
    editing: &UseStateHandle<Editing>,
    status: &UseStateHandle<String>,
) -> Html {
    if props.saved.is_empty() {
        return html! { <p class="nhsuk-body" data-testid="saved-empty">{ "You have not saved any scenarios in this browser yet." }</p> };
    }
    let (pages, page) = page_of(props.saved.len(), **props.page);
    let first = page * SHOWN_MAX;
    let shown = &props.saved[first..props.saved.len().min(first + SHOWN_MAX)];
    html! {
        <>
        if pages > 1 {
            { pager(props, first, shown.len(), page, pages) }
        }
        <table class="nhsuk-table" data-testid="saved-list">
            <caption class="nhsuk-table__caption">{ "Scenarios saved in this browser" }</caption>
            <thead class="nhsuk-table__head">
                <tr><th scope="col">{ "Name" }</th><th scope="col">{ "Saved" }</th><th scope="col">{ "Actions" }</th></tr>
            </thead>
            <tbody class="nhsuk-table__body">
                { for shown.iter().enumerate().map(|(i, s)| saved_row(props, first + i, s, editing, status)) }
            </tbody>
        </table>
        </>
    }
}

/// How many pages a list of `len` takes, and which one `wanted` shows.
fn page_of(len: usize, wanted: usize) -> (usize, usize) {
    let pages = len.div_ceil(SHOWN_MAX).max(1);
    (pages, wanted.min(pages - 1))
}

/// Which scenarios the table holds, of how many, and a way to the others.
fn pager(props: &Rows, first: usize, shown: usize, page: usize, pages: usize) -> Html {
    let n = |v: usize| crate::format::number(v as f64, 0);
    let go = |to: usize| {
        let state = props.page.clone();
        Callback::from(move |_: MouseEvent| {
            state.set(to);
            crate::browser::focus_soon(PAGES);
        })
    };
    let next = (props.saved.len() - first - shown).min(SHOWN_MAX);
    html! {
        <nav aria-label="Pages of saved scenarios">
            <p class="nhsuk-body" data-testid="saved-more" id={PAGES} tabindex="-1">{ format!(
                "This browser holds {} saved scenarios: {}.",
                n(props.saved.len()),
                if shown == 1 { "this page shows the last one".to_string() } else { format!("{} to {} are shown", n(first + 1), n(first + shown)) }
            ) }</p>
            <div class="app-button-row">
                if page > 0 {
                    <button type="button" class="nhsuk-button nhsuk-button--secondary" onclick={go(page - 1)}>
                        { format!("Previous {SHOWN_MAX}") }
                    </button>
                }
                if page + 1 < pages {
                    <button type="button" class="nhsuk-button nhsuk-button--secondary" onclick={go(page + 1)}>
                        { format!("Next {}", n(next)) }
                    </button>
                }
            </div>
        </nav>
    }
}

fn saved_row(
    props: &Rows,
    i: usize,
    entry: &Saved,
    editing: &UseStateHandle<Editing>,
    status: &UseStateHandle<String>,
) -> Html {
    let actions = match &**editing {
        Editing::Rename(e, text) if e == entry => rename_form(props, entry, text, editing, status),
        Editing::Delete(e) if e == entry => delete_confirm(props, entry, editing, status),
        _ => row_actions(props, entry, editing),
    };
    html! {
        <tr data-testid={format!("saved-{}", i + 1)}>
            <td data-col="name">{ &entry.name }</td>
            <td>{ show_time(&entry.saved_at) }</td>
            <td>{ actions }</td>
        </tr>
    }
}

fn row_actions(props: &Rows, entry: &Saved, editing: &UseStateHandle<Editing>) -> Html {
    let open = {
        let (onopen, entry) = (props.onopen.clone(), entry.clone());
        Callback::from(move |_: MouseEvent| onopen.emit(entry.clone()))
    };
    // Focus follows what the click shows: the new name's box, or the
    // question before a delete (not its button: Enter twice must not delete).
    let rename = {
        let (editing, entry) = (editing.clone(), entry.clone());
        Callback::from(move |_: MouseEvent| {
            editing.set(Editing::Rename(entry.clone(), entry.name.clone()));
            crate::browser::focus_soon(RENAME_INPUT);
        })
    };
    let delete = {
        let (editing, entry) = (editing.clone(), entry.clone());
        Callback::from(move |_: MouseEvent| {
            editing.set(Editing::Delete(entry.clone()));
            crate::browser::focus_soon(DELETE_QUESTION);
        })
    };
    let hidden = |verb: &str| html! { <>{ verb }<span class="nhsuk-u-visually-hidden">{ format!(" {}", entry.name) }</span></> };
    html! {
        <div class="app-row-actions">
            <button type="button" class="app-button-link" data-action="open" onclick={open}>{ hidden("Open") }</button>
            <button type="button" class="app-button-link" data-action="rename" onclick={rename}>{ hidden("Rename") }</button>
            <button type="button" class="app-button-link" data-action="delete" onclick={delete}>{ hidden("Delete") }</button>
        </div>
    }
}

fn rename_form(
    props: &Rows,
    entry: &Saved,
    text: &str,
    editing: &UseStateHandle<Editing>,
    status: &UseStateHandle<String>,
) -> Html {
    let id = RENAME_INPUT.to_string();
    let problem = check_name(text).err().or_else(|| {
        props
            .saved
            .iter()
            .any(|s| s != entry && s.name == text.trim())
            .then(|| {
                format!(
                    "You already have a saved scenario called \u{201c}{}\u{201d}",
                    text.trim()
                )
            })
    });
    let oninput = {
        let (editing, entry) = (editing.clone(), entry.clone());
        Callback::from(move |e: InputEvent| {
            let value = e
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .value();
            editing.set(Editing::Rename(entry.clone(), value));
        })
    };
    let onsubmit = {
        let (editing, status, on_list) = (editing.clone(), status.clone(), props.on_list.clone());
        let (entry, new_name, problem) = (entry.clone(), text.trim().to_string(), problem.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if problem.is_some() {
                return;
            }
            let renamed = storage::change_saved("the new name was not saved", |list| {
                if let Some(s) = list.iter_mut().find(|s| **s == entry) {
                    s.name = new_name.clone();
                }
            });
            match renamed {
                Ok((list, ())) => {
                    on_list.emit(list);
                    status.set(format!(
                        "Renamed \u{201c}{}\u{201d} to \u{201c}{new_name}\u{201d}.",
                        entry.name
                    ));
                    editing.set(Editing::None);
                    crate::browser::focus_soon(STATUS);
                }
                Err(message) => status.set(message),
            }
        })
    };
    let cancel = {
        let editing = editing.clone();
        Callback::from(move |_: MouseEvent| editing.set(Editing::None))
    };
    let group = classes!(
        "nhsuk-form-group",
        problem.is_some().then_some("nhsuk-form-group--error")
    );
    html! {
        <form {onsubmit} novalidate=true>
            <div class={group}>
                <label class="nhsuk-label" for={id.clone()}>{ format!("New name for {}", entry.name) }</label>
                if let Some(message) = &problem {
                    <span class="nhsuk-error-message" id={format!("{id}-error")}>
                        <span class="nhsuk-u-visually-hidden">{ "Error: " }</span>{ message }
                    </span>
                }
                <input class="nhsuk-input" id={id.clone()} type="text" value={text.to_string()}
                    aria-describedby={problem.as_ref().map(|_| format!("{id}-error"))} {oninput} />
            </div>
            <div class="app-row-actions">
                <button type="submit" class="nhsuk-button nhsuk-button--secondary nhsuk-button--small">{ "Save name" }</button>
                <button type="button" class="app-button-link" onclick={cancel}>{ "Cancel" }</button>
            </div>
        </form>
    }
}

fn delete_confirm(
    props: &Rows,
    entry: &Saved,
    editing: &UseStateHandle<Editing>,
    status: &UseStateHandle<String>,
) -> Html {
    let confirm = {
        let (editing, status, on_list, entry) = (
            editing.clone(),
            status.clone(),
            props.on_list.clone(),
            entry.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            match storage::change_saved("it was not deleted", |list| list.retain(|s| *s != entry)) {
                Ok((list, ())) => {
                    on_list.emit(list);
                    status.set(format!("Deleted \u{201c}{}\u{201d}.", entry.name));
                }
                Err(message) => status.set(message),
            }
            editing.set(Editing::None);
            crate::browser::focus_soon(STATUS);
        })
    };
    let cancel = {
        let editing = editing.clone();
        Callback::from(move |_: MouseEvent| editing.set(Editing::None))
    };
    html! {
        <div>
            <p class="nhsuk-body" id={DELETE_QUESTION} tabindex="-1">{ format!("Delete \u{201c}{}\u{201d} from this browser? This cannot be undone.", entry.name) }</p>
            <div class="app-row-actions">
                <button type="button" class="nhsuk-button nhsuk-button--warning nhsuk-button--small" data-action="confirm-delete" onclick={confirm}>
                    { "Yes, delete it" }
                </button>
                <button type="button" class="app-button-link" onclick={cancel}>{ "Cancel" }</button>
            </div>
        </div>
    }
}
