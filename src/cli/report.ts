/**
 * `policy-extract report`: one self-contained HTML page that shows every extraction in its source.
 * This module only declares the command; its work (report-command.ts) is loaded when it runs, so
 * that starting the CLI for anything else does not pay for it.
 */
import type { Command } from "commander";
import type { Io, RegisterCommand } from "./run.js";
import type { ReportOptions } from "./report-command.js";

/** Registers `report`. A function declaration, so it is defined even when run.ts is loaded through this module. */
export function registerReport(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command("report")
    .description("write a self-contained HTML report that shows every heading, measure, figure and diagnostic in its source")
    .argument("<inputs...>", "source files or folders (extracted as by the main command), or one dataset (.json/.yaml) written by policy-extract")
    .option("-o, --out <file>", "write the HTML here, atomically (default: standard output)")
    .option("--encoding <name>", "force the input encoding when extracting sources")
    .option("-q, --quiet", "no summary on standard error")
    .action(async (inputs: string[], _options: ReportOptions, command: Command) => {
      // the main command's own --out, --encoding and --quiet are parsed before the subcommand sees them
      const { reportCommand } = await import("./report-command.js");
      setExit(await reportCommand(io, inputs, command.optsWithGlobals<ReportOptions>()));
    });
}
registerReport satisfies RegisterCommand;

