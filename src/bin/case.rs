//! The business case module: a wasm of its own holding the Word writer
//! (`pilot_savings::case`), fetched the first time someone asks for a
//! business case (docs/design.md): inside the workbook's module it took
//! that module over its 350 KB budget (SPEC §9).

#[cfg(target_arch = "wasm32")]
mod exports {
    use pilot_savings::case::business_case_of_query;
    use pilot_savings::workbook::Made;
    use wasm_bindgen::prelude::wasm_bindgen;

    /// The `.docx` business case of the scenario `query` holds (SPEC
    /// §5.2), made on `date` (`YYYY-MM-DD`) from `link`; why not, in words.
    #[wasm_bindgen]
    pub fn business_case(
        query: &str,
        link: &str,
        method: &str,
        date: &str,
    ) -> Result<Vec<u8>, String> {
        let made = Made {
            link: link.to_string(),
            method: method.to_string(),
            release: env!("CARGO_PKG_VERSION").to_string(),
            date: date.to_string(),
        };
        business_case_of_query(query, &made)
    }
}

fn main() {
    // Nothing to start: the page calls `business_case` once this module is
    // loaded.
}
