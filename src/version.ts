/**
 * The package version. The bundled CLI has it written in at build time (scripts/bundle.mjs defines
 * __POLICY_EXTRACT_VERSION__); the unbundled library reads package.json beside dist/.
 */
import { createRequire } from "node:module";

declare const __POLICY_EXTRACT_VERSION__: string | undefined;

export function toolVersion(): string {
  if (typeof __POLICY_EXTRACT_VERSION__ === "string") return __POLICY_EXTRACT_VERSION__;
  return (createRequire(import.meta.url)("../package.json") as { version: string }).version;
}
