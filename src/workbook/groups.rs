//! Lines that act on the same events (SPEC §2.10) on the Lines sheet: each
//! member's reduction r, its share c by the 10-point Gauss–Legendre rule
//! written out term by term, the group's events together as a PRODUCT,
//! and the member's figures from its credit, all formulas over the inputs.

use super::cells::cell;
use super::columns::{
    uptake, Cell, ALONE, BREAKEVEN, COST, EVENTS, K, NEXT_STEP, REAL, RED, SAVING, SHARE, STEPS,
    TOGETHER,
};
use super::inputs::line_input;
use crate::format::CANNOT_BREAK_EVEN;
use crate::model::effect::effects;
use crate::model::kind::Kind;
use crate::model::overlap::{baseline, credits, gauss_legendre, groups, reduction, shares, Reach};
use crate::model::{LineResult, Scenario};

/// The first, which line a line joins, is words ("Line 1").
pub const COLUMNS: [(&str, f64); 5] = [
    ("Acts on the same events as line", 12.0),
    ("Reduction on its own (r)", 12.0),
    ("Events avoided on its own (B r)", 14.0),
    ("Its share of its effect, full effect (c)", 14.0),
    ("Group's events together, full effect", 14.0),
];

/// Line i's row: line n is on row n.
fn here(i: usize, col: u16) -> String {
    cell(i as u32 + 1, col)
}

/// Line i's cell on the Lines sheet, from another sheet: `Lines!$V$2`.
pub fn on_lines(i: usize, col: u16) -> String {
    let c = super::cells::column(col);
    format!("Lines!${c}${}", i + 2)
}

/// B, read through the member's own (linked) inputs.
pub fn baseline_formula(s: &Scenario, i: usize) -> String {
    let input = |k| line_input(i + 1, k);
    match s.lines[i].kind {
        Kind::Rate => format!("pop*{}/1000", input("base")),
        Kind::Count => input("events"),
        _ => input("spend"),
    }
}

fn reduction_formula(s: &Scenario, i: usize) -> String {
    let input = |k| line_input(i + 1, k);
    match s.lines[i].kind {
        Kind::Rate => format!(
            "IF({b}>0,({b}-{})/{b},0)",
            input("after"),
            b = input("base")
        ),
        _ => format!("{}/100", input("pct")),
    }
}

/// c_i = Σ_k w_k Π_{j≠i} (1 − x_k r_j u_j), each term written out, r_j
/// being `r(j)` (with its uptake in a year, or without at full effect).
pub fn share_formula(members: &[usize], i: usize, r: &dyn Fn(usize) -> String) -> String {
    let terms: Vec<String> = gauss_legendre()
        .iter()
        .map(|(x, w)| {
            let factors: String = members
                .iter()
                .filter(|&&j| j != i)
                .map(|&j| format!("*(1-{x}*{})", r(j)))
                .collect();
            format!("{w}{factors}")
        })
        .collect();
    terms.join("+")
}

/// B (1 − Π (1 − r_j u_j)): what the group avoids together, `b` its
/// baseline in the year.
pub fn together_formula(members: &[usize], b: &str, r: &dyn Fn(usize) -> String) -> String {
    let factors: Vec<String> = members.iter().map(|&j| format!("1-{}", r(j))).collect();
    format!("{b}*(1-PRODUCT({}))", factors.join(","))
}

/// r_j in year t, read from the Lines sheet and the year's uptake.
pub fn reduction_in(t: u32) -> impl Fn(usize) -> String {
    move |j| format!("{}*{}", on_lines(j, RED), uptake(j + 1, t))
}

/// Line i's cells where it is in a group: its own as `cells` has them,
/// with the columns its credit changes written over, their values the
/// model's.
pub fn credit_cells(s: &Scenario, i: usize, r: &LineResult, cells: &mut Vec<Cell>) {
    let Some(members) = groups(s).into_iter().find(|m| m.contains(&i)) else {
        return;
    };
    let full = effects(s, Reach::Full)[i];
    for (col, formula, value) in member_cells(s, &members, i) {
        let value = value.or(match col {
            SAVING => Some(r.saving),
            REAL => Some(full.real),
            BREAKEVEN => r.breakeven,
            STEPS => r.steps.map(|st| st.units),
            NEXT_STEP => r.steps.map(|st| st.next),
            _ => None,
        });
        cells.retain(|c| c.0 != col);
        cells.push((col, formula, value));
    }
}

/// The cells of member i of the group `members` (its events' line first):
/// its own group columns, and the Lines columns its credit changes.
fn member_cells(s: &Scenario, members: &[usize], i: usize) -> Vec<Cell> {
    let line = &s.lines[i];
    let j = members.iter().position(|&m| m == i).unwrap_or(0);
    let b = baseline(&s.lines[members[0]], s.pop);
    let rs: Vec<f64> = members.iter().map(|&m| reduction(&s.lines[m])).collect();
    let c = shares(&rs)[j];
    let full = credits(s, members, b, Reach::Full);
    let bf = baseline_formula(s, i);
    let credit = format!("{bf}*{}*{}", here(i, RED), here(i, SHARE));
    let unit = line_input(i + 1, "unit");
    let priced = |events: &str| match line.kind {
        Kind::Spend => format!("{K}*({events})"),
        _ => format!("{K}*({events}*{unit})"),
    };
    let own = |j: usize| here(j, RED);
    let mut cells: Vec<Cell> = vec![
        (RED, Some(reduction_formula(s, i)), Some(rs[j])),
        (
            ALONE,
            Some(format!("{bf}*{}", here(i, RED))),
            Some(b * rs[j]),
        ),
        (SHARE, Some(share_formula(members, i, &own)), Some(c)),
        (
            TOGETHER,
            Some(together_formula(members, &bf, &own)),
            Some(full.together),
        ),
    ];
    if line.kind.counts_events() {
        cells.push((EVENTS, Some(credit.clone()), Some(full.credit[j])));
    } else {
        cells.push((SAVING, Some(priced(&credit)), None));
    }
    if line.kind == Kind::Rate {
        let per = format!("{unit}*{K}*{}", here(i, SHARE));
        let rate = format!(
            "{}-{}*1000/(pop*({per}))",
            line_input(i + 1, "base"),
            here(i, COST)
        );
        cells.push((
            BREAKEVEN,
            Some(format!(
                "IF({per}<>0,IF({rate}<0,\"{CANNOT_BREAK_EVEN}\",{rate}),\"\")"
            )),
            None,
        ));
    }
    if line.kind.counts_events() {
        cells.extend(stepped(i, &credit));
        cells.extend(group_steps(i, j == 0));
    }
    cells
}

/// The group's whole steps and the events to the next, on its events'
/// line; none on the others (SPEC §2.10).
fn group_steps(i: usize, head: bool) -> Vec<Cell> {
    if !head {
        return vec![(STEPS, None, None), (NEXT_STEP, None, None)];
    }
    let step = line_input(i + 1, "step");
    let t = format!("{K}*{}", here(i, TOGETHER));
    vec![
        (
            STEPS,
            Some(format!(
                "IF({step}>0,IF({t}>0,FLOOR({t}/{step}+1E-9,1),0),\"\")"
            )),
            None,
        ),
        (
            NEXT_STEP,
            Some(format!(
                "IF({step}>0,({}+1)*{step}-{t},\"\")",
                here(i, STEPS)
            )),
            None,
        ),
    ]
}

/// Cost really avoided at full effect with a step: the group's whole
/// steps, shared out by credit; without one, the share `avoid` of the
/// saving, as on its own.
fn stepped(i: usize, credit: &str) -> Vec<Cell> {
    let real = real_formula(i, &here(i, TOGETHER), credit, &here(i, SAVING));
    vec![(REAL, Some(real), None)]
}

/// real_i of SPEC §2.10 for member i, given the group's events together,
/// its credit and its saving (cells or formulas) in the same year.
pub fn real_formula(i: usize, t: &str, credit: &str, saving: &str) -> String {
    let input = |k| line_input(i + 1, k);
    let (step, step_cost) = (input("step"), input("step_cost"));
    let steps = format!("IF({K}*{t}>0,FLOOR({K}*{t}/{step}+1E-9,1),0)");
    let share = format!("IF({t}>0,{steps}*{step_cost}*({credit})/{t},0)");
    let by_share = format!("{saving}*({}/100)", input("avoid"));
    format!("IF({step}>0,{share},{by_share})")
}
