// Scratch: page.pdf straight from a wide window, as Ctrl+P would (not a test).
import { writeFile } from "node:fs/promises";
import { launch, serve } from "./support.mjs";
const [query = "", name = "print"] = process.argv.slice(2);
const server = await serve();
const browser = await launch();
const context = await browser.newContext({ viewport: { width: Number(process.env.W ?? 1280), height: 900 } });
const page = await context.newPage();
await page.goto(server.url + query);
await page.waitForSelector("html[data-ready='1']", { state: "attached" });
await page.waitForSelector("[data-testid=chart-ladder] svg");
await writeFile(`/tmp/shots/${name}.pdf`, await page.pdf({ preferCSSPageSize: true }));
await browser.close();
await server.close();
