//! The workbook module: a wasm of its own holding the spreadsheet writer
//! (rust_xlsxwriter), fetched the first time someone asks for the
//! workbook (docs/design.md), so the page's first load never carries it.

#[cfg(target_arch = "wasm32")]
mod exports {
    use pilot_savings::workbook::{workbook_of_query, Made};
    use wasm_bindgen::prelude::wasm_bindgen;

    /// The `.xlsx` file of the scenario `query` holds, made on `date`
    /// (`YYYY-MM-DD`) from `link`; why not, in words.
    #[wasm_bindgen]
    pub fn workbook(query: &str, link: &str, method: &str, date: &str) -> Result<Vec<u8>, String> {
        let made = Made {
            link: link.to_string(),
            method: method.to_string(),
            release: env!("CARGO_PKG_VERSION").to_string(),
            date: date.to_string(),
        };
        workbook_of_query(query, &made)
    }
}

fn main() {
    // Nothing to start: the page calls `workbook` once this module is
    // loaded.
}
