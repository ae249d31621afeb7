//! The page's hooks, one a file (as Yew's function_todomvc): each keeps
//! one concern of the page in step with the browser or the figures.

pub mod use_chart_width;
pub mod use_deferred;
pub mod use_last_valid;
pub mod use_monte_carlo;
pub mod use_pause;
pub mod use_printing;
pub mod use_settled_state;
pub mod use_shown_errors;
pub mod use_steady_focus;
pub mod use_views;
pub mod use_wide;
