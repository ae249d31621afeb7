//! What the page and the views module say to each other (docs/design.md):
//! each view's name and the JSON the page sends it (`json`), and what a
//! view asks of the page (`events`). The components on both sides and the
//! views module all import these; these import neither.

pub mod events;
pub mod json;
