import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { shardOf } from "../src/cli/shard.js";
import { runCli, sampleCorpus, SEED, tempDir } from "./helpers.js";

/** Fixture inputs and the seed, three times, plus an empty, a binary and a skipped file. */
function smallCorpus(): string {
  return sampleCorpus("policy-extract-shard-", 3);
}

async function shards(dir: string, count: number, extra: string[] = []): Promise<string[]> {
  const outs: string[] = [];
  const outDir = tempDir("policy-extract-shards-"); // not in the input folder, or later shards would cite earlier ones
  for (let index = 1; index <= count; index++) {
    const out = join(outDir, `shard-${index}.json`);
    const result = await runCli([".", "missing.txt", "--shard", `${index}/${count}`, "--out", out, ...extra], { cwd: dir });
    expect(result.code).toBeLessThan(2); // 1 where the shard holds missing.txt or binary.txt
    outs.push(out);
  }
  return outs;
}

describe("--shard and merge", () => {
  it("merges the shards into the bytes of one run, diagnostics included", async () => {
    const dir = smallCorpus();
    const whole = await runCli([".", "missing.txt"], { cwd: dir });
    for (const count of [1, 3]) {
      const outs = await shards(dir, count, ["--jobs", "2"]);
      const merged = await runCli(["merge", ...outs.reverse()], { cwd: dir });
      expect(merged.stdout).toBe(whole.stdout);
      expect(merged.code).toBe(whole.code);
    }
    const dataset = JSON.parse(whole.stdout);
    expect(dataset.diagnostics.map((d: { code: string }) => d.code)).toEqual(expect.arrayContaining(["file-unreadable", "file-skipped"]));
  });

  it("puts each path in exactly one shard, whatever the order of the inputs", async () => {
    const dir = smallCorpus();
    const outs = await shards(dir, 4);
    const paths = outs.flatMap((out) => JSON.parse(readFileSync(out, "utf8")).documents.map((d: { source: { path: string } }) => d.source.path));
    expect(new Set(paths).size).toBe(new Set(JSON.parse((await runCli(["."], { cwd: dir })).stdout).documents.map((d: { source: { path: string } }) => d.source.path)).size);
    expect(shardOf("batch-0/seed.txt", 4)).toBe(shardOf("batch-0/seed.txt", 4));
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 400; i++) counts[shardOf(`dir/file-${i}.txt`, 4) - 1]!++;
    for (const count of counts) expect(count).toBeGreaterThan(60);
  });

  it("writes merge output to --out in the format asked for", async () => {
    const dir = smallCorpus();
    const outs = await shards(dir, 2);
    const yaml = join(tempDir(), "all.yaml");
    const result = await runCli(["merge", ...outs, "--out", yaml], { cwd: dir });
    expect(result.code).toBe(1);
    expect(readFileSync(yaml, "utf8")).toMatch(/^schemaVersion: "1"/);
    const again = await runCli(["merge", yaml], { cwd: dir });
    expect(again.stdout).toBe((await runCli([".", "missing.txt"], { cwd: dir })).stdout);
  });

  it("refuses shards of another generator or schema version, overlapping shards and JSONL", async () => {
    const dir = tempDir();
    const a = join(dir, "a.json");
    const b = join(dir, "b.json");
    await runCli([SEED, "--out", a]);
    const other = JSON.parse(readFileSync(a, "utf8"));
    other.documents = [];
    other.generator.version = "9.9.9";
    writeFileSync(b, JSON.stringify(other));
    let result = await runCli(["merge", a, b]);
    expect([result.code, result.stdout]).toEqual([2, ""]);
    expect(result.stderr).toMatch(/^policy-extract: .*9\.9\.9/);

    other.generator.version = JSON.parse(readFileSync(a, "utf8")).generator.version;
    other.schemaVersion = "2";
    writeFileSync(b, JSON.stringify(other));
    result = await runCli(["merge", a, b]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/schemaVersion 2/);

    result = await runCli(["merge", a, a.replace("a.json", "./a.json")]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/in both/);

    await runCli([SEED, "--out", join(dir, "c.jsonl")]);
    result = await runCli(["merge", join(dir, "c.jsonl")]);
    expect(result.code).toBe(2);
  });

  it.each(["0/3", "4/3", "1/0", "a/b", "2"])("rejects --shard %s as a usage error", async (value) => {
    const result = await runCli([SEED, "--shard", value]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
  });
});
