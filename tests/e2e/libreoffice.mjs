// LibreOffice's headless converter, for the files the page writes: the
// workbook (Calc) and the business case (Writer). A throwaway profile each
// time, with `settings` (a registrymodifications.xcu) where given; no
// output (the application missing, or the file refused) fails the caller.
import { execFile } from "node:child_process";
import { mkdtemp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/** `bytes`, a file named `name`, converted by LibreOffice to `filter`
 *  (such as `pdf`): the converted file's bytes, its name ending `extension`. */
export async function convert(bytes, name, filter, extension, settings) {
  const dir = await mkdtemp(join(tmpdir(), "pilot-savings-office-"));
  try {
    if (settings) {
      await mkdir(join(dir, "profile", "user"), { recursive: true });
      await writeFile(join(dir, "profile", "user", "registrymodifications.xcu"), settings);
    }
    await mkdir(join(dir, "out"));
    await writeFile(join(dir, name), bytes);
    await run("soffice", [
      `-env:UserInstallation=file://${join(dir, "profile")}`,
      "--headless", "--norestore",
      "--convert-to", filter,
      "--outdir", join(dir, "out"), join(dir, name),
    ], { timeout: 120_000 });
    return await readFile(join(dir, "out", name.replace(/\.[^.]+$/, `.${extension}`)));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
