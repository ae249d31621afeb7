// Shared set-up for the end-to-end tests and the benchmark: a static server
// for dist/ on 127.0.0.1, Debian's Chromium through playwright-core, and a
// page object for the calculator.
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { after, before } from "node:test";
import assert from "node:assert/strict";
import { chromium } from "playwright-core";
import { project, scenarioFromQuery } from "./oracle.mjs";

export const DIST = resolve(process.env.DIST ?? "dist");

/** SPEC §10's worked example. */
export const WORKED =
  "?v=1&name=Bassetlaw%20PCH&pop=40000&l1.kind=rate&l1.name=Dermatology&l1.base=26&l1.after=6&l1.unit=120&l1.appts=6&l1.appt_cost=35&l2.kind=observed&l2.name=Care%20home%20pharmacist&l2.saved=230000&l2.months=12&l2.annual=45000&l3.kind=cost&l3.name=PCH%20running%20costs&l3.per_patient=1";

export const KINDS = ["rate", "count", "spend", "observed", "cost"];
const SAVING_INPUTS = {
  rate: "base=26&after=6&unit=120",
  count: "events=400&pct=17&unit=1590",
  spend: "spend=100000&pct=20",
  observed: "saved=50000&months=6",
  cost: "per_patient=1",
};

/** Twenty named lines of every kind over ten years, each with set-up and
 *  running costs: SPEC §9's edit budget, and the layout at its fullest. */
export const TWENTY_LINES =
  "?v=1&name=Twenty%20lines&years=10&pop=40000&scale=300000&" +
  Array.from({ length: 20 }, (_, i) => {
    const n = i + 1;
    const kind = KINDS[i % 5];
    const inputs = `name=Line%20${n}%20${kind}&${SAVING_INPUTS[kind]}&annual=${1000 * n}&setup=5000`;
    return `l${n}.kind=${kind}&` + inputs.replaceAll(/(^|&)/g, `$1l${n}.`);
  }).join("&");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".wasm": "application/wasm",
  ".css": "text/css",
  ".svg": "image/svg+xml",
};

/** Serves `root` under `prefix` (a sub-folder, as on an intranet). */
/** The header the README gives servers (issue 15): no inline script or
 *  style, nothing from another host. */
export const STRICT_CSP = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
  "img-src 'self' data:; connect-src 'self'; manifest-src 'self'; worker-src 'self'; base-uri 'none'; form-action 'none'";

export async function serve(root = DIST, prefix = "/calculator/") {
  // Long links reach the page, as they would from a server with a large
  // limit, a cached copy or a bookmark (Node's default is 16 KB).
  const server = createServer({ maxHeaderSize: 4 * 1024 * 1024 }, async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    if (!path.startsWith(prefix)) {
      res.writeHead(404).end();
      return;
    }
    let file = normalize(join(root, path.slice(prefix.length)));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (path.endsWith("/")) file = join(file, "index.html");
    try {
      const body = await readFile(file);
      const headers = { "content-type": TYPES[extname(file)] ?? "application/octet-stream" };
      // Every test runs the page as a locked-down server sends it.
      if (extname(file) === ".html") headers["content-security-policy"] = STRICT_CSP;
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const url = `http://127.0.0.1:${server.address().port}${prefix}`;
  return { url, close: () => new Promise((ok) => server.close(ok)) };
}

/** The server and Chromium, started before a file's tests, stopped after. */
export function useBrowser() {
  const env = {};
  before(async () => {
    env.server = await serve();
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** The calculator page: open links, read hooks, type into fields. */
export class Calculator {
  constructor(page, base) {
    this.page = page;
    this.base = base;
    this.requests = [];
    this.dialogs = [];
    this.pageErrors = [];
    page.on("request", (r) => this.requests.push(r.url()));
    page.on("dialog", (d) => {
      this.dialogs.push(d.message());
      d.dismiss().catch(() => {});
    });
    page.on("pageerror", (e) => this.pageErrors.push(String(e)));
  }

  async open(query = "") {
    await this.page.goto(this.base + query);
    await this.page.waitForSelector("html[data-ready='1']", { state: "attached", timeout: 10000 });
  }

  hook(id) {
    return this.page.getByTestId(id);
  }

  async value(id) {
    return this.hook(id).getAttribute("data-value");
  }

  async number(id) {
    return Number(await this.value(id));
  }

  async cell(row, col) {
    return Number(await this.page.getByTestId(row).locator(`[data-col='${col}']`).getAttribute("data-value"));
  }

  field(key) {
    return this.page.locator(`[id='input-${key}']`);
  }

  async type(key, text) {
    await this.field(key).fill(text);
  }

  /** Types into a field and leaves it, as a person does before reading
   *  what the page says of it. */
  async enter(key, text) {
    await this.field(key).fill(text);
    await this.field(key).blur();
  }

  /** Shows a part of the page: "pilot", "results", "how-sure" or "keep".
   *  Beside the form on a wide screen "pilot" is always on show. */
  async show(part) {
    const tab = this.page.getByTestId(`tab-${part}`);
    if ((await tab.count()) === 0) return;
    await tab.click();
    await this.page.waitForSelector(`[id='panel-${part}']:not([hidden])`, { state: "attached" });
  }

  /** Waits until at least `atLeast` charts inside `scope` (a selector; the
   *  whole page when empty) are on the page and every one is drawn by the
   *  views module (its own signal, `data-drawing`). */
  async chartsDrawn(scope = "", atLeast = 1) {
    await chartsDrawnIn(this.page, scope, atLeast);
  }

  /** Opens "Start from an example", where the examples are. */
  async examples() {
    const fold = this.page.getByTestId("presets-fold");
    if (!(await fold.evaluate((d) => d.open))) await fold.locator("summary").click();
    await fold.getByTestId("presets").waitFor();
  }

  /** The query string the address bar holds, once it settles on `expected`. */
  async waitForQuery(predicate) {
    await this.page.waitForFunction(predicate, undefined, { timeout: 5000 });
    return new URL(this.page.url()).searchParams;
  }
}

/** Records on `page`, in its own clock, when `data-ready` is set
 *  (`window.readyAt`): a MutationObserver, so polling adds nothing. */
export async function recordReady(page) {
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.documentElement.dataset.ready) {
        window.readyAt = performance.now();
        observer.disconnect();
      }
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ["data-ready"] });
  });
}

/** `Calculator.chartsDrawn` for any page or frame. */
export async function chartsDrawnIn(page, scope = "", atLeast = 1) {
  await page.waitForFunction(([scope, atLeast]) => {
    const figures = [...document.querySelectorAll(`${scope} figure.app-chart`)];
    return figures.length >= atLeast && figures.every((f) => f.dataset.drawing === "drawn");
  }, [scope, atLeast], { timeout: 10000 });
}

/** Equal to within a penny (or `within`). */
export const near = (actual, expected, what, within = 0.005) =>
  assert.ok(Math.abs(actual - expected) <= within, `${what}: ${actual} is not ${expected}`);

const close = (actual, expected, what) =>
  assert.ok(Math.abs(actual - expected) <= 1e-6 * Math.max(1, Math.abs(expected)), `${what}: ${actual} ≠ ${expected}`);

/** Every summary hook, yearly cell and per-line party, workforce and step
 *  figure the page
 *  shows for `query` equals what the spec's formulas give (oracle.mjs). */
export async function assertOracle(calc, query) {
  const expected = project(scenarioFromQuery(query));
  for (const [id, value] of Object.entries(expected.summary)) {
    const shown = await calc.value(id);
    if (value === null) assert.equal(shown, "", `${id} should be empty`);
    else close(Number(shown), value, id);
  }
  for (const y of expected.years) {
    for (const col of ["gross", "cost", "net", "df", "pv", "cum", "cash", "noncash", "share", "retained", "reinvest",
      "hshare", "primary", "hosp", "nhs"]) {
      close(await calc.cell(`year-${y.t}`, col), y[col], `year ${y.t} ${col}`);
    }
  }
  for (const [i, line] of expected.lines.entries()) {
    for (const [col, value] of Object.entries(line)) {
      const shown = await calc.page.getByTestId(`line-${i + 1}`).locator(`[data-col='${col}']`).getAttribute("data-value");
      if (value === null) assert.equal(shown, "", `line ${i + 1} ${col} should be empty`);
      else close(Number(shown), value, `line ${i + 1} ${col}`);
    }
  }
}
