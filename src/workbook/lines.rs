//! The Lines sheet (SPEC §5.1): each line's figures at full effect as
//! formulas over its inputs (§2.2, §2.4, §2.6, §2.7), and the figures the
//! other sheets read (what the commissioner stops paying and what is
//! really avoided, at full effect); each year's are on the Line years
//! sheet.

use rust_xlsxwriter::{Worksheet, XlsxError};

use super::cells::{cell, headings, put, text, text_formula, Formats};
use super::columns::*;
use super::groups::{credit_cells, COLUMNS as GROUP_COLUMNS};
use super::inputs::{funder_of, line_input};
use crate::format::CANNOT_BREAK_EVEN;
use crate::model::capacity::really_avoided;
use crate::model::kind::Kind;
use crate::model::{Line, LineResult, Results, Scenario};
use crate::text::line_name;

const COLUMNS: [(&str, f64); 20] = [
    ("Line", 6.0),
    ("Name", 30.0),
    ("Kind", 10.0),
    ("Events avoided a year (E)", 14.0),
    ("Saving a year at full effect (k F)", 16.0),
    ("Recurring cost a year (R)", 16.0),
    ("Net a year (k F - R)", 16.0),
    ("Break-even rate with the pilot", 14.0),
    ("Hospital a year", 16.0),
    ("NHS as a whole a year", 16.0),
    ("Clinician hours a year", 12.0),
    ("Whole-time equivalents", 12.0),
    ("Sessions a week", 12.0),
    ("Whole steps removed", 12.0),
    ("Events to the next step", 14.0),
    ("Running cost per event avoided (R / E)", 16.0),
    ("Saving the commissioner stops paying, full effect", 18.0),
    ("Cost really avoided, full effect", 16.0),
    ("Set-up cost", 14.0),
    ("Who pays the costs", 14.0),
];

/// One line's formulas, reading its own inputs by name.
struct Of<'a> {
    n: usize,
    row: u32,
    line: &'a Line,
}

impl Of<'_> {
    fn input(&self, key: &str) -> String {
        line_input(self.n, key)
    }

    fn here(&self, col: u16) -> String {
        cell(self.row, col)
    }

    fn events(&self) -> Option<String> {
        let i = |k| self.input(k);
        match self.line.kind {
            Kind::Rate => Some(format!("pop*({}-{})/1000", i("base"), i("after"))),
            Kind::Count => Some(format!("{}*{}/100", i("events"), i("pct"))),
            _ => None,
        }
    }

    fn saving(&self) -> String {
        let i = |k| self.input(k);
        match self.line.kind {
            Kind::Rate | Kind::Count => format!("{K}*({}*{})", self.here(EVENTS), i("unit")),
            Kind::Spend => format!("{K}*({}*{}/100)", i("spend"), i("pct")),
            Kind::Observed => format!("{K}*({}*12/{})", i("saved"), i("months")),
            Kind::Cost => "0".into(),
        }
    }

    fn cost(&self) -> String {
        running_cost(self.n, "pop")
    }

    /// The rate at which the line breaks even; below 0, the page's words.
    fn breakeven(&self) -> Option<String> {
        let (base, unit) = (self.input("base"), self.input("unit"));
        let rate = format!("{base}-{}*1000/(pop*({unit}*{K}))", self.here(COST));
        (self.line.kind == Kind::Rate)
            .then(|| format!("IF({unit}*{K}<>0,IF({rate}<0,\"{CANNOT_BREAK_EVEN}\",{rate}),\"\")"))
    }

    /// Events avoided times `reach` (k).
    fn reached(&self, reach: &str) -> String {
        format!("{}*{reach}", self.here(EVENTS))
    }

    fn whole_steps(&self, reach: &str) -> String {
        let events = self.reached(reach);
        let step = self.input("step");
        format!("IF({events}>0,FLOOR({events}/{step}+1E-9,1),0)")
    }

    /// R / E where the line counts events and avoids some.
    fn per_event(&self) -> Option<String> {
        let (cost, events) = (self.here(COST), self.here(EVENTS));
        self.line
            .kind
            .counts_events()
            .then(|| format!("IF({events}>0,{cost}/{events},\"\")"))
    }

    /// Cost really avoided (SPEC §2.6, §2.7): whole steps where the line
    /// has a step, else its share `avoid` of the saving in `saving`.
    fn real(&self, saving: u16, reach: &str) -> String {
        let by_share = format!("{}*({}/100)", self.here(saving), self.input("avoid"));
        match self.line.kind {
            Kind::Cost => "0".into(),
            Kind::Spend | Kind::Observed => by_share,
            Kind::Rate | Kind::Count => format!(
                "IF({}>0,{}*{},{by_share})",
                self.input("step"),
                self.whole_steps(reach),
                self.input("step_cost")
            ),
        }
    }

    fn paid(&self, saving: u16) -> String {
        match self.line.kind {
            Kind::Cost => "0".into(),
            _ => format!("{}*({}/100)", self.here(saving), self.input("paid")),
        }
    }

    /// Hours a day of the extra appointments, then `rest`; empty without any.
    fn workforce(&self, rest: &str) -> String {
        let appts = self.input("appts");
        let minutes = self.input("appt_min");
        format!("IF({appts}>0,{appts}*{minutes}/60{rest},\"\")")
    }

    fn steps(&self) -> Option<String> {
        self.line
            .kind
            .counts_events()
            .then(|| format!("IF({}>0,{},\"\")", self.input("step"), self.whole_steps(K)))
    }

    fn next_step(&self) -> Option<String> {
        let step = self.input("step");
        self.line.kind.counts_events().then(|| {
            format!(
                "IF({step}>0,({}+1)*{step}-{},\"\")",
                self.here(STEPS),
                self.reached(K)
            )
        })
    }
}

/// Each formula of line `i` with its value: (column, formula, value); a
/// member of a group (SPEC §2.10) by its credit, its values the model's.
fn line_cells(s: &Scenario, i: usize, r: &LineResult) -> Vec<Cell> {
    let line = &s.lines[i];
    let of = Of {
        n: i + 1,
        row: i as u32 + 1,
        line,
    };
    let events_k = |reach: f64| r.events.map(|e| e * reach);
    let work = r.workforce;
    let steps = r.steps;
    let mut cells = vec![
        (EVENTS, of.events(), r.events),
        (SAVING, Some(of.saving()), Some(r.saving)),
        (COST, Some(of.cost()), Some(r.cost)),
        (
            NET,
            Some(format!("{}-{}", of.here(SAVING), of.here(COST))),
            Some(r.net),
        ),
        (BREAKEVEN, of.breakeven(), r.breakeven),
        (
            HOSP,
            Some(format!("{}-{}", of.here(REAL), of.here(PAID))),
            Some(r.hosp),
        ),
        (
            NHS,
            Some(format!("{}-{}", of.here(REAL), of.here(COST))),
            Some(r.nhs),
        ),
        (HOURS, Some(of.workforce("*days")), work.map(|w| w.hours)),
        (WTE, Some(of.workforce("/7.5")), work.map(|w| w.wte)),
        (
            SESSIONS,
            Some(of.workforce("*5/(25/6)")),
            work.map(|w| w.sessions),
        ),
        (STEPS, of.steps(), steps.map(|st| st.units)),
        (NEXT_STEP, of.next_step(), steps.map(|st| st.next)),
        (PER_EVENT, of.per_event(), r.per_event),
        (
            PAID,
            Some(of.paid(SAVING)),
            Some(r.saving * line.paid / 100.0),
        ),
        (
            REAL,
            Some(of.real(SAVING, K)),
            Some(really_avoided(line, r.saving, events_k(s.k()))),
        ),
        (SETUP, Some(line_input(of.n, "setup")), Some(line.setup)),
    ];
    credit_cells(s, i, r, &mut cells);
    cells
}

/// Writes the Lines sheet.
pub fn lines_sheet(s: &Scenario, results: &Results, f: &Formats) -> Result<Worksheet, XlsxError> {
    let mut sheet = Worksheet::new();
    sheet.set_name("Lines")?;
    let columns: Vec<(&str, f64)> = COLUMNS.iter().chain(&GROUP_COLUMNS).copied().collect();
    headings(&mut sheet, f, &columns)?;
    sheet.set_row_height(0, 60)?;
    for (i, (line, r)) in s.lines.iter().zip(&results.lines).enumerate() {
        let row = i as u32 + 1;
        let n = i + 1;
        sheet.write_number_with_format(row, 0, n as f64, &f.whole)?;
        text(&mut sheet, (row, 1), &line_name(&line.name, i))?;
        text(&mut sheet, (row, 2), line.kind.key())?;
        for (col, formula, value) in line_cells(s, i, r) {
            let Some(formula) = formula else { continue };
            let format = match col {
                EVENTS | BREAKEVEN | HOURS..=NEXT_STEP | RED..=TOGETHER => &f.number,
                _ => &f.money,
            };
            if col == BREAKEVEN && value.is_some_and(|b| b < 0.0) {
                let words = text_formula(&formula, CANNOT_BREAK_EVEN);
                sheet.write_formula_with_format(row, col, words, format)?;
                continue;
            }
            put(&mut sheet, (row, col), &formula, value, format)?;
        }
        if let Some(m) = line.with {
            text(&mut sheet, (row, WITH), &format!("Line {}", m + 1))?;
        }
        let funder = text_formula(&funder_of(n), line.funder.name());
        sheet.write_formula(row, FUNDER, funder)?;
    }
    Ok(sheet)
}
