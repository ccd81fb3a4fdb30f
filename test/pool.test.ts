import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, runCli, sampleCorpus, SEED } from "./helpers.js";

/** Over the pool's 256 KB floor: 80 fixture inputs and the seed, five times, plus odd cases. */
function smallCorpus(): string {
  return sampleCorpus("policy-extract-pool-", 5);
}

describe("--jobs", () => {
  it("gives byte-identical output with a worker pool and with one thread", async () => {
    const dir = smallCorpus();
    const one = await runCli([".", "missing.txt", "--jobs", "1"], { cwd: dir });
    const two = await runCli([".", "missing.txt", "--jobs", "2"], { cwd: dir });
    const three = await runCli(["missing.txt", ".", "-j", "3"], { cwd: dir });
    expect(JSON.parse(one.stdout).documents.length).toBeGreaterThan(80);
    expect(two.stdout).toBe(one.stdout);
    expect(three.stdout).toBe(one.stdout);
    expect([two.code, two.stderr]).toEqual([one.code, one.stderr]);
  });

  it("runs its workers from the installed command too (the bundle loads piscina itself)", async () => {
    const { spawnSync } = await import("node:child_process");
    const dir = smallCorpus();
    const one = await runCli([".", "--jobs", "1", "-q"], { cwd: dir });
    const installed = spawnSync(process.execPath, [join(ROOT, "bin/policy-extract.js"), ".", "--jobs", "2", "-q"], { cwd: dir, encoding: "utf8", maxBuffer: 1 << 28 });
    expect([installed.status, installed.stderr]).toEqual([1, one.stderr]);
    expect(installed.stdout).toBe(one.stdout);
  });

  it("mixes standard input (read in this thread) with files read by workers", async () => {
    const dir = smallCorpus();
    const stdin = "壬市行动方案\n\n一、主要目标\n\n到2027年,全市新能源汽车保有量超过50万辆。\n";
    const one = await runCli(["-", ".", "--jobs", "1"], { cwd: dir, stdin });
    const two = await runCli(["-", ".", "--jobs", "2"], { cwd: dir, stdin });
    expect(two.stdout).toBe(one.stdout);
    expect(JSON.parse(two.stdout).documents.some((d: { source: { path: string } }) => d.source.path === "stdin")).toBe(true);
  });

  it("draws progress on a terminal's stderr only, never in the data", async () => {
    const dir = smallCorpus();
    const plain = await runCli([".", "--jobs", "2"], { cwd: dir });
    const tty = await runCli([".", "--jobs", "2"], { cwd: dir, tty: true });
    expect(tty.stdout).toBe(plain.stdout);
    expect(tty.stderr).toContain("files");
    expect(plain.stderr).not.toContain("\r");
    const quiet = await runCli([".", "--jobs", "2", "--quiet"], { cwd: dir, tty: true });
    expect(quiet.stderr).not.toContain("\r");
  });

  it.each(["0", "-1", "1.5", "many"])("rejects --jobs %s as a usage error", async (value) => {
    const result = await runCli([SEED, "--jobs", value]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^policy-extract: .*--jobs/);
  });
});
