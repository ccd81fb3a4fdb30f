/**
 * `check` (re-extract and compare with a committed dataset) and `diff` (compare two datasets): the
 * same report, as text for people or JSON for bots. Exit 0 when equal, 1 when not, 2 on usage errors.
 * This module only declares the commands; compare-command.ts does the work when one runs.
 */
import { Option } from "commander";
import type { RegisterCommand } from "./run.js";

export type ReportFormat = "text" | "json";

export const registerCompare: RegisterCommand = (program, io, setExit) => {
  // Options after a subcommand's name belong to the subcommand (`check … --format json` must not
  // reach the main command's --format); the main command's own parsing is unchanged.
  program.enablePositionalOptions();

  program
    .command("check")
    .description("re-extract the inputs and compare with a dataset written before; exit 1 when they differ")
    .argument("<inputs...>", "the files and folders the dataset was extracted from, as given then")
    .requiredOption("--against <dataset>", "the dataset to compare with (JSON, YAML or JSONL, as written by --out)")
    .addOption(reportFormat())
    .option("--encoding <name>", "force the input encoding, as when the dataset was written")
    .action(async (inputs: string[], options: { against: string; format: ReportFormat; encoding?: string }) => {
      const { check } = await import("./compare-command.js");
      setExit(await check(io, inputs, options));
    });

  program
    .command("diff")
    .description("compare two datasets: documents, sections, measures and figures added, removed or changed")
    .argument("<old>", "the earlier dataset")
    .argument("<new>", "the later dataset")
    .addOption(reportFormat())
    .action(async (oldPath: string, newPath: string, options: { format: ReportFormat }) => {
      const { diff } = await import("./compare-command.js");
      setExit(diff(io, oldPath, newPath, options));
    });
};

function reportFormat(): Option {
  return new Option("-f, --format <format>", "report format").choices(["text", "json"]).default("text");
}
