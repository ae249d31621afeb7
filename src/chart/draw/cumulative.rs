//! The running net position, month by month, with the payback point.

use plotters_backend::text_anchor::{HPos, VPos};

use super::{label_room, legend, money_axis, value_range, Canvas, Scale, Series, LEFT};
use crate::chart::colour;
use crate::format::financial_year;

/// `points` are (years from the start, running net position).
pub(super) fn draw(c: &mut Canvas, points: &[(f64, f64)], payback: Option<f64>, fy: i32) {
    let line = Series::new("Running net position", colour::BLUE, Vec::new());
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
