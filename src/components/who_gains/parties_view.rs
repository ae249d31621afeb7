use std::rc::Rc;

use yew::prelude::*;

use crate::components::widgets::view_slot::{later, ViewSlot};
use crate::components::{figure_list, Figure};
use crate::format::even_share;
use crate::messages::events::DEAL;
use crate::messages::json::{FiguresJson, PARTIES};
use crate::model::keys::GlobalKey;
use crate::model::{Figures, Summary};
use crate::state::Action;

#[derive(PartialEq, Properties)]
pub struct PartiesViewProps {
    /// The last valid figures.
    pub figures: Rc<Figures>,
    /// The same, as its link's query: what the chart is drawn for.
    pub query: AttrValue,
    /// None until the chart is wanted.
    #[prop_or_default]
    pub chart_width: Option<u32>,
    pub onaction: Callback<Action>,
}

/// "Who gains and who loses" (SPEC §2.6): the totals with their hooks,
/// here with the first figures; each party in words, the deal, the table
/// by year and the chart drawn by the views module
/// (`who_gains::parties_app`), whose deal the page agrees.
#[component]
pub fn PartiesView(props: &PartiesViewProps) -> Html {
    let Figures { scenario, results } = &*props.figures;
    let s = &results.summary;
    let json = FiguresJson::of(&props.query, props.chart_width);
    let onaction = props.onaction.clone();
    let onevent = Callback::from(move |(kind, offer, _): (String, String, String)| {
        if kind == DEAL {
            let onaction = onaction.clone();
            later(move || {
                onaction.emit(Action::SetGlobal {
                    key: GlobalKey::Hshare,
                    text: offer,
                })
            });
        }
        None
    });
    html! {
        <section aria-labelledby="parties-heading" data-testid="parties">
            <h2 id="parties-heading">{ "Who gains and who loses" }</h2>
            <h3>{ format!("In total over {} year{}", scenario.years, if scenario.years == 1 { "" } else { "s" }) }</h3>
            { figure_list(totals(s)) }
            <ViewSlot view={PARTIES} {json} {onevent} deferred=true />
        </section>
    }
}

/// SPEC §2.6's totals over the horizon, each with its hook.
fn totals(s: &Summary) -> Vec<Figure> {
    let even = Figure {
        id: "hshare-even",
        label: "Hospital\u{2019}s gain-share that leaves it no worse off",
        value: s.hshare_even,
        text: s
            .hshare_even
            .map_or_else(|| "None would".to_string(), even_share),
    };
    vec![
        Figure::money("comm-total", "The commissioner keeps", s.comm_total),
        Figure::money(
            "primary-total",
            "Primary care: its gain-share less the costs it pays",
            s.primary_total,
        ),
        Figure::money(
            "hosp-total",
            "The hospital: cost it avoids less income it loses, with any share",
            s.hosp_total,
        ),
        Figure::money(
            "nhs-total",
            "The NHS as a whole: cost really avoided less every cost",
            s.nhs_total,
        ),
        // Its hook is the headline's, where it stands beside npv.
        Figure::money("", "The NHS as a whole, net present value", s.nhs_npv),
        even,
    ]
}
