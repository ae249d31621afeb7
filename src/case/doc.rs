//! The document's body as WordprocessingML, written a block at a time:
//! every piece of text goes through `xml::escape`, so nothing typed can
//! become markup, a field or a link.

use super::parts::TEXT_WIDTH;
use super::xml::escape;

/// What the calculator cannot know: shaded text in square brackets
/// beginning "[To complete:", so Word's Find finds them all.
pub const PROMPT: &str = "[To complete: ";

/// A table's cells: a heading row, then rows of text; numbers are
/// aligned right.
pub struct Table<'a> {
    pub caption: &'a str,
    pub head: &'a [&'a str],
    pub rows: Vec<Vec<String>>,
}

/// The body, and every prompt in it for the checklist.
#[derive(Default)]
pub struct Doc {
    body: String,
    pub prompts: Vec<(String, String)>,
    /// The section the next prompt is in, for the checklist.
    section: String,
    tables: usize,
}

impl Doc {
    /// A heading in Word's Heading 1–3: `level` 1 to 3.
    pub fn heading(&mut self, level: u8, text: &str) {
        if level <= 2 {
            self.section = text.to_string();
        }
        self.styled(&format!("Heading{level}"), text);
    }

    /// A Heading 1 that starts a new page: a part of the case. Said in
    /// the heading itself, so no page is ever left blank.
    pub fn part(&mut self, text: &str) {
        self.section = text.to_string();
        self.body
            .push_str(r#"<w:p><w:pPr><w:pStyle w:val="Heading1"/><w:pageBreakBefore/></w:pPr>"#);
        self.run(text);
        self.body.push_str("</w:p>");
    }

    pub fn title(&mut self, text: &str) {
        self.styled("Title", text);
    }

    pub fn para(&mut self, text: &str) {
        self.body.push_str("<w:p>");
        self.run(text);
        self.body.push_str("</w:p>");
    }

    /// A paragraph of a label in bold and its text.
    pub fn labelled(&mut self, label: &str, text: &str) {
        self.label(label);
        self.run(text);
        self.body.push_str("</w:p>");
    }

    /// Each paragraph of `paras`, or `none` where there are none.
    pub fn paras_or(&mut self, paras: impl IntoIterator<Item = String>, none: &str) {
        let before = self.body.len();
        for para in paras {
            self.para(&para);
        }
        if self.body.len() == before {
            self.para(none);
        }
    }

    /// A prompt in a paragraph of its own.
    pub fn prompt(&mut self, what: &str) {
        self.body.push_str("<w:p>");
        self.prompt_run(what);
        self.body.push_str("</w:p>");
    }

    /// A label in bold and a prompt, as a document-control entry.
    pub fn labelled_prompt(&mut self, label: &str, what: &str) {
        self.label(label);
        self.prompt_run(what);
        self.body.push_str("</w:p>");
    }

    /// Opens a paragraph with `label` in bold.
    fn label(&mut self, label: &str) {
        self.body.push_str("<w:p><w:r><w:rPr><w:b/></w:rPr>");
        self.text(&format!("{label}: "));
        self.body.push_str("</w:r>");
    }

    /// A table with its caption above it and its heading row repeated on
    /// every page it runs to.
    pub fn table(&mut self, table: Table) {
        self.tables += 1;
        let caption = format!("Table {}: {}", self.tables, table.caption);
        self.styled("Caption", &caption);
        let columns = table.head.len().max(1) as u32;
        let width = TEXT_WIDTH / columns;
        self.body.push_str(r#"<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="5000" w:type="pct"/><w:tblLook w:val="0420" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr><w:tblGrid>"#);
        for _ in 0..columns {
            self.body
                .push_str(&format!(r#"<w:gridCol w:w="{width}"/>"#));
        }
        self.body.push_str("</w:tblGrid>");
        self.row(table.head, true);
        for row in &table.rows {
            self.row(row, false);
        }
        // An empty paragraph: text never runs straight on from a table.
        self.body.push_str("</w:tbl><w:p/>");
    }

    /// The body's XML, less the section's properties.
    pub fn body(&self) -> &str {
        &self.body
    }

    fn row(&mut self, cells: &[impl AsRef<str>], head: bool) {
        self.body.push_str("<w:tr>");
        if head {
            self.body
                .push_str(r#"<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"#);
        } else {
            self.body.push_str(r#"<w:trPr><w:cantSplit/></w:trPr>"#);
        }
        for cell in cells.iter().map(AsRef::as_ref) {
            let right = !head && is_figure(cell);
            self.body.push_str(r#"<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr><w:p><w:pPr><w:pStyle w:val="TableText"/>"#);
            if right {
                self.body.push_str(r#"<w:jc w:val="right"/>"#);
            }
            self.body.push_str("</w:pPr>");
            if head {
                self.body.push_str("<w:r><w:rPr><w:b/></w:rPr>");
                self.text(cell);
                self.body.push_str("</w:r>");
            } else if let Some(what) = cell.strip_prefix(PROMPT) {
                let what = what.strip_suffix(']').unwrap_or(what).to_string();
                self.prompt_run(&what);
            } else {
                self.run(cell);
            }
            self.body.push_str("</w:p></w:tc>");
        }
        self.body.push_str("</w:tr>");
    }

    fn styled(&mut self, style: &str, text: &str) {
        self.body.push_str(&format!(
            r#"<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr>"#
        ));
        self.run(text);
        self.body.push_str("</w:p>");
    }

    fn run(&mut self, text: &str) {
        self.body.push_str("<w:r>");
        self.text(text);
        self.body.push_str("</w:r>");
    }

    fn prompt_run(&mut self, what: &str) {
        self.prompts.push((self.section.clone(), what.to_string()));
        self.body
            .push_str(r#"<w:r><w:rPr><w:rStyle w:val="Prompt"/></w:rPr>"#);
        self.text(&format!("{PROMPT}{what}]"));
        self.body.push_str("</w:r>");
    }

    fn text(&mut self, text: &str) {
        self.body.push_str(r#"<w:t xml:space="preserve">"#);
        self.body.push_str(&escape(text));
        self.body.push_str("</w:t>");
    }
}

/// A figure as the page writes one: `£1,234`, `−£5`, `A loss of £7`,
/// `12.5%`, `3`.
fn is_figure(cell: &str) -> bool {
    let cell = cell.strip_prefix("A loss of ").unwrap_or(cell);
    let digits = cell.trim_start_matches(['−', '-', '£']);
    digits.starts_with(|c: char| c.is_ascii_digit())
        && digits
            .chars()
            .all(|c| c.is_ascii_digit() || ",.%£ ".contains(c))
}
