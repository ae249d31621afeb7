//! Share links (SPEC §3): query string ⇄ draft. Total: any text decodes to
//! a draft, whose errors are then shown beside the fields like typed ones.

use crate::model::fields::MAX_LINES;
use crate::model::keys::{End, FieldKey, GlobalKey, Input, LineKey};
use crate::model::number::plain;
use crate::model::scenario::Funder;
use crate::model::texts::Texts;
use crate::model::validate::check_field;
use crate::model::{Draft, LineDraft};

pub const VERSION: &str = "1";
/// The longest query or fragment read (SPEC §3): bigger is refused whole.
pub const MAX_QUERY: usize = 64 * 1024;
/// The longest value read: a longer one is left out, never stored.
pub const MAX_VALUE: usize = 4 * 1024;
/// Ignored keys the notice names; the rest are counted.
pub const NAMED_KEYS: usize = 20;
/// The longest link shared with its scenario in the query (SPEC §3): IIS
/// refuses a query over 2,048 characters by default; longer links keep
/// the scenario after `#`, which is never sent to a server.
pub const QUERY_LINK_MAX: usize = 2000;

/// The link to `view` at `base` (origin and path): the query while the
/// link is at most `QUERY_LINK_MAX` characters, else the fragment.
pub fn address(base: &str, view: &str) -> String {
    let link = format!("{base}?{view}");
    if link.len() > QUERY_LINK_MAX {
        format!("{base}#{view}")
    } else {
        link
    }
}

/// Where an address keeps its scenario (`search` and `hash` with or
/// without `?` and `#`): the fragment when it holds `v=`, else the query.
pub fn scenario_of<'a>(search: &'a str, hash: &'a str) -> &'a str {
    let hash = hash.strip_prefix('#').unwrap_or(hash);
    if holds_version(hash) {
        hash
    } else {
        search.strip_prefix('?').unwrap_or(search)
    }
}

/// Whether a query or fragment has the format's `v=` key.
pub fn holds_version(part: &str) -> bool {
    part.split('&').any(|pair| pair.starts_with("v="))
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Decoded {
    pub draft: Draft,
    /// Keys the link carried that this calculator does not read, as written.
    pub ignored: Vec<String>,
    /// The link names a format version newer than this release knows.
    pub newer_version: Option<String>,
    /// `embed=1`: the compact view for another site's page (SPEC §4).
    pub embed: bool,
    /// Line numbers past the 20 a scenario takes, which were left out.
    pub dropped_lines: std::collections::BTreeSet<usize>,
    /// How many lines the link gave, those left out included.
    pub lines_given: usize,
    /// The length of a query over `MAX_QUERY`, refused whole.
    pub too_long: Option<usize>,
    /// Keys whose values were over `MAX_VALUE`, left out.
    pub too_long_values: Vec<String>,
    /// Read from a file rather than a link, for the words.
    pub from_file: bool,
}

impl Decoded {
    /// What a link with more than 20 lines lost, in words: "This link has
    /// 39 lines; the calculator takes 20: lines 21 to 39 were left out."
    pub fn dropped_words(&self) -> Option<String> {
        let dropped = &self.dropped_lines;
        let (first, last) = (dropped.first()?, dropped.last()?);
        let n = |v: usize| crate::format::number(v as f64, 0);
        let dropped: Vec<usize> = dropped.iter().copied().collect();
        let given = self.lines_given;
        let which = if dropped.len() == 1 {
            format!("line {} was", n(*first))
        } else if last - first + 1 == dropped.len() {
            format!("lines {} to {} were", n(*first), n(*last))
        } else {
            let (init, tail) = dropped.split_at(dropped.len() - 1);
            let init: Vec<String> = init.iter().map(|v| n(*v)).collect();
            format!("lines {} and {} were", init.join(", "), n(tail[0]))
        };
        let lines = if given == 1 { "line" } else { "lines" };
        Some(format!(
            "This {} has {} {lines}; the calculator takes {MAX_LINES}: {which} left out.",
            self.source(),
            n(given)
        ))
    }

    pub fn source(&self) -> &'static str {
        if self.from_file {
            "file"
        } else {
            "link"
        }
    }

    /// A query refused whole, in words.
    pub fn too_long_words(&self) -> Option<String> {
        let kb = self.too_long?.div_ceil(1024);
        Some(format!(
            "This {} is {} KB long, more than the {} KB the calculator reads, so it was not opened and nothing of it was kept.",
            self.source(),
            crate::format::number(kb as f64, 0),
            MAX_QUERY / 1024
        ))
    }

    /// Values left out for their length, in words.
    pub fn too_long_values_words(&self) -> Option<String> {
        let keys = &self.too_long_values;
        (!keys.is_empty()).then(|| {
            format!(
                "{} longer than {} KB, so {} left out and not kept: {}.",
                if keys.len() == 1 {
                    "One value was"
                } else {
                    "Some values were"
                },
                MAX_VALUE / 1024,
                if keys.len() == 1 {
                    "it was"
                } else {
                    "they were"
                },
                named(keys)
            )
        })
    }
}

/// A draft a link could not carry back: a value over `MAX_VALUE`, or all
/// of it over `MAX_QUERY`. It is never kept in storage, since it would be
/// refused when read.
pub fn too_long_to_keep(draft: &Draft, query: &str) -> bool {
    query.len() > MAX_QUERY || pairs(draft).iter().any(|(_, v)| v.len() > MAX_VALUE)
}

/// Up to `NAMED_KEYS` keys, each cut to 40 characters, and how many more.
pub fn named(keys: &[String]) -> String {
    let short = |k: &String| match k.char_indices().nth(40) {
        Some((at, _)) => format!("{}\u{2026}", &k[..at]),
        None => k.clone(),
    };
    let mut list: Vec<String> = keys.iter().take(NAMED_KEYS).map(short).collect();
    if keys.len() > NAMED_KEYS {
        list.push(format!(
            "and {} more",
            crate::format::number((keys.len() - NAMED_KEYS) as f64, 0)
        ));
    }
    list.join(", ")
}

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
                FieldKey::Name => return false,
                FieldKey::LineName(n)
                | FieldKey::Kind(n)
                | FieldKey::Funder(n)
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
                values: Texts::default(),
            });
            match field {
                FieldKey::Kind(_) => line.kind = value,
                FieldKey::LineName(_) => line.name = value,
                FieldKey::Funder(_) => line.funder = value,
                FieldKey::Line(_, input) => {
                    line.values.insert(input, value);
                }
                FieldKey::Name | FieldKey::Global(_) | FieldKey::GlobalEnd(..) => return false,
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
    line.values.retain(|input, _| {
        // A bad `cash` of an older link is kept to show its error, beside
        // the payment rule it stands for; a line of costs has none.
        let bad_cash = *input == Input::Value(LineKey::Cash) && kind.saves();
        let keep = kind.keys().any(|k| k == input.key()) || bad_cash;
        if !keep {
            ignored.push(FieldKey::Line(n, *input).to_string());
        }
        keep
    });
}

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
        }
        for end in End::BOTH.into_iter().filter(|_| key.can_range()) {
            if let Some(value) = range_value(key.field(), draft.end(key, end)) {
                pairs.push((FieldKey::GlobalEnd(key, end).to_string(), value));
            }
        }
    }
    for (i, line) in draft.lines.iter().enumerate() {
        encode_line(&mut pairs, i + 1, line);
    }
    pairs
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
    let keys: Vec<LineKey> = match line.kind() {
        Some(kind) => kind.keys().collect(),
        // An unknown kind keeps everything, so nothing typed is lost.
        None => LineKey::ALL.to_vec(),
    };
    // Only a bad `cash` is still in a draft: kept as typed, like any bad
    // value.
    let keys = keys.into_iter().chain(
        line.value(LineKey::Cash)
            .filter(|_| line.kind().is_some())
            .map(|_| LineKey::Cash),
    );
    let name = |input: Input| FieldKey::Line(n, input).to_string();
    for key in keys {
        let f = &line.kind().map_or(*key.field(), |k| k.field_of(key));
        if let Some(value) = link_value(f, line.value(key)) {
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
