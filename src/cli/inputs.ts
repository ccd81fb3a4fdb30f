/**
 * Turns the command line's inputs (files, folders, "-") into a sorted list of files to read, with a
 * diagnostic for each path that cannot be used. Folders are walked recursively for .txt, .md and
 * .markdown; symlink loops are walked once.
 */
import { readdirSync, realpathSync, statSync } from "node:fs";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import type { Diagnostic } from "../schema.js";

export interface InputFile {
  /** The path as the dataset cites it: as given, POSIX separators. */
  path: string;
  /** Where to read it; null for standard input. */
  absolute: string | null;
}

export const TEXT_EXTENSIONS = /\.(txt|md|markdown)$/i;

export function collectInputs(inputs: string[], cwd: string): { files: InputFile[]; diagnostics: Diagnostic[] } {
  const files: InputFile[] = [];
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();
  const note = (severity: Diagnostic["severity"], code: string, path: string, message: string) => diagnostics.push({ severity, code, message, path, span: null });

  for (const input of inputs) {
    if (input === "-") {
      files.push({ path: "stdin", absolute: null });
      continue;
    }
    const absolute = resolve(cwd, input);
    let stats;
    try {
      stats = statSync(absolute);
    } catch (error) {
      note("error", "file-unreadable", toPosix(input), `Cannot read ${input}: ${reason(error)}; check the path.`);
      continue;
    }
    if (stats.isDirectory()) {
      walk(absolute, toPosix(input), files, seen, note);
    } else if (!seen.has(realOf(absolute))) {
      seen.add(realOf(absolute));
      files.push({ path: toPosix(input), absolute });
    }
  }
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, diagnostics };
}

function walk(root: string, shown: string, files: InputFile[], seen: Set<string>, note: (s: Diagnostic["severity"], code: string, path: string, message: string) => void): void {
  const visitedDirs = new Set<string>();
  const stack = [root];
  while (stack.length > 0) {
    const dir = stack.pop()!;
    const real = realOf(dir);
    if (visitedDirs.has(real)) continue; // a symlink loop, or a folder reached twice
    visitedDirs.add(real);
    let entries: string[];
    try {
      entries = readdirSync(dir).sort();
    } catch (error) {
      note("error", "file-unreadable", citePath(root, shown, dir), `Cannot list ${citePath(root, shown, dir)}: ${reason(error)}; check its permissions.`);
      continue;
    }
    for (const name of entries) {
      const full = join(dir, name);
      let stats;
      try {
        stats = statSync(full);
      } catch (error) {
        note("error", "file-unreadable", citePath(root, shown, full), `Cannot read ${citePath(root, shown, full)}: ${reason(error)}; check the link or permissions.`);
        continue;
      }
      if (stats.isDirectory()) stack.push(full);
      else if (!TEXT_EXTENSIONS.test(name)) note("info", "file-skipped", citePath(root, shown, full), `Skipped ${citePath(root, shown, full)}: not .txt, .md or .markdown; name it explicitly to read it.`);
      else if (!seen.has(realOf(full))) {
        seen.add(realOf(full));
        files.push({ path: citePath(root, shown, full), absolute: full });
      }
    }
  }
}

/** A file found in a folder is cited as the folder as given, joined with its POSIX relative path. */
function citePath(root: string, shown: string, full: string): string {
  const rel = toPosix(relative(root, full));
  if (!rel) return shown;
  const base = shown.replace(/\/+$/, "");
  return base === "" || base === "." ? rel : `${base}/${rel}`;
}

export function toPosix(path: string): string {
  return sep === "\\" && !isAbsolute(path) ? path.split("\\").join("/") : path.replace(/\\/g, "/");
}

function realOf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

export function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  switch (code) {
    case "ENOENT":
      return "no such file or folder";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "ELOOP":
      return "too many symbolic links (a link loop)";
    case "EISDIR":
      return "it is a folder";
    case "ENOTDIR":
      return "a part of the path is not a folder";
    default:
      return code ? `${code}` : String((error as Error)?.message ?? error);
  }
}
