//! localStorage for `crate::keep`, tolerating a browser that refuses it
//! (private mode, a policy, a sandboxed frame) or is full. Every fault comes
//! back as one sentence for the page to show; nothing here panics.

use crate::keep::{self, aside_key, read_autosave, read_saved, Saved, Stored, Unreadable};

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Fault {
    Blocked,
    Full,
}

impl Fault {
    pub fn sentence(self) -> &'static str {
        match self {
            Fault::Blocked => "Your browser is not letting this page keep anything, so your work is not saved in this browser: copy the link to keep it.",
            Fault::Full => "Your browser's storage for this page is full, so the latest changes were not saved in this browser: copy the link to keep them.",
        }
    }
}

fn local() -> Result<web_sys::Storage, Fault> {
    // `localStorage` itself throws where storage is blocked.
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .ok_or(Fault::Blocked)
}

pub fn get(key: &str) -> Result<Option<String>, Fault> {
    local()?.get_item(key).map_err(|_| Fault::Blocked)
}

pub fn set(key: &str, value: &str) -> Result<(), Fault> {
    local()?.set_item(key, value).map_err(|error| {
        use wasm_bindgen::JsCast;
        let name = error
            .dyn_ref::<web_sys::DomException>()
            .map(|e| e.name())
            .unwrap_or_default();
        if name == "QuotaExceededError" {
            Fault::Full
        } else {
            Fault::Blocked
        }
    })
}

/// Moves an unreadable value to a free key: copied first, and removed from
/// its own key only once the copy is written, so it is kept aside once and
/// the key is free for this release to write.
fn keep_aside(key: &str, raw: &str) -> Result<(), Fault> {
    let storage = local()?;
    // No free key in `keep::TRIES`: the value is left where it is.
    let aside =
        aside_key(key, |k| storage.get_item(k).ok().flatten().is_some()).ok_or(Fault::Blocked)?;
    set(&aside, raw)?;
    let _ = storage.remove_item(key);
    Ok(())
}

/// Says what could not be read and where it went.
fn unreadable_sentence(what: &str, why: &Unreadable, kept: bool) -> String {
    let why = match why {
        Unreadable::Future(_) => "was written by a later version of this calculator",
        Unreadable::Corrupt => "could not be read",
    };
    let fate = if kept {
        "it has been kept aside in this browser, not deleted"
    } else {
        "it has been left as it was, and this page will not save over it"
    };
    format!("{what} {why}, so it was not opened; {fate}.")
}

/// What the page found in the browser when it opened.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Opening {
    /// The autosaved query string, when there is one this release reads.
    pub autosave: Option<String>,
    pub saved: Vec<Saved>,
    /// False where an unreadable autosave could not be kept aside: then it
    /// must not be written over.
    pub may_autosave: bool,
    pub notices: Vec<String>,
}

pub fn open() -> Opening {
    let mut opening = Opening {
        may_autosave: true,
        ..Opening::default()
    };
    let raw = match get(keep::AUTOSAVE_KEY) {
        Ok(raw) => raw,
        Err(fault) => {
            opening.may_autosave = false;
            opening.notices.push(fault.sentence().to_string());
            return opening;
        }
    };
    match read_autosave(raw.as_deref()) {
        Stored::Read(query) => opening.autosave = Some(query),
        Stored::Missing => {}
        Stored::Unreadable(why) => {
            let kept = keep_aside(keep::AUTOSAVE_KEY, raw.as_deref().unwrap_or("")).is_ok();
            opening.may_autosave = kept;
            opening.notices.push(unreadable_sentence(
                "The scenario autosaved in this browser",
                &why,
                kept,
            ));
        }
    }
    match load_saved() {
        Ok((list, notice)) => {
            opening.saved = list;
            opening.notices.extend(notice);
        }
        Err(message) => opening.notices.push(message),
    }
    opening
}

/// The saved list as stored now (another tab may have changed it), and
/// what to say when an unreadable list was kept aside for an empty one.
fn load_saved() -> Result<(Vec<Saved>, Option<String>), String> {
    let raw = get(keep::SAVED_KEY).map_err(|f| f.sentence().to_string())?;
    match read_saved(raw.as_deref()) {
        Stored::Read(list) => Ok((list, None)),
        Stored::Missing => Ok((Vec::new(), None)),
        Stored::Unreadable(why) => {
            let kept = keep_aside(keep::SAVED_KEY, raw.as_deref().unwrap_or("")).is_ok();
            let message = unreadable_sentence("The list of saved scenarios", &why, kept);
            if kept {
                Ok((Vec::new(), Some(message)))
            } else {
                Err(message)
            }
        }
    }
}

/// Reads the saved list fresh, changes it, and writes it back when it
/// changed; the list as stored afterwards, or one sentence saying why
/// nothing changed, `lost` saying what that left out when storage is full.
pub fn change_saved<R>(
    lost: &str,
    change: impl FnOnce(&mut Vec<Saved>) -> R,
) -> Result<(Vec<Saved>, R), String> {
    let (mut list, _) = load_saved()?;
    let before = list.clone();
    let result = change(&mut list);
    if list == before {
        return Ok((list, result));
    }
    set(keep::SAVED_KEY, &keep::write_saved(&list)).map_err(|fault| match fault {
        Fault::Full => format!(
            "{FULL}, so {lost}: delete a saved scenario, or download the scenario as a file."
        ),
        Fault::Blocked => fault.sentence().to_string(),
    })?;
    Ok((list, result))
}

const FULL: &str = "Your browser's storage for this page is full";

/// Whether a sentence of `change_saved` says storage is full.
pub fn is_full(sentence: &str) -> bool {
    sentence.starts_with(FULL)
}

pub fn autosave(query: &str) -> Result<(), Fault> {
    set(keep::AUTOSAVE_KEY, &keep::write_autosave(query, &now()))
}

/// Today's local date as `2026-11-23`.
pub fn today() -> String {
    now().chars().take(10).collect()
}

/// Local time as `2026-11-23T10:04`.
pub fn now() -> String {
    let d = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date(),
        d.get_hours(),
        d.get_minutes()
    )
}
