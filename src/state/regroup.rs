//! Lines that act on the same events (SPEC §2.10) when a line is removed
//! or put back: every `with` keeps pointing at the same line, and removing
//! an events' line makes the first of its joined lines the events' line,
//! with the shared inputs as they were, so nothing is lost.

use crate::model::overlap::SHARED_KEYS;
use crate::model::{End, Input, LineDraft};

/// The lines' `with` after line `index` (from 0) was taken out as
/// `removed`; the lines (from 0, as now numbered) that had joined it.
pub fn after_removing(lines: &mut [LineDraft], index: usize, removed: &LineDraft) -> Vec<usize> {
    let gone = index + 1;
    let joined: Vec<usize> = (0..lines.len())
        .filter(|&i| number(&lines[i]) == Some(gone))
        .collect();
    for line in lines.iter_mut() {
        match number(line) {
            Some(n) if n > gone => line.with = (n - 1).to_string(),
            _ => {}
        }
    }
    if let Some((&first, others)) = joined.split_first() {
        let heir = &mut lines[first];
        heir.with.clear();
        take_shared_inputs(heir, removed);
        for &i in others {
            lines[i].with = (first + 1).to_string();
        }
    }
    joined
}

/// The lines' `with` after `index` (from 0) was put back, the lines in
/// `joined` (numbered as before it was) joining it again.
pub fn after_restoring(lines: &mut [LineDraft], index: usize, joined: &[usize]) {
    let at = index + 1;
    for (i, line) in lines.iter_mut().enumerate() {
        if i == index {
            continue;
        }
        if let Some(n) = number(line).filter(|n| *n >= at) {
            line.with = (n + 1).to_string();
        }
    }
    for &j in joined {
        let i = if j >= index { j + 1 } else { j };
        if let Some(line) = lines.get_mut(i) {
            line.with = at.to_string();
        }
    }
}

/// A line's `with` as a number, where it is one.
fn number(line: &LineDraft) -> Option<usize> {
    line.with.trim().parse().ok()
}

/// The events' line's baseline, price and payment rule, with their
/// ranges, copied as typed.
fn take_shared_inputs(heir: &mut LineDraft, from: &LineDraft) {
    for key in SHARED_KEYS {
        let inputs = [
            Input::Value(key),
            Input::End(key, End::Low),
            Input::End(key, End::High),
        ];
        for input in inputs {
            match from.text(input) {
                Some(text) => {
                    heir.values.insert(input, text.to_string());
                }
                None => {
                    heir.values.remove(&input);
                }
            }
        }
    }
}
