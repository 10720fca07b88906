import { useTexts } from '../i18n/language';
import type { TextProblem } from './signalText';

/** What is wrong with a text field, next to it; nothing when all is well. */
export function TextProblemMessage(props: {
  readonly id: string;
  readonly problem: TextProblem | undefined | null;
  readonly max: number;
  /** The field, as the message names it: „de titel”. */
  readonly subject: string;
}) {
  const { ui } = useTexts();
  if (!props.problem) return null;
  const texts = ui.signals.textProblems;
  return (
    <p id={props.id} className="field-problem" data-testid="field-problem">
      {props.problem === 'missing'
        ? texts.missing(props.subject)
        : texts.tooLong(props.subject, props.max)}
    </p>
  );
}
