//! The scenario as typed: raw text for every input, from the form, a link or
//! storage. Checking a draft gives a `Scenario` or messages for each field;
//! the text itself is never changed, so nothing a user typed is lost.

use super::equity::{list_text, EquityKey, ENGLAND};
use super::keys::{End, FieldKey, GlobalKey, Input, LineKey};
use super::kind::Kind;
use super::number::plain;
use super::overlap::SHARED_KEYS;
use super::scenario::{Funder, Line, Scenario};
use super::series::{month_key, Series, SeriesKey};
use super::texts::Texts;
use super::validate::check_field;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Draft {
    /// The scenario's name as typed; empty when it has none.
    pub name: String,
    /// Global inputs as typed; a missing one is its default.
    pub globals: Texts<GlobalKey>,
    /// The ends of globals' ranges as typed (`threshold.lo`), lows then
    /// highs: the same type as `globals`, which keeps the wasm smaller
    /// than one keyed by pairs.
    pub ends: [Texts<GlobalKey>; 2],
    /// The population's % in each IMD fifth as typed (SPEC §2.11); empty
    /// for England's 20% each.
    pub imd: String,
    pub lines: Vec<LineDraft>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct LineDraft {
    /// The kind as given; a link may carry one that does not exist.
    pub kind: String,
    pub name: String,
    /// Who pays the line's costs, as given; empty is the commissioner.
    pub funder: String,
    /// The line whose events this one also reduces (SPEC §2.10), as given:
    /// its number from 1; empty for its own events.
    pub with: String,
    /// Line inputs and range ends as typed; a missing one is its default.
    pub values: Texts<Input>,
    /// The monthly counts, their first month and the pilot's (SPEC §2.8),
    /// as typed, by `SeriesKey`; empty when not given.
    pub series: [String; 3],
    /// `grad`, `reach` and `health` (SPEC §2.11) as typed, by
    /// `EquityKey`; empty when not given.
    pub equity: [String; 3],
}

/// A message for one field.
#[derive(Clone, Debug, PartialEq)]
pub struct FieldError {
    pub key: FieldKey,
    pub message: String,
}

impl LineDraft {
    pub fn new(kind: Kind) -> LineDraft {
        LineDraft {
            kind: kind.key().to_string(),
            name: String::new(),
            funder: String::new(),
            with: String::new(),
            values: Texts::default(),
            series: Default::default(),
            equity: Default::default(),
        }
    }

    /// A line as the form adds it: its saving inputs blank, waiting for
    /// figures, rather than silently 0 (SPEC §2.2).
    pub fn blank(kind: Kind) -> LineDraft {
        let mut line = LineDraft::new(kind);
        line.fill_blanks();
        line
    }

    /// Blank text for each saving input of the line's kind it does not
    /// have; the inputs it added.
    pub fn fill_blanks(&mut self) -> Vec<LineKey> {
        let Some(kind) = self.kind() else {
            return Vec::new();
        };
        let missing: Vec<LineKey> = kind
            .saving_keys()
            .iter()
            .copied()
            .filter(|k| k.field().no_default)
            .filter(|k| !self.values.contains_key(&Input::Value(*k)))
            .collect();
        for key in &missing {
            self.values.insert(Input::Value(*key), String::new());
        }
        missing
    }

    pub fn kind(&self) -> Option<Kind> {
        Kind::parse(&self.kind)
    }

    pub fn text(&self, input: Input) -> Option<&str> {
        self.values.get(&input).map(String::as_str)
    }

    /// One of the series' inputs as typed.
    pub fn series_text(&self, key: SeriesKey) -> &str {
        &self.series[key as usize]
    }

    /// One of the deprivation inputs as typed.
    pub fn equity_text(&self, key: EquityKey) -> &str {
        &self.equity[key as usize]
    }

    /// An input's own text (not its range's).
    pub fn value(&self, key: LineKey) -> Option<&str> {
        self.text(Input::Value(key))
    }
}

impl Draft {
    /// A new scenario, empty but for its first financial year: today's,
    /// where a link without `fy` means 2017 (SPEC §2.1).
    pub fn new_scenario(fy: i32) -> Draft {
        Draft::default().starting_in(fy)
    }

    /// The same draft with its first financial year set to `fy`.
    pub fn starting_in(mut self, fy: i32) -> Draft {
        self.globals.insert(GlobalKey::Fy, fy.to_string());
        self
    }

    /// Whether nothing was entered but, perhaps, the first year: a blank
    /// scenario is nobody's work.
    pub fn is_blank(&self) -> bool {
        self.without_year() == Draft::default()
    }

    /// The same draft with no first year given: to compare what was
    /// entered, whichever year it starts in.
    pub fn without_year(&self) -> Draft {
        let mut draft = self.clone();
        draft.globals.remove(&GlobalKey::Fy);
        draft
    }

    /// The first financial year as checked; its default while it has a
    /// problem.
    pub fn first_year(&self) -> i32 {
        let fy = GlobalKey::Fy;
        self.valid(fy).unwrap_or(fy.field().default) as i32
    }

    pub fn text(&self, key: GlobalKey) -> Option<&str> {
        self.globals.get(&key).map(String::as_str)
    }

    /// One end of a global's range, as typed.
    pub fn end(&self, key: GlobalKey, end: End) -> Option<&str> {
        self.ends[end as usize].get(&key).map(String::as_str)
    }

    pub fn set_end(&mut self, key: GlobalKey, end: End, text: String) {
        self.ends[end as usize].insert(key, text);
    }

    /// A global input's value as checked, or None while it has a problem
    /// (or is an optional one left empty).
    pub fn valid(&self, key: GlobalKey) -> Option<f64> {
        check_field(key.field(), self.text(key), "").ok().flatten()
    }

    /// The draft that reads back as `scenario`, with defaults left out but
    /// the first year.
    pub fn from_scenario(scenario: &Scenario) -> Draft {
        let mut draft = Draft {
            name: scenario.name.clone(),
            ..Draft::default()
        };
        for key in GlobalKey::ALL {
            // Every draft carries its first year, as every new link does:
            // `fy`'s default means 2017 only for links written before it.
            let kept = |v: &f64| key == GlobalKey::Fy || !key.field().is_default(*v);
            if let Some(v) = scenario.get(key).filter(kept) {
                draft.globals.insert(key, plain(v));
            }
        }
        for range in &scenario.ranges {
            for (end, v) in [(End::Low, range.lo), (End::High, range.hi)] {
                draft.set_end(range.key, end, plain(v));
            }
        }
        if scenario.imd != ENGLAND {
            draft.imd = list_text(&scenario.imd);
        }
        draft.lines = scenario.lines.iter().map(line_draft).collect();
        draft
    }
}

fn line_draft(line: &Line) -> LineDraft {
    let mut draft = LineDraft::new(line.kind);
    draft.name = line.name.clone();
    if line.funder != Funder::default() {
        draft.funder = line.funder.name().to_string();
    }
    if let Some(m) = line.with {
        draft.with = (m + 1).to_string();
    }
    for key in line
        .kind
        .keys()
        .filter(|k| line.with.is_none() || !SHARED_KEYS.contains(k))
    {
        let (v, f) = (line.get(key), line.kind.field_of(key));
        // A line's optional inputs (the pilot's months, a step) hold 0 for
        // none: none of them can be 0.
        let none = f.optional && v == 0.0;
        if !(f.is_default(v) || none) {
            draft.values.insert(Input::Value(key), plain(v));
        }
    }
    if !line.ramp.later.is_empty() {
        let text = line.ramp.link_text(line.uptake);
        draft.values.insert(Input::Value(LineKey::Uptake), text);
    }
    for range in &line.ranges {
        for (end, v) in [(End::Low, range.lo), (End::High, range.hi)] {
            draft.values.insert(Input::End(range.key, end), plain(v));
        }
    }
    let equity = &line.equity;
    if equity.grad != Default::default() && line.with.is_none() {
        draft.equity[EquityKey::Grad as usize] = equity.grad.link_text();
    }
    if let Some(reach) = &equity.reach {
        draft.equity[EquityKey::Reach as usize] = list_text(reach);
    }
    if equity.health {
        draft.equity[EquityKey::Health as usize] = "1".into();
    }
    if let Some(s) = &line.series {
        draft.series = [
            Series::link_text(&s.counts),
            month_key(s.from),
            s.pilot_at
                .map(|p| month_key(s.month(p)))
                .unwrap_or_default(),
        ];
    }
    draft
}
