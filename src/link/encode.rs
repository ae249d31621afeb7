//! A draft to its link's query string: keys at their default left out
//! (but `fy`, always written), numbers plain, every other character
//! escaped.

use super::VERSION;
use crate::model::equity::{
    check_grad, check_health, check_imd, check_reach, list_text, EquityKey, Grad,
};
use crate::model::keys::{End, FieldKey, GlobalKey, Input, LineKey};
use crate::model::number::plain;
use crate::model::overlap::SHARED_KEYS;
use crate::model::scenario::Funder;
use crate::model::series::{month_key, parse_counts, parse_month, Series, SeriesKey};
use crate::model::uptake::{check_list, is_list};
use crate::model::validate::check_field;
use crate::model::{Draft, LineDraft};

/// The address of the view: the scenario's `query` (from `encode`), and
/// `embed=1` in the compact view. Takes the query, so a caller that has it
/// does not encode the draft again.
pub fn encode_view(query: &str, embed: bool) -> String {
    if embed {
        format!("{query}&embed=1")
    } else {
        query.to_string()
    }
}

pub fn encode(draft: &Draft) -> String {
    pairs(draft)
        .iter()
        .map(|(k, v)| format!("{}={}", escape(k), escape(v)))
        .collect::<Vec<_>>()
        .join("&")
}

/// Every key and value a link to this draft carries, unescaped.
pub fn pairs(draft: &Draft) -> Vec<(String, String)> {
    let mut pairs: Vec<(String, String)> = vec![("v".into(), VERSION.into())];
    let name = draft.name.trim();
    if !name.is_empty() {
        pairs.push(("name".into(), name.into()));
    }
    for key in GlobalKey::ALL {
        if let Some(value) = link_value(key.field(), draft.text(key)) {
            pairs.push((key.name().into(), value));
        } else if key == GlobalKey::Fy {
            // Every new link says its first year: a link without one
            // means 2017, a new scenario today's (SPEC §3).
            pairs.push((key.name().into(), plain(key.field().default)));
        }
        for end in End::BOTH.into_iter().filter(|_| key.can_range()) {
            if let Some(value) = range_value(key.field(), draft.end(key, end)) {
                pairs.push((FieldKey::GlobalEnd(key, end).to_string(), value));
            }
        }
    }
    let imd = check_imd(&draft.imd).map(|q| q.map(|q| list_text(&q)));
    if let Some(value) = checked_text(&draft.imd, imd) {
        pairs.push((FieldKey::Imd.to_string(), value));
    }
    for (i, line) in draft.lines.iter().enumerate() {
        encode_line(&mut pairs, i + 1, line);
    }
    pairs
}

/// A list input as checked (None at its default), or as typed when bad.
fn checked_text(text: &str, checked: Result<Option<String>, String>) -> Option<String> {
    checked.unwrap_or_else(|_| Some(text.trim().to_string()))
}

/// `grad`, `reach` and `health` (SPEC §2.11), each left out at its default.
fn encode_equity(pairs: &mut Vec<(String, String)>, n: usize, line: &LineDraft) {
    for key in EquityKey::ALL {
        let text = line.equity_text(key);
        let checked = match key {
            EquityKey::Grad => {
                check_grad(text, "").map(|g| (g != Grad::default()).then(|| g.link_text()))
            }
            EquityKey::Reach => check_reach(text, "").map(|r| r.map(|r| list_text(&r))),
            EquityKey::Health => check_health(text, "").map(|h| h.then(|| "1".into())),
        };
        if let Some(value) = checked_text(text, checked) {
            pairs.push((FieldKey::Equity(n, key).to_string(), value));
        }
    }
}

fn encode_line(pairs: &mut Vec<(String, String)>, n: usize, line: &LineDraft) {
    pairs.push((FieldKey::Kind(n).to_string(), line.kind.trim().into()));
    let name = line.name.trim();
    if !name.is_empty() {
        pairs.push((FieldKey::LineName(n).to_string(), name.into()));
    }
    let funder = line.funder.trim();
    if !funder.is_empty() && funder != Funder::default().name() {
        pairs.push((FieldKey::Funder(n).to_string(), funder.into()));
    }
    let with = line.with.trim();
    if !with.is_empty() {
        pairs.push((FieldKey::With(n).to_string(), with.into()));
    }
    let mut keys: Vec<LineKey> = match line.kind() {
        Some(kind) => kind.keys().collect(),
        // An unknown kind keeps everything, so nothing typed is lost.
        None => LineKey::ALL.to_vec(),
    };
    // A joined line's baseline, price and payment rule are its events'
    // line's (SPEC §2.10).
    if !with.is_empty() {
        keys.retain(|k| !SHARED_KEYS.contains(k));
    }
    // Only a bad `cash` is still in a draft: kept as typed, like any bad
    // value.
    let keys = keys.into_iter().chain(
        line.value(LineKey::Cash)
            .filter(|_| line.kind().is_some())
            .map(|_| LineKey::Cash),
    );
    if line.kind().is_none_or(|k| k.counts_events()) {
        encode_series(pairs, n, line);
        encode_equity(pairs, n, line);
    }
    let name = |input: Input| FieldKey::Line(n, input).to_string();
    for key in keys {
        let f = &line.kind().map_or(*key.field(), |k| k.field_of(key));
        if key == LineKey::Uptake && line.value(key).is_some_and(is_list) {
            pairs.push((name(Input::Value(key)), ramp_value(line.value(key))));
        } else if let Some(value) = link_value(f, line.value(key)) {
            pairs.push((name(Input::Value(key)), value));
        }
        if !key.can_range() {
            continue;
        }
        for end in End::BOTH {
            let input = Input::End(key, end);
            if let Some(value) = range_value(f, line.text(input)) {
                pairs.push((name(input), value));
            }
        }
    }
}

/// The monthly counts and their months (SPEC §2.8), as checked: the
/// counts comma-separated and the months as `2025-04`, else as typed.
fn encode_series(pairs: &mut Vec<(String, String)>, n: usize, line: &LineDraft) {
    for key in SeriesKey::ALL {
        let text = line.series_text(key).trim();
        if text.is_empty() {
            continue;
        }
        let written = match key {
            SeriesKey::Counts => parse_counts(text).map(|c| Series::link_text(&c)).ok(),
            SeriesKey::From | SeriesKey::PilotFrom => parse_month(text).map(month_key),
        };
        pairs.push((
            FieldKey::Series(n, key).to_string(),
            written.unwrap_or_else(|| text.to_string()),
        ));
    }
}

/// Uptake year by year (SPEC §2.2) as checked, `25,60,90`; else as typed.
fn ramp_value(text: Option<&str>) -> String {
    let text = text.unwrap_or_default().trim();
    match check_list(text, "") {
        Ok((first, ramp)) => ramp.link_text(first),
        Err(_) => text.to_string(),
    }
}

/// One end of a range: left out when empty, never at a default.
fn range_value(f: &crate::model::Field, text: Option<&str>) -> Option<String> {
    let text = text.map(str::trim).filter(|t| !t.is_empty())?;
    Some(match check_field(f, Some(text), "") {
        Ok(Some(v)) => plain(v),
        _ => text.to_string(),
    })
}

/// A valid value as a plain decimal, left out at its default; a bad value
/// as typed but for the spaces around it, which the check ignores too, so
/// the link keeps it and shows the same error.
fn link_value(f: &crate::model::Field, text: Option<&str>) -> Option<String> {
    let text = text?.trim();
    match check_field(f, Some(text), "") {
        Ok(Some(v)) if !f.is_default(v) => Some(plain(v)),
        Ok(_) => None,
        Err(_) => Some(text.to_string()),
    }
}

/// Everything but letters, digits and `-_.~` is escaped (RFC 3986's
/// unreserved characters), so a link survives email and intranet editors;
/// a space is `+`, as forms write it, a third of `%20`.
const ESCAPED: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~');

fn escape(text: &str) -> String {
    // Every `%` written starts an escape (a typed one is `%25`), so each
    // `%20` here is a space.
    percent_encoding::utf8_percent_encode(text, ESCAPED)
        .to_string()
        .replace("%20", "+")
}
