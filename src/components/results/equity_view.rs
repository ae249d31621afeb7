use yew::prelude::*;

use crate::components::data_value;
use crate::components::widgets::view_slot::ViewSlot;
use crate::messages::json::{FiguresJson, EQUITY};
use crate::model::fifths::{Gap, LineFifths};
use crate::model::Results;

/// Who benefits (SPEC §2.11): the hooks of SPEC §8 here, for every line of
/// events and each fifth; the tables, chart and verdicts drawn by the
/// views module (`results::equity_app`), which fetches the chart on demand.
pub fn equity_view(results: &Results, query: &AttrValue, width: Option<u32>) -> Html {
    let f = &results.fifths;
    let json = FiguresJson::of(query, width);
    html! {
        <section aria-labelledby="equity-heading">
            <h2 id="equity-heading">{ "Who benefits: deprivation" }</h2>
            { for f.lines.iter().map(|l| line_hook(l, f.s[0])) }
            { for (0..5).map(|q| html! {
                <div data-testid={format!("equity-q{}", q + 1)} data-saving={data_value(Some(f.saving[q]))}></div>
            }) }
            <div data-testid="equity-core20-saving" data-value={data_value(f.core20_saving)}></div>
            <ViewSlot view={EQUITY} {json} deferred=true />
        </section>
    }
}

/// Line l's hook; `pop20` is the population's share in the most deprived
/// fifth.
fn line_hook(l: &LineFifths, pop20: f64) -> Html {
    let n = l.line + 1;
    let (b, a): (Gap, Gap) = (l.gap_before, l.gap_after);
    html! {
        <div data-testid={format!("equity-l{n}")} data-core20={data_value(Some(100.0 * l.p[0]))}
            data-pop20={data_value(Some(100.0 * pop20))}
            data-sii-before={data_value(b.sii)} data-sii-after={data_value(a.sii)}
            data-rii-before={data_value(b.rii)} data-rii-after={data_value(a.rii)}
            data-verdict={l.verdict.name()}>
            { for (0..5).map(|q| html! {
                <div data-testid={format!("equity-l{n}-q{}", q + 1)} data-before={data_value(Some(l.before[q]))}
                    data-after={data_value(Some(l.after[q]))} data-avoided={data_value(Some(l.avoided[q]))}
                    data-saving={data_value(Some(l.saving[q]))}></div>
            }) }
        </div>
    }
}
