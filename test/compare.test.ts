import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, SEED, tempDir } from "./helpers.js";
import { compareDatasets } from "../src/compare/diff.js";
import { parseDataset } from "../src/compare/load.js";

const ORIGINAL = readFileSync(SEED, "utf8");

/** A folder holding seed.txt and plan.json extracted from it, for check to compare against. */
async function planned(): Promise<string> {
  const dir = tempDir();
  writeFileSync(join(dir, "seed.txt"), ORIGINAL);
  const result = await runCli(["seed.txt", "--out", "plan.json", "--quiet"], { cwd: dir });
  expect(result.code).toBe(0);
  return dir;
}

function edit(dir: string, change: (lines: string[]) => void, file = "seed.txt"): void {
  const lines = ORIGINAL.split("\n");
  change(lines);
  writeFileSync(join(dir, file), lines.join("\n"));
}

const lineOf = (needle: string) => ORIGINAL.split("\n").findIndex((line) => line.startsWith(needle));

describe("policy-extract check", () => {
  it("exits 0 with one line when nothing changed", async () => {
    const dir = await planned();
    const result = await runCli(["check", "seed.txt", "--against", "plan.json"], { cwd: dir });
    expect([result.code, result.stdout, result.stderr]).toEqual([0, "policy-extract check: no differences between plan.json and the extraction\n", ""]);
  });

  it("reports a changed figure as old -> new, with file, line and id", async () => {
    const dir = await planned();
    writeFileSync(join(dir, "seed.txt"), ORIGINAL.replace("超过70%", "超过75%"));
    const result = await runCli(["check", "seed.txt", "--against", "plan.json"], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(CHANGED_FIGURE);
  });

  it("gives the same report as JSON for bots", async () => {
    const dir = await planned();
    writeFileSync(join(dir, "seed.txt"), ORIGINAL.replace("超过70%", "超过75%"));
    const result = await runCli(["check", "seed.txt", "--against", "plan.json", "--format", "json"], { cwd: dir });
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ before: "plan.json", equal: false, counts: { changed: 1, added: 0, removed: 0 } });
    expect(report.changes).toEqual([
      { kind: "changed", entity: "target", document: "seed#1", id: "t1", oldId: null, path: "seed.txt", oldPath: null, line: 11, oldLine: 11, label: "超过75%", fields: [ { field: "value", old: 70, new: 75 }, { field: "quote", old: "超过70%", new: "超过75%" } ] },
    ]);
  });

  it("reports a removed measure as removed, and the later one as renumbered, not changed", async () => {
    const dir = await planned();
    edit(dir, (lines) => lines.splice(lineOf("二是推动农业智能化转型"), 2));
    const result = await runCli(["check", "seed.txt", "--against", "plan.json"], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(REMOVED_MEASURE);
  });

  it("reports a moved paragraph as items moved, in one line", async () => {
    const dir = await planned();
    edit(dir, (lines) => {
      const k = lineOf("《行动方案》从科技");
      const [paragraph] = lines.splice(k, 2);
      lines.splice(k + 4, 0, paragraph!, "");
    });
    const result = await runCli(["check", "seed.txt", "--against", "plan.json"], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(MOVED_PARAGRAPH);
  });

  it("reports a renamed file as its documents renamed, not removed and added", async () => {
    const dir = await planned();
    mkdirSync(join(dir, "plans"));
    writeFileSync(join(dir, "plans", "chongqing.txt"), ORIGINAL);
    const result = await runCli(["check", "plans", "--against", "plan.json"], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(RENAMED_FILE);
  });

  it("exits 2 with one line for a missing --against, an unreadable or an invalid dataset", async () => {
    const dir = await planned();
    writeFileSync(join(dir, "broken.json"), "{\"schemaVersion\": \"1\", ");
    writeFileSync(join(dir, "invalid.json"), JSON.stringify({ schemaVersion: "1", generator: { name: "policy-extract", version: "0.1.0" }, documents: [{ id: 3 }], diagnostics: [] }));
    const cases = {
      missing: await runCli(["check", "seed.txt"], { cwd: dir }),
      unreadable: await runCli(["check", "seed.txt", "--against", "nope.json"], { cwd: dir }),
      broken: await runCli(["check", "seed.txt", "--against", "broken.json"], { cwd: dir }),
      invalid: await runCli(["check", "seed.txt", "--against", "invalid.json"], { cwd: dir }),
      format: await runCli(["check", "seed.txt", "--against", "plan.json", "--format", "xml"], { cwd: dir }),
    };
    for (const result of Object.values(cases)) expect([result.code, result.stdout, result.stderr.split("\n").length]).toEqual([2, "", 2]);
    expect(cases.missing.stderr).toBe("policy-extract: required option '--against <dataset>' not specified\n");
    expect(cases.unreadable.stderr).toBe("policy-extract: cannot read the --against dataset nope.json: no such file or folder\n");
    expect(cases.broken.stderr).toMatch(/^policy-extract: broken\.json is not a policy-extract dataset: /);
    expect(cases.invalid.stderr).toBe("policy-extract: invalid.json is not a valid policy-extract dataset: documents[0].id: Invalid input: expected string, received number\n");
  });
});

describe("policy-extract diff", () => {
  it("compares two datasets, reading one written by an older version (fewer fields) and noting the generator", async () => {
    const dir = await planned();
    const plan = JSON.parse(readFileSync(join(dir, "plan.json"), "utf8"));
    plan.generator.version = "0.0.9";
    // written before captions, measure parts and parentId existed: absent fields read as their defaults
    for (const document of plan.documents) {
      if (document.captions.length === 0) delete document.captions;
      for (const measure of document.measures) {
        if (measure.parts.length === 0) delete measure.parts;
        delete measure.parentId;
      }
    }
    writeFileSync(join(dir, "old.json"), JSON.stringify(plan));
    delete plan.documents[0].captions;
    writeFileSync(join(dir, "older.json"), JSON.stringify(plan));
    const older = await runCli(["diff", "older.json", "plan.json"], { cwd: dir });
    expect([older.code, older.stdout]).toEqual([1, 'seed.txt:11: changed document seed#1 "重庆加快建设全国人工智能应用高地": captions [] -> ["图为重庆长安汽车数智工厂"]\nnote: generator version 0.0.9 -> 0.1.0 (not counted as a difference)\npolicy-extract diff: 1 difference between older.json and plan.json (1 changed)\n']);
    const same = await runCli(["diff", "old.json", "plan.json"], { cwd: dir });
    expect([same.code, same.stdout]).toEqual([0, "note: generator version 0.0.9 -> 0.1.0 (not counted as a difference)\npolicy-extract diff: no differences between old.json and plan.json\n"]);

    writeFileSync(join(dir, "seed.txt"), ORIGINAL.replace("超过70%", "超过75%"));
    await runCli(["seed.txt", "--out", "new.yaml", "--quiet"], { cwd: dir });
    const changed = await runCli(["diff", "plan.json", "new.yaml"], { cwd: dir });
    expect(changed.code).toBe(1);
    expect(changed.stdout).toBe(CHANGED_FIGURE.replace("between plan.json and the extraction", "between plan.json and new.yaml").replace("policy-extract check", "policy-extract diff"));
  });

  it("refuses a dataset of another schemaVersion with a clear message", async () => {
    const dir = await planned();
    writeFileSync(join(dir, "future.json"), JSON.stringify({ schemaVersion: "2", documents: [] }));
    const result = await runCli(["diff", "future.json", "plan.json"], { cwd: dir });
    expect([result.code, result.stderr]).toEqual([2, 'policy-extract: future.json has schemaVersion "2", but this policy-extract reads schemaVersion "1"; re-extract it with this version to compare\n']);
  });

  it("reads a newer dataset's unknown fields and compares them as they are", async () => {
    const dir = await planned();
    const plan = JSON.parse(readFileSync(join(dir, "plan.json"), "utf8"));
    plan.documents[0].sections[0].note = "新字段";
    const loaded = parseDataset(JSON.stringify(plan), "newer.json");
    expect(loaded.error).toBeNull();
    const original = parseDataset(readFileSync(join(dir, "plan.json"), "utf8"), "plan.json");
    const report = compareDatasets(original.dataset!, loaded.dataset!);
    expect(report.changes.map((c) => [c.kind, c.id, c.fields])).toEqual([["changed", "s1", [{ field: "note", old: null, new: "新字段" }]]]);
  });
});

const CHANGED_FIGURE = `seed.txt:11: changed figure seed#1 t1 "超过75%": value 70 -> 75; quote "超过70%" -> "超过75%"
note: seed.txt: source bytes changed (sha256 7f7cf271476e -> 9298060cf99c)
policy-extract check: 1 difference between plan.json and the extraction (1 changed)
`;
const REMOVED_MEASURE = `seed.txt:27: removed measure seed#1 s1.2.m2 "二是推动农业智能化转型。发展“AI+”畜牧业,推动“AI+”种植业,推动“AI+…"
seed.txt:27: renumbered measure seed#1 s1.2.m3 -> s1.2.m2 "三是加速生产性服务业智能化创新。推动“AI+”软件信息服务,深入实施“满天星行动…" (line 29 -> 27)
seed.txt:27: added diagnostic seed#1 ordinal-gap "warning: The series skips from 1 to 3 at 三是."
seed.txt:29: moved seed#1 18 items 2 lines up (span only): s1.3, s1.4, s1.4.m1, s1.4.m2, s1.5, s1.5.m1, s1.5.m2, s1.5.m3, s1.6, s2.m5, s2.m6, s2.m7 … (+6 more)
seed.txt:65: moved seed#2 15 items 2 lines up (span only): t1, s1, s1.t1, s2, s2.t1, s2.t2, s3, s3.t1, s3.t2, s4, s4.t1, s4.t2 … (+3 more)
seed.txt:87: moved seed#3 16 items 2 lines up (span only): m1, m2, m3, s1, s1.m1, s1.m2, s1.m3, s1.m4, s2, s2.t1, s2.t2, s2.t3 … (+4 more)
note: seed.txt: source bytes changed (sha256 7f7cf271476e -> 5b907cbe9e32)
policy-extract check: 52 differences between plan.json and the extraction (1 added, 1 removed, 1 renumbered, 49 moved)
`;
const MOVED_PARAGRAPH = `seed.txt:15: moved seed#1 3 items 2 lines up (span only): s1.1, s1.1.m1, s1.1.m2
note: seed.txt: source bytes changed (sha256 7f7cf271476e -> 8a5a55124303)
policy-extract check: 3 differences between plan.json and the extraction (3 moved)
`;
const RENAMED_FILE = `plans/chongqing.txt:11: renamed document seed#1 -> chongqing#1 "重庆加快建设全国人工智能应用高地" (from seed.txt)
plans/chongqing.txt:67: renamed document seed#2 -> chongqing#2 "北京国家级绿色工厂数量已达161家" (from seed.txt)
plans/chongqing.txt:89: renamed document seed#3 -> chongqing#3 "夯实基本盘培育新动能 奋力开创新型工业化新局面" (from seed.txt)
policy-extract check: 3 differences between plan.json and the extraction (3 renamed)
`;
