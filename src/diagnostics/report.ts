/**
 * Stages report what they find as data: a Finding names a catalogued code, a message a person can act
 * on, and where it stands (a range in the normalized text). Spans are resolved once, at assembly.
 */
import type { Range } from "../text/passage.js";
import { CODES, type DiagnosticCode, type Severity } from "./codes.js";

export interface Finding {
  code: DiagnosticCode;
  message: string;
  range?: Range | null;
  severity?: Severity;
}

export class Findings {
  readonly list: Finding[] = [];

  report(code: DiagnosticCode, message: string, range: Range | null = null): void {
    this.list.push({ code, message, range, severity: CODES[code].severity });
  }
}

export function severityOf(finding: Finding): Severity {
  return finding.severity ?? CODES[finding.code].severity;
}
