// The first figures first, the rest on demand (issue 22, SPEC §9): the
// views module (charts, Share and keep, examples, suggested costs, the
// print list) is fetched only after `data-ready`, kept by the offline
// worker, said to be missing where it cannot be fetched, and its views
// answer their own clicks.
import { after, test } from "node:test";
import assert from "node:assert/strict";
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Calculator, DIST, WORKED, launch, near, recordReady, serve } from "./support.mjs";

const browser = await launch();
const cleanup = [];
after(async () => {
  for (const task of cleanup.reverse()) await task();
  await browser.close();
});

/** A page that records when `data-ready` was set, in its own clock. */
async function page(url, viewport = { width: 1280, height: 900 }) {
  const context = await browser.newContext({ viewport });
  cleanup.push(() => context.close());
  const calc = new Calculator(await context.newPage(), url);
  await recordReady(calc.page);
  return { context, calc };
}

/** Every file the page asked for, with when it asked, in its own clock. */
const resources = (calc) =>
  calc.page.evaluate(() => performance.getEntriesByType("resource").map((r) => ({ name: r.name, start: r.startTime })));

test("the first load fetches no views module; it follows data-ready and draws every chart", async () => {
  const server = await serve();
  cleanup.push(() => server.close());
  const { calc } = await page(server.url);
  await calc.open(WORKED);
  await calc.chartsDrawn("[id='panel-results']", 5);
  const readyAt = await calc.page.evaluate(() => window.readyAt);
  const fetched = await resources(calc);
  const views = fetched.filter((r) => /\/views-[0-9a-f]+(_bg\.wasm|\.js)$/.test(r.name));
  assert.equal(views.length, 2, fetched.map((r) => r.name).join("\n"));
  for (const r of views) assert.ok(r.start > readyAt, `${r.name} asked for at ${r.start} ms, before data-ready at ${readyAt} ms`);
  // What came before: the page, its CSS, the loader, the glue and the wasm.
  const first = fetched.filter((r) => r.start <= readyAt).map((r) => r.name.replace(/.*\//, ""));
  assert.deepEqual(first.map((n) => n.replace(/-[0-9a-f]{16}/, "")).sort(),
    ["app.css", "pilot-savings.js", "pilot-savings_bg.wasm", "start.js"], first.join(", "));
  assert.deepEqual(calc.pageErrors, []);
});

test("a click in a view drawn by the module is that view's alone", async () => {
  const server = await serve();
  cleanup.push(() => server.close());
  for (const width of [1280, 360]) {
    const { calc } = await page(server.url, { width, height: 900 });
    await calc.open(WORKED);
    await calc.show("results");
    await calc.chartsDrawn("[id='panel-results']", 5);
    await calc.hook("chart-yearly-toggle").click();
    await calc.hook("chart-yearly-table").waitFor();
    // The page did not take the click for one of its own (a tab, a fold):
    // the part and its other charts are as they were.
    assert.equal(await calc.page.locator("[id='panel-results']").isVisible(), true, `${width} px`);
    assert.equal(await calc.hook("chart-cumulative").isVisible(), true, `${width} px`);
    assert.equal(await calc.hook("chart-yearly-toggle").getAttribute("aria-expanded"), "true");
    await calc.show("keep");
    await calc.page.getByLabel("Name to save this scenario under").fill("");
    await calc.page.getByRole("button", { name: "Save scenario" }).click();
    await calc.hook("error-save-name").waitFor();
    assert.equal(await calc.page.locator("[id='panel-keep']").isVisible(), true, `${width} px`);
    near(await calc.number("npv"), 878912.74, "npv", 0.01);
    assert.deepEqual(calc.pageErrors, []);
  }
});

test("where the views module cannot be fetched, the figures stand and each part says why it has no charts", async () => {
  const server = await serve();
  cleanup.push(() => server.close());
  const { context, calc } = await page(server.url);
  await context.route(/\/views-[0-9a-f]+/, (route) => route.abort("internetdisconnected"));
  await calc.open(WORKED);
  near(await calc.number("npv"), 878912.74, "npv", 0.01);
  await calc.hook("chart-yearly-failed").waitFor();
  assert.match(await calc.hook("chart-yearly-failed").innerText(), /could not be fetched, perhaps because this computer is offline/);
  assert.equal(await calc.hook("charts").locator("[data-testid$='-failed']").count(), 1, "said once for the charts together");
  assert.equal(await calc.cell("year-1", "net"), 188080, "the tables have the figures");
  await calc.show("keep");
  await calc.hook("keep-failed").waitFor();
  assert.match(await calc.hook("keep-failed").innerText(), /The address bar holds this scenario/);
  assert.deepEqual(calc.pageErrors, []);
});

test("after one visit, with the network gone, a part never opened draws its chart, Share and keep opens and the workbook downloads", async () => {
  const root = await mkdtemp(join(tmpdir(), "pilot-savings-"));
  cleanup.push(() => rm(root, { recursive: true, force: true }));
  await cp(DIST, root, { recursive: true });
  const server = await serve(root);
  const { context, calc } = await page(server.url);
  await calc.open(WORKED);
  // The offline worker has kept the page's files, the module's included.
  await calc.page.evaluate(() => navigator.serviceWorker.ready);
  await calc.page.waitForFunction(async () => {
    const tag = document.querySelector("script[data-wasm]");
    const files = [tag.dataset.wasm, tag.dataset.viewsJs, tag.dataset.viewsWasm, tag.dataset.workbookJs, tag.dataset.workbookWasm];
    const kept = await Promise.all(files.map((f) => caches.match(new URL(f, location.href).href)));
    return kept.every(Boolean);
  }, undefined, { polling: 100, timeout: 10000 });
  await server.close();
  await context.setOffline(true);
  await calc.page.reload();
  await calc.page.waitForSelector("html[data-ready='1']", { state: "attached" });
  await calc.show("parties");
  await calc.chartsDrawn("[id='panel-parties']", 1);
  await calc.show("keep");
  await calc.hook("keep-panel").waitFor();
  // The workbook writer, never fetched by the page, was kept too.
  const [file] = await Promise.all([calc.page.waitForEvent("download"), calc.hook("download-xlsx").click()]);
  assert.equal(file.suggestedFilename(), "bassetlaw-pch-workbook.xlsx");
  await calc.page.locator("[data-testid='xlsx-status'][data-state='done']").waitFor();
  assert.deepEqual(calc.pageErrors, []);
});
