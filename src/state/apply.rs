//! What each action does to the page's state.

use std::collections::BTreeSet;

use super::{regroup, Action, Removed, State};
use crate::model::fields::MAX_LINES;
use crate::model::{End, FieldKey, Input, LineDraft, LineKey};

impl State {
    pub(super) fn apply(&mut self, action: Action) {
        let lines = &mut self.draft.lines;
        match action {
            Action::SetName(text) => {
                self.typing = Some(FieldKey::Name);
                self.draft.name = text;
            }
            Action::SetGlobal { key, text } => {
                self.typing = Some(FieldKey::Global(key));
                self.draft.globals.insert(key, text);
            }
            Action::SetGlobalEnd { key, end, text } => {
                self.typing = Some(FieldKey::GlobalEnd(key, end));
                self.draft.set_end(key, end, text);
            }
            Action::SetLineName { line, text } => {
                if let Some(l) = lines.get_mut(line) {
                    self.typing = Some(FieldKey::LineName(line + 1));
                    l.name = text;
                }
            }
            Action::SetLine { line, input, text } => {
                if let Some(l) = lines.get_mut(line) {
                    let field = FieldKey::Line(line + 1, input);
                    self.quiet.remove(&field);
                    self.typing = Some(field);
                    l.values.insert(input, text);
                    // A payment rule chosen replaces an older link's bad
                    // "does the saving release cash?".
                    if input == Input::Value(LineKey::Paid) {
                        l.values.remove(&Input::Value(LineKey::Cash));
                    }
                }
            }
            Action::SetSeries { line, key, text } => {
                if let Some(l) = lines.get_mut(line) {
                    let field = FieldKey::Series(line + 1, key);
                    self.quiet.remove(&field);
                    self.typing = Some(field);
                    l.series[key as usize] = text;
                }
            }
            Action::SetText { field, text } => {
                let slot = match &field {
                    FieldKey::Imd => Some(&mut self.draft.imd),
                    FieldKey::Equity(n, key) => lines
                        .get_mut(n.wrapping_sub(1))
                        .map(|l| &mut l.equity[*key as usize]),
                    _ => None,
                };
                if let Some(slot) = slot {
                    *slot = text;
                    self.quiet.remove(&field);
                    self.typing = Some(field);
                }
            }
            Action::SetLineValues { line, values } => {
                if let Some(l) = lines.get_mut(line) {
                    for (key, text) in values {
                        l.values.insert(Input::Value(key), text);
                    }
                }
            }
            Action::SetRange { line, key, lo, hi } => {
                if let Some(l) = lines.get_mut(line) {
                    l.values.insert(Input::End(key, End::Low), lo);
                    l.values.insert(Input::End(key, End::High), hi);
                }
            }
            Action::SetKind { line, kind } => {
                if let Some(l) = lines.get_mut(line) {
                    l.kind = kind.key().to_string();
                    for key in l.fill_blanks() {
                        self.quiet
                            .insert(FieldKey::Line(line + 1, Input::Value(key)));
                    }
                }
            }
            Action::SetFunder { line, text } => {
                if let Some(l) = lines.get_mut(line) {
                    l.funder = text;
                }
            }
            Action::SetWith { line, text } => {
                if let Some(l) = lines.get_mut(line) {
                    l.with = text;
                }
            }
            Action::Leave(key) => {
                self.quiet.remove(&key);
                if self.typing.as_ref() == Some(&key) {
                    self.typing = None;
                }
            }
            Action::Pause => self.typing = None,
            Action::AddLine(kind) if lines.len() < MAX_LINES => {
                let line = LineDraft::blank(kind);
                let n = lines.len() + 1;
                for input in line.values.keys() {
                    self.quiet.insert(FieldKey::Line(n, input));
                }
                lines.push(line);
            }
            Action::AddLines(new) if lines.len() + new.len() <= MAX_LINES => lines.extend(new),
            Action::RemoveLine(index) if index < lines.len() => {
                let line = lines.remove(index);
                let joined = regroup::after_removing(lines, index, &line);
                self.quiet = renumber(&self.quiet, index, Shift::Removed);
                self.typing = None;
                self.removed = Some(Removed {
                    index,
                    line,
                    joined,
                });
                self.restored = None;
            }
            Action::UndoRemove if lines.len() < MAX_LINES => {
                if let Some(Removed {
                    index,
                    line,
                    joined,
                }) = self.removed.take()
                {
                    let index = index.min(lines.len());
                    lines.insert(index, line);
                    regroup::after_restoring(lines, index, &joined);
                    self.quiet = renumber(&self.quiet, index, Shift::Inserted);
                    self.restored = Some(index);
                }
            }
            Action::Show(tab) => {
                self.tab = tab;
                if !self.seen.contains(&tab) {
                    self.seen.push(tab);
                }
            }
            Action::Painted => self.painted = true,
            Action::Print(printing) => self.printing = printing,
            Action::Settled(query) => self.settled = query,
            Action::AddLine(_)
            | Action::AddLines(_)
            | Action::RemoveLine(_)
            | Action::UndoRemove
            | Action::Open(_) => {}
        }
    }
}

enum Shift {
    Removed,
    Inserted,
}

/// Line fields (`l3.after`) follow their line when one before them is
/// removed or put back; a removed line's fields go with it.
fn renumber(keys: &BTreeSet<FieldKey>, index: usize, shift: Shift) -> BTreeSet<FieldKey> {
    let at = index + 1;
    let mut moved = BTreeSet::new();
    for key in keys {
        let Some(n) = key.line() else {
            moved.insert(key.clone());
            continue;
        };
        let n = match shift {
            Shift::Removed if n == at => continue,
            Shift::Removed if n > at => n - 1,
            Shift::Inserted if n >= at => n + 1,
            _ => n,
        };
        moved.insert(key.on_line(n));
    }
    moved
}
