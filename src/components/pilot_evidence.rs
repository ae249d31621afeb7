use yew::prelude::*;

use crate::format::number;
use crate::model::evidence::Evidence;
use crate::model::keys::LineKey;
use crate::model::number::plain;
use crate::state::Action;

#[derive(PartialEq, Properties)]
pub struct PilotEvidenceProps {
    /// The line's position, from 0.
    pub index: usize,
    pub evidence: Evidence,
    /// The rate with the pilot, which the interval is around.
    pub after: f64,
    pub onaction: Callback<Action>,
}

/// What the pilot's own count of events says about its rate (SPEC §2.5).
#[component]
pub fn PilotEvidence(props: &PilotEvidenceProps) -> Html {
    let e = &props.evidence;
    let n = props.index + 1;
    let (lo, hi) = range_for(e, props.after);
    let onclick = {
        let (index, lo, hi) = (props.index, plain(lo), plain(hi));
        props
            .onaction
            .reform(move |_: MouseEvent| Action::SetRange {
                line: index,
                key: LineKey::After,
                lo: lo.clone(),
                hi: hi.clone(),
            })
    };
    let months = number(e.months, 0);
    let seen = if e.events == 0.0 {
        "no events".to_string()
    } else {
        format!("about {} events", number(e.events, 0))
    };
    html! {
        <div class="nhsuk-inset-text app-evidence" data-testid={format!("evidence-l{n}")}
            data-n={plain(e.events)} data-low={plain(e.low)} data-high={plain(e.high)}>
            <p>{ format!(
                "At {} per 1,000 for {months} month{}, the pilot saw {seen}. From that many events, chance alone allows a true rate anywhere from {} to {} per 1,000 a year (exact 95% Poisson interval).",
                number(props.after, 2), if e.months == 1.0 { "" } else { "s" }, number(e.low, 2), number(e.high, 2)
            ) }</p>
            if e.short() {
                <p data-testid={format!("evidence-l{n}-caution")}><strong>{ "Caution: " }</strong>{ format!(
                    "{months} month{} is less than a year. Seasons, and regression to the mean (a rate that was unusually high before the pilot falling back on its own), can make a short pilot look better than the scheme will be. The interval allows for chance only.",
                    if e.months == 1.0 { "" } else { "s" }
                ) }</p>
            }
            <button type="button" class="nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-bottom-0"
                data-testid={format!("evidence-l{n}-use")} {onclick}>
                { format!("Use {} to {} as the range of the rate with the pilot", number(lo, 2), number(hi, 2)) }
            </button>
        </div>
    }
}

/// The interval to two decimal places, widened outwards so that it still
/// holds the rate itself, and within the rate's limits.
fn range_for(e: &Evidence, after: f64) -> (f64, f64) {
    let lo = ((e.low * 100.0).floor() / 100.0).min(after).max(0.0);
    let hi = ((e.high * 100.0).ceil() / 100.0).max(after).min(1000.0);
    (lo, hi)
}
