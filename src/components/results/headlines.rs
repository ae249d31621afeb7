use yew::prelude::*;

use crate::components::data_value;
use crate::format::{money, payback, pounds_and_pence};
use crate::model::Summary;

/// The figures a board asks for first (SPEC §6); `stale` when they are the
/// last valid ones, out of date (SPEC §7).
pub fn headlines(s: &Summary, years: u32, stale: bool) -> Html {
    let bcr = s
        .bcr
        .map(pounds_and_pence)
        .unwrap_or_else(|| "No costs".to_string());
    html! {
        <ul class={classes!("app-headlines", stale.then_some("app-headlines--stale"))} data-testid="headlines">
            <li class="app-headline">
                <span class="app-headline__label">{ format!("Net present value over {} years", years) }</span>
                <span class="app-headline__value" data-testid="npv" data-value={data_value(Some(s.npv))}>{ money(s.npv) }</span>
            </li>
            <li class="app-headline">
                <span class="app-headline__label">{ "Net saving a year at full effect" }</span>
                <span class="app-headline__value">{ money(s.net_year) }</span>
                <span data-testid="net-per-1000" data-value={data_value(Some(s.net_per_1000))}>
                    { format!("{} per 1,000 patients", money(s.net_per_1000)) }
                </span>
            </li>
            <li class="app-headline">
                <span class="app-headline__label">{ "Pays back" }</span>
                <span class="app-headline__value" data-testid="payback-months" data-value={data_value(s.payback_months)}>
                    { payback(s.payback_months) }
                </span>
            </li>
            <li class="app-headline">
                <span class="app-headline__label">{ "Back for every £1 spent" }</span>
                <span class="app-headline__value" data-testid="bcr" data-value={data_value(s.bcr)}>{ bcr }</span>
            </li>
            <li class="app-headline">
                <span class="app-headline__label">{ "Gain-share to reinvest" }</span>
                <span class="app-headline__value" data-testid="reinvest-total" data-value={data_value(Some(s.reinvest_total))}>
                    { money(s.reinvest_total) }
                </span>
                <span data-testid="beyond-horizon" data-value={data_value(Some(s.beyond_horizon))}>
                    { format!("and {} earned for after year {}", money(s.beyond_horizon), years) }
                </span>
            </li>
            <li class="app-headline">
                <span class="app-headline__label">{ "Cash released" }</span>
                <span class="app-headline__value" data-testid="cash-total" data-value={data_value(Some(s.cash_total))}>
                    { money(s.cash_total) }
                </span>
                <span data-testid="noncash-total" data-value={data_value(Some(s.noncash_total))}>
                    { format!("and {} of capacity freed, not cash", money(s.noncash_total)) }
                </span>
            </li>
        </ul>
    }
}
