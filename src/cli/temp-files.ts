/**
 * Temp files being written (the output goes to a temp file, then is renamed into place). On Ctrl-C
 * (SIGINT) or SIGTERM the process entry removes them, so an interrupted run leaves the previous
 * output as it was and nothing else behind.
 */
import { rmSync } from "node:fs";

const pending = new Set<string>();

export function trackTemp(path: string): void {
  pending.add(path);
}

export function untrackTemp(path: string): void {
  pending.delete(path);
}

export function removePendingTemps(): void {
  for (const path of pending) rmSync(path, { recursive: true, force: true });
  pending.clear();
}
