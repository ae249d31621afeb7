use std::rc::Rc;

use yew::prelude::*;

use crate::browser;
use crate::chart::draw::render;
use crate::chart::Chart;
use crate::components::widgets::table::{captioned, cell, row_head};
use crate::format::{money, number};

#[derive(Clone, PartialEq, Properties)]
pub struct ChartFigureProps {
    pub chart: Rc<Chart>,
    /// The downloaded file's name.
    pub file_name: AttrValue,
}

/// One chart with its message in words, the same numbers as a table on
/// request, and the drawing as a file. Drawn by the views module into the
/// page's `ChartSlot`; `data-drawing` tells tests the drawing is in.
#[component]
pub fn ChartFigure(props: &ChartFigureProps) -> Html {
    let chart = &props.chart;
    let svg: Rc<str> = (*use_memo(chart.clone(), |chart| Rc::<str>::from(render(chart)))).clone();
    let table_shown = use_state(|| false);
    let id = &chart.id;
    let ontoggle = {
        let table_shown = table_shown.clone();
        Callback::from(move |_: MouseEvent| table_shown.set(!*table_shown))
    };
    let table_shown = *table_shown;
    html! {
        <figure class="app-chart" data-testid={format!("chart-{id}")} data-drawing="drawn"
            aria-labelledby={format!("chart-{id}-caption")}>
            <figcaption id={format!("chart-{id}-caption")}>
                <h3 class="nhsuk-heading-s nhsuk-u-margin-bottom-1">{ chart.title.clone() }</h3>
                <p class="nhsuk-body-s" data-testid={format!("chart-{id}-message")}>{ chart.caption.clone() }</p>
            </figcaption>
            { drawing(&svg) }
            <div class="app-chart__actions app-no-print">
                <button type="button" class="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
                    aria-expanded={table_shown.to_string()} aria-controls={format!("chart-{id}-table")}
                    data-testid={format!("chart-{id}-toggle")} onclick={ontoggle}>
                    { if table_shown { "Hide table" } else { "Show as table" } }
                    <span class="nhsuk-u-visually-hidden">{ format!(": {}", chart.title) }</span>
                </button>
                { download_button(chart, &props.file_name, &svg) }
            </div>
            <div id={format!("chart-{id}-table")}>
                if table_shown { { table(chart) } }
            </div>
        </figure>
    }
}

/// The SVG is plotters' output, whose text it escapes, with a title
/// escaped by `text::escape_markup`: names are text, never markup. On the
/// page the caption above already says what the drawing shows, so screen
/// readers skip the drawing itself.
fn drawing(svg: &str) -> Html {
    html! {
        <div class="app-chart__drawing">{ Html::from_html_unchecked(AttrValue::from(shown_drawing(svg))) }</div>
    }
}

fn download_button(chart: &Chart, file_name: &AttrValue, svg: &Rc<str>) -> Html {
    let (file_name, svg) = (file_name.clone(), svg.clone());
    let ondownload = Callback::from(move |_: MouseEvent| {
        browser::download(&file_name, "image/svg+xml", &svg);
    });
    html! {
        <button type="button" class="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
            data-testid={format!("chart-{}-download", chart.id)} onclick={ondownload}>
            { "Download chart (SVG)" }
            <span class="nhsuk-u-visually-hidden">{ format!(": {}", chart.title) }</span>
        </button>
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
