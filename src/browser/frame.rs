//! The page inside another site's `<iframe>` (SPEC §4): telling the host
//! how tall it is.

use wasm_bindgen::JsValue;

use super::window;

/// True inside another page's `<iframe>`.
pub fn is_framed() -> bool {
    let Some(w) = window() else { return false };
    match w.parent() {
        Ok(Some(parent)) => JsValue::from(&parent) != JsValue::from(&w),
        _ => false,
    }
}

/// The message a host page listens for to size its `<iframe>` (SPEC §4).
pub const HEIGHT_MESSAGE: &str = "pilot-savings-calculator:height";

/// Tells the parent frame the page's height now and whenever it changes.
/// Sent to any origin: the height is all it says, and the calculator cannot
/// know which intranet hosts it.
pub fn report_height_to_parent() {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    let Some(w) = window() else { return };
    let Some(root) = w.document().and_then(|d| d.document_element()) else {
        return;
    };
    let last = std::rc::Rc::new(std::cell::Cell::new(-1.0_f64));
    let measure = {
        let root = root.clone();
        move || {
            let height = root.get_bounding_client_rect().height().ceil();
            if height != last.get() {
                last.set(height);
                post_height(height);
            }
        }
    };
    measure();
    let callback = Closure::<dyn FnMut()>::new(measure);
    if let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
        observer.observe(&root);
    }
    // The observer lives as long as the page.
    callback.forget();
}

fn post_height(height: f64) {
    let Some(parent) = window().and_then(|w| w.parent().ok().flatten()) else {
        return;
    };
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"type".into(), &HEIGHT_MESSAGE.into());
    let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
    let _ = parent.post_message(&message, "*");
}
