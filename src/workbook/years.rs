//! The Years sheet (SPEC §5.1): every column of the yearly table (§2.3,
//! §2.6) as formulas over the Line years sheet and the inputs, one row a
//! year, and the running position that payback (§2.4) reads.

use rust_xlsxwriter::{Format, Worksheet, XlsxError};

use super::cells::{cell, column, headings, put, span, text_formula, Formats};
use super::columns::{all, SETUP};
use super::line_years::{self, COST_T, FUNDER_T, PAID_T, REAL_T, SAVING_T, SETUP_T, YEAR};
use crate::format::financial_year;
use crate::model::{Scenario, Year};

pub const T: u16 = 1;
const GROWTH: u16 = 2;
pub const GROSS: u16 = 3;
pub const COSTS: u16 = 4;
pub const NET: u16 = 5;
pub const DF: u16 = 6;
pub const PV: u16 = 7;
const CUM: u16 = 8;
pub const CASH: u16 = 9;
pub const NONCASH: u16 = 10;
pub const SHARE: u16 = 11;
pub const RETAINED: u16 = 12;
pub const REINVEST: u16 = 13;
pub const HSHARE: u16 = 14;
pub const PRIMARY: u16 = 15;
pub const HOSP: u16 = 16;
pub const NHS: u16 = 17;
const PAID_SAVING: u16 = 18;
const REALLY_AVOIDED: u16 = 19;
const PRIMARY_COSTS: u16 = 20;
pub const BASE: u16 = 21;
pub const HOSPITAL_BEFORE_SHARE: u16 = 22;
pub const FLOW: u16 = 23;
const START: u16 = 24;
const END: u16 = 25;
pub const PAYBACK: u16 = 26;
const PEOPLE: u16 = 27;

const COLUMNS: [(&str, f64); 28] = [
    ("Financial year", 10.0),
    ("Year (t)", 6.0),
    ("Uplift (growth)", 10.0),
    ("Gross saving (gross)", 15.0),
    ("Cost (cost)", 15.0),
    ("Net (net)", 15.0),
    ("Discount factor (df)", 11.0),
    ("Present value (pv)", 15.0),
    ("Cumulative net (cum)", 15.0),
    ("Cash released (cash)", 15.0),
    ("Capacity freed, not cash (noncash)", 15.0),
    ("Primary care's gain-share (share)", 15.0),
    ("The commissioner keeps (retained)", 15.0),
    ("Fund to reinvest (reinvest)", 15.0),
    ("Hospital's gain-share (hshare)", 15.0),
    ("Primary care (primary)", 15.0),
    ("Hospital (hosp)", 15.0),
    ("NHS as a whole (nhs)", 15.0),
    ("Saving the commissioner stops paying", 15.0),
    ("Cost really avoided", 15.0),
    ("Costs primary care pays", 15.0),
    ("Shareable saving (above the threshold)", 15.0),
    ("Hospital before its gain-share", 15.0),
    ("Flow for payback (set-up apart)", 15.0),
    ("Position at the start of the year", 15.0),
    ("Position at the end of the year", 15.0),
    ("Payback reached in this year (months)", 15.0),
    ("Population (pop)", 12.0),
];

/// The lines' figures in `col` of the Line years sheet for the year on
/// `row`, added up, times the uplift.
fn lines_in_year(s: &Scenario, row: u32, col: u16) -> String {
    format!(
        "SUMIF({},{},{})*{}",
        line_years::all(s, YEAR),
        cell(row, T),
        line_years::all(s, col),
        cell(row, GROWTH)
    )
}

/// The costs of lines whose costs `funder` pays, in the year on `row`.
fn costs_paid_by(s: &Scenario, row: u32, funder: &str) -> String {
    let of = |col| {
        format!(
            "SUMIFS({},{},{},{},\"{funder}\")",
            line_years::all(s, col),
            line_years::all(s, YEAR),
            cell(row, T),
            line_years::all(s, FUNDER_T)
        )
    };
    format!("{}*{}+{}", of(COST_T), cell(row, GROWTH), of(SETUP_T))
}

/// Each cell of the year on `row`: (column, formula, value); `start` and
/// `flow` are the position payback reads (§2.4), worked out in order.
fn year_cells(
    s: &Scenario,
    row: u32,
    years: usize,
    y: &Year,
    (start, flow): (f64, f64),
) -> Vec<(u16, String, f64)> {
    let c = |col| cell(row, col);
    let growth = (1.0 + s.infl / 100.0).powi(y.t as i32 - 1);
    let paid = y.gross - y.noncash;
    let primary_cost = y.share - y.primary;
    let shares = span(None, SHARE, 1, years as u32);
    let start_formula = if row == 1 {
        format!("-SUM({})", all(SETUP))
    } else {
        cell(row - 1, END)
    };
    vec![
        (T, "ROW()-1".into(), f64::from(y.t)),
        (GROWTH, format!("(1+infl/100)^({}-1)", c(T)), growth),
        (GROSS, lines_in_year(s, row, SAVING_T), y.gross),
        (
            COSTS,
            format!(
                "{}+SUMIF({},{},{})",
                lines_in_year(s, row, COST_T),
                line_years::all(s, YEAR),
                c(T),
                line_years::all(s, SETUP_T)
            ),
            y.cost,
        ),
        (NET, format!("{}-{}", c(GROSS), c(COSTS)), y.net),
        (DF, format!("1/(1+disc/100)^({}-1)", c(T)), y.df),
        (PV, format!("{}*{}", c(NET), c(DF)), y.pv),
        (CUM, format!("SUM(${}$2:{})", column(NET), c(NET)), y.cum),
        (PAID_SAVING, lines_in_year(s, row, PAID_T), paid),
        (
            REALLY_AVOIDED,
            lines_in_year(s, row, REAL_T),
            y.nhs + y.cost,
        ),
        (
            PRIMARY_COSTS,
            costs_paid_by(s, row, "primary"),
            primary_cost,
        ),
        (
            CASH,
            format!("{}-({}-{})", c(PAID_SAVING), c(COSTS), c(PRIMARY_COSTS)),
            y.cash,
        ),
        (
            NONCASH,
            format!("{}-{}", c(GROSS), c(PAID_SAVING)),
            y.noncash,
        ),
        (BASE, format!("MAX({}-threshold,0)", c(CASH)), y.base),
        (
            SHARE,
            format!(
                "IF(cap=\"\",share/100*{b},MIN(share/100*{b},cap))",
                b = c(BASE)
            ),
            y.share,
        ),
        (HSHARE, format!("hshare/100*{}", c(BASE)), y.hshare),
        (
            RETAINED,
            format!("{}-{}-{}", c(CASH), c(SHARE), c(HSHARE)),
            y.retained,
        ),
        (
            REINVEST,
            format!("IF({t}-lag<1,0,INDEX({shares},{t}-lag))", t = c(T)),
            y.reinvest,
        ),
        (
            PRIMARY,
            format!("{}-{}", c(SHARE), c(PRIMARY_COSTS)),
            y.primary,
        ),
        (
            HOSPITAL_BEFORE_SHARE,
            format!("{}-{}", c(REALLY_AVOIDED), c(PAID_SAVING)),
            y.hosp - y.hshare,
        ),
        (
            HOSP,
            format!("{}+{}", c(HOSPITAL_BEFORE_SHARE), c(HSHARE)),
            y.hosp,
        ),
        (NHS, format!("{}-{}", c(REALLY_AVOIDED), c(COSTS)), y.nhs),
        (
            FLOW,
            format!(
                "{}-({}-IF({}=1,SUM({}),0))",
                c(GROSS),
                c(COSTS),
                c(T),
                all(SETUP)
            ),
            flow,
        ),
        (START, start_formula, start),
        (END, format!("{}+{}", c(START), c(FLOW)), start + flow),
        (PEOPLE, format!("pop*(1+growth/100)^({}-1)", c(T)), y.people),
    ]
}

/// Payback in this year, by §2.4's rule: the position crosses zero.
fn payback_cell(row: u32, y: &Year, start: f64, flow: f64) -> (String, Option<f64>) {
    let (s, e, fl) = (cell(row, START), cell(row, END), cell(row, FLOW));
    let formula = format!(
        "IF(AND({s}<0,{e}>=0),12*(({}-1)+(-{s})/{fl}),\"\")",
        cell(row, T)
    );
    let value =
        (start < 0.0 && start + flow >= 0.0).then(|| 12.0 * (f64::from(y.t - 1) + (-start) / flow));
    (formula, value)
}

fn format_of(f: &Formats, col: u16) -> &Format {
    match col {
        T | PEOPLE => &f.whole,
        GROWTH | DF => &f.factor,
        _ => &f.money,
    }
}

/// Writes the Years sheet.
pub fn years_sheet(s: &Scenario, years: &[Year], f: &Formats) -> Result<Worksheet, XlsxError> {
    let mut sheet = Worksheet::new();
    sheet.set_name("Years")?;
    headings(&mut sheet, f, &COLUMNS)?;
    sheet.set_row_height(0, 60)?;
    let setup: f64 = s.lines.iter().map(|l| l.setup).sum();
    let mut start = -setup;
    for (row, y) in (1u32..).zip(years) {
        let label = format!("(fy+{}-1)&\"/\"&RIGHT(fy+{},2)", cell(row, T), cell(row, T));
        sheet.write_formula(row, 0, text_formula(&label, financial_year(s.fy, y.t)))?;
        let flow = y.gross - (y.cost - if y.t == 1 { setup } else { 0.0 });
        for (col, formula, value) in year_cells(s, row, years.len(), y, (start, flow)) {
            put(
                &mut sheet,
                (row, col),
                &formula,
                Some(value),
                format_of(f, col),
            )?;
        }
        let (formula, value) = payback_cell(row, y, start, flow);
        put(&mut sheet, (row, PAYBACK), &formula, value, &f.number)?;
        start += flow;
    }
    Ok(sheet)
}
