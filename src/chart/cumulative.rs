//! The running net position, month by month, with the payback point.

use plotters_backend::text_anchor::{HPos, VPos};

use super::draw::{
    label_room, legend, money_axis, svg, value_range, Canvas, Scale, Series, HEIGHT, LEFT,
};
use super::{colour, finite, Chart, Row, Table};
use crate::format::{financial_year, money_short};
use crate::model::{Results, Scenario};

pub fn cumulative(scenario: &Scenario, results: &Results, width: u32) -> Chart {
    let start = -scenario.lines.iter().map(|l| l.setup).sum::<f64>();
    let mut points = vec![(0.0, finite(start))];
    points.extend(
        results
            .years
            .iter()
            .map(|y| (f64::from(y.t), finite(y.cum))),
    );
    let caption = caption(scenario, results);
    let payback = results.summary.payback_months;
    let fy = scenario.fy;
    Chart {
        id: "cumulative".into(),
        title: "Running net position and payback".into(),
        svg: svg((width, HEIGHT), &caption, |c| draw(c, &points, payback, fy)),
        caption,
        table: Table {
            counts: false,
            head: ["End of year", "Net that year", "Running net position"]
                .map(String::from)
                .to_vec(),
            rows: results
                .years
                .iter()
                .map(|y| Row {
                    label: financial_year(fy, y.t),
                    values: vec![y.net, y.cum],
                })
                .collect(),
        },
    }
}

/// "Pays back in month 7; £879k net present value over 5 years."
fn caption(scenario: &Scenario, results: &Results) -> String {
    let h = scenario.years;
    let years = if h == 1 {
        "1 year".to_string()
    } else {
        format!("{h} years")
    };
    let payback = match results.summary.payback_months {
        Some(m) if m <= 0.0 => "Pays back straight away".to_string(),
        Some(m) => format!("Pays back in month {}", m.ceil()),
        None => format!("Does not pay back within {years}"),
    };
    format!(
        "{payback}; {} net present value over {years}.",
        money_short(results.summary.npv)
    )
}

/// `points` are (years from the start, running net position).
fn draw(c: &mut Canvas, points: &[(f64, f64)], payback: Option<f64>, fy: i32) {
    let line = Series {
        label: "Running net position",
        colour: colour::BLUE,
        values: Vec::new(),
    };
    let top = legend(c, &[(&line, true)]) + 8;
    let (right, bottom) = (c.width - 16, c.height - 52);
    let h = points.last().map_or(1.0, |p| p.0.max(1.0));
    let (lo, hi) = value_range(points.iter().map(|p| p.1));
    let y = Scale::new(lo, hi, bottom, top);
    let x = Scale::new(0.0, h, LEFT, right);
    money_axis(c, &y, LEFT, right);
    let every = (h as usize + 1).div_ceil(label_room(c.width as u32));
    for year in (0..=h as usize).step_by(every) {
        c.text(
            &format!("{}", year * 12),
            (x.px(year as f64), bottom + 8),
            HPos::Center,
            VPos::Top,
        );
    }
    let about = format!("Months from the start of {}", financial_year(fy, 1));
    c.text(
        &about,
        ((LEFT + right) / 2, c.height - 6),
        HPos::Center,
        VPos::Bottom,
    );
    let pixels: Vec<(i32, i32)> = points.iter().map(|(t, v)| (x.px(*t), y.px(*v))).collect();
    c.path(&pixels, colour::BLUE, 3);
    for p in pixels {
        c.dot(p, 4, colour::BLUE);
    }
    if let Some(months) = payback {
        let at = x.px((months / 12.0).clamp(0.0, h));
        c.path(&[(at, y.px(lo)), (at, y.px(hi))], colour::DARK_BLUE, 2);
        c.dot((at, y.px(0.0)), 7, colour::DARK_BLUE);
        let (anchor, nudge) = if at < (LEFT + right) / 2 {
            (HPos::Left, 8)
        } else {
            (HPos::Right, -8)
        };
        c.text(
            &payback_label(months),
            (at + nudge, top + 4),
            anchor,
            VPos::Top,
        );
    }
}

fn payback_label(months: f64) -> String {
    if months <= 0.0 {
        "Pays back from the start".to_string()
    } else {
        format!("Pays back: month {}", months.ceil())
    }
}
