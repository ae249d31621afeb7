// Offline after one visit (issue 15): the service worker keeps the page and
// its files, links open with the network gone, and a new release is offered
// with a one-line notice at the next visit. Each test serves its own copy of
// `dist/` so that it can stop the server or change the release.
import { after, test } from "node:test";
import assert from "node:assert/strict";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Calculator, DIST, WORKED, launch, near, serve } from "./support.mjs";

const browser = await launch();
const cleanup = [];
after(async () => {
  for (const task of cleanup.reverse()) await task();
  await browser.close();
});

/** A copy of the release, served from a sub-folder. */
async function release() {
  const root = await mkdtemp(join(tmpdir(), "pilot-savings-"));
  await cp(DIST, root, { recursive: true });
  const server = await serve(root);
  cleanup.push(() => rm(root, { recursive: true, force: true }));
  return { root, server };
}

/** Waits until the service worker controls the page and has cached the
 *  release's wasm. */
async function cached(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(async () => {
    const wasm = document.querySelector("script[data-wasm]").dataset.wasm;
    return Boolean(await caches.match(new URL(wasm, location.href).href));
  }, undefined, { polling: 100, timeout: 10000 });
}

test("after one visit the page and any link open with the network gone", async () => {
  const { server } = await release();
  const context = await browser.newContext();
  cleanup.push(() => context.close());
  const calc = new Calculator(await context.newPage(), server.url);
  await calc.open(WORKED);
  await cached(calc.page);
  const requests = calc.requests.length;
  await server.close();
  await context.setOffline(true);
  await calc.page.reload();
  await calc.page.waitForSelector("html[data-ready='1']", { state: "attached" });
  near(await calc.number("npv"), 878912.74, "npv", 0.01);
  // A different scenario typed into the address bar.
  await calc.open("?v=1&pop=20000&l1.kind=rate&l1.base=26&l1.after=6&l1.unit=120");
  assert.equal(await calc.cell("line-1", "saving"), 48000);
  assert.equal(await calc.number("net-per-1000"), 2400);
  // Every module is kept, even one never used online: the business case's
  // writer is fetched from the cache at its first click.
  await calc.show("keep");
  await calc.hook("download-docx").click();
  await calc.page.locator("[data-testid='docx-status'][data-state='done']").waitFor();
  assert.deepEqual(calc.pageErrors, []);
  assert.ok(calc.requests.slice(requests).every((url) => url.startsWith(server.url)), "nothing from another host");
});

test("a new release is offered at the next visit with a one-line notice", async () => {
  const { root, server } = await release();
  cleanup.push(() => server.close());
  const context = await browser.newContext();
  cleanup.push(() => context.close());
  const calc = new Calculator(await context.newPage(), server.url);
  await calc.open(WORKED);
  await cached(calc.page);
  assert.equal(await calc.hook("update-notice").isHidden(), true, "no notice for the release on show");
  await calc.page.reload();
  await calc.page.waitForSelector("html[data-ready='1']", { state: "attached" });
  // The worker has compared the cached release with the server's.
  await calc.page.waitForSelector("html[data-release='current']", { state: "attached" });
  assert.equal(await calc.hook("update-notice").isHidden(), true, "no notice while nothing changed");
  // A new release on the server: its page differs.
  const index = join(root, "index.html");
  await writeFile(index, (await readFile(index, "utf8")).replace("</title>", "</title><meta name=release content=2>"));
  await calc.page.reload();
  await calc.page.waitForSelector("html[data-ready='1']", { state: "attached" });
  await calc.hook("update-notice").waitFor();
  assert.equal((await calc.hook("update-notice").innerText()).trim(), "A new version of the calculator is ready: reload");
  await calc.page.getByRole("button", { name: "reload" }).click();
  await calc.page.waitForSelector("html[data-ready='1']", { state: "attached" });
  assert.equal(await calc.page.locator("meta[name=release]").count(), 1, "the new release is on show");
  assert.equal(await calc.hook("update-notice").isHidden(), true);
});

test("a message from another frame or window changes nothing", async () => {
  const { server } = await release();
  cleanup.push(() => server.close());
  const context = await browser.newContext();
  cleanup.push(() => context.close());
  const calc = new Calculator(await context.newPage(), server.url);
  await calc.open(WORKED);
  await calc.page.waitForSelector("html[data-settled='1']", { state: "attached" });
  const query = await calc.page.evaluate(() => location.search);
  // Messages arrive in order, each to the page's listeners before this
  // test's, which were added after them: once the test's last one has
  // arrived, the page has had every one.
  await calc.page.evaluate(() => new Promise((done) => {
    addEventListener("message", (e) => e.data === "test:last" && done());
    for (const data of ["pilot-savings-calculator:new-version", "pilot-savings-calculator:check",
      "pilot-savings-calculator:current", { type: "pilot-savings-calculator:height", height: 1 },
      "<img src=x onerror=alert(1)>", { v: 1, pop: 1 }, "test:last"]) {
      window.postMessage(data, "*");
    }
  }));
  await calc.page.waitForSelector("html[data-settled='1']", { state: "attached" });
  assert.notEqual(await calc.page.evaluate(() => document.documentElement.dataset.release), "new", "no new release said");
  assert.equal(await calc.hook("update-notice").isHidden(), true);
  assert.equal(await calc.page.evaluate(() => location.search), query);
  near(await calc.number("npv"), 878912.74, "npv", 0.01);
  assert.deepEqual(calc.dialogs, []);
});
