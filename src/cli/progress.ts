/**
 * A progress bar on stderr for long runs: only on a terminal, only after a second or past 50 files,
 * redrawn at most ten times a second, and erased at the end. Never touches standard output.
 */
import type { Io } from "./run.js";

export interface Progress {
  advance(files: number, bytes: number): void;
  done(): void;
}

const NONE: Progress = { advance() {}, done() {} };
const WIDTH = 24;

export function startProgress(io: Pick<Io, "stderr" | "stderrIsTTY">, totalFiles: number, totalBytes: number, enabled = true): Progress {
  if (!enabled || !io.stderrIsTTY) return NONE;
  const started = Date.now();
  let files = 0;
  let bytes = 0;
  let drawnAt = 0;
  let shown = false;
  const draw = () => {
    const elapsed = (Date.now() - started) / 1000;
    const share = totalBytes > 0 ? bytes / totalBytes : files / Math.max(totalFiles, 1);
    const filled = Math.round(share * WIDTH);
    const rate = elapsed > 0 ? bytes / 1e6 / elapsed : 0;
    io.stderr(`\r[${"#".repeat(filled)}${".".repeat(WIDTH - filled)}] ${files}/${totalFiles} files  ${(bytes / 1e6).toFixed(1)} MB  ${rate.toFixed(1)} MB/s\x1b[K`);
    shown = true;
  };
  return {
    advance(moreFiles, moreBytes) {
      files += moreFiles;
      bytes += moreBytes;
      const now = Date.now();
      if (now - drawnAt < 100 || (totalFiles <= 50 && now - started < 1000)) return;
      drawnAt = now;
      draw();
    },
    done() {
      if (shown) io.stderr("\r\x1b[K");
    },
  };
}
