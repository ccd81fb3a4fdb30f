/**
 * Loads the bundled CLI (dist/bundle/cli.cjs) with V8's code cache (dist/bundle/cli.cache, written by
 * scripts/bundle.mjs after a sample run): the functions a run needs are then read compiled instead of
 * being parsed and compiled on every start, about 40 ms of a one-file run. A missing cache, or one
 * V8 rejects (made by another Node version), only costs that time back.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { Script } from "node:vm";

export const BUNDLE = fileURLToPath(new URL("../dist/bundle/cli.cjs", import.meta.url));
export const CODE_CACHE = fileURLToPath(new URL("../dist/bundle/cli.cache", import.meta.url));

/** The bundle, compiled (from `cachedData` when V8 accepts it) and run as a CommonJS module. */
export function loadCli(cachedData) {
  const source = readFileSync(BUNDLE, "utf8");
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: BUNDLE,
    cachedData,
  });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(BUNDLE), module, BUNDLE, dirname(BUNDLE));
  return { main: module.exports.main, script };
}

export function readCodeCache() {
  try {
    return readFileSync(CODE_CACHE);
  } catch {
    return undefined; // not built yet: compile from source
  }
}
