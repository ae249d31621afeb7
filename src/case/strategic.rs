//! 1 Strategic case: why the scheme, in the scenario's figures.

use super::doc::Doc;
use super::Case;
use crate::export::evidence::evidence_points;
use crate::format::{money, number, percent};
use crate::model::{Kind, Line};
use crate::text::line_name;
use crate::words::capacity::capacity_points;
use crate::words::groups::events_count;

pub fn strategic_case(doc: &mut Doc, case: &Case) {
    let s = case.s;
    doc.part("1 Strategic case");
    doc.heading(2, "1.1 Context");
    doc.prompt("the local and national context: the ICB\u{2019}s strategy, the neighbourhood health plan, the problem the pilot addressed");
    doc.heading(2, "1.2 Existing arrangements");
    for (i, line) in s.lines.iter().enumerate() {
        doc.para(&baseline_words(line, i));
    }
    if s.lines.iter().any(|l| l.series.is_some()) {
        doc.para("Where monthly counts were entered, the Making Data Count chart of the pilot\u{2019}s months (below, 1.5) shows the baseline they vary around.");
    }
    doc.heading(2, "1.3 Spending objectives");
    doc.para("Drafted from the inputs: confirm or replace each.");
    for (i, line) in s.lines.iter().enumerate() {
        if let Some(objective) = objective(line, i, s.years) {
            doc.para(&format!("{objective} (draft: confirm or replace)"));
        }
    }
    doc.prompt("any objective the figures do not show: quality, experience, access, workforce");
    doc.heading(2, "1.4 Scope");
    doc.para(&scope_words(case));
    doc.heading(2, "1.5 The pilot\u{2019}s evidence");
    let evidence = evidence_points(s);
    if evidence.is_empty() {
        doc.para("No monthly counts were entered, so the pilot\u{2019}s months are not charted: the figures rest on the rates and savings entered.");
        doc.prompt("where the pilot\u{2019}s figures come from, and over what months");
    }
    for point in evidence {
        doc.para(&point);
    }
    doc.heading(2, "1.6 Benefits");
    let m = &case.r.summary;
    doc.labelled("Cash-releasing", &format!("{} over {} years: what the commissioner stops paying under each line\u{2019}s payment rule, before any gain-share.", money(m.cash_total), s.years));
    doc.labelled("Capacity freed, not cash", &format!("{} over {} years: time and beds freed, cash only once a clinic, a session or a bed can go.", money(m.noncash_total), s.years));
    for (i, line, r) in case.lines() {
        if let Some(events) = r.events {
            doc.labelled(
                "Events avoided",
                &format!(
                    "{}: {} a year at full effect.",
                    line_name(&line.name, i),
                    events_count(events)
                ),
            );
        }
    }
    doc.labelled_prompt(
        "Qualitative benefits",
        "benefits to patients, staff and the system that the figures do not count",
    );
    doc.heading(2, "1.7 Constraints and dependencies");
    let capacity = capacity_points(s, case.r).into_iter().map(|(_, text)| text);
    doc.paras_or(
        capacity,
        "No line gives appointments or steps of capacity, so none is set out here.",
    );
    doc.prompt("other constraints and dependencies: estates, digital, other schemes");
    doc.heading(2, "1.8 Stakeholders");
    doc.prompt("who is affected and how they have been involved: practices, the network, the ICB, trusts, patients");
}

/// Where a line starts from, in its own units.
fn baseline_words(line: &Line, i: usize) -> String {
    let name = line_name(&line.name, i);
    match line.kind {
        Kind::Rate if line.with.is_some() => {
            format!("{name}: acts on the events of another line, whose baseline is given there.")
        }
        Kind::Rate => format!(
            "{name}: {} per 1,000 patients a year before the pilot; {} with it.",
            number(line.base, 1),
            number(line.after, 1)
        ),
        Kind::Count => format!(
            "{name}: {} events a year before the pilot, cut by {} with it.",
            number(line.events, 0),
            percent(line.pct, 0)
        ),
        Kind::Spend => format!(
            "{name}: {} spent a year before the pilot, cut by {} with it.",
            money(line.spend),
            percent(line.pct, 0)
        ),
        Kind::Observed => format!(
            "{name}: {} saved over {} months of the pilot, as measured.",
            money(line.saved),
            number(line.months, 0)
        ),
        Kind::Cost => format!("{name}: costs only, with no saving of its own."),
    }
}

/// A spending objective a line's figures imply.
fn objective(line: &Line, i: usize, years: u32) -> Option<String> {
    let name = line_name(&line.name, i);
    Some(match line.kind {
        Kind::Rate if line.with.is_none() => format!(
            "To bring {name} from {} to {} per 1,000 patients a year within {years} years.",
            number(line.base, 1),
            number(line.after, 1)
        ),
        Kind::Rate => format!("To reduce {name} as the pilot did, within {years} years."),
        Kind::Count => format!(
            "To cut {name} by {} a year within {years} years.",
            percent(line.pct, 0)
        ),
        Kind::Spend => format!(
            "To cut spending on {name} by {} a year within {years} years.",
            percent(line.pct, 0)
        ),
        Kind::Observed => {
            format!("To keep the saving {name} made in the pilot, at scale, within {years} years.")
        }
        Kind::Cost => return None,
    })
}

fn scope_words(case: &Case) -> String {
    let s = case.s;
    let scale = match (s.scale, case.r.summary.scale_npv) {
        (Some(q), Some(npv)) => format!(" At a footprint of {} people the same figures scale linearly to a net present value of {} (a larger footprint may start from other rates, reach fewer or more people, and need managers and premises a pilot did not).", number(q, 0), money(npv)),
        _ => String::new(),
    };
    format!(
        "A population of {} over {} years, {} intervention line{}.{scale}",
        number(s.pop, 0),
        s.years,
        s.lines.len(),
        if s.lines.len() == 1 { "" } else { "s" }
    )
}
