//! What the page keeps in the browser (SPEC §5), as text: the autosaved
//! scenario and the list of saved ones. Each stored value carries a format
//! version; scenarios inside are link query strings, so a stored scenario
//! opens by the same rules, and with the same messages, as a link.
//! No web types here: the browser side is `storage` (`crate::keep::storage`).

/// What the page keeps in the browser: the saved list, notices, whether
/// it may autosave, changed only by `KeepAction`s.
#[cfg(target_arch = "wasm32")]
pub mod state;
/// The only code that touches `localStorage`.
#[cfg(target_arch = "wasm32")]
pub mod storage;

mod tree;
mod write;

pub use tree::Tree;
pub use write::{write, Out};

/// A stored value as read: see `tree`.
#[cfg(not(target_arch = "wasm32"))]
type Value = serde_json::Value;
#[cfg(target_arch = "wasm32")]
type Value = wasm_bindgen::JsValue;

pub const AUTOSAVE_KEY: &str = "pilot-savings-calculator:autosave";
pub const SAVED_KEY: &str = "pilot-savings-calculator:saved";
/// The format this release writes. A value of a later version is never
/// rewritten by this release: it is kept aside and left alone.
pub const VERSION: u64 = 1;

/// Fields in the order they are written (sorted, as version 1 wrote them).
#[derive(Clone, Debug, PartialEq)]
pub struct Saved {
    pub name: String,
    /// The scenario as a link's query string, without `?`.
    pub query: String,
    /// Local time as `2026-11-23T10:04`, shown as "23 Nov 2026, 10:04".
    pub saved_at: String,
}

/// A stored value as read: absent, read, or not readable by this release.
#[derive(Clone, Debug, PartialEq)]
pub enum Stored<T> {
    Missing,
    Read(T),
    Unreadable(Unreadable),
}

#[derive(Clone, Debug, PartialEq)]
pub enum Unreadable {
    /// Not JSON, or not the shape any version of this calculator wrote.
    Corrupt,
    /// Written by a later release, which may know things this one does not.
    Future(u64),
}

/// The autosave as stored, fields sorted as version 1 wrote them. Stored
/// values are read as untyped JSON, its version first (see `migrate`),
/// then by hand: serde's derived readers cost the page 4.8 KB (gzip).
pub fn write_autosave(query: &str, saved_at: &str) -> String {
    write(vec![
        ("query", Out::Text(query)),
        ("saved_at", Out::Text(saved_at)),
        ("version", Out::Whole(VERSION as i64)),
    ])
}

/// The autosaved query string.
pub fn read_autosave(raw: Option<&str>) -> Stored<String> {
    read(raw, |value| value.field("query")?.text())
}

/// The saved list as stored.
pub fn write_saved(list: &[Saved]) -> String {
    let scenarios = list
        .iter()
        .map(|s| {
            vec![
                ("name", Out::Text(&s.name)),
                ("query", Out::Text(&s.query)),
                ("saved_at", Out::Text(&s.saved_at)),
            ]
        })
        .collect();
    write(vec![
        ("scenarios", Out::Objects(scenarios)),
        ("version", Out::Whole(VERSION as i64)),
    ])
}

/// The saved list; one broken entry makes the whole value unreadable, so
/// that writing the list back can never drop it.
pub fn read_saved(raw: Option<&str>) -> Stored<Vec<Saved>> {
    read(raw, |value| {
        value
            .field("scenarios")?
            .items()?
            .iter()
            .map(saved_entry)
            .collect()
    })
}

fn saved_entry(value: &Value) -> Option<Saved> {
    let text = |key: &str| value.field(key)?.text();
    Some(Saved {
        name: text("name")?,
        query: text("query")?,
        saved_at: text("saved_at")?,
    })
}

/// The value as this release reads it: its version first, then its shape.
fn read<T>(raw: Option<&str>, shape: impl Fn(&Value) -> Option<T>) -> Stored<T> {
    let Some(raw) = raw else {
        return Stored::Missing;
    };
    let Some(value) = Value::parse(raw) else {
        return Stored::Unreadable(Unreadable::Corrupt);
    };
    match migrate(value) {
        Ok(current) => shape(&current)
            .map(Stored::Read)
            .unwrap_or(Stored::Unreadable(Unreadable::Corrupt)),
        Err(unreadable) => Stored::Unreadable(unreadable),
    }
}

/// Brings a stored value of any earlier version to this one. Version 1 is
/// the first; a later format adds its arm here and a frozen test of the
/// value it replaces.
fn migrate(value: Value) -> Result<Value, Unreadable> {
    match value.field("version").and_then(|v| v.whole()) {
        Some(VERSION) => Ok(value),
        Some(later) if later > VERSION => Err(Unreadable::Future(later)),
        _ => Err(Unreadable::Corrupt),
    }
}

/// Free keys tried before giving up: a storage that reports a value for
/// every key (an extension or a policy can) would otherwise hang the page.
pub const TRIES: usize = 1_000;

/// The key to keep an unreadable value under: `KEY:unreadable`, or
/// `KEY:unreadable-2` and on when that is taken; none after `TRIES`.
pub fn aside_key(key: &str, taken: impl Fn(&str) -> bool) -> Option<String> {
    let first = format!("{key}:unreadable");
    std::iter::once(first.clone())
        .chain((2..=TRIES).map(|n| format!("{first}-{n}")))
        .find(|k| !taken(k))
}

/// `wanted`, or `wanted (2)` and on, so a save never replaces another.
/// One pass marks the numbers taken (with n names, one of the first n + 1
/// is free), so 10,000 clashing names cost one pass, not 10,000.
pub fn unique_name(list: &[Saved], wanted: &str) -> String {
    let mut taken = vec![false; list.len() + 2];
    for name in list.iter().map(|s| s.name.as_str()) {
        let n = if name == wanted {
            Some(1)
        } else {
            name.strip_prefix(wanted)
                .and_then(|rest| rest.strip_prefix(" ("))
                .and_then(|rest| rest.strip_suffix(')'))
                .and_then(|n| n.parse::<usize>().ok())
                .filter(|n| *n >= 2)
        };
        if let Some(slot) = n.and_then(|n| taken.get_mut(n)) {
            *slot = true;
        }
    }
    match (1..taken.len()).find(|n| !taken[*n]) {
        Some(1) | None => wanted.to_string(),
        Some(n) => format!("{wanted} ({n})"),
    }
}

/// Before the page shows another scenario, the one in the autosave is added
/// to the saved list unless it is already there, so opening a link never
/// loses work. Returns the name it was kept under.
pub fn keep_autosave(
    list: &mut Vec<Saved>,
    autosave: &str,
    opening: &str,
    name: &str,
    now: &str,
) -> Option<String> {
    if autosave.is_empty() || autosave == opening || list.iter().any(|s| s.query == autosave) {
        return None;
    }
    let name = unique_name(list, &format!("{name} (kept {})", show_time(now)));
    list.push(Saved {
        name: name.clone(),
        saved_at: now.to_string(),
        query: autosave.to_string(),
    });
    Some(name)
}

/// `2026-11-23T10:04` → "23 Nov 2026, 10:04"; anything else as it is.
pub fn show_time(stamp: &str) -> String {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let parts = (
        stamp.get(0..4),
        stamp.get(5..7),
        stamp.get(8..10),
        stamp.get(11..16),
    );
    let (Some(year), Some(month), Some(day), Some(time)) = parts else {
        return stamp.to_string();
    };
    let month = month
        .parse::<usize>()
        .ok()
        .and_then(|m| MONTHS.get(m.wrapping_sub(1)));
    match (month, day.parse::<u32>()) {
        (Some(month), Ok(day)) => format!("{day} {month} {year}, {time}"),
        _ => stamp.to_string(),
    }
}
