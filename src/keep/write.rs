//! JSON as the page writes it: the messages to the views module and the
//! values it keeps in the browser. In the browser through its own
//! `JSON.stringify` (serde_json's writer, with its number formatting, cost
//! the page's first load several KB gzip; docs/design.md); natively
//! through serde_json, for the tests. Fields are given in the order they
//! are written: sorted, as serde_json writes a map and as every stored
//! value of version 1 was written.

/// One value.
pub enum Out<'a> {
    Text(&'a str),
    Whole(i64),
    Number(f64),
    Null,
    /// A list of objects.
    Objects(Vec<Vec<(&'static str, Out<'a>)>>),
}

/// An object of `fields` as JSON text.
pub fn write(fields: Vec<(&'static str, Out)>) -> String {
    imp::write(fields)
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    use super::Out;
    use serde_json::{Map, Value};

    fn value(out: Out) -> Value {
        match out {
            Out::Text(t) => Value::from(t),
            Out::Whole(v) => Value::from(v),
            Out::Number(v) => Value::from(v),
            Out::Null => Value::Null,
            Out::Objects(list) => Value::Array(list.into_iter().map(object).collect()),
        }
    }

    fn object(fields: Vec<(&'static str, Out)>) -> Value {
        let map: Map<String, Value> = fields
            .into_iter()
            .map(|(k, v)| (k.to_string(), value(v)))
            .collect();
        Value::Object(map)
    }

    pub fn write(fields: Vec<(&'static str, Out)>) -> String {
        object(fields).to_string()
    }
}

#[cfg(target_arch = "wasm32")]
mod imp {
    use super::Out;
    use js_sys::{Array, Object, Reflect, JSON};
    use wasm_bindgen::JsValue;

    fn value(out: Out) -> JsValue {
        match out {
            Out::Text(t) => JsValue::from_str(t),
            Out::Whole(v) => JsValue::from_f64(v as f64),
            Out::Number(v) => JsValue::from_f64(v),
            Out::Null => JsValue::NULL,
            Out::Objects(list) => list.into_iter().map(object).collect::<Array>().into(),
        }
    }

    fn object(fields: Vec<(&'static str, Out)>) -> JsValue {
        let object = Object::new();
        for (key, out) in fields {
            // Setting a member of a plain new object cannot fail.
            let _ = Reflect::set(&object, &JsValue::from_str(key), &value(out));
        }
        object.into()
    }

    pub fn write(fields: Vec<(&'static str, Out)>) -> String {
        JSON::stringify(&object(fields))
            .map(String::from)
            .unwrap_or_default()
    }
}
