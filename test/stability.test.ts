/**
 * Byte-stable output and stable ids: the guarantees `check` in CI relies on.
 * `source.path` is the input as given, POSIX separators, trailing slashes dropped: `seeds`, `seeds/` and
 * `seeds//` all cite `seeds/x.txt`; `./seeds` cites `./seeds/x.txt` (as given), so CI must name its
 * inputs the same way each time.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, runCli, SEED, tempDir } from "./helpers.js";
import type { Dataset } from "../src/schema.js";

const ORIGINAL = readFileSync(SEED, "utf8");
const PLAN = "壬市行动方案\n\n一、主要目标\n\n到2027年,全市新能源汽车保有量超过50万辆。\n\n二、重点任务\n\n（一）加强组织领导。各区要建立工作专班。\n";

/** Files whose names sort differently by locale (一 二 十) and by code unit, in nested folders. */
function corpus(): string {
  const dir = tempDir();
  mkdirSync(join(dir, "seeds", "十"), { recursive: true });
  writeFileSync(join(dir, "seeds", "一.txt"), ORIGINAL);
  writeFileSync(join(dir, "seeds", "二.txt"), PLAN);
  writeFileSync(join(dir, "seeds", "十", "Z.md"), `# 子丑方案\n\n1. 加强领导。\n2. 强化保障。\n`);
  writeFileSync(join(dir, "seeds", "a.txt"), PLAN.replace("壬市", "癸市"));
  return dir;
}

describe("byte-stable output", () => {
  it("is the same whatever the order of the inputs", async () => {
    const dir = corpus();
    const files = ["seeds/一.txt", "seeds/二.txt", "seeds/十/Z.md", "seeds/a.txt"];
    const forward = await runCli(files, { cwd: dir });
    const backward = await runCli([...files].reverse(), { cwd: dir });
    const shuffled = await runCli([files[2]!, files[0]!, files[3]!, files[1]!], { cwd: dir });
    expect(forward.stdout).toBe(backward.stdout);
    expect(forward.stdout).toBe(shuffled.stdout);
    expect((JSON.parse(forward.stdout) as Dataset).documents.map((d) => d.source.path)).toEqual(["seeds/a.txt", "seeds/一.txt", "seeds/一.txt", "seeds/一.txt", "seeds/二.txt", "seeds/十/Z.md"]);
  });

  it("cites seeds, seeds/ and seeds// alike; ./seeds keeps its ./ as given", async () => {
    const dir = corpus();
    const plain = await runCli(["seeds"], { cwd: dir });
    expect((await runCli(["seeds/"], { cwd: dir })).stdout).toBe(plain.stdout);
    expect((await runCli(["seeds//"], { cwd: dir })).stdout).toBe(plain.stdout);
    const dotted = await runCli(["./seeds"], { cwd: dir });
    expect(dotted.stdout).toBe(plain.stdout.replaceAll('"path": "seeds/', '"path": "./seeds/'));
  });

  it("is the same bytes under LANG=zh_CN.UTF-8 and LANG=C, in JSON, YAML and CSV", () => {
    const dir = corpus();
    const run = (lang: string, args: string[]) => {
      const result = spawnSync(process.execPath, [join(ROOT, "bin", "policy-extract.js"), ...args], { cwd: dir, env: { PATH: process.env.PATH, LANG: lang, LC_ALL: lang, TZ: lang === "C" ? "UTC" : "Asia/Shanghai" } });
      expect(result.status, String(result.stderr)).toBe(0);
      return result.stdout;
    };
    for (const format of ["json", "yaml", "jsonl"]) {
      const chinese = run("zh_CN.UTF-8", ["seeds", "--format", format, "-q"]);
      expect(chinese.length).toBeGreaterThan(1000);
      expect(Buffer.compare(chinese, run("C", ["seeds", "--format", format, "-q"]))).toBe(0);
    }
    run("zh_CN.UTF-8", ["seeds", "-f", "csv", "-o", "zh", "-q"]);
    run("C", ["seeds", "-f", "csv", "-o", "c", "-q"]);
    for (const name of ["documents.csv", "sections.csv", "measures.csv", "targets.csv"]) {
      expect(Buffer.compare(readFileSync(join(dir, "zh", name)), readFileSync(join(dir, "c", name)))).toBe(0);
    }
  });
});

/** Every id in the dataset, as "document id/item id". */
async function idsOf(text: string): Promise<string[]> {
  const dir = tempDir();
  writeFileSync(join(dir, "seed.txt"), text);
  const dataset = JSON.parse((await runCli(["seed.txt", "-q"], { cwd: dir })).stdout) as Dataset;
  return dataset.documents.flatMap((d) => [d.id, ...[...d.sections, ...d.measures, ...d.targets].map((item) => `${d.id}/${item.id}`)]);
}

const inSection = (prefix: string) => (id: string) => id.startsWith(`seed#1/${prefix}.`) || id === `seed#1/${prefix}`;

describe("stable ids", () => {
  it("editing one section changes that section's ids only", async () => {
    const before = await idsOf(ORIGINAL);
    const lines = ORIGINAL.split("\n");
    lines.splice(lines.findIndex((line) => line.startsWith("二是推动农业智能化转型")), 2); // a measure of s1.2
    const after = await idsOf(lines.join("\n"));
    expect(after.filter((id) => !inSection("s1.2")(id))).toEqual(before.filter((id) => !inSection("s1.2")(id)));
    expect(before.filter(inSection("s1.2"))).toEqual(["seed#1/s1.2", "seed#1/s1.2.m1", "seed#1/s1.2.m2", "seed#1/s1.2.m3"]);
    expect(after.filter(inSection("s1.2"))).toEqual(["seed#1/s1.2", "seed#1/s1.2.m1", "seed#1/s1.2.m2"]);
  });

  it("inserting a paragraph in section 1 leaves later sections' ids unchanged", async () => {
    const before = await idsOf(ORIGINAL);
    const lines = ORIGINAL.split("\n");
    lines.splice(lines.indexOf("推动全方位赋能重点行业") + 2, 0, "到2027年，培育人工智能企业超过100家。", "");
    const after = await idsOf(lines.join("\n"));
    expect(after.filter((id) => id !== "seed#1/s1.t1")).toEqual(before);
    expect(after).toContain("seed#1/s1.t1");
  });
});
