import { type FormEvent, useId, useRef, useState } from 'react';
import {
  CLOSE_SIGNAL_MUTATION,
  COMMENT_ON_SIGNAL_MUTATION,
  type Signal,
} from '../api/operations/signals';
import { useFocusOnMount } from '../hooks/useFocusOnMount';
import { useTexts } from '../i18n/language';
import { mutateSignal } from './mutateSignal';
import { TEXT_MAX, type TextProblem, textProblem } from './signalText';
import { TextProblemMessage } from './TextProblemMessage';
import { useSignalAction } from './useSignalAction';

interface NoteFormProps {
  readonly signal: Signal;
  /** A comment, or the reason for closing the signal. */
  readonly purpose: 'comment' | 'close';
  readonly onDone: (signal: Signal) => void;
}

/** A comment on a signal, or its closing with a reason; the text stays if it fails. */
export function NoteForm({ signal, purpose, onDone }: NoteFormProps) {
  const { ui } = useTexts();
  const texts = ui.signals.actions;
  const id = useId();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<TextProblem | null>(null);
  const action = useSignalAction(onDone);
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  useFocusOnMount(fieldRef);
  const words =
    purpose === 'comment'
      ? { label: texts.commentLabel, subject: texts.commentSubject, submit: texts.commentSubmit }
      : { label: texts.closeLabel, subject: texts.closeSubject, submit: texts.closeSubmit };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = textProblem(text, TEXT_MAX, true);
    setProblem(found);
    if (found) {
      fieldRef.current?.focus();
      return;
    }
    const variables = { id: signal.id, text: text.trim() };
    action.run(() =>
      purpose === 'comment'
        ? mutateSignal(COMMENT_ON_SIGNAL_MUTATION, variables)
        : mutateSignal(CLOSE_SIGNAL_MUTATION, { id: signal.id, note: variables.text }),
    );
  };

  const problemId = `${id}-problem`;
  return (
    <form
      className="signal-form"
      onSubmit={submit}
      noValidate
      aria-busy={action.busy}
      data-testid={`${purpose}-form`}
    >
      <label htmlFor={`${id}-text`}>{words.label}</label>
      <textarea
        ref={fieldRef}
        id={`${id}-text`}
        className="field__control"
        rows={2}
        value={text}
        onChange={(event) => setText(event.target.value)}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? problemId : undefined}
        data-testid={`${purpose}-text`}
      />
      <TextProblemMessage id={problemId} problem={problem} max={TEXT_MAX} subject={words.subject} />
      <button
        type="submit"
        className="button button--small"
        aria-disabled={action.busy}
        data-testid={`${purpose}-submit`}
      >
        {action.busy ? texts.busy : words.submit}
      </button>
      {action.failure && (
        <p className="signal-error" role="alert" data-testid="signal-action-error">
          {action.failure}
        </p>
      )}
    </form>
  );
}
