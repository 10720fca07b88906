// Free text on a signal, checked before it is sent: the API's limits (signal-mutations.ts), in
// the words of the form. Texts are about patterns, never about a young person.

export const TITLE_MAX = 200;
export const TEXT_MAX = 1000;

export type TextProblem = 'missing' | 'tooLong';

/** What is wrong with a text, or null; `required` texts may not be empty (after trimming). */
export function textProblem(value: string, max: number, required: boolean): TextProblem | null {
  const trimmed = value.trim();
  if (trimmed.length === 0) return required ? 'missing' : null;
  return trimmed.length > max ? 'tooLong' : null;
}

export interface RaiseFields {
  readonly title: string;
  readonly description: string;
}

export type RaiseProblems = Partial<Record<keyof RaiseFields, TextProblem>>;

/** Problems of the raise form, by field; empty when it may be sent. */
export function raiseProblems(fields: RaiseFields): RaiseProblems {
  const problems: RaiseProblems = {};
  const title = textProblem(fields.title, TITLE_MAX, true);
  const description = textProblem(fields.description, TEXT_MAX, false);
  if (title) problems.title = title;
  if (description) problems.description = description;
  return problems;
}

/**
 * The form field an API validation issue is about (`input.title` → `title`), so the API's
 * refusal lands at the field as well; null for anything the form has no field for.
 */
export function issueField(path: string): keyof RaiseFields | null {
  const last = path.split('.').at(-1);
  return last === 'title' || last === 'description' ? last : null;
}
