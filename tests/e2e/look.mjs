// Scratch: screenshots of a link at two widths (not a test; not committed).
import { launch, serve, recordReady } from "./support.mjs";
const [query = "", name = "page", ...rest] = process.argv.slice(2);
const server = await serve();
const browser = await launch();
for (const width of [1280, 360]) {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  const t0 = Date.now();
  const reqs = [];
  page.on("request", (r) => reqs.push([Date.now() - t0, new URL(r.url()).pathname.replace(/.*\//, "")]));
  await recordReady(page);
  await page.goto(server.url + query);
  await page.waitForSelector("html[data-ready='1']", { state: "attached" });
  const ready = Date.now() - t0;
  await page.waitForTimeout(1500);
  console.log(width, "ready at", ready, reqs.map((r) => r.join(":")).join(" "));
  await page.screenshot({ path: `/tmp/shots/${name}-${width}.png`, fullPage: rest.includes("full") });
  await context.close();
}
await browser.close();
await server.close();
