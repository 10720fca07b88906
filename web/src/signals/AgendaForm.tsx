import { type FormEvent, useId, useRef, useState } from 'react';
import { PUT_SIGNAL_ON_AGENDA_MUTATION, type Signal } from '../api/operations/signals';
import { useFocusOnMount } from '../hooks/useFocusOnMount';
import { useTexts } from '../i18n/language';
import { mutateSignal } from './mutateSignal';
import type { SignalPermissions } from './signalAccess';
import { useSignalAction } from './useSignalAction';

interface AgendaFormProps {
  readonly signal: Signal;
  readonly permissions: SignalPermissions;
  readonly tables: readonly { readonly id: string; readonly name: string }[];
  readonly onDone: (signal: Signal) => void;
}

const REGION = 'region';

/** Put an open signal on the agenda of the region or of one of its consultation tables. */
export function AgendaForm({ signal, permissions, tables, onDone }: AgendaFormProps) {
  const { ui } = useTexts();
  const texts = ui.signals.actions;
  const id = useId();
  const [choice, setChoice] = useState(permissions.agendaRegion ? REGION : (tables[0]?.id ?? ''));
  const action = useSignalAction(onDone);
  const selectRef = useRef<HTMLSelectElement>(null);
  useFocusOnMount(selectRef);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!choice) return;
    const where = choice === REGION ? { regionCode: signal.region.code } : { tableId: choice };
    action.run(() => mutateSignal(PUT_SIGNAL_ON_AGENDA_MUTATION, { id: signal.id, ...where }));
  };

  return (
    <form
      className="signal-form"
      onSubmit={submit}
      aria-busy={action.busy}
      data-testid="agenda-form"
    >
      <label htmlFor={`${id}-where`}>{texts.agendaLabel}</label>
      <select
        ref={selectRef}
        id={`${id}-where`}
        className="field__control"
        value={choice}
        onChange={(event) => setChoice(event.target.value)}
        data-testid="agenda-choice"
      >
        {permissions.agendaRegion && (
          <option value={REGION}>{texts.agendaRegion(signal.region.name)}</option>
        )}
        {permissions.agendaTable && tables.length > 0 && (
          <optgroup label={texts.agendaTables}>
            {tables.map((table) => (
              <option key={table.id} value={table.id}>
                {table.name}
              </option>
            ))}
          </optgroup>
        )}
      </select>
      <button
        type="submit"
        className="button button--small"
        aria-disabled={action.busy}
        data-testid="agenda-submit"
      >
        {action.busy ? texts.busy : texts.agendaSubmit}
      </button>
      {action.failure && (
        <p className="signal-error" role="alert" data-testid="signal-action-error">
          {action.failure}
        </p>
      )}
    </form>
  );
}
