//! Files in and out without a server: a download from a Blob, and the text
//! of a file the user chose.

use super::window;

/// Offers text as a file download, without a server: a Blob and a link.
pub fn download(file_name: &str, mime: &str, text: &str) -> bool {
    offer(file_name, mime, text)
}

/// Offers bytes as a file download (a workbook).
pub fn download_bytes(file_name: &str, mime: &str, bytes: &[u8]) -> bool {
    offer(file_name, mime, bytes)
}

fn offer(file_name: &str, mime: &str, content: impl gloo_file::BlobContents) -> bool {
    use wasm_bindgen::JsCast;
    let url = gloo_file::ObjectUrl::from(gloo_file::Blob::new_with_options(content, Some(mime)));
    let link = window()
        .and_then(|w| w.document())
        .and_then(|d| d.create_element("a").ok())
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok());
    let Some(link) = link else { return false };
    link.set_href(&url);
    link.set_download(file_name);
    link.click();
    // The browser reads the Blob after the click returns, so the URL is
    // released (revoked as it is dropped) a little later.
    gloo_timers::callback::Timeout::new(10_000, move || drop(url)).forget();
    true
}

/// The text of the first file chosen in a file input, refusing files over
/// `max_bytes` before reading them.
pub async fn read_chosen_file(
    input: &web_sys::HtmlInputElement,
    max_bytes: f64,
    too_large: &str,
) -> Result<String, String> {
    let file = input
        .files()
        .and_then(|files| files.get(0))
        .map(gloo_file::File::from)
        .ok_or_else(|| "Choose a file to import.".to_string())?;
    if file.size() as f64 > max_bytes {
        return Err(too_large.to_string());
    }
    gloo_file::futures::read_as_text(&file)
        .await
        .map_err(|_| "The browser could not read that file. Nothing was changed.".to_string())
}
