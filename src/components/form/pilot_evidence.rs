use yew::prelude::*;

use crate::format::number;
use crate::model::evidence::Evidence;
use crate::model::keys::LineKey;
use crate::model::number::plain;
use crate::state::Action;

/// What the pilot's own count of events says about line `index`'s rate
/// with the pilot, `after` (SPEC §2.5).
pub fn pilot_evidence(index: usize, e: &Evidence, after: f64, onaction: &Callback<Action>) -> Html {
    let n = index + 1;
    let (lo, hi) = range_for(e, after);
    let onclick = {
        let (lo, hi) = (plain(lo), plain(hi));
        onaction.reform(move |_: MouseEvent| Action::SetRange {
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
                number(after, 2), if e.months == 1.0 { "" } else { "s" }, number(e.low, 2), number(e.high, 2)
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
