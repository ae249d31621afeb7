use std::rc::Rc;

use yew::prelude::*;

use crate::components::keep::saved_rows::SHOWN_MAX;
use crate::components::widgets::table::{cell, row_head, table};
use crate::format::{financial_year, money, number, payback, pounds_and_pence};
use crate::keep::Saved;
use crate::link::decode;
use crate::model::{project, Results, Scenario};

#[derive(PartialEq, Properties)]
pub struct CompareViewProps {
    pub saved: Rc<Vec<Saved>>,
    pub current_query: AttrValue,
}

/// A scenario to compare: its name and query string.
type Choice = (String, String);

/// Two scenarios side by side: headline figures and yearly net, with the
/// difference (second minus first).
#[component]
pub fn CompareView(props: &CompareViewProps) -> Html {
    let first = use_state(|| "now".to_string());
    let second = use_state(|| "s1".to_string());
    let choices = choices(props);
    let pick = |value: &str| {
        // A choice gone from the list (deleted meanwhile) falls back to the
        // scenario on the page, which is always first.
        choices
            .iter()
            .find(|(v, _)| v == value)
            .or(choices.first())
            .map(|(_, c)| c.clone())
            .unwrap_or_default()
    };
    let (a, b) = (pick(&first), pick(&second));
    // Hooks before the early return; nothing to compute with nothing saved.
    let wanted = (!props.saved.is_empty()).then(|| (a.clone(), b.clone()));
    let table = use_memo(wanted, |wanted| match wanted {
        Some((a, b)) => comparison(a, b),
        None => Html::default(),
    });
    if props.saved.is_empty() {
        return html! {
            <section aria-labelledby="compare-heading" class="app-no-print">
                <h2 id="compare-heading">{ "Compare scenarios" }</h2>
                <p class="nhsuk-body">{ "Save a scenario to compare it with this one, or with another saved scenario." }</p>
            </section>
        };
    }
    html! {
        <section aria-labelledby="compare-heading" data-testid="compare">
            <h2 id="compare-heading">{ "Compare scenarios" }</h2>
            if props.saved.len() > SHOWN_MAX {
                <p class="nhsuk-body app-no-print" data-testid="compare-more">{ format!(
                    "The first {SHOWN_MAX} saved scenarios are offered here. To compare another, open it: it is then the scenario on the page."
                ) }</p>
            }
            <div class="app-inline-fields app-no-print">
                { chooser("compare-first", "First scenario", &first, &choices) }
                { chooser("compare-second", "Second scenario", &second, &choices) }
            </div>
            { (*table).clone() }
        </section>
    }
}

fn choices(props: &CompareViewProps) -> Vec<(String, Choice)> {
    let mut list = vec![(
        "now".to_string(),
        (
            "This scenario (on the page now)".to_string(),
            props.current_query.to_string(),
        ),
    )];
    list.extend(
        props
            .saved
            .iter()
            .take(SHOWN_MAX)
            .enumerate()
            .map(|(i, s)| (format!("s{}", i + 1), (s.name.clone(), s.query.clone()))),
    );
    list
}

fn chooser(
    id: &str,
    label: &str,
    chosen: &UseStateHandle<String>,
    choices: &[(String, Choice)],
) -> Html {
    let onchange = {
        let chosen = chosen.clone();
        Callback::from(move |e: Event| {
            chosen.set(
                e.target_unchecked_into::<web_sys::HtmlSelectElement>()
                    .value(),
            )
        })
    };
    html! {
        <div class="nhsuk-form-group">
            <label class="nhsuk-label" for={id.to_string()}>{ label }</label>
            <select class="nhsuk-select" id={id.to_string()} {onchange}>
                { for choices.iter().map(|(value, (name, _))| html! {
                    <option value={value.clone()} selected={*value == **chosen}>{ name }</option>
                }) }
            </select>
        </div>
    }
}

fn figures(choice: &Choice) -> Option<(Scenario, Results)> {
    let scenario = decode(&choice.1).draft.check().ok()?;
    let results = project(&scenario);
    Some((scenario, results))
}

fn comparison(a: &Choice, b: &Choice) -> Html {
    let (Some((sa, ra)), Some((sb, rb))) = (figures(a), figures(b)) else {
        return html! {
            <p class="nhsuk-body" data-testid="compare-waiting">
                { "One of these scenarios has a problem in its inputs, so it has no figures to compare. Open it to see and fix the problem." }
            </p>
        };
    };
    let (xa, xb) = (&ra.summary, &rb.summary);
    let years = sa.years.max(sb.years);
    let year_net = |r: &Results, t: u32| r.years.get(t as usize - 1).map(|y| y.net);
    let first = format!("First: {}", a.0);
    let second = format!("Second: {}", b.0);
    let head = ["Figure", first.as_str(), second.as_str(), DIFFERENCE];
    let rows = html! {
        <>
            { row("npv", &format!("Net present value ({} and {} years)", sa.years, sb.years), Some(xa.npv), Some(xb.npv), money, &head) }
            { row("net-year", "Net saving a year at full effect", Some(xa.net_year), Some(xb.net_year), money, &head) }
            { row("payback-months", "Pays back (months)", xa.payback_months, xb.payback_months, |m| number(m, 1), &head) }
            { row("bcr", "Back for every £1 spent", xa.bcr, xb.bcr, pounds_and_pence, &head) }
            { row("reinvest-total", "Gain-share to reinvest", Some(xa.reinvest_total), Some(xb.reinvest_total), money, &head) }
            { row("cash-total", "Cash released", Some(xa.cash_total), Some(xb.cash_total), money, &head) }
            { row("comm-total", "The commissioner keeps", Some(xa.comm_total), Some(xb.comm_total), money, &head) }
            { row("primary-total", "Primary care, after the costs it pays", Some(xa.primary_total), Some(xb.primary_total), money, &head) }
            { row("hosp-total", "The hospital", Some(xa.hosp_total), Some(xb.hosp_total), money, &head) }
            { row("nhs-npv", "The NHS as a whole, net present value", Some(xa.nhs_npv), Some(xb.nhs_npv), money, &head) }
            { row("equity-core20-saving", "Share of the yearly saving in the most deprived fifth (%)", ra.fifths.core20_saving, rb.fifths.core20_saving, |v| number(v, 1), &head) }
            { row("wte-total", "Whole-time equivalents of clinician time", wte(xa), wte(xb), |v| number(v, 2), &head) }
            { for (1..=years).map(|t| row(
                &format!("year-{t}"),
                &format!("Net in year {t} ({})", financial_year(sa.fy, t)),
                year_net(&ra, t), year_net(&rb, t), money, &head)) }
        </>
    };
    html! {
        <>
            { table("compare-table", &format!("{} compared with {}", b.0, a.0), &head, rows) }
            <p class="nhsuk-body-s">{ format!("Pays back: first {}, second {}.", payback(xa.payback_months), payback(xb.payback_months)) }</p>
            if has_series(&sa) || has_series(&sb) {
                <p class="nhsuk-body-s" data-testid="compare-evidence">
                    { format!("Evidence over time: first, {}; second, {}.", evidence(&sa), evidence(&sb)) }
                </p>
            }
        </>
    }
}

fn has_series(s: &crate::model::Scenario) -> bool {
    s.lines.iter().any(|l| l.series.is_some())
}

/// Each line's months as their chart reads them: "Dermatology, special
/// cause improvement".
fn evidence(s: &crate::model::Scenario) -> String {
    let said: Vec<String> = s
        .lines
        .iter()
        .enumerate()
        .filter_map(|(i, line)| {
            let series = line.series.as_ref()?;
            let chart = series.chart(crate::model::series::monthly_target(line, s.pop));
            let (words, _) = crate::words::spc::variation_words(chart.variation);
            Some(format!(
                "{}, {}",
                crate::text::line_name(&line.name, i),
                words.to_lowercase()
            ))
        })
        .collect();
    if said.is_empty() {
        "no monthly counts".to_string()
    } else {
        said.join("; ")
    }
}

/// Clinician time, 0 where no line adds appointments (a difference of
/// one scenario's time from none is still a difference).
fn wte(s: &crate::model::Summary) -> Option<f64> {
    Some(s.workforce.map_or(0.0, |w| w.wte))
}

const DIFFERENCE: &str = "Difference (second minus first)";

fn row(
    key: &str,
    label: &str,
    a: Option<f64>,
    b: Option<f64>,
    show: fn(f64) -> String,
    head: &[&str; 4],
) -> Html {
    let diff = a.zip(b).map(|(a, b)| b - a);
    let text = |v: Option<f64>| v.map_or("\u{2014}".to_string(), show);
    html! {
        <tr role="row" data-testid={format!("compare-{key}")}>
            { row_head(label) }
            { cell(Some("first"), head[1], a, text(a)) }
            { cell(Some("second"), head[2], b, text(b)) }
            { cell(Some("diff"), head[3], diff, text(diff)) }
        </tr>
    }
}
