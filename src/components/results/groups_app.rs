use std::rc::Rc;

use yew::prelude::*;

use crate::components::widgets::table::{captioned, cell, row_head};
use crate::format::money;
use crate::model::{Group, Kind, Results, Scenario};
use crate::text::line_name;
use crate::words::groups::{and_list, events_count, group_words};

const HEAD: [&str; 4] = [
    "Line",
    "Would avoid on its own",
    "Credited with",
    "Counted once, not twice",
];

#[derive(Clone, PartialEq, Properties)]
pub struct GroupsAppProps {
    pub figures: Rc<(Scenario, Results)>,
}

/// Each group of lines that act on the same events (SPEC §2.10), drawn by
/// the views module under the page's hooks: its sentence, and each
/// member's events alone against its credit.
#[component]
pub fn GroupsApp(props: &GroupsAppProps) -> Html {
    let (scenario, results) = &*props.figures;
    html! {
        { for results.groups.iter().map(|g| group(scenario, g)) }
    }
}

fn group(s: &Scenario, g: &Group) -> Html {
    let m = g.members[0] + 1;
    let head = &s.lines[g.members[0]];
    let spend = head.kind == Kind::Spend;
    let show = |v: f64| if spend { money(v) } else { events_count(v) };
    let members: Vec<String> = g.members.iter().map(|i| (i + 1).to_string()).collect();
    let rows = html! {
        { for g.members.iter().zip(g.alones.iter().zip(&g.credits)).map(|(&i, (&alone, &credit))| {
            html! {
                <tr role="row">
                    { row_head(&format!("{}. {}", i + 1, line_name(&s.lines[i].name, i))) }
                    { cell(None, HEAD[1], Some(alone), show(alone)) }
                    { cell(None, HEAD[2], Some(credit), show(credit)) }
                    { cell(None, HEAD[3], Some(alone - credit), show(alone - credit)) }
                </tr>
            }
        }) }
    };
    html! {
        <div class="app-group">
            <p data-testid={format!("group-words-l{m}")}>{ group_words(s, g) }</p>
            { captioned(&format!("group-table-l{m}"), &format!("Lines {}: what each would avoid alone, and what it is credited with, a year at full effect", and_list(&members)), false, &HEAD, rows) }
        </div>
    }
}
