// Reading a workbook as a spreadsheet application computes it: LibreOffice's
// headless Calc (apt `libreoffice-calc-nogui`) opens the file, recalculates
// every formula (a throwaway profile says so: by default it keeps the values
// an .xlsx file carries, which would prove nothing) and saves it again; the
// cells of both files are read here, with fflate for the zip.
import { strFromU8, unzipSync } from "fflate";
import { convert as convertFile } from "./libreoffice.mjs";

// OOXMLRecalcMode 0: recalculate an Excel file on load, always.
const PROFILE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

const unescape = (text) =>
  text.replace(/&(lt|gt|quot|apos|amp|#x?[0-9a-fA-F]+);/g, (_, e) =>
    ({ lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" })[e] ??
    String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)));

const attr = (tag, name) => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];

/** The text of each shared string, in order. */
function sharedStrings(files) {
  const xml = files["xl/sharedStrings.xml"];
  if (!xml) return [];
  return [...strFromU8(xml).matchAll(/<si>([\s\S]*?)<\/si>/g)].map(([, si]) =>
    [...si.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)].map(([, t]) => unescape(t)).join(""));
}

/** Each sheet's path in the zip, by its name. */
function sheetPaths(files) {
  const book = strFromU8(files["xl/workbook.xml"]);
  const rels = strFromU8(files["xl/_rels/workbook.xml.rels"]);
  const target = new Map([...rels.matchAll(/<Relationship\b[^>]*>/g)].map(([tag]) => [attr(tag, "Id"), attr(tag, "Target")]));
  return [...book.matchAll(/<sheet\b[^>]*>/g)].map(([tag]) => {
    const path = target.get(attr(tag, "r:id")).replace(/^\/?(xl\/)?/, "xl/");
    return [unescape(attr(tag, "name")), path];
  });
}

/** A workbook's cells: sheet name → cell address → { type, formula,
 *  value } with value a number or text; and its defined names. */
export function readWorkbook(bytes) {
  const files = unzipSync(new Uint8Array(bytes));
  const strings = sharedStrings(files);
  const sheets = {};
  for (const [name, path] of sheetPaths(files)) {
    const cells = {};
    const xml = strFromU8(files[path]);
    for (const [, tag, body] of xml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const type = attr(tag, "t") ?? "n";
      const formula = body?.match(/<f(?:\s[^>]*)?>([\s\S]*?)<\/f>/)?.[1];
      const raw = body?.match(/<v>([\s\S]*?)<\/v>/)?.[1] ?? body?.match(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/)?.[1];
      if (formula === undefined && raw === undefined) continue;
      const text = raw === undefined ? "" : unescape(raw);
      const value = type === "s" ? strings[Number(text)] : type === "n" ? Number(text) : text;
      cells[attr(tag, "r")] = { type, formula: formula && unescape(formula), value };
    }
    sheets[name] = cells;
  }
  const book = strFromU8(files["xl/workbook.xml"]);
  const names = Object.fromEntries(
    [...book.matchAll(/<definedName\b([^>]*)>([\s\S]*?)<\/definedName>/g)].map(([, tag, to]) => [unescape(attr(tag, "name")), unescape(to)]));
  return { sheets, names, files: Object.keys(files) };
}

/** The workbook converted by LibreOffice's Calc (`to`, a filter such as
 *  `pdf`), every formula recalculated on load: the converted file's bytes. */
const convert = (bytes, to, extension) => convertFile(bytes, "book.xlsx", to, extension, PROFILE);

/** The workbook as LibreOffice's Calc computes it: every formula
 *  recalculated on load, then saved as .xlsx again. */
export async function recalculate(bytes) {
  return readWorkbook(await convert(bytes, "xlsx:Calc MS Excel 2007 XML", "xlsx"));
}

/** The workbook printed by LibreOffice's Calc, every sheet, as a PDF. */
export async function printWorkbook(bytes) {
  return convert(bytes, "pdf", "pdf");
}
