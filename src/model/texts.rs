//! The text typed for each key of a fixed set (a global's inputs, a line's
//! values and range ends): an array with a slot for every key, indexed by
//! the key (`enum_map`), with the few map methods the draft uses. The
//! page's draft is cloned on every keystroke; this clones as one array,
//! and its code, unlike a BTreeMap's, is a lookup a method.

use enum_map::{EnumArray, EnumMap};

pub struct Texts<K: EnumArray<Option<String>>>(EnumMap<K, Option<String>>);

// By hand: derived impls would ask the keys, not the texts, to be
// `Default` and the like.
impl<K: EnumArray<Option<String>>> Default for Texts<K> {
    fn default() -> Self {
        Texts(EnumMap::default())
    }
}

impl<K: EnumArray<Option<String>>> Clone for Texts<K>
where
    K::Array: Clone,
{
    fn clone(&self) -> Self {
        Texts(self.0.clone())
    }
}

impl<K: EnumArray<Option<String>>> PartialEq for Texts<K> {
    fn eq(&self, other: &Self) -> bool {
        self.0 == other.0
    }
}

impl<K: EnumArray<Option<String>> + std::fmt::Debug> std::fmt::Debug for Texts<K> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_map().entries(self.iter_all()).finish()
    }
}

impl<K: EnumArray<Option<String>> + Copy> Texts<K> {
    pub fn get(&self, key: &K) -> Option<&String> {
        self.0[*key].as_ref()
    }

    pub fn contains_key(&self, key: &K) -> bool {
        self.0[*key].is_some()
    }

    /// The text that was there, if any.
    pub fn insert(&mut self, key: K, text: String) -> Option<String> {
        self.0[key].replace(text)
    }

    pub fn remove(&mut self, key: &K) -> Option<String> {
        self.0[*key].take()
    }

    /// Every key with a text, in the keys' order.
    pub fn iter(&self) -> impl Iterator<Item = (K, &String)> {
        self.iter_all()
    }

    pub fn keys(&self) -> impl Iterator<Item = K> + '_ {
        self.iter().map(|(k, _)| k)
    }

    pub fn is_empty(&self) -> bool {
        self.0.values().all(Option::is_none)
    }

    /// Keeps only the texts `keep` says to.
    pub fn retain(&mut self, mut keep: impl FnMut(&K, &mut String) -> bool) {
        for (k, slot) in self.0.iter_mut() {
            if slot.as_mut().is_some_and(|text| !keep(&k, text)) {
                *slot = None;
            }
        }
    }
}

impl<K: EnumArray<Option<String>>> Texts<K> {
    fn iter_all(&self) -> impl Iterator<Item = (K, &String)> {
        self.0.iter().filter_map(|(k, v)| Some((k, v.as_ref()?)))
    }
}
