// Trunk post-build hook, for every build:
//
// 1. The on-demand modules (docs/design.md). Trunk builds each as a
//    "worker" asset, named without a content hash and named nowhere in the
//    page. Their files are renamed with a hash of their content
//    (`views-<hash>.js`, `views-<hash>_bg.wasm`), so a new release never
//    meets an old copy in a cache, and written on the loader's tag as
//    `data-views-js` and `data-views-wasm`, where `static/start.js`
//    and the offline worker find them.
// 2. The method page, `method.html`, made from docs/model.md
//    (tools/method-page.mjs).
// 3. The stylesheet keeps only the rules whose classes, elements and ids
//    appear in what the build made (the modules' strings, the pages, the
//    scripts): PurgeCSS (npm) on nhsuk-frontend's CSS, renamed with a hash
//    of what is left (docs/design.md).
// 4. In a release build, the page's JavaScript is minified: Trunk's own
//    minifier cannot read wasm-bindgen's glue and copies it as it is, and
//    copied files (the loader, the offline worker, kept readable in
//    static/) are not minified at all. The glue's integrity hash in the
//    page is written again.
import { createHash } from "node:crypto";
import { readdir, readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { PurgeCSS } from "purgecss";
import { minify } from "terser";
import { methodPage } from "./method-page.mjs";

const MODULES = ["views", "workbook", "case"];

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) process.exit(0);
const release = process.env.TRUNK_PROFILE === "release";

const sri = (text) => `sha384-${createHash("sha384").update(text).digest("base64")}`;

/** Minifies `name` in place (a module unless it is the worker); its code
 *  before and after. */
async function shrink(name) {
  const file = join(dir, name);
  const before = await readFile(file, "utf8");
  const { code } = await minify(before, { module: name !== "sw.js", compress: true, mangle: true });
  await writeFile(file, code);
  return { before, code };
}

/** Renames module `name`'s two files with a hash of their content; the
 *  attributes that name them on the loader's tag. */
async function hashModule(name) {
  if (release) await shrink(`${name}.js`);
  const hash = createHash("sha256");
  for (const file of [`${name}.js`, `${name}_bg.wasm`]) hash.update(await readFile(join(dir, file)));
  const base = `${name}-${hash.digest("hex").slice(0, 16)}`;
  await rename(join(dir, `${name}.js`), join(dir, `${base}.js`));
  await rename(join(dir, `${name}_bg.wasm`), join(dir, `${base}_bg.wasm`));
  return ` data-${name}-js="./${base}.js" data-${name}-wasm="./${base}_bg.wasm"`;
}

const html = join(dir, "index.html");
let page = await readFile(html, "utf8");
for (const name of release ? await readdir(dir) : []) {
  if (name === "start.js" || name === "sw.js") await shrink(name);
  if (!/^pilot-savings-[0-9a-f]+\.js$/.test(name)) continue;
  const { before, code } = await shrink(name);
  if (!page.includes(sri(before))) throw new Error(`no integrity for ${name} in index.html`);
  page = page.replace(sri(before), sri(code));
}
let named = "";
for (const name of MODULES) named += await hashModule(name);
// The method page, named on the loader's tag so the offline worker keeps it.
let method = await methodPage(page);
named += ' data-method="./method.html"';
[page, method] = await purgeCss([page, method]);
await writeFile(join(dir, "method.html"), method);
// Trunk's minifier may drop the quotes and reorder the attributes.
const loader = /<script\b[^>]*\bdata-wasm=[^>]*(?=>)/;
if (!loader.test(page)) throw new Error("no loader tag in index.html");
page = page.replace(loader, (tag) => tag + named);
await writeFile(html, page);

/** The stylesheet without the rules nothing the build made can use. A
 *  module's strings are packed end to end ("nhsuk-body-laria-controls"),
 *  so no tokenizer can split them: every name the stylesheet uses (class,
 *  element, id) is kept where it occurs anywhere, as a substring, in a
 *  page, a script or a module, or is one the code makes at run time. Each page in `pages` is given back naming
 *  the new file, with its integrity. */
async function purgeCss(pages) {
  const names = await readdir(dir);
  const css = names.find((n) => /^app-[0-9a-f]+\.css$/.test(n));
  if (!css) throw new Error("no stylesheet in the build");
  let made = pages.join("\n");
  // The workbook's and the business case's writers draw no markup: their
  // XML's names keep nothing.
  for (const name of names.filter((n) => /\.(wasm|js)$/.test(n) && !/^(workbook|case)[-_.]/.test(n))) {
    made += (await readFile(join(dir, name))).toString("latin1");
  }
  const before = await readFile(join(dir, css), "utf8");
  // The names the code makes at run time from a prefix and a word: each
  // tab's panel (`panel-` and its id) and a Making Data Count badge
  // (`app-spc-badge--` and its variation or assurance). A new one must be
  // added here, or its rules go.
  const madeAtRunTime = /^(panel-|app-spc-badge--)/;
  const occurs = (name) => made.includes(name) || madeAtRunTime.test(name);
  const used = [...new Set(before.match(/[A-Za-z][A-Za-z0-9_-]*/g))].filter(occurs);
  const [purged] = await new PurgeCSS().purge({
    content: [{ raw: used.join(" "), extension: "txt" }],
    css: [{ raw: before }],
    defaultExtractor: (text) => text.split(" "),
  });
  const name = `app-${createHash("sha256").update(purged.css).digest("hex").slice(0, 16)}.css`;
  await rename(join(dir, css), join(dir, name));
  await writeFile(join(dir, name), purged.css);
  return pages.map((page) => page.replaceAll(css, name).replace(sri(before), sri(purged.css)));
}
