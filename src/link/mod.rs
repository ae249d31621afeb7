//! Share links (SPEC §3): query string ⇄ draft. Total: any text decodes to
//! a draft, whose errors are then shown beside the fields like typed ones.

mod decode;
mod encode;

pub use decode::{decode, decode_pairs};
pub use encode::{encode, encode_view, pairs};

use crate::model::fields::MAX_LINES;
use crate::model::Draft;

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
