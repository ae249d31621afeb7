use yew::prelude::*;

use crate::components::data_value;
use crate::components::widgets::view_slot::ViewSlot;
use crate::messages::json::{FiguresJson, GROUPS};
use crate::model::{Group, Results};

/// Lines that act on the same events (SPEC §2.10): each group's hook (SPEC
/// §8 `group-lM`) here, its sentence and table of alone against credited
/// drawn by the views module (`results::groups_app`).
pub fn group_view(results: &Results, query: &AttrValue) -> Html {
    if results.groups.is_empty() {
        return html! {};
    }
    let json = FiguresJson::of(query, None);
    html! {
        <section aria-labelledby="groups-heading">
            <h3 id="groups-heading">{ "Lines that act on the same events" }</h3>
            { for results.groups.iter().map(hook) }
            <ViewSlot view={GROUPS} {json} deferred=true />
        </section>
    }
}

fn hook(g: &Group) -> Html {
    let members: Vec<String> = g.members.iter().map(|i| (i + 1).to_string()).collect();
    html! {
        <div data-testid={format!("group-l{}", g.members[0] + 1)} data-events={data_value(Some(g.events))}
            data-alone={data_value(Some(g.alone))} data-overlap={data_value(Some(g.overlap))}
            data-members={members.join(",")}></div>
    }
}
