//! The Line years sheet (SPEC §5.1, §2.3): each line's figures in each
//! year, at year 1's prices, as formulas over the inputs: its uptake that
//! year, the population, the events it avoids (a group's member by its
//! credit, §2.10), its saving, what the commissioner stops paying, what is
//! really avoided, its running cost and set-up. The Years sheet sums them
//! by year and applies the uplift.

use rust_xlsxwriter::{Worksheet, XlsxError};

use super::cells::{cell, headings, put, span, text, text_formula, Formats};
use super::columns::{running_cost, uptake, EVENTS, K, SAVING};
use super::groups::{baseline_formula, on_lines, real_formula, reduction_in};
use super::groups::{share_formula, together_formula};
use super::inputs::{funder_of, line_input};
use crate::model::effect::{effects, group_credits, Effect};
use crate::model::kind::Kind;
use crate::model::line_year;
use crate::model::overlap::{groups, reduction, shares, Reach};
use crate::model::{Line, Scenario};
use crate::text::line_name;

pub const LINE: u16 = 0;
pub const YEAR: u16 = 1;
const NAME: u16 = 2;
const UPTAKE: u16 = 3;
const PEOPLE: u16 = 4;
const EVENTS_T: u16 = 5;
pub const SAVING_T: u16 = 6;
pub const PAID_T: u16 = 7;
pub const REAL_T: u16 = 8;
pub const COST_T: u16 = 9;
pub const SETUP_T: u16 = 10;
pub const FUNDER_T: u16 = 11;
const SHARE_T: u16 = 12;
const TOGETHER_T: u16 = 13;

const COLUMNS: [(&str, f64); 14] = [
    ("Line", 6.0),
    ("Year (t)", 6.0),
    ("Name", 24.0),
    ("Uptake (u)", 10.0),
    ("Population over year 1's (n)", 12.0),
    ("Events avoided, after optimism bias", 14.0),
    ("Saving at year 1's prices", 16.0),
    ("Saving the commissioner stops paying", 16.0),
    ("Cost really avoided", 16.0),
    ("Running cost at year 1's prices", 16.0),
    ("Set-up cost", 14.0),
    ("Who pays the costs", 14.0),
    ("Its share of its effect this year (c)", 14.0),
    ("Group's events together this year", 14.0),
];

/// The sheet's last row of figures, for the Years sheet's sums.
pub fn last_row(s: &Scenario) -> u32 {
    (s.lines.len() as u32 * s.years).max(1)
}

/// A column's cells on the sheet, for the Years sheet's sums.
pub fn all(s: &Scenario, col: u16) -> String {
    span(Some("'Line years'"), col, 1, last_row(s))
}

/// Line i in year t, on its row.
struct At<'a> {
    s: &'a Scenario,
    i: usize,
    t: u32,
    row: u32,
    line: &'a Line,
}

impl At<'_> {
    fn here(&self, col: u16) -> String {
        cell(self.row, col)
    }

    fn input(&self, key: &str) -> String {
        line_input(self.i + 1, key)
    }

    fn cost(&self) -> String {
        running_cost(self.i + 1, &format!("pop*{}", self.here(PEOPLE)))
    }

    /// What the line avoids or saves this year before its price, on its
    /// own: its full effect times uptake and population.
    fn scaled(&self, col: u16) -> String {
        format!(
            "{}*{}*{}",
            on_lines(self.i, col),
            self.here(UPTAKE),
            self.here(PEOPLE)
        )
    }

    fn real_alone(&self) -> String {
        let by_share = format!("{}*({}/100)", self.here(SAVING_T), self.input("avoid"));
        match self.line.kind {
            Kind::Cost => "0".into(),
            Kind::Spend | Kind::Observed => by_share,
            Kind::Rate | Kind::Count => {
                let (step, ev) = (self.input("step"), self.here(EVENTS_T));
                format!(
                    "IF({step}>0,IF({ev}>0,FLOOR({ev}/{step}+1E-9,1),0)*{},{by_share})",
                    self.input("step_cost")
                )
            }
        }
    }
}

type Cells = Vec<(u16, String, Option<f64>)>;

/// Line i's cells in year t on its own (SPEC §2.3).
fn alone_cells(at: &At, e: &Effect) -> Cells {
    let counts = at.line.kind.counts_events();
    let mut cells = vec![
        (SAVING_T, at.scaled(SAVING), Some(e.saving)),
        (REAL_T, at.real_alone(), Some(e.real)),
    ];
    if counts {
        cells.push((EVENTS_T, format!("{K}*{}", at.scaled(EVENTS)), e.events));
    }
    cells
}

/// Member i of a group in year t (SPEC §2.10): its share and credit from
/// every member's uptake that year, the baseline grown with the population.
fn member_cells(at: &At, members: &[usize], e: &Effect) -> Cells {
    let (s, i, t) = (at.s, at.i, at.t);
    let r = reduction_in(t);
    let b = format!("{}*{}", baseline_formula(s, i), at.here(PEOPLE));
    let found = group_credits(s, members, Reach::Year(t));
    let rus: Vec<f64> = members
        .iter()
        .map(|&m| reduction(&s.lines[m]) * s.lines[m].uptake_in(t))
        .collect();
    let j = members.iter().position(|&m| m == i).unwrap_or(0);
    let credit = format!("{b}*{}*{}", r(i), at.here(SHARE_T));
    let together = at.here(TOGETHER_T);
    let saving = match at.line.kind {
        Kind::Spend => format!("{K}*({credit})"),
        _ => format!("{K}*({credit}*{})", at.input("unit")),
    };
    let mut cells = vec![
        (
            SHARE_T,
            share_formula(members, i, &r),
            Some(shares(&rus)[j]),
        ),
        (
            TOGETHER_T,
            together_formula(members, &b, &r),
            Some(found.together),
        ),
        (SAVING_T, saving, Some(e.saving)),
    ];
    if at.line.kind.counts_events() {
        cells.push((EVENTS_T, format!("{K}*{credit}"), e.events));
        let real = real_formula(i, &together, &credit, &at.here(SAVING_T));
        cells.push((REAL_T, real, Some(e.real)));
    } else {
        let real = format!("{}*({}/100)", at.here(SAVING_T), at.input("avoid"));
        cells.push((REAL_T, real, Some(e.real)));
    }
    cells
}

/// Every cell of line i in year t.
fn row_cells(at: &At, members: Option<&Vec<usize>>, e: &Effect) -> Cells {
    let (s, line, t) = (at.s, at.line, at.t);
    let people = s.people(t);
    let saving = at.here(SAVING_T);
    let paid = match line.kind {
        Kind::Cost => "0".into(),
        _ => format!("{saving}*({}/100)", at.input("paid")),
    };
    let mut cells = vec![
        (UPTAKE, uptake(at.i + 1, t), Some(line.uptake_in(t))),
        (
            PEOPLE,
            format!("(1+growth/100)^({}-1)", at.here(YEAR)),
            Some(people),
        ),
        (PAID_T, paid, Some(e.saving * line.paid / 100.0)),
        (
            COST_T,
            at.cost(),
            Some(line_year::running_cost(line, s, people)),
        ),
        (
            SETUP_T,
            format!("IF({}=1,{},0)", at.here(YEAR), at.input("setup")),
            Some(if t == 1 { line.setup } else { 0.0 }),
        ),
    ];
    cells.extend(match members {
        Some(m) => member_cells(at, m, e),
        None => alone_cells(at, e),
    });
    cells
}

/// Writes the Line years sheet: H rows for each line, in line order.
pub fn line_years_sheet(s: &Scenario, f: &Formats) -> Result<Worksheet, XlsxError> {
    let mut sheet = Worksheet::new();
    sheet.set_name("Line years")?;
    headings(&mut sheet, f, &COLUMNS)?;
    sheet.set_row_height(0, 45)?;
    let found = groups(s);
    let years: Vec<Vec<Effect>> = (1..=s.years).map(|t| effects(s, Reach::Year(t))).collect();
    for (i, line) in s.lines.iter().enumerate() {
        let members = found.iter().find(|m| m.contains(&i));
        for t in 1..=s.years {
            let row = i as u32 * s.years + t;
            let at = At { s, i, t, row, line };
            sheet.write_number_with_format(row, LINE, (i + 1) as f64, &f.whole)?;
            sheet.write_number_with_format(row, YEAR, f64::from(t), &f.whole)?;
            text(&mut sheet, (row, NAME), &line_name(&line.name, i))?;
            let e = years[t as usize - 1][i];
            for (col, formula, value) in row_cells(&at, members, &e) {
                let format = match col {
                    UPTAKE | PEOPLE | SHARE_T => &f.factor,
                    EVENTS_T | TOGETHER_T => &f.number,
                    _ => &f.money,
                };
                put(&mut sheet, (row, col), &formula, value, format)?;
            }
            let funder = text_formula(&funder_of(i + 1), line.funder.name());
            sheet.write_formula(row, FUNDER_T, funder)?;
        }
    }
    sheet.set_freeze_panes(1, 0)?;
    Ok(sheet)
}
