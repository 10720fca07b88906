import { type ReactNode, useId } from 'react';
import { useTexts } from '../../i18n/language';

interface PatternCardProps {
  readonly testId: string;
  readonly title: string;
  readonly explanation: string;
  /** The analysis's rule, in the API's words (shown folded). */
  readonly rule: string | null;
  /** How many items stand out under the rule; null for a pattern without a rule. */
  readonly flagged: number | null;
  readonly children: ReactNode;
}

/** One computed pattern: what it means, whether anything stands out, and its numbers. */
export function PatternCard(props: PatternCardProps) {
  const { ui } = useTexts();
  const texts = ui.signals.patterns;
  const headingId = useId();
  return (
    <section
      className="pattern"
      aria-labelledby={headingId}
      data-testid={props.testId}
      data-flagged={props.flagged ?? undefined}
    >
      <h3 id={headingId}>{props.title}</h3>
      <p className="muted">{props.explanation}</p>
      {props.flagged !== null && (
        <p
          className={
            props.flagged > 0 ? 'pattern__verdict pattern__verdict--flagged' : 'pattern__verdict'
          }
        >
          {props.flagged > 0 ? texts.flaggedCount(props.flagged) : texts.nothingFlagged}
        </p>
      )}
      {props.children}
      {props.rule && (
        <details className="pattern__rule">
          <summary>{texts.rule}</summary>
          <p lang="en">{props.rule}</p>
        </details>
      )}
    </section>
  );
}

/** A count of cases as it may be shown (a number, or “<5”). */
export function Count({ count }: { readonly count: { readonly shown: string } }) {
  return <span data-testid="case-count">{count.shown}</span>;
}
