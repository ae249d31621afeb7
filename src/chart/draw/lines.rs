//! Each line's yearly net at full effect, largest saving first.

use plotters_backend::text_anchor::{HPos, VPos};

use super::{axis_labels, value_range, Canvas, Scale};
use crate::chart::colour;
use crate::format::money_short;

const ROW: i32 = 46;

/// The drawing's height for `rows` lines.
pub(super) fn height(rows: usize) -> u32 {
    (56 + ROW * rows.max(1) as i32) as u32
}

pub(super) fn draw(c: &mut Canvas, rows: &[(String, f64)]) {
    let (left, right, bottom) = (16, c.width - 24, c.height - 32);
    let (lo, hi) = value_range(rows.iter().map(|r| r.1));
    let x = Scale::new(lo, hi, left, right);
    let ticks = x.ticks(if c.width < 500 { 4 } else { 7 });
    for (v, label) in ticks.iter().zip(axis_labels(&ticks)) {
        let px = x.px(*v);
        c.line((px, 12), (px, bottom), colour::PALE_GREY);
        c.text(&label, (px, bottom + 8), HPos::Center, VPos::Top);
    }
    c.line((left, bottom), (right, bottom), colour::GREY);
    let room = ((c.width - 40) * 2 / 15).max(20) as usize;
    for (i, (label, v)) in rows.iter().enumerate() {
        let top = 12 + ROW * i as i32;
        let fill = if *v < 0.0 { colour::RED } else { colour::GREEN };
        c.rect((x.px(0.0), top + 22), (x.px(*v), top + 38), fill);
        // Zero at each bar, not through the names above them.
        c.line((x.px(0.0), top + 20), (x.px(0.0), top + 40), colour::TEXT);
        let amount = money_short(*v);
        let name = fit(label, room.saturating_sub(amount.chars().count() + 2));
        c.text(
            &format!("{name}: {amount}"),
            (left + 2, top),
            HPos::Left,
            VPos::Top,
        );
    }
}

/// `text` on at most `most` lines of `room` characters, broken between
/// words where it can be, the last cut with an ellipsis if it must be.
pub(super) fn wrap(text: &str, room: usize, most: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut rest = text.trim();
    while rest.chars().count() > room && lines.len() + 1 < most {
        let head: String = rest.chars().take(room + 1).collect();
        let split = head
            .rfind(' ')
            .filter(|i| *i > 0)
            .unwrap_or_else(|| head.char_indices().nth(room).map_or(head.len(), |(i, _)| i));
        let (line, more) = rest.split_at(split);
        lines.push(line.trim_end().to_string());
        rest = more.trim_start();
    }
    lines.push(fit(rest, room));
    lines
}

/// `text` cut to `room` characters with an ellipsis, so a long name stays
/// inside the drawing; the table beside it has the name in full.
fn fit(text: &str, room: usize) -> String {
    if text.chars().count() <= room {
        return text.to_string();
    }
    let mut cut: String = text.chars().take(room.saturating_sub(1)).collect();
    cut.push('\u{2026}');
    cut
}
