//! Which part of the page is on show, and whether it is being printed.

/// The parts of the page (SPEC §6: every part one step away).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Tab {
    Pilot,
    Results,
    HowSure,
    Parties,
    Keep,
}

impl Tab {
    pub fn id(self) -> &'static str {
        match self {
            Tab::Pilot => "pilot",
            Tab::Results => "results",
            Tab::HowSure => "how-sure",
            Tab::Parties => "parties",
            Tab::Keep => "keep",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Tab::Pilot => "Your pilot",
            Tab::Results => "Results",
            Tab::HowSure => "How sure",
            Tab::Parties => "Who gains",
            Tab::Keep => "Share and keep",
        }
    }
}

/// Printing draws every part's charts at once, for paper.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Printing {
    #[default]
    No,
    /// "Print or save as PDF": draw, then open the browser's dialog.
    Asked,
    /// The browser is printing (its own menu, or the dialog we opened).
    Started,
}
