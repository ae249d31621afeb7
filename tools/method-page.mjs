// The method page, `method.html`: how the figures are worked out, made at
// every build from docs/model.md (up to its "method page ends" marker), so
// the repository and the page say the same. A static page: no script, the
// page's own stylesheet, the same strict policy; it prints as an appendix.
import { execFileSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import { Marked } from "marked";

const ROOT = new URL("../", import.meta.url);
const END = "<!-- The method page ends here";

/** Text for HTML: the release and commit come from the build's
 *  environment, not from this file. */
const escape = (text) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The release: Cargo's version, and the commit and its date when the
 *  build has git (a clean clone does). */
async function release() {
  const cargo = await readFile(new URL("Cargo.toml", ROOT), "utf8");
  const version = /^version\s*=\s*"([^"]+)"/m.exec(cargo)?.[1] ?? "unknown";
  try {
    const git = (...args) => execFileSync("git", args, { cwd: ROOT, encoding: "utf8" }).trim();
    return `${version} (commit ${git("rev-parse", "--short=12", "HEAD")}, ${git("log", "-1", "--format=%cs")})`;
  } catch {
    return version;
  }
}

/** Each cell of a table labelled with its column's heading, for the
 *  NHS responsive table: on a phone each row stacks as heading and value
 *  pairs rather than scrolling sideways. */
function labelled(table) {
  const heads = [...table.matchAll(/<th[^>]*>([\s\S]*?)<\/th>/g)].map((m) => m[1].replace(/<[^>]+>/g, "").replace(/"/g, "&quot;"));
  return table.replace(/<tr>([\s\S]*?)<\/tr>/g, (row, cells) => {
    let column = 0;
    // The cell's content in one span: the stacked cell is a flex row of
    // its label and its value, and text beside code would be many items.
    const labelledCells = cells.replace(/<td([^>]*)>([\s\S]*?)<\/td>/g,
      (_, attrs, content) => `<td${attrs} data-label="${heads[column++] ?? ""}"><span>${content}</span></td>`);
    return `<tr>${labelledCells}</tr>`;
  });
}

/** Markdown to HTML in the NHS look: each table responsive, in a region
 *  that the keyboard reaches (WCAG 2.1.1) named by its section's heading,
 *  so a wide table never widens the page on a phone. */
function render(markdown) {
  const html = new Marked({ gfm: true }).parse(markdown);
  let heading = "";
  let count = 0;
  return html.replace(/<h([1-6])>([\s\S]*?)<\/h\1>|<table>[\s\S]*?<\/table>/g, (match, level, text) => {
    if (level) {
      heading = text.replace(/<[^>]+>/g, "");
      count = 0;
      return match;
    }
    count += 1;
    const name = count > 1 ? `${heading}, table ${count}` : heading;
    const table = labelled(match).replace("<table>", '<table class="nhsuk-table app-table-responsive">');
    return `<div class="app-table-wrap" role="region" aria-label="${name}" tabindex="0">${table}</div>`;
  });
}

/** The stylesheet Trunk wrote for the page, by its hashed name. */
function stylesheet(page) {
  const href = /\bhref="?(\.\/[^"\s>]+\.css)/.exec(page)?.[1];
  if (!href) throw new Error("no stylesheet in index.html");
  return href;
}

export async function methodPage(indexHtml) {
  const markdown = await readFile(new URL("docs/model.md", ROOT), "utf8");
  const end = markdown.indexOf(END);
  const body = render(end < 0 ? markdown : markdown.slice(0, end));
  return `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'" />
    <meta name="referrer" content="no-referrer" />
    <link rel="icon" href="data:," />
    <title>How the figures are worked out: pilot savings and reinvestment calculator</title>
    <link rel="stylesheet" href="${stylesheet(indexHtml)}" />
  </head>
  <body>
    <div class="app-skip-links"><a class="nhsuk-skip-link" href="#main">Skip to main content</a></div>
    <header class="app-header">
      <div class="app-container">
        <p class="app-header__title">Pilot savings and reinvestment calculator</p>
        <p class="app-header__tag">Method: how the figures are worked out</p>
      </div>
    </header>
    <div class="app-container app-method">
      <p class="app-no-print app-method__back"><a href="./">Back to the calculator</a></p>
      <main id="main" class="app-main" data-testid="method">
${body}
      </main>
      <footer class="app-footer">
        <p class="nhsuk-body-s" data-testid="method-release">Release ${escape(await release())} of the pilot savings and reinvestment calculator. This page is made from the calculator&#39;s own description of its model, so what it says is what the calculator does.</p>
      </footer>
    </div>
  </body>
</html>
`;
}
