import { RizoomError } from '../errors.js';

/**
 * One problem with an imported file: the line in the file (1 is the header; null for the file
 * as a whole), the column (null for the row or file as a whole) and what is wrong, in words a
 * person filling in a spreadsheet understands.
 */
export interface RowIssue {
  line: number | null;
  column: string | null;
  message: string;
}

/** At most this many issues are reported; the count says how many there were in all. */
export const maxReportedIssues = 500;

/** Nothing was written: the file has these problems. */
export class ImportFailedError extends RizoomError {
  override readonly name = 'ImportFailedError';
  readonly issues: RowIssue[];
  readonly issueCount: number;

  constructor(issues: readonly RowIssue[]) {
    const sorted = [...issues].sort(byPosition);
    const first = sorted[0];
    super(
      'VALIDATION_FAILED',
      `The file was not imported: ${sorted.length} problem${sorted.length === 1 ? '' : 's'}` +
        (first ? `, the first ${describeIssue(first)}` : '') +
        '. Nothing was written.',
    );
    this.issues = sorted.slice(0, maxReportedIssues);
    this.issueCount = sorted.length;
  }
}

function byPosition(a: RowIssue, b: RowIssue): number {
  return (a.line ?? 0) - (b.line ?? 0);
}

/** "line 4, column kind: unknown kind 'SCHOOL'", as the CLI prints it. */
export function describeIssue(issue: RowIssue): string {
  const where = [
    issue.line === null ? null : `line ${issue.line}`,
    issue.column === null ? null : `column ${issue.column}`,
  ].filter(Boolean);
  return where.length > 0 ? `${where.join(', ')}: ${issue.message}` : issue.message;
}

/** Collects issues while a file is checked, and fails the import when there are any. */
export class IssueList {
  readonly items: RowIssue[] = [];

  add(line: number | null, column: string | null, message: string) {
    this.items.push({ line, column, message });
  }

  get count() {
    return this.items.length;
  }

  /** Throws ImportFailedError when anything was found. */
  throwIfAny() {
    if (this.items.length > 0) throw new ImportFailedError(this.items);
  }
}
