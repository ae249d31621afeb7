//! A line's steps (SPEC §2.7): the events it avoids a year against the
//! whole units a provider can remove, so a reader sees how far the pilot
//! is from the next one.

use plotters_backend::text_anchor::{HPos, VPos};

use super::draw::{svg, Canvas, Scale, HEIGHT, LEFT};
use super::{colour, finite, Chart, Row, Table};
use crate::format::number;
use crate::model::capacity::Steps;
use crate::text::line_name;

/// Line `i`'s steps, for a line named `name`.
pub fn steps(name: &str, i: usize, s: &Steps, width: u32) -> Chart {
    let (units, next, step) = (s.units, s.next, s.step);
    let events = finite(s.events).max(0.0);
    let name = line_name(name, i);
    let caption = format!(
        "{} events avoided a year free {} whole unit{}; the next needs {} more.",
        number(events, 0),
        number(units, 0),
        if units == 1.0 { "" } else { "s" },
        number(next.ceil(), 0)
    );
    let mut rows = vec![Row {
        label: "This pilot".to_string(),
        values: vec![events, units],
    }];
    rows.extend((1..=units as u32 + 1).map(|n| Row {
        label: format!("Unit {n}"),
        values: vec![f64::from(n) * step, f64::from(n)],
    }));
    Chart {
        id: format!("steps-l{}", i + 1),
        title: format!("{name}: events avoided and whole units that can go"),
        svg: svg((width, HEIGHT), &caption, |c| draw(c, events, units, step)),
        caption,
        table: Table {
            head: ["", "Events avoided a year", "Whole units that can go"]
                .map(String::from)
                .to_vec(),
            rows,
            counts: true,
        },
    }
}

fn draw(c: &mut Canvas, events: f64, units: f64, step: f64) {
    let (right, bottom, top) = (c.width - 16, c.height - 52, 24);
    let reach = (units + 1.0) * step;
    let x = Scale::new(0.0, events.max(reach) * 1.1, LEFT, right);
    let y = Scale::new(0.0, units + 1.5, bottom, top);
    for n in 0..=(units as u32 + 1) {
        let py = y.px(f64::from(n));
        c.line((LEFT, py), (right, py), colour::PALE_GREY);
        c.text(&n.to_string(), (LEFT - 6, py), HPos::Right, VPos::Center);
    }
    for v in x.ticks(if c.width < 400 { 3 } else { 6 }) {
        c.text(
            &number(v, 0),
            (x.px(v), bottom + 8),
            HPos::Center,
            VPos::Top,
        );
    }
    let mid = (LEFT + right) / 2;
    let about = "Events avoided a year";
    c.text(about, (mid, c.height - 6), HPos::Center, VPos::Bottom);
    c.text("Whole units", (8, 4), HPos::Left, VPos::Top);
    let mut stairs = vec![(x.px(0.0), y.px(0.0))];
    for n in 1..=(units as u32 + 1) {
        let at = x.px(f64::from(n) * step);
        stairs.push((at, y.px(f64::from(n - 1))));
        stairs.push((at, y.px(f64::from(n))));
    }
    stairs.push((right, y.px(units + 1.0)));
    c.path(&stairs, colour::BLUE, 3);
    let (px, py) = (x.px(events), y.px(units));
    c.path(
        &[(px, bottom), (px, y.px(units + 1.5))],
        colour::DARK_PINK,
        2,
    );
    c.dot((px, py), 6, colour::DARK_PINK);
    let (anchor, nudge) = if px < mid {
        (HPos::Left, 8)
    } else {
        (HPos::Right, -8)
    };
    let label = format!("This pilot: {}", number(events, 0));
    c.text(&label, (px + nudge, top), anchor, VPos::Top);
}
