//! The page's frame: the page itself, the workspace that arranges the form
//! and the results, the tabs, and the notices above them.

pub mod app;
pub mod headline_bar;
pub mod link_notice;
pub mod stale_notice;
pub mod storage_notice;
pub mod tab_list;
pub mod workspace;
