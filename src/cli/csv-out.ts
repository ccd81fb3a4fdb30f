/** The main command's `--format csv --out DIR`: four tables written so that no reader sees half of one. */
import { mkdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import type { Dataset } from "../schema.js";
import { csvTables } from "../tables/csv.js";
import { reason } from "./inputs.js";
import { UsageError } from "./run.js";
import { trackTemp, untrackTemp } from "./temp-files.js";

/**
 * Writes the dataset as CSV tables into the folder `dir`. A new folder is written as a temp folder beside it and
 * renamed into place; into an existing folder each file goes through its own temp file and rename.
 * Either way a reader never sees a half-written file.
 */
export function writeCsvTables(dir: string, shown: string, dataset: Dataset): void {
  const tables = csvTables(dataset);
  let exists = false;
  try {
    exists = statSync(dir).isDirectory() || fail(`--out ${shown} is a file; --format csv writes four files into a folder`);
  } catch (error) {
    if (error instanceof UsageError) throw error;
  }
  const temp = join(dirname(dir), `.${basename(dir)}.${process.pid}.tmp`);
  const temps = [temp, ...tables.map((table) => join(dir, `${table.name}.${process.pid}.tmp`))];
  temps.forEach(trackTemp);
  try {
    if (exists) {
      for (const table of tables) {
        const file = join(dir, table.name);
        writeFileSync(`${file}.${process.pid}.tmp`, table.text);
        renameSync(`${file}.${process.pid}.tmp`, file);
      }
    } else {
      mkdirSync(temp);
      for (const table of tables) writeFileSync(join(temp, table.name), table.text);
      renameSync(temp, dir);
    }
  } catch (error) {
    rmSync(temp, { recursive: true, force: true });
    for (const table of tables) rmSync(join(dir, `${table.name}.${process.pid}.tmp`), { force: true });
    throw new UsageError(`cannot write --out ${shown}: ${reason(error)}`);
  } finally {
    temps.forEach(untrackTemp);
  }
}

function fail(message: string): never {
  throw new UsageError(message);
}
