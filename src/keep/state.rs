//! What the browser keeps for the page (SPEC §5), as page state: the saved
//! list, what the page says about keeping, and whether it may autosave.
//! Changed only by actions, like the scenario in `crate::state`.

use std::rc::Rc;

use yew::Reducible;

use crate::keep::storage::Opening;
use crate::keep::Saved;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Keeping {
    pub saved: Rc<Vec<Saved>>,
    /// A sentence each: what was kept, opened, or could not be.
    pub notices: Vec<String>,
    /// False until storage has been read for a page opened from a link, and
    /// where an unreadable autosave could not be kept aside.
    pub may_autosave: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub enum KeepAction {
    /// What storage held when it was read.
    Read(Rc<Opening>),
    /// The saved list as stored after a change.
    List(Vec<Saved>),
    /// What to say now, in place of what was said.
    Say(Vec<String>),
    /// A fault of storage, said once however often it happens.
    Fault(String),
}

impl Keeping {
    pub fn read(opening: &Opening) -> Keeping {
        Keeping {
            saved: Rc::new(opening.saved.clone()),
            notices: once(&opening.notices),
            may_autosave: opening.may_autosave,
        }
    }
}

/// Each sentence once, in the order first said: two steps can meet the
/// same fault (an unreadable list read twice while opening).
fn once(notices: &[String]) -> Vec<String> {
    let mut said: Vec<String> = Vec::with_capacity(notices.len());
    for notice in notices {
        if !said.contains(notice) {
            said.push(notice.clone());
        }
    }
    said
}

impl Reducible for Keeping {
    type Action = KeepAction;

    fn reduce(self: Rc<Self>, action: KeepAction) -> Rc<Self> {
        match action {
            KeepAction::Read(opening) => Rc::new(Keeping::read(&opening)),
            KeepAction::List(saved) => Rc::new(Keeping {
                saved: Rc::new(saved),
                ..(*self).clone()
            }),
            KeepAction::Say(notices) => Rc::new(Keeping {
                notices: once(&notices),
                ..(*self).clone()
            }),
            KeepAction::Fault(sentence) if self.notices.contains(&sentence) => self,
            KeepAction::Fault(sentence) => {
                let mut keeping = (*self).clone();
                keeping.notices.push(sentence);
                Rc::new(keeping)
            }
        }
    }
}
