use yew::prelude::*;

use crate::components::form::equity_fields::equity_fields;
use crate::components::form::series_fields::series_fields;
use crate::messages::events::{Events, SET};
use crate::model::{FieldError, FieldKey, LineDraft};
use crate::state::Action;

#[derive(Clone, PartialEq, Properties)]
pub struct LineMoreAppProps {
    /// The line's position, from 0.
    pub index: usize,
    /// Its monthly counts and deprivation inputs as typed, and whether it
    /// is joined to another line's events.
    pub line: LineDraft,
    pub errors: Vec<FieldError>,
    pub events: Events,
}

/// A line's monthly counts and deprivation inputs, drawn by the views
/// module into the page's line (`form::line_more_slot`): what is typed
/// goes back to the page, which checks it and sends its messages here.
#[component]
pub fn LineMoreApp(props: &LineMoreAppProps) -> Html {
    let events = props.events.clone();
    let onaction = Callback::from(move |action: Action| {
        let field = match action {
            Action::SetSeries { line, key, text } => (FieldKey::Series(line + 1, key), text),
            Action::SetText { field, text } => (field, text),
            _ => return,
        };
        events.send(SET, &field.0.to_string(), &field.1);
    });
    let (index, line, errors) = (props.index, &props.line, &props.errors);
    html! {
        <>
            { series_fields(index, line, errors, &onaction) }
            { equity_fields(index, line, errors, &onaction) }
        </>
    }
}
