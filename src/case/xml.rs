//! The one way user text enters the document's XML: as text, never markup.

use crate::text::escape_markup;

/// `text` as XML character data or an attribute's value: markup escaped
/// as for HTML, tabs and line breaks as spaces (a name is one line), and
/// every character XML 1.0 forbids (other control characters, U+FFFE,
/// U+FFFF) removed, so the file stays valid whatever was typed.
pub fn escape(text: &str) -> String {
    let kept: String = text
        .chars()
        .filter_map(|c| match c {
            '\t' | '\n' | '\r' => Some(' '),
            c if allowed(c) => Some(c),
            _ => None,
        })
        .collect();
    escape_markup(&kept)
}

/// XML 1.0's `Char`, less the white space handled above, and less the C1
/// controls it discourages.
fn allowed(c: char) -> bool {
    !(c < '\u{20}' || ('\u{7f}'..='\u{9f}').contains(&c) || c == '\u{fffe}' || c == '\u{ffff}')
}
