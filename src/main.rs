fn main() {
    // Natively there is no page to draw: the crate's pure parts are tested
    // with `cargo test`, and `make serve` builds the page for the browser.
    #[cfg(target_arch = "wasm32")]
    pilot_savings::start();
}
