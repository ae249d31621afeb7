use yew::prelude::*;

/// The width at which the form and the results sit side by side: the NHS
/// design system's desktop breakpoint (62em = 992 px at 16 px text).
pub const WIDE_QUERY: &str = "(min-width: 62em)";

/// True while the window is wide enough for the form and the results side
/// by side; follows the window as it is resized or a phone turned, but
/// not the page laid out on paper: printed from a wide window, A4 is
/// narrower, and a layout changed then would replace every drawn chart
/// with an empty place just as the browser takes its copy (issue 29).
#[hook]
pub fn use_wide() -> bool {
    let wide = use_state(|| crate::browser::media_matches(WIDE_QUERY));
    {
        let wide = wide.clone();
        use_effect_with((), move |_| {
            crate::browser::watch_media(WIDE_QUERY, move |matches| {
                if !crate::browser::media_matches("print") {
                    wide.set(matches);
                }
            });
        });
    }
    *wide
}
