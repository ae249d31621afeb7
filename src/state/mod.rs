//! The page's state: the draft as typed, and the actions that change it.
//! Everything shown is derived from the draft.

use std::collections::BTreeSet;
use std::rc::Rc;

use yew::Reducible;

use crate::link::Decoded;
use crate::model::SeriesKey;
use crate::model::{Draft, End, FieldKey, GlobalKey, Input, Kind, LineDraft, LineKey};
use crate::presets::example_title;

mod apply;
mod regroup;
mod view;

pub use view::{Printing, Tab};

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub draft: Draft,
    /// What the opening link carried that could not be read.
    pub opened: Rc<Decoded>,
    /// The compact view for another site's page; kept when a scenario is
    /// opened from a file or the saved list.
    pub embed: bool,
    /// The blank figures of a line just added, whose errors wait until the
    /// user has been in the field: they hold the figures back (SPEC §7)
    /// without being shouted about.
    pub quiet: BTreeSet<FieldKey>,
    /// The field being typed in: a new error there waits until typing
    /// pauses or the user leaves the field.
    pub typing: Option<FieldKey>,
    /// The line removed last, so that it can be put back.
    pub removed: Option<Removed>,
    /// The line put back last: its heading takes the focus once drawn.
    pub restored: Option<usize>,
    /// The part of the page on show: on a phone any of them, beside the
    /// form one of the others.
    pub tab: Tab,
    /// The example this scenario opened as, so the page can say so.
    pub example: Option<&'static str>,
    /// Parts shown at least once: a part drawn once stays drawn. A
    /// handful at most, so a list.
    pub seen: Vec<Tab>,
    /// The first figures are on the screen, so what only matters later
    /// (charts, examples, the print list) may be drawn.
    pub painted: bool,
    pub printing: Printing,
    /// The scenario (its query) the page last settled on, a moment after
    /// typing paused: every part's views are then drawn, hidden, so that
    /// the browser's own print finds them on the page (issue 29).
    pub settled: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Removed {
    /// Where it was, from 0.
    pub index: usize,
    pub line: LineDraft,
    /// The lines (from 0, as numbered after it went) that acted on its
    /// events, to join it again when it is put back (SPEC §2.10).
    pub joined: Vec<usize>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    SetName(String),
    SetGlobal {
        key: GlobalKey,
        text: String,
    },
    /// One end of a global's range (`threshold.lo`).
    SetGlobalEnd {
        key: GlobalKey,
        end: End,
        text: String,
    },
    /// Lines count from 0 here, from 1 in links and field keys.
    SetLineName {
        line: usize,
        text: String,
    },
    SetLine {
        line: usize,
        input: Input,
        text: String,
    },
    /// A line's monthly counts or their months (SPEC §2.8).
    SetSeries {
        line: usize,
        key: SeriesKey,
        text: String,
    },
    /// A list typed into one box: the population's IMD fifths or a line's
    /// deprivation inputs (SPEC §2.11).
    SetText {
        field: FieldKey,
        text: String,
    },
    /// Several of a line's inputs at once ("Use these figures").
    SetLineValues {
        line: usize,
        values: Vec<(LineKey, String)>,
    },
    /// Both ends of an input's range at once ("Use this range").
    SetRange {
        line: usize,
        key: LineKey,
        lo: String,
        hi: String,
    },
    SetKind {
        line: usize,
        kind: Kind,
    },
    /// Who pays the line's costs, as a link names it.
    SetFunder {
        line: usize,
        text: String,
    },
    /// The line whose events it also reduces: its number from 1, or empty.
    SetWith {
        line: usize,
        text: String,
    },
    /// The user left a field: its error, if any, may now be shown.
    Leave(FieldKey),
    /// Typing paused: the field's error, if any, may now be shown.
    Pause,
    AddLine(Kind),
    /// A preset's lines, after the lines already there.
    AddLines(Vec<LineDraft>),
    RemoveLine(usize),
    /// Puts back the line removed last.
    UndoRemove,
    /// Replaces the scenario: a saved one, an imported file, an example, or
    /// a blank one.
    Open(Rc<Decoded>),
    Show(Tab),
    Painted,
    Print(Printing),
    /// Typing paused on this scenario (its query).
    Settled(String),
}

impl State {
    pub fn opened(decoded: Decoded) -> State {
        State {
            example: example_title(&decoded.draft),
            draft: decoded.draft.clone(),
            embed: decoded.embed,
            opened: Rc::new(Decoded {
                draft: Draft::default(),
                ..decoded
            }),
            quiet: BTreeSet::new(),
            typing: None,
            removed: None,
            restored: None,
            tab: Tab::Pilot,
            seen: Vec::new(),
            painted: false,
            printing: Printing::No,
            settled: String::new(),
        }
    }

    /// Whether a field's new error waits: the field itself, or the input a
    /// range end belongs to, is being typed in or not yet visited.
    pub fn is_quiet(&self, key: &FieldKey) -> bool {
        let waits = |k: &FieldKey| self.quiet.contains(k) || self.typing.as_ref() == Some(k);
        let input = match key {
            FieldKey::Line(n, Input::End(key, _)) => Some(FieldKey::Line(*n, Input::Value(*key))),
            FieldKey::GlobalEnd(key, _) => Some(FieldKey::Global(*key)),
            _ => None,
        };
        waits(key) || input.is_some_and(|input| waits(&input))
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match action {
            Action::Open(decoded) => Rc::new(State {
                embed: self.embed,
                tab: self.tab,
                seen: self.seen.clone(),
                painted: self.painted,
                printing: self.printing,
                ..State::opened((*decoded).clone())
            }),
            Action::Leave(key)
                if !self.quiet.contains(&key) && self.typing.as_ref() != Some(&key) =>
            {
                self
            }
            Action::Pause if self.typing.is_none() => self,
            Action::Show(tab) if tab == self.tab && self.seen.contains(&tab) => self,
            Action::Painted if self.painted => self,
            Action::Print(printing) if printing == self.printing => self,
            Action::Settled(ref query) if *query == self.settled => self,
            action => {
                let mut state = (*self).clone();
                state.apply(action);
                Rc::new(state)
            }
        }
    }
}
