use crate::model::{LineDraft, LineResult};
use crate::words::capacity::{steps_words, time_words};
use crate::words::parties::nhs_loses_words;

/// What a line's last valid figures say beside its inputs: only these, so
/// that a new population redraws a line only where they change.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LineNotes {
    pub raises_activity: bool,
    pub nhs_loses: Option<String>,
    pub steps: Option<String>,
    pub workforce: Option<String>,
}

impl LineNotes {
    pub fn of(line: &LineDraft, index: usize, r: &LineResult) -> LineNotes {
        LineNotes {
            raises_activity: r.raises_activity,
            nhs_loses: r.nhs_loses.then(|| nhs_loses_words(r)),
            steps: r.steps.as_ref().map(|s| steps_words(&line.name, index, s)),
            workforce: r
                .workforce
                .as_ref()
                .map(|w| format!("They take {}.", time_words(w))),
        }
    }
}
