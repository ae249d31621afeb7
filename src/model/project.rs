//! The yearly projection and summary figures of SPEC §2.3–2.4.

use super::kind::Kind;
use super::scenario::{Line, Scenario};

/// One row of the yearly table (SPEC §2.3), t counted from 1.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Year {
    pub t: u32,
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
}

impl YearCol {
    pub const ALL: [YearCol; 11] = [
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
            YearCol::Share => "Provider's gain-share",
            YearCol::Retained => "Commissioner keeps",
            YearCol::Reinvest => "Reinvestment fund to spend",
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
        }
    }
}

/// One line's yearly figures at full effect and today's prices.
#[derive(Clone, Debug, PartialEq)]
pub struct LineResult {
    pub events: Option<f64>,
    /// k × F
    pub saving: f64,
    /// R
    pub cost: f64,
    pub net: f64,
    pub breakeven: Option<f64>,
    /// The pilot raised activity, so the line's saving is negative.
    pub raises_activity: bool,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Summary {
    pub npv: f64,
    pub gross_total: f64,
    pub cost_total: f64,
    pub net_total: f64,
    pub cash_total: f64,
    pub noncash_total: f64,
    pub pv_gross: f64,
    pub pv_cost: f64,
    pub bcr: Option<f64>,
    pub switching: Option<f64>,
    pub payback_months: Option<f64>,
    pub reinvest_total: f64,
    pub beyond_horizon: f64,
    pub cost_per_patient: f64,
    /// k ΣF − ΣR: the yearly net at full effect for the whole population.
    pub net_year: f64,
    pub net_per_1000: f64,
    pub scale_net_year: Option<f64>,
    pub scale_npv: Option<f64>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Results {
    pub years: Vec<Year>,
    pub lines: Vec<LineResult>,
    pub summary: Summary,
}

/// F of SPEC §2.2: the full saving a year, before optimism bias.
pub(super) fn full_saving(line: &Line, pop: f64) -> f64 {
    match line.kind {
        Kind::Rate | Kind::Count => events_avoided(line, pop).unwrap_or(0.0) * line.unit,
        Kind::Spend => line.spend * line.pct / 100.0,
        Kind::Observed => line.saved * 12.0 / line.months,
        Kind::Cost => 0.0,
    }
}

/// E of SPEC §2.2, where the kind counts events.
fn events_avoided(line: &Line, pop: f64) -> Option<f64> {
    match line.kind {
        Kind::Rate => Some(pop * (line.base - line.after) / 1000.0),
        Kind::Count => Some(line.events * line.pct / 100.0),
        _ => None,
    }
}

/// R of SPEC §2.2: the recurring cost a year.
pub(super) fn recurring_cost(line: &Line, s: &Scenario) -> f64 {
    line.annual + line.per_patient * s.pop + line.appts * line.appt_cost * s.days
}

/// The `after` at which a rate line pays for itself.
fn breakeven(line: &Line, s: &Scenario, cost: f64) -> Option<f64> {
    let per_event = line.unit * s.k();
    (line.kind == Kind::Rate && per_event != 0.0)
        .then(|| line.base - cost * 1000.0 / (s.pop * per_event))
}

fn line_result(line: &Line, s: &Scenario) -> LineResult {
    let saving = s.k() * full_saving(line, s.pop);
    let cost = recurring_cost(line, s);
    LineResult {
        events: events_avoided(line, s.pop),
        saving,
        cost,
        net: saving - cost,
        breakeven: breakeven(line, s, cost),
        raises_activity: line.kind == Kind::Rate && line.after > line.base,
    }
}

fn uptake(line: &Line, t: u32) -> f64 {
    if t == 1 {
        line.uptake / 100.0
    } else {
        1.0
    }
}

/// gross_t, cashgross_t and cost_t before the gain-share is worked out.
fn year_flows(s: &Scenario, t: u32) -> Year {
    let growth = (1.0 + s.infl / 100.0).powi(t as i32 - 1);
    let mut year = Year {
        t,
        ..Year::default()
    };
    let mut cash_gross = 0.0;
    for line in &s.lines {
        let gross = s.k() * full_saving(line, s.pop) * uptake(line, t) * growth;
        year.gross += gross;
        if line.cash {
            cash_gross += gross;
        }
        year.cost += recurring_cost(line, s) * growth + if t == 1 { line.setup } else { 0.0 };
    }
    year.net = year.gross - year.cost;
    year.df = (1.0 + s.disc / 100.0).powi(-(t as i32 - 1));
    year.pv = year.net * year.df;
    year.cash = cash_gross - year.cost;
    year.noncash = year.gross - cash_gross;
    year.share = s.share / 100.0 * year.cash.max(0.0);
    year.retained = year.cash - year.share;
    year
}

fn yearly(s: &Scenario) -> Vec<Year> {
    let mut years: Vec<Year> = (1..=s.years).map(|t| year_flows(s, t)).collect();
    let mut cum = 0.0;
    for i in 0..years.len() {
        cum += years[i].net;
        years[i].cum = cum;
        let lag = s.lag as usize;
        years[i].reinvest = if i >= lag { years[i - lag].share } else { 0.0 };
    }
    years
}

/// Months from the start of year 1 until the cumulative position, with set-up
/// paid up front and everything else flowing evenly, first reaches zero.
fn payback_months(years: &[Year], setup: f64) -> Option<f64> {
    let flow = |y: &Year| y.gross - (y.cost - if y.t == 1 { setup } else { 0.0 });
    let mut position = -setup;
    if position >= 0.0 && years.first().is_some_and(|y| flow(y) >= 0.0) {
        return Some(0.0);
    }
    for year in years {
        let prev = position;
        position += flow(year);
        if prev < 0.0 && position >= 0.0 {
            return Some(12.0 * (f64::from(year.t - 1) + (-prev) / flow(year)));
        }
    }
    None
}

fn summarise(s: &Scenario, years: &[Year], lines: &[LineResult]) -> Summary {
    let sum = |f: fn(&Year) -> f64| years.iter().map(f).sum::<f64>();
    let npv = sum(|y| y.pv);
    let pv_gross = sum(|y| y.gross * y.df);
    let pv_cost = sum(|y| y.cost * y.df);
    let lag = (s.lag as usize).min(years.len());
    let net_year: f64 = lines.iter().map(|l| l.net).sum();
    let setup: f64 = s.lines.iter().map(|l| l.setup).sum();
    let scale = |v: f64| s.scale.map(|size| v * size / s.pop);
    Summary {
        npv,
        gross_total: sum(|y| y.gross),
        cost_total: sum(|y| y.cost),
        net_total: sum(|y| y.net),
        cash_total: sum(|y| y.cash),
        noncash_total: sum(|y| y.noncash),
        pv_gross,
        pv_cost,
        bcr: (pv_cost != 0.0).then(|| pv_gross / pv_cost),
        switching: (npv > 0.0 && pv_gross != 0.0).then(|| 100.0 * npv / pv_gross),
        payback_months: payback_months(years, setup),
        reinvest_total: sum(|y| y.reinvest),
        beyond_horizon: years[years.len() - lag..].iter().map(|y| y.share).sum(),
        cost_per_patient: lines.iter().map(|l| l.cost).sum::<f64>() / s.pop,
        net_year,
        net_per_1000: net_year / s.pop * 1000.0,
        scale_net_year: scale(net_year),
        scale_npv: scale(npv),
    }
}

pub fn project(s: &Scenario) -> Results {
    let lines: Vec<LineResult> = s.lines.iter().map(|l| line_result(l, s)).collect();
    let years = yearly(s);
    let summary = summarise(s, &years, &lines);
    Results {
        years,
        lines,
        summary,
    }
}
