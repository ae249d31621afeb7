// Trunk post-build hook: minifies the page's JavaScript in a release build.
// Trunk's own minifier cannot read wasm-bindgen's glue and copies it as it
// is (45 KB; terser takes it to 20 KB), and copied files (the loader and the
// offline worker, kept readable in static/) are not minified at all:
// together 3.1 KB less over the wire (SPEC §9). The page's integrity hash
// for the glue is written again.
import { createHash } from "node:crypto";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { minify } from "terser";

const dir = process.env.TRUNK_STAGING_DIR;
if (process.env.TRUNK_PROFILE !== "release" || !dir) process.exit(0);

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

const html = join(dir, "index.html");
let page = await readFile(html, "utf8");
for (const name of await readdir(dir)) {
  if (name === "start.js" || name === "sw.js") await shrink(name);
  if (!/^pilot-savings-[0-9a-f]+\.js$/.test(name)) continue;
  const { before, code } = await shrink(name);
  if (!page.includes(sri(before))) throw new Error(`no integrity for ${name} in index.html`);
  page = page.replace(sri(before), sri(code));
}
await writeFile(html, page);
