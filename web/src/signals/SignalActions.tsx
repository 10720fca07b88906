import { useState } from 'react';
import { ENDORSE_SIGNAL_MUTATION, type Signal } from '../api/operations/signals';
import { useTexts } from '../i18n/language';
import { AgendaForm } from './AgendaForm';
import { mutateSignal } from './mutateSignal';
import { NoteForm } from './NoteForm';
import type { SignalPermissions } from './signalAccess';
import { useSignalAction } from './useSignalAction';

type Panel = 'agenda' | 'comment' | 'close';

interface SignalActionsProps {
  readonly signal: Signal;
  readonly permissions: SignalPermissions;
  readonly tables: readonly { readonly id: string; readonly name: string }[];
  readonly onChanged: (signal: Signal) => void;
}

/** What the viewer may do with a signal; one small form open at a time. */
export function SignalActions({ signal, permissions, tables, onChanged }: SignalActionsProps) {
  const { ui } = useTexts();
  const texts = ui.signals.actions;
  const [panel, setPanel] = useState<Panel | null>(null);
  const endorse = useSignalAction(onChanged);
  const canAgenda = permissions.agendaRegion || (permissions.agendaTable && tables.length > 0);
  const toggle = (next: Panel) => setPanel((current) => (current === next ? null : next));
  const done = (signalNow: Signal) => {
    setPanel(null);
    onChanged(signalNow);
  };
  if (!permissions.endorse && !permissions.comment && !canAgenda && !permissions.close) return null;
  return (
    <div className="signal-actions">
      <div className="signal-actions__buttons">
        {permissions.endorse && (
          <button
            type="button"
            className="button button--small"
            aria-disabled={endorse.busy}
            onClick={() =>
              endorse.run(() => mutateSignal(ENDORSE_SIGNAL_MUTATION, { id: signal.id }))
            }
            data-testid="signal-endorse"
          >
            {endorse.busy ? texts.busy : texts.endorse}
          </button>
        )}
        {canAgenda && (
          <PanelButton panel="agenda" open={panel} onToggle={toggle} label={texts.agenda} />
        )}
        {permissions.comment && (
          <PanelButton panel="comment" open={panel} onToggle={toggle} label={texts.comment} />
        )}
        {permissions.close && (
          <PanelButton panel="close" open={panel} onToggle={toggle} label={texts.close} />
        )}
      </div>
      {endorse.failure && (
        <p className="signal-error" role="alert" data-testid="signal-action-error">
          {endorse.failure}
        </p>
      )}
      {panel === 'agenda' && (
        <AgendaForm signal={signal} permissions={permissions} tables={tables} onDone={done} />
      )}
      {panel === 'comment' && <NoteForm signal={signal} purpose="comment" onDone={done} />}
      {panel === 'close' && <NoteForm signal={signal} purpose="close" onDone={done} />}
    </div>
  );
}

function PanelButton(props: {
  panel: Panel;
  open: Panel | null;
  onToggle: (panel: Panel) => void;
  label: string;
}) {
  return (
    <button
      type="button"
      className="button button--small button--quiet"
      aria-expanded={props.open === props.panel}
      onClick={() => props.onToggle(props.panel)}
      data-testid={`signal-${props.panel}`}
    >
      {props.label}
    </button>
  );
}
