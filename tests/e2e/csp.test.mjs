// A locked-down server (issue 15): the test server sends the strict
// Content-Security-Policy of the README with every page, and here every
// view, fold, chart table and the print layout are opened while the page
// listens for `securitypolicyviolation`; the embedded view too, inside a
// host page on another origin.
import { after, test } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { Calculator, STRICT_CSP, WORKED, chartsDrawnIn, useBrowser } from "./support.mjs";

const env = useBrowser();
let context;
after(() => context?.close());

/** Records every violation the page (or a frame in it) reports. */
function listen() {
  window.violations = [];
  document.addEventListener("securitypolicyviolation", (e) =>
    window.violations.push(`${e.violatedDirective}: ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}`));
}

/** Opens every `<details>` and every chart's table on the page. */
async function openEverything(page) {
  await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
  for (const toggle of await page.locator("[data-testid$='-toggle']:visible").all()) await toggle.click();
}

const RANGED = `${WORKED}&l1.after.lo=4&l1.after.hi=8&l1.step=552&l1.step_cost=30000`;
/** RANGED's charts in each part: the projection's four, the ladder and the
 *  steps of line 1; the tornado and the histogram; the parties'. */
const CHARTS = { results: 6, "how-sure": 2, parties: 1 };

test("the page sends its own strict policy, and the server's header is the README's", async () => {
  const response = await fetch(env.server.url);
  assert.equal(response.headers.get("content-security-policy"), STRICT_CSP);
  const html = await response.text();
  assert.doesNotMatch(html, /unsafe-inline/);
  assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, "no inline script");
  assert.doesNotMatch(html, /\sstyle=/, "no inline style");
});

test("every view, fold, chart table and the print layout run without a policy violation", async () => {
  for (const width of [1280, 360]) {
    await context?.close();
    context = await env.browser.newContext({ viewport: { width, height: 900 } });
    await context.addInitScript(listen);
    const calc = new Calculator(await context.newPage(), env.server.url);
    await calc.open(RANGED);
    await calc.page.waitForSelector("html[data-mc-ready='1']", { state: "attached" });
    for (const part of ["pilot", "results", "how-sure", "parties", "keep"]) {
      await calc.show(part);
      if (CHARTS[part]) await calc.chartsDrawn(`[id='panel-${part}']`, CHARTS[part]);
      await openEverything(calc.page);
    }
    await calc.page.emulateMedia({ media: "print" });
    await calc.page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
    await calc.chartsDrawn("", Object.values(CHARTS).reduce((a, b) => a + b));
    await calc.page.emulateMedia({ media: "screen" });
    // An error, its summary and the out-of-date figures.
    await calc.show("pilot");
    await calc.enter("pop", "abc");
    await calc.hook("error-summary").waitFor();
    assert.deepEqual(await calc.page.evaluate(() => window.violations), [], `${width} px`);
    assert.deepEqual(calc.pageErrors, []);
  }
});

test("the embedded view in a host page on another origin runs without a policy violation", async () => {
  await context?.close();
  context = await env.browser.newContext();
  await context.addInitScript(listen);
  const src = `${env.server.url}${RANGED}&embed=1`;
  const host = createServer((req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(`<!doctype html><html lang="en"><head><title>Intranet</title></head><body>
      <iframe src="${src.replaceAll("&", "&amp;")}" title="Pilot savings calculator" width="100%" height="3000"></iframe></body></html>`);
  });
  await new Promise((ok) => host.listen(0, "127.0.0.1", ok));
  try {
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${host.address().port}/`);
    const frame = page.frames().find((f) => f !== page.mainFrame()) ?? (await page.waitForEvent("frameattached"));
    await frame.waitForSelector("html[data-ready='1']", { state: "attached" });
    await frame.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
    await chartsDrawnIn(frame, "", CHARTS.results);
    assert.deepEqual(await frame.evaluate(() => window.violations), []);
  } finally {
    await new Promise((ok) => host.close(ok));
  }
});
