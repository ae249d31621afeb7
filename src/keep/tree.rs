//! A stored value read as JSON, through one small trait: natively (the
//! tests, the fuzz) serde_json's `Value`; in the browser its own
//! `JSON.parse`, so the page carries no JSON parser of its own (serde_json's
//! cost the page's first load 8.5 KB gzip; docs/design.md).

/// The few ways `keep` reads a stored value.
pub trait Tree: Sized {
    /// The value `raw` holds; none when it is not JSON.
    fn parse(raw: &str) -> Option<Self>;
    /// An object's member; none for anything else or a missing key.
    fn field(&self, key: &str) -> Option<Self>;
    fn text(&self) -> Option<String>;
    /// A whole number ≥ 0, as a version is.
    fn whole(&self) -> Option<u64>;
    fn items(&self) -> Option<Vec<Self>>;
}

#[cfg(not(target_arch = "wasm32"))]
impl Tree for serde_json::Value {
    fn parse(raw: &str) -> Option<Self> {
        serde_json::from_str(raw).ok()
    }

    fn field(&self, key: &str) -> Option<Self> {
        self.get(key).cloned()
    }

    fn text(&self) -> Option<String> {
        self.as_str().map(str::to_string)
    }

    fn whole(&self) -> Option<u64> {
        self.as_u64()
    }

    fn items(&self) -> Option<Vec<Self>> {
        self.as_array().cloned()
    }
}

#[cfg(target_arch = "wasm32")]
impl Tree for wasm_bindgen::JsValue {
    fn parse(raw: &str) -> Option<Self> {
        js_sys::JSON::parse(raw).ok()
    }

    fn field(&self, key: &str) -> Option<Self> {
        // An object's own member: not an array's, and nothing inherited.
        let object = self.is_object() && !js_sys::Array::is_array(self);
        let own =
            object && js_sys::Object::has_own(&js_sys::Object::from(self.clone()), &key.into());
        own.then(|| js_sys::Reflect::get(self, &key.into()).ok())
            .flatten()
    }

    fn text(&self) -> Option<String> {
        self.as_string()
    }

    fn whole(&self) -> Option<u64> {
        // Integers up to 2^53 are exact in a double, as JSON reads them.
        let v = self.as_f64()?;
        (v >= 0.0 && v.fract() == 0.0 && v <= 9_007_199_254_740_992.0).then_some(v as u64)
    }

    fn items(&self) -> Option<Vec<Self>> {
        js_sys::Array::is_array(self).then(|| js_sys::Array::from(self).iter().collect())
    }
}
