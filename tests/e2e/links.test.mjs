// SPEC §3, issue 16: links that servers accept. A link over 2,000
// characters keeps its scenario after `#` (IIS refuses a query over 2,048
// by default; a fragment never reaches a server), the page reads a
// fragment exactly as a query, and old query links open as before.
import { after, test } from "node:test";
import assert from "node:assert/strict";
import { Calculator, TWENTY_LINES, WORKED, useBrowser } from "./support.mjs";

const env = useBrowser();
/** Twenty named lines of every kind: about 2,400 characters. */
const LONG = TWENTY_LINES.replaceAll("name=Line%20", "name=Care%20home%20review%20line%20");
let context;
after(() => context?.close());

async function fresh() {
  await context?.close();
  context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  return new Calculator(await context.newPage(), env.server.url);
}

/** Every figure the page carries for tests (SPEC §8), in page order, once
 *  the views module has drawn the scale-up ladder: its rungs carry figures
 *  too, and it arrives a moment after `data-ready`. */
async function figures(calc) {
  await calc.hook("ladder-rung").first().waitFor({ state: "attached" });
  return calc.page.$$eval("[data-value]", (els) =>
    els.map((e) => `${e.closest("[data-testid]")?.dataset.testid}/${e.dataset.col ?? ""}=${e.dataset.value}`),
  );
}

/** Once typing settles, the address bar holds the scenario after `#`. */
const settledInFragment = (calc) =>
  calc.page.waitForFunction(() => location.search === "" && location.hash.startsWith("#v=1&"), undefined, { timeout: 5000 });

test("a 20-line scenario is shared as a fragment link that opens identically", async () => {
  const calc = await fresh();
  await calc.open(LONG);
  const fromQuery = await figures(calc);
  assert.ok(fromQuery.length > 400, `${fromQuery.length} figures`);
  await settledInFragment(calc);

  await calc.show("keep");
  const link = await calc.page.locator("#share-link").inputValue();
  assert.ok(link.startsWith(`${env.server.url}#v=1&name=Twenty+lines&`), link.slice(0, 80));
  assert.ok(link.length > 2000, `${link.length} characters`);
  assert.equal(link, calc.page.url(), "the address bar holds the link shared");
  assert.match(
    await calc.hook("share-link-fragment").innerText(),
    /over 2,000 characters, longer than some intranet servers accept, so its figures come after the # in the link: that part never goes to a server/,
  );

  const other = new Calculator(await context.newPage(), env.server.url);
  await other.page.goto(link);
  await other.page.waitForSelector("html[data-ready='1']", { state: "attached" });
  assert.deepEqual(await figures(other), fromQuery);
  assert.equal(await other.field("l20.name").inputValue(), "Care home review line 20 cost");
  const asked = other.requests.find((r) => r.startsWith(env.server.url));
  assert.equal(asked, env.server.url, "the server is asked for the page, never for the figures");
  assert.deepEqual([...calc.pageErrors, ...other.pageErrors], []);
});

test("a query link over 2,000 characters opens, and is offered and kept as a fragment link", async () => {
  const calc = await fresh();
  assert.ok(LONG.length > 2000, `the 20-line link is ${LONG.length} characters`);
  await calc.open(LONG);
  await settledInFragment(calc);
  // Reloading asks the server for the page alone: an IIS intranet serves it.
  const asked = calc.requests.length;
  await calc.page.reload();
  await calc.page.waitForSelector("html[data-ready='1']", { state: "attached" });
  assert.equal(await calc.field("l20.name").inputValue(), "Care home review line 20 cost");
  assert.equal(calc.requests[asked], env.server.url);

  // The embed snippet carries the fragment too, and the compact view reads it.
  await calc.show("keep");
  const snippet = await calc.hook("embed-code").inputValue();
  const src = snippet.match(/src="([^"]+)"/)[1].replaceAll("&amp;", "&");
  assert.ok(src.startsWith(`${env.server.url}#v=1&`) && src.endsWith("&embed=1"), src.slice(0, 80));
  const npv = await calc.number("npv");
  const embedded = new Calculator(await context.newPage(), env.server.url);
  await embedded.page.goto(src);
  await embedded.page.waitForSelector("html[data-ready='1']", { state: "attached" });
  assert.equal(await embedded.number("npv"), npv);
  assert.equal(await embedded.page.locator(".app-header").count(), 0, "the compact view");
  const full = await embedded.hook("open-full").getAttribute("href");
  assert.ok(full.startsWith(`${env.server.url}#v=1&`) && !full.includes("embed=1"), full.slice(0, 80));

  // Shortened to fit, the same scenario goes back to the query.
  await calc.show("pilot");
  for (let n = 20; n > 10; n--) {
    await calc.page.getByRole("button", { name: `Remove line ${n} this line` }).click();
    await calc.field(`l${n}.name`).waitFor({ state: "detached" });
  }
  await calc.page.waitForFunction(() => location.hash === "" && location.search.startsWith("?v=1&"), undefined, { timeout: 5000 });
  await calc.show("keep");
  assert.equal(await calc.hook("share-link-fragment").count(), 0);
});

test("a short scenario keeps its link in the query, written as checked", async () => {
  const calc = await fresh();
  await calc.open(WORKED);
  await calc.type("name", "   Bassetlaw   PCH  ");
  await calc.page.waitForFunction(() => location.search.includes("name=Bassetlaw+++PCH&"), undefined, { timeout: 5000 });
  await calc.show("keep");
  const link = await calc.page.locator("#share-link").inputValue();
  assert.ok(link.startsWith(`${env.server.url}?v=1&name=Bassetlaw+++PCH&pop=40000&`), link);
  assert.equal(await calc.hook("share-link-fragment").count(), 0);
});

test("a scenario put after # in the address of an open page is opened", async () => {
  const calc = await fresh();
  await calc.open(LONG);
  await settledInFragment(calc);
  const npv = await calc.number("npv");
  // Pasting a fragment link into the address bar changes only the fragment:
  // the browser does not load the page again by itself.
  await Promise.all([
    calc.page.waitForEvent("load"),
    calc.page.evaluate(() => {
      location.hash = "#v=1&name=Pasted&pop=50000&l1.kind=cost&l1.annual=1000";
    }),
  ]);
  await calc.page.waitForSelector("html[data-ready='1']", { state: "attached" });
  assert.equal(await calc.field("name").inputValue(), "Pasted");
  assert.notEqual(await calc.number("npv"), npv);

  // An in-page link (skip to main content) leaves the scenario in the
  // address, and the page as it was.
  await calc.open(LONG);
  await settledInFragment(calc);
  // The page's own hashchange listener was added before this one, so it
  // has run once this one has.
  await calc.page.evaluate(() => {
    window.hashChanges = 0;
    addEventListener("hashchange", () => window.hashChanges++);
  });
  await calc.page.keyboard.press("Tab");
  await calc.page.keyboard.press("Enter");
  await calc.page.waitForFunction(() => window.hashChanges > 0);
  await settledInFragment(calc);
  assert.equal(await calc.field("name").inputValue(), "Twenty lines");
});

test("a fragment with v= is read before the query; other fragments leave the query to be read", async () => {
  const calc = await fresh();
  await calc.open(`${WORKED}#v=1&name=From+the+fragment&pop=50000&l1.kind=cost&l1.annual=1000`);
  assert.equal(await calc.field("name").inputValue(), "From the fragment");
  // A new document: a change of fragment alone would not load the page.
  await calc.page.goto("about:blank");
  await calc.open(`${WORKED}#results`);
  assert.equal(await calc.field("name").inputValue(), "Bassetlaw PCH");
  assert.equal(await calc.field("l1.name").inputValue(), "Dermatology");
});
