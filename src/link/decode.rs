//! A query string, or a file's keys and values, to a draft: total, so any
//! text gives a draft, its problems shown beside the fields like typed ones.

use super::{Decoded, MAX_QUERY, MAX_VALUE, VERSION};
use crate::model::equity::EquityKey;
use crate::model::fields::MAX_LINES;
use crate::model::keys::{FieldKey, Input, LineKey};
use crate::model::overlap::SHARED_KEYS;
use crate::model::texts::Texts;
use crate::model::validate::check_field;
use crate::model::{Kind, LineDraft};

/// Reads a query string as `application/x-www-form-urlencoded`: `+` is a
/// space, a broken escape stays as text, bad UTF-8 becomes U+FFFD.
pub fn decode(query: &str) -> Decoded {
    let query = query.strip_prefix('?').unwrap_or(query);
    if query.len() > MAX_QUERY {
        return Decoded {
            too_long: Some(query.len()),
            ..Decoded::default()
        };
    }
    decode_pairs(
        form_urlencoded::parse(query.as_bytes()).map(|(k, v)| (k.into_owned(), v.into_owned())),
    )
}

/// Reads keys and values already unescaped: a link's, or an imported
/// file's, so both are checked by the same rules with the same messages.
pub fn decode_pairs(pairs: impl IntoIterator<Item = (String, String)>) -> Decoded {
    let mut decoded = Decoded::default();
    // Line n at n − 1: a link names at most `MAX_LINES` of them.
    let mut lines: Vec<Option<LineDraft>> = vec![None; MAX_LINES];
    for (key, value) in pairs {
        if value.len() > MAX_VALUE {
            decoded.too_long_values.push(key);
            continue;
        }
        if !read_key(&mut decoded, &mut lines, &key, value) {
            decoded.ignored.push(key);
        }
    }
    let mut lines: Vec<(usize, LineDraft)> = (1..)
        .zip(lines)
        .filter_map(|(n, line)| Some((n, line?)))
        .collect();
    for (n, line) in lines.iter_mut() {
        paid_from_cash(line);
        drop_other_kinds_keys(*n, line, &mut decoded.ignored);
    }
    decoded.lines_given = lines.len() + decoded.dropped_lines.len();
    decoded.draft.lines = lines.into_iter().map(|(_, line)| line).collect();
    decoded
}

/// Files one key; false when the calculator has no such key.
fn read_key(
    decoded: &mut Decoded,
    lines: &mut [Option<LineDraft>],
    key: &str,
    value: String,
) -> bool {
    match key {
        "v" => decoded.newer_version = (value.trim() != VERSION).then_some(value),
        "embed" => decoded.embed = value.trim() == "1",
        "name" => decoded.draft.name = value,
        _ => {
            let Some(field) = FieldKey::parse(key) else {
                return false;
            };
            let n = match field {
                FieldKey::Global(global) => {
                    decoded.draft.globals.insert(global, value);
                    return true;
                }
                FieldKey::GlobalEnd(global, end) => {
                    decoded.draft.set_end(global, end, value);
                    return true;
                }
                FieldKey::Imd => {
                    decoded.draft.imd = value;
                    return true;
                }
                FieldKey::Name => return false,
                FieldKey::LineName(n)
                | FieldKey::Equity(n, _)
                | FieldKey::Kind(n)
                | FieldKey::Funder(n)
                | FieldKey::With(n)
                | FieldKey::Series(n, _)
                | FieldKey::Line(n, _) => n,
            };
            let Some(slot) = n.checked_sub(1).and_then(|i| lines.get_mut(i)) else {
                decoded.dropped_lines.insert(n);
                return true;
            };
            let line = slot.get_or_insert_with(|| LineDraft {
                kind: String::new(),
                name: String::new(),
                funder: String::new(),
                with: String::new(),
                values: Texts::default(),
                series: Default::default(),
                equity: Default::default(),
            });
            match field {
                FieldKey::Kind(_) => line.kind = value,
                FieldKey::LineName(_) => line.name = value,
                FieldKey::Funder(_) => line.funder = value,
                FieldKey::With(_) => line.with = value,
                FieldKey::Series(_, key) => line.series[key as usize] = value,
                FieldKey::Equity(_, key) => line.equity[key as usize] = value,
                FieldKey::Line(_, input) => {
                    line.values.insert(input, value);
                }
                FieldKey::Name | FieldKey::Imd | FieldKey::Global(_) | FieldKey::GlobalEnd(..) => {
                    return false
                }
            }
        }
    }
    true
}

/// An older link's "does the saving release cash?" (SPEC §2.6): 1 is 100%
/// paid, 0 is 0%; ignored where `paid` is given, and on a line of costs,
/// which has no saving. A bad value stays, so that its error is shown.
fn paid_from_cash(line: &mut LineDraft) {
    let cash = Input::Value(LineKey::Cash);
    let Some(text) = line.values.get(&cash) else {
        return;
    };
    let paid = match check_field(LineKey::Cash.field(), Some(text), "") {
        Ok(Some(0.0)) => "0",
        Ok(_) => "100",
        Err(_) => return,
    };
    line.values.remove(&cash);
    if line.kind().is_some_and(|k| k.saves()) {
        let given = Input::Value(LineKey::Paid);
        if !line.values.contains_key(&given) {
            line.values.insert(given, paid.to_string());
        }
    }
}

/// Inputs of another kind (`l1.events` on a rate line) are not read.
fn drop_other_kinds_keys(n: usize, line: &mut LineDraft, ignored: &mut Vec<String>) {
    let Some(kind) = line.kind() else { return };
    drop_equity_keys(n, kind, line, ignored);
    line.values.retain(|input, _| {
        // A bad `cash` of an older link is kept to show its error, beside
        // the payment rule it stands for; a line of costs has none.
        let bad_cash = *input == Input::Value(LineKey::Cash) && kind.saves();
        // A joined line's shared inputs are its events' line's (SPEC §2.10).
        let shared = !line.with.trim().is_empty() && SHARED_KEYS.contains(&input.key());
        let keep = (kind.keys().any(|k| k == input.key()) || bad_cash) && !shared;
        if !keep {
            ignored.push(FieldKey::Line(n, *input).to_string());
        }
        keep
    });
}

/// Deprivation inputs (SPEC §2.11) are a `rate` or `count` line's; a
/// joined line takes `grad` from its events' line.
fn drop_equity_keys(n: usize, kind: Kind, line: &mut LineDraft, ignored: &mut Vec<String>) {
    let joined = !line.with.trim().is_empty();
    for key in EquityKey::ALL {
        let kept = kind.counts_events() && !(joined && key == EquityKey::Grad);
        let text = &mut line.equity[key as usize];
        if !kept && !text.is_empty() {
            text.clear();
            ignored.push(FieldKey::Equity(n, key).to_string());
        }
    }
}
