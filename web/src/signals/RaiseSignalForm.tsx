import { type FormEvent, useId, useRef, useState } from 'react';
import type { Need } from '../api/operations/gaps';
import { NEEDS } from '../api/operations/partners';
import {
  RAISE_SIGNAL_MUTATION,
  SIGNAL_KINDS,
  type Signal,
  type SignalKind,
} from '../api/operations/signals';
import { useTexts } from '../i18n/language';
import { mutateSignal } from './mutateSignal';
import { issueField, type RaiseProblems, raiseProblems, TEXT_MAX, TITLE_MAX } from './signalText';
import { TextProblemMessage } from './TextProblemMessage';
import { useSignalAction } from './useSignalAction';

interface Draft {
  readonly title: string;
  readonly description: string;
  readonly kind: SignalKind;
  readonly need: Need | '';
}

const EMPTY: Draft = { title: '', description: '', kind: 'OTHER', need: '' };

/**
 * Raise a signal in the region. Checked here first (Dutch messages at the fields); on any
 * failure everything typed stays; on success the form empties and the signal tops the list.
 */
export function RaiseSignalForm(props: { regionCode: string; onRaised: (signal: Signal) => void }) {
  const { ui, needLabels } = useTexts();
  const texts = ui.signals.form;
  const id = useId();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [problems, setProblems] = useState<RaiseProblems>({});
  const [raised, setRaised] = useState<string | null>(null);
  const action = useSignalAction(props.onRaised);
  const titleRef = useRef<HTMLInputElement>(null);
  const descriptionRef = useRef<HTMLTextAreaElement>(null);
  const set = (change: Partial<Draft>) => setDraft((current) => ({ ...current, ...change }));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setRaised(null);
    const found = raiseProblems(draft);
    setProblems(found);
    if (found.title || found.description) {
      (found.title ? titleRef : descriptionRef).current?.focus();
      return;
    }
    const description = draft.description.trim();
    const result = await action.run(() =>
      mutateSignal(RAISE_SIGNAL_MUTATION, {
        input: {
          title: draft.title.trim(),
          regionCode: props.regionCode,
          kind: draft.kind,
          ...(description ? { description } : {}),
          ...(draft.need ? { need: draft.need } : {}),
        },
      }),
    );
    if (!result) return;
    if (result.ok) {
      setRaised(draft.title.trim());
      setDraft(EMPTY);
      return;
    }
    // The API's own validation lands at the fields too (its words are English; ours are not).
    const server: RaiseProblems = {};
    for (const issue of result.issues) {
      const field = issueField(issue.field);
      if (field) server[field] = draft[field].trim() ? 'tooLong' : 'missing';
    }
    setProblems(server);
  };

  const problemId = (field: string) => `${id}-${field}-problem`;
  return (
    <form
      className="raise-form"
      onSubmit={submit}
      noValidate
      aria-labelledby={`${id}-heading`}
      aria-busy={action.busy}
      data-testid="raise-signal-form"
    >
      <h3 id={`${id}-heading`}>{texts.heading}</h3>
      <p className="muted">{texts.intro}</p>
      <div className="raise-form__field">
        <label htmlFor={`${id}-title`}>{texts.title}</label>
        <input
          ref={titleRef}
          id={`${id}-title`}
          className="field__control"
          value={draft.title}
          maxLength={TITLE_MAX + 50}
          onChange={(event) => set({ title: event.target.value })}
          aria-invalid={problems.title ? true : undefined}
          aria-describedby={problems.title ? problemId('title') : undefined}
          data-testid="raise-title"
        />
        <TextProblemMessage
          id={problemId('title')}
          problem={problems.title}
          max={TITLE_MAX}
          subject={texts.titleSubject}
        />
      </div>
      <div className="raise-form__row">
        <div className="raise-form__field">
          <label htmlFor={`${id}-kind`}>{texts.kind}</label>
          <select
            id={`${id}-kind`}
            className="field__control"
            value={draft.kind}
            onChange={(event) => set({ kind: event.target.value as SignalKind })}
            data-testid="raise-kind"
          >
            {SIGNAL_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {ui.signals.kinds[kind]}
              </option>
            ))}
          </select>
        </div>
        <div className="raise-form__field">
          <label htmlFor={`${id}-need`}>{texts.need}</label>
          <select
            id={`${id}-need`}
            className="field__control"
            value={draft.need}
            onChange={(event) => set({ need: event.target.value as Need | '' })}
            data-testid="raise-need"
          >
            <option value="">{texts.noNeed}</option>
            {NEEDS.map((need) => (
              <option key={need} value={need}>
                {needLabels[need]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="raise-form__field">
        <label htmlFor={`${id}-description`}>{texts.description}</label>
        <textarea
          ref={descriptionRef}
          id={`${id}-description`}
          className="field__control"
          rows={3}
          value={draft.description}
          onChange={(event) => set({ description: event.target.value })}
          aria-invalid={problems.description ? true : undefined}
          aria-describedby={`${id}-privacy${problems.description ? ` ${problemId('description')}` : ''}`}
          data-testid="raise-description"
        />
        <p id={`${id}-privacy`} className="muted raise-form__hint">
          {texts.privacy}
        </p>
        <TextProblemMessage
          id={problemId('description')}
          problem={problems.description}
          max={TEXT_MAX}
          subject={texts.descriptionSubject}
        />
      </div>
      <button
        type="submit"
        className="button"
        aria-disabled={action.busy}
        data-testid="raise-submit"
      >
        {action.busy ? texts.submitting : texts.submit}
      </button>
      {action.failure && (
        <p className="signal-error" role="alert" data-testid="raise-error">
          {action.failure}
        </p>
      )}
      {raised && (
        <p className="signal-done" role="status" data-testid="raise-done">
          {texts.raised(raised)}
        </p>
      )}
    </form>
  );
}
