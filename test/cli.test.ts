import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import { describe, expect, it } from "vitest";
import { ROOT, runCli, tempDir } from "./helpers.js";

const PLAN = "壬市行动方案\n\n一、主要目标\n\n到2027年,全市新能源汽车保有量超过50万辆。\n\n二、重点任务\n\n（一）加强组织领导。各区要建立工作专班。\n";

describe("the policy-extract command", () => {
  it("runs as installed (bin/ and its bundle): --version before anything loads, and a run with the library's bytes", async () => {
    const { spawnSync } = await import("node:child_process");
    const bin = join(ROOT, "bin/policy-extract.js");
    const version = spawnSync(process.execPath, [bin, "--version"], { encoding: "utf8" });
    expect(version.status).toBe(0);
    expect(version.stdout).toBe(`${JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version}\n`);
    const bundled = spawnSync(process.execPath, [bin, "-", "-q"], { input: PLAN, encoding: "utf8" });
    expect(bundled.status).toBe(0);
    expect(bundled.stdout).toBe((await runCli(["-", "-q"], { stdin: PLAN })).stdout);
  });

  it("starts from the code cache the build made, which this Node accepts", async () => {
    const { spawnSync } = await import("node:child_process");
    const { pathToFileURL } = await import("node:url");
    const loader = pathToFileURL(join(ROOT, "bin/load-cli.js")).href;
    const probe = `import { loadCli, readCodeCache } from ${JSON.stringify(loader)};
      const cache = readCodeCache();
      process.stdout.write(JSON.stringify({ cached: cache !== undefined, rejected: loadCli(cache).script.cachedDataRejected }));`;
    const result = spawnSync(process.execPath, ["--input-type=module", "-e", probe], { encoding: "utf8" });
    expect(result.stderr).toBe("");
    expect(JSON.parse(result.stdout)).toEqual({ cached: true, rejected: false });
  });

  it("writes the dataset to stdout and only the summary to stderr", async () => {
    const result = await runCli(["-"], { stdin: PLAN });
    expect(result.code).toBe(0);
    const dataset = JSON.parse(result.stdout);
    expect(dataset.schemaVersion).toBe("1");
    expect(dataset.documents[0].source).toMatchObject({ path: "stdin", encoding: "utf-8", format: "text" });
    expect(dataset.documents[0].targets[0]).toMatchObject({ value: 50, unit: "万辆", comparator: "gt", year: 2027, kind: "goal", base: { value: 500000, unit: "辆" } });
    expect(result.stderr).toBe("policy-extract: 1 file, 1 document, 1 measure, 1 figure, 0 warnings\n");
  });

  it("writes YAML and JSONL (one document per line), by flag or by --out extension", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.txt"), PLAN);
    writeFileSync(join(dir, "b.txt"), PLAN.replace("壬市", "癸市"));
    const yaml = await runCli(["a.txt", "--format", "yaml"], { cwd: dir });
    expect(parseYaml(yaml.stdout).documents[0].title).toBe("壬市行动方案");
    const jsonl = await runCli([".", "--out", "out.jsonl"], { cwd: dir });
    expect(jsonl.code).toBe(0);
    const lines = readFileSync(join(dir, "out.jsonl"), "utf8").trimEnd().split("\n");
    expect(lines.map((line) => JSON.parse(line).id)).toEqual(["a#1", "b#1"]);
  });

  it("walks folders for .txt/.md/.markdown, skips other files with a note, and sorts documents by path", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, "z"));
    writeFileSync(join(dir, "z", "late.md"), "# 子丑方案\n\n1. 加强领导。\n2. 强化保障。\n");
    writeFileSync(join(dir, "early.txt"), PLAN);
    writeFileSync(join(dir, "notes.csv"), "a,b\n");
    const result = await runCli([dir + "/z", dir], { cwd: ROOT });
    const dataset = JSON.parse(result.stdout);
    expect(dataset.documents.map((d: { source: { path: string } }) => d.source.path)).toEqual([`${dir}/early.txt`, `${dir}/z/late.md`]);
    expect(dataset.documents[1].measures.map((m: { marker: string }) => m.marker)).toEqual(["1.", "2."]);
    expect(dataset.diagnostics).toEqual([expect.objectContaining({ severity: "info", code: "file-skipped", path: `${dir}/notes.csv` })]);
  });

  it("exits 1 naming a missing path, and still writes the rest", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.txt"), PLAN);
    const result = await runCli(["a.txt", "missing.txt", "--out", "plan.json"], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("missing.txt: Cannot read missing.txt: no such file or folder; check the path.");
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(JSON.parse(readFileSync(join(dir, "plan.json"), "utf8")).documents).toHaveLength(1);
  });

  it("exits 2 with one line for an unknown option, a bad format, no input or --out naming a folder", async () => {
    const unknown = await runCli(["--frmat", "json", "x.txt"]);
    expect([unknown.code, unknown.stderr.trim().split("\n").length]).toEqual([2, 1]);
    expect(unknown.stderr).toContain("--frmat");
    const badFormat = await runCli(["x.txt", "--format", "xml"]);
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toContain("xml");
    expect((await runCli([])).code).toBe(2);
    const dir = tempDir();
    const folderOut = await runCli(["-", "--out", dir], { stdin: PLAN });
    expect(folderOut.code).toBe(2);
    expect(folderOut.stderr).toMatch(/is a folder/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("documents the exit codes in --help", async () => {
    const help = await runCli(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Exit codes:[\s\S]*0\s+success[\s\S]*1\s+extraction finished[\s\S]*2\s+usage error/);
  });

  it("colours the summary only on a terminal and never with NO_COLOR", async () => {
    const tty = await runCli(["-"], { stdin: PLAN, tty: true });
    expect(tty.stderr).toContain("\u001b[");
    const noColor = await runCli(["-"], { stdin: PLAN, tty: true, env: { NO_COLOR: "1" } });
    expect(noColor.stderr).not.toContain("\u001b[");
  });

  it("replaces --out whole: the previous file stays until the new one is complete, and no temp file remains", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "plan.json"), "previous");
    const result = await runCli(["-", "--out", "plan.json"], { cwd: dir, stdin: PLAN });
    expect(result.code).toBe(0);
    expect(readdirSync(dir)).toEqual(["plan.json"]);
    expect(JSON.parse(readFileSync(join(dir, "plan.json"), "utf8")).documents).toHaveLength(1);
  });
});
