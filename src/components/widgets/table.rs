//! Tables that never hide a figure (SPEC §6): wide, they scroll sideways
//! inside their own box with the first column kept and a shadow at the
//! edge that has more; under 768 px each row stacks into a card, a label
//! beside every figure (the NHS.UK responsive table).

use yew::prelude::*;

use crate::components::data_value;

/// The table in its scrolling box. `head` names the row-label column, then
/// each figure's column; `rows` are made with `row_head` and `cell`.
pub fn table(id: &str, caption: &str, head: &[&str], rows: Html) -> Html {
    captioned(id, caption, false, head, rows)
}

/// Columns beyond which a table is wide: it stacks beside the form, where
/// it could only scroll (the stylesheet's `app-table--wide`).
const WIDE: usize = 8;

/// The same, its caption for screen readers only, where a heading or a
/// figure's caption above already says what the table is.
pub fn captioned(id: &str, caption: &str, hidden: bool, head: &[&str], rows: Html) -> Html {
    let caption_id = format!("{id}-caption");
    let caption_class = classes!(
        "nhsuk-table__caption",
        hidden.then_some("nhsuk-u-visually-hidden")
    );
    let (first, rest) = head.split_first().map_or(("", &[][..]), |(f, r)| (*f, r));
    html! {
        <div class="app-table-wrap" role="region" aria-labelledby={caption_id.clone()} tabindex="0">
            <table class={classes!("nhsuk-table", "app-table-responsive", (head.len() > WIDE).then_some("app-table--wide"))}
                role="table" data-testid={id.to_string()}>
                <caption class={caption_class} id={caption_id}>{ caption }</caption>
                <thead class="nhsuk-table__head" role="rowgroup">
                    <tr role="row">
                        <th scope="col" role="columnheader">{ first }</th>
                        { for rest.iter().map(|h| html! {
                            <th scope="col" role="columnheader" class="app-num">{ *h }</th>
                        }) }
                    </tr>
                </thead>
                <tbody class="nhsuk-table__body" role="rowgroup">{ rows }</tbody>
            </table>
        </div>
    }
}

/// A row's label, kept in view as the table scrolls.
pub fn row_head(text: &str) -> Html {
    html! { <th scope="row" role="rowheader" class="app-row-head">{ text }</th> }
}

/// One figure: SPEC §8's `data-col` and `data-value` where it has them,
/// and its column's heading for the stacked view, drawn by the stylesheet
/// so that the cell's text is the figure alone (screen readers have the
/// column header).
pub fn cell(col: Option<&'static str>, heading: &str, value: Option<f64>, text: String) -> Html {
    html! {
        <td role="cell" class="app-num" data-col={col} data-value={data_value(value)}
            data-label={heading.to_string()}>{ text }</td>
    }
}
