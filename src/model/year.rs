//! A row of the yearly table (SPEC §2.3, §2.6) and its columns.

/// One row of the yearly table (SPEC §2.3), t counted from 1.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Year {
    pub t: u32,
    /// The year's population, P × n_t (SPEC §2.3).
    pub people: f64,
    pub gross: f64,
    pub cost: f64,
    pub net: f64,
    pub df: f64,
    pub pv: f64,
    pub cum: f64,
    pub cash: f64,
    pub noncash: f64,
    pub share: f64,
    pub retained: f64,
    pub reinvest: f64,
    /// The hospital's gain-share (SPEC §2.6).
    pub hshare: f64,
    /// Primary care's gain-share less the costs it bears.
    pub primary: f64,
    /// The hospital: cost it really avoids less income it loses, plus its
    /// gain-share.
    pub hosp: f64,
    /// The NHS as a whole: cost really avoided less every cost.
    pub nhs: f64,
    /// The shareable saving: net cash above the threshold (not shown).
    pub base: f64,
}

/// A column of the yearly table (SPEC §2.3), in the order shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum YearCol {
    Gross,
    Cost,
    Net,
    Df,
    Pv,
    Cum,
    Cash,
    Noncash,
    Share,
    Retained,
    Reinvest,
    Hshare,
    Primary,
    Hosp,
    Nhs,
}

impl YearCol {
    pub const ALL: [YearCol; 15] = [
        YearCol::Gross,
        YearCol::Cost,
        YearCol::Net,
        YearCol::Df,
        YearCol::Pv,
        YearCol::Cum,
        YearCol::Cash,
        YearCol::Noncash,
        YearCol::Share,
        YearCol::Retained,
        YearCol::Reinvest,
        YearCol::Hshare,
        YearCol::Primary,
        YearCol::Hosp,
        YearCol::Nhs,
    ];

    /// SPEC §8's `data-col` name.
    pub fn name(self) -> &'static str {
        match self {
            YearCol::Gross => "gross",
            YearCol::Cost => "cost",
            YearCol::Net => "net",
            YearCol::Df => "df",
            YearCol::Pv => "pv",
            YearCol::Cum => "cum",
            YearCol::Cash => "cash",
            YearCol::Noncash => "noncash",
            YearCol::Share => "share",
            YearCol::Retained => "retained",
            YearCol::Reinvest => "reinvest",
            YearCol::Hshare => "hshare",
            YearCol::Primary => "primary",
            YearCol::Hosp => "hosp",
            YearCol::Nhs => "nhs",
        }
    }

    /// The heading people read; the table, the CSV file and the compare
    /// view use the same words.
    pub fn heading(self) -> &'static str {
        match self {
            YearCol::Gross => "Savings",
            YearCol::Cost => "Costs",
            YearCol::Net => "Net",
            YearCol::Df => "Discount factor",
            YearCol::Pv => "Present value",
            YearCol::Cum => "Cumulative net",
            YearCol::Cash => "Cash released",
            YearCol::Noncash => "Capacity freed (not cash)",
            YearCol::Share => "Primary care's gain-share",
            YearCol::Retained => "Commissioner keeps",
            YearCol::Reinvest => "Reinvestment fund to spend",
            YearCol::Hshare => "Hospital's gain-share",
            YearCol::Primary => "Primary care after its costs",
            YearCol::Hosp => "Hospital gain or loss",
            YearCol::Nhs => "NHS as a whole",
        }
    }
}

impl Year {
    pub fn column(&self, col: YearCol) -> f64 {
        match col {
            YearCol::Gross => self.gross,
            YearCol::Cost => self.cost,
            YearCol::Net => self.net,
            YearCol::Df => self.df,
            YearCol::Pv => self.pv,
            YearCol::Cum => self.cum,
            YearCol::Cash => self.cash,
            YearCol::Noncash => self.noncash,
            YearCol::Share => self.share,
            YearCol::Retained => self.retained,
            YearCol::Reinvest => self.reinvest,
            YearCol::Hshare => self.hshare,
            YearCol::Primary => self.primary,
            YearCol::Hosp => self.hosp,
            YearCol::Nhs => self.nhs,
        }
    }
}

/// The financial year (April to March) a date falls in, as the calendar
/// year it starts in: 5 December 2026 → 2026 (2026/27); 10 March 2027 →
/// 2026. `month` counts from 1.
pub fn financial_year_on(year: i32, month: u32) -> i32 {
    if month >= 4 {
        year
    } else {
        year - 1
    }
}
