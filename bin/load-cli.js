/**
 * Loads the bundled CLI (dist/bundle/cli.cjs) with V8's code cache (dist/bundle/cli.cache, written by
 * scripts/bundle.mjs after a sample run): the functions a run needs are then read compiled instead of
 * being parsed and compiled on every start, about 40 ms of a one-file run. A missing cache, or one
 * V8 rejects (made by another Node version), only costs that time back. CommonJS, like everything in
 * bin/ (see package.json here): Node starts a CommonJS entry sooner than an ES module.
 */
const { readFileSync } = require("node:fs");
const { createRequire } = require("node:module");
const { join } = require("node:path");
const { Script } = require("node:vm");

const BUNDLE_DIR = join(__dirname, "..", "dist", "bundle");
const BUNDLE = join(BUNDLE_DIR, "cli.cjs");
const CODE_CACHE = join(BUNDLE_DIR, "cli.cache");

/** The bundle, compiled (from `cachedData` when V8 accepts it) and run as a CommonJS module. */
function loadCli(cachedData) {
  const source = readFileSync(BUNDLE, "utf8");
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: BUNDLE, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(BUNDLE), module, BUNDLE, BUNDLE_DIR);
  return { main: module.exports.main, script };
}

function readCodeCache() {
  try {
    return readFileSync(CODE_CACHE);
  } catch {
    return undefined; // not built yet: compile from source
  }
}

exports.CODE_CACHE = CODE_CACHE;
exports.loadCli = loadCli;
exports.readCodeCache = readCodeCache;
