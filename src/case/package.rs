//! The `.docx` file: its parts zipped with Deflate by the `zip` crate the
//! workbook's writer already brings.

use std::io::{Cursor, Write};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipWriter};

use super::parts::{
    APP, CONTENT_TYPES, DOCUMENT_END, DOCUMENT_RELS, DOCUMENT_START, FOOTER, ROOT_RELS, SECTION,
    SETTINGS, STYLES,
};
use super::xml::escape;

/// The package of a document whose body is `body`, titled `title`,
/// made on `date` (`YYYY-MM-DD`).
pub fn package(body: &str, title: &str, date: &str) -> Result<Vec<u8>, String> {
    let document = format!("{DOCUMENT_START}{body}{SECTION}{DOCUMENT_END}");
    let core = core(title, date);
    let parts: [(&str, &str); 9] = [
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", ROOT_RELS),
        ("docProps/core.xml", &core),
        ("docProps/app.xml", APP),
        ("word/_rels/document.xml.rels", DOCUMENT_RELS),
        ("word/document.xml", &document),
        ("word/styles.xml", STYLES),
        ("word/settings.xml", SETTINGS),
        ("word/footer1.xml", FOOTER),
    ];
    // A stream over a borrowed buffer, as rust_xlsxwriter writes one: the
    // same zip code serves both files, not a second copy of it.
    let mut buf = Vec::new();
    let mut zip = ZipWriter::new_stream(Cursor::new(&mut buf));
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .compression_level(None);
    for (name, xml) in parts {
        zip.start_file(name, options).map_err(|e| e.to_string())?;
        zip.write_all(xml.as_bytes()).map_err(|e| e.to_string())?;
    }
    zip.finish().map_err(|e| e.to_string())?;
    Ok(buf)
}

/// The title, language and date in the document's properties.
fn core(title: &str, date: &str) -> String {
    let date = if is_date(date) {
        format!(r#"<dcterms:created xsi:type="dcterms:W3CDTF">{date}T00:00:00Z</dcterms:created>"#)
    } else {
        String::new()
    };
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>{}</dc:title><dc:creator>Pilot savings and reinvestment calculator</dc:creator><dc:language>en-GB</dc:language>{date}</cp:coreProperties>"#,
        escape(title)
    )
}

/// `YYYY-MM-DD`, digits where digits go: what the page passes.
fn is_date(date: &str) -> bool {
    date.len() == 10
        && date.char_indices().all(|(i, c)| {
            if i == 4 || i == 7 {
                c == '-'
            } else {
                c.is_ascii_digit()
            }
        })
}
