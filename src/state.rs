//! The page's state: the draft as typed, and the actions that change it.
//! Everything shown is derived from the draft.

use std::rc::Rc;

use yew::Reducible;

use crate::link::Decoded;
use crate::model::fields::MAX_LINES;
use crate::model::{Draft, Kind, LineDraft};

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub draft: Draft,
    /// What the opening link carried that could not be read.
    pub opened: Rc<Decoded>,
    /// The compact view for another site's page; kept when a scenario is
    /// opened from a file or the saved list.
    pub embed: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    SetGlobal {
        key: String,
        text: String,
    },
    SetLine {
        line: usize,
        key: String,
        text: String,
    },
    /// Both ends of an input's range at once ("Use this range").
    SetRange {
        line: usize,
        key: &'static str,
        lo: String,
        hi: String,
    },
    SetKind {
        line: usize,
        kind: Kind,
    },
    AddLine(Kind),
    /// A preset's lines, after the lines already there.
    AddLines(Vec<LineDraft>),
    RemoveLine(usize),
    /// Replaces the scenario: a saved one, or an imported file.
    Open(Rc<Decoded>),
}

impl State {
    pub fn opened(decoded: Decoded) -> State {
        State {
            draft: decoded.draft.clone(),
            embed: decoded.embed,
            opened: Rc::new(Decoded {
                draft: Draft::default(),
                ..decoded
            }),
        }
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        if let Action::Open(decoded) = action {
            let embed = self.embed;
            return Rc::new(State {
                embed,
                ..State::opened((*decoded).clone())
            });
        }
        let mut state = (*self).clone();
        let lines = &mut state.draft.lines;
        match action {
            Action::SetGlobal { key, text } => {
                state.draft.globals.insert(key, text);
            }
            Action::SetLine { line, key, text } => {
                if let Some(l) = lines.get_mut(line) {
                    l.values.insert(key, text);
                }
            }
            Action::SetRange { line, key, lo, hi } => {
                if let Some(l) = lines.get_mut(line) {
                    l.values.insert(format!("{key}.lo"), lo);
                    l.values.insert(format!("{key}.hi"), hi);
                }
            }
            Action::SetKind { line, kind } => {
                if let Some(l) = lines.get_mut(line) {
                    l.kind = kind.key().to_string();
                }
            }
            Action::AddLine(kind) if lines.len() < MAX_LINES => lines.push(LineDraft::new(kind)),
            Action::AddLine(_) => {}
            Action::AddLines(new) if lines.len() + new.len() <= MAX_LINES => lines.extend(new),
            Action::AddLines(_) => {}
            Action::RemoveLine(line) if line < lines.len() => {
                lines.remove(line);
            }
            Action::RemoveLine(_) | Action::Open(_) => {}
        }
        Rc::new(state)
    }
}
