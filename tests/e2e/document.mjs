// Reading a business case as a word processor does: LibreOffice's headless
// Writer (apt `libreoffice-writer-nogui`) opens the .docx and converts it
// to text and to PDF; if Writer is missing or refuses the file, there is
// no output, and the caller's test fails.
import { convert } from "./libreoffice.mjs";

/** The document as Writer reads it: its paragraphs and table cells, a
 *  line each. */
export async function documentText(bytes) {
  const text = (await convert(bytes, "case.docx", "txt:Text (encoded):UTF8", "txt")).toString("utf8");
  return text.replace(/^\uFEFF/, "").split(/\r?\n/);
}

/** The document printed by Writer, as a PDF. */
export const documentPdf = (bytes) => convert(bytes, "case.docx", "pdf", "pdf");
