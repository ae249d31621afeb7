use std::rc::Rc;

use yew::prelude::*;

use super::table::{captioned, cell, row_head};
use crate::browser;
use crate::chart::Chart;
use crate::format::{money, number};

#[derive(PartialEq, Properties)]
pub struct ChartFigureProps {
    pub chart: Rc<Chart>,
    /// The downloaded file's name.
    pub file_name: AttrValue,
}

/// One chart with its message in words, the same numbers as a table on
/// request, and the drawing as a file.
#[component]
pub fn ChartFigure(props: &ChartFigureProps) -> Html {
    let table_shown = use_state(|| false);
    let chart = &props.chart;
    let id = &chart.id;
    let ontoggle = {
        let table_shown = table_shown.clone();
        Callback::from(move |_: MouseEvent| table_shown.set(!*table_shown))
    };
    let ondownload = {
        let (chart, file_name) = (chart.clone(), props.file_name.clone());
        Callback::from(move |_: MouseEvent| {
            browser::download(&file_name, "image/svg+xml", &chart.svg);
        })
    };
    html! {
        <figure class="app-chart" data-testid={format!("chart-{id}")} aria-labelledby={format!("chart-{id}-caption")}>
            <figcaption id={format!("chart-{id}-caption")}>
                <h3 class="nhsuk-heading-s nhsuk-u-margin-bottom-1">{ chart.title.clone() }</h3>
                <p class="nhsuk-body-s" data-testid={format!("chart-{id}-message")}>{ chart.caption.clone() }</p>
            </figcaption>
            // The SVG is plotters' output, whose text it escapes, with a
            // title escaped by `text::escape_markup`: names are text,
            // never markup. On the page the caption above already says what
            // the drawing shows, so screen readers skip the drawing itself.
            <div class="app-chart__drawing">{ Html::from_html_unchecked(AttrValue::from(shown_drawing(&chart.svg))) }</div>
            <div class="app-chart__actions app-no-print">
                <button type="button" class="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
                    aria-expanded={(*table_shown).to_string()} aria-controls={format!("chart-{id}-table")}
                    data-testid={format!("chart-{id}-toggle")} onclick={ontoggle}>
                    { if *table_shown { "Hide table" } else { "Show as table" } }
                    <span class="nhsuk-u-visually-hidden">{ format!(": {}", chart.title) }</span>
                </button>
                <button type="button" class="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
                    data-testid={format!("chart-{id}-download")} onclick={ondownload}>
                    { "Download chart (SVG)" }
                    <span class="nhsuk-u-visually-hidden">{ format!(": {}", chart.title) }</span>
                </button>
            </div>
            <div id={format!("chart-{id}-table")}>
                if *table_shown { { table(chart) } }
            </div>
        </figure>
    }
}

fn table(chart: &Chart) -> Html {
    let head: Vec<&str> = chart.table.head.iter().map(String::as_str).collect();
    let show = |v: f64| {
        if chart.table.counts {
            number(v, 0)
        } else {
            money(v)
        }
    };
    let rows = html! {
        { for chart.table.rows.iter().map(|row| html! {
            <tr role="row">
                { row_head(&row.label) }
                { for row.values.iter().enumerate().map(|(i, v)| {
                    cell(None, head.get(i + 1).copied().unwrap_or(""), Some(*v), show(*v))
                }) }
            </tr>
        }) }
    };
    let caption = format!("{}, as a table", chart.title);
    captioned(
        &format!("chart-{}-table", chart.id),
        &caption,
        true,
        &head,
        rows,
    )
}

/// The downloaded file names itself (`role="img"` and a title); on the page
/// the figure's caption and table do.
fn shown_drawing(svg: &str) -> String {
    svg.replacen(
        "<svg role=\"img\" ",
        "<svg aria-hidden=\"true\" focusable=\"false\" ",
        1,
    )
}
