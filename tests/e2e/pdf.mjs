// A PDF's text, page by page, read with pdf.js (npm `pdfjs-dist`): what a
// printed copy holds, charts included (their SVG text prints as text).
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

/** Each page's text items, in order. */
export async function pdfPages(bytes) {
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.map((t) => t.str).filter((s) => s.trim() !== ""));
  }
  await doc.destroy();
  return pages;
}
