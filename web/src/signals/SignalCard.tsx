import { useId } from 'react';
import type { Signal } from '../api/operations/signals';
import { useTexts } from '../i18n/language';
import { SignalActions } from './SignalActions';
import { type SignalActor, signalPermissions } from './signalAccess';

interface SignalCardProps {
  readonly signal: Signal;
  readonly actor: SignalActor;
  readonly tables: readonly { readonly id: string; readonly name: string }[];
  readonly onChanged: (signal: Signal) => void;
}

/** One signal: what it is about, where it stands, who endorsed it, what was said, what to do. */
export function SignalCard({ signal, actor, tables, onChanged }: SignalCardProps) {
  const { ui, needLabels } = useTexts();
  const texts = ui.signals.card;
  const headingId = useId();
  const date = new Intl.DateTimeFormat(ui.locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const day = (iso: string) => date.format(new Date(iso));
  return (
    <li
      className="signal-card"
      aria-labelledby={headingId}
      data-testid="signal-card"
      data-signal-id={signal.id}
      data-status={signal.status}
      data-origin={signal.origin}
    >
      <div className="signal-card__header">
        <h3 id={headingId} data-testid="signal-title">
          {signal.title}
        </h3>
        <span
          className={`signal-status signal-status--${signal.status}`}
          data-testid="signal-status"
        >
          {ui.signals.statuses[signal.status]}
        </span>
      </div>
      <p className="muted signal-card__meta">
        {[
          ui.signals.kinds[signal.kind],
          ui.signals.origins[signal.origin],
          signal.raisedBy
            ? texts.raisedBy(signal.raisedBy.name, day(signal.createdAt))
            : texts.raisedOn(day(signal.createdAt)),
          signal.need ? texts.need(needLabels[signal.need]) : null,
          signal.school ? texts.school(signal.school.name) : null,
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {signal.description && <p className="signal-card__description">{signal.description}</p>}
      {signal.agenda.length > 0 && (
        <ul className="plain-list signal-card__agenda" data-testid="signal-agenda-list">
          {signal.agenda.map((item) => (
            <li key={`${item.table?.id ?? item.region?.code}:${item.since}`}>
              {item.table
                ? texts.onTable(item.table.name, day(item.since))
                : texts.onRegion(item.region?.name ?? '', day(item.since))}
            </li>
          ))}
        </ul>
      )}
      <p data-testid="signal-endorsements" data-count={signal.endorsementCount}>
        {texts.endorsements(signal.endorsementCount)}
        {signal.endorsedBy.length > 0 && `: ${signal.endorsedBy.map((p) => p.name).join(', ')}`}
      </p>
      {signal.comments.length > 0 && (
        <details className="signal-card__comments" open={signal.comments.length <= 3}>
          <summary>{texts.comments(signal.comments.length)}</summary>
          <ul className="plain-list" data-testid="signal-comments">
            {signal.comments.map((comment) => (
              <li key={comment.id} data-testid="signal-comment-item">
                <span className="muted">
                  {texts.commentBy(comment.author?.name ?? texts.someone, day(comment.at))}
                </span>{' '}
                {comment.text}
              </li>
            ))}
          </ul>
        </details>
      )}
      {signal.status === 'CLOSED' && (
        <p className="signal-card__closed" data-testid="signal-closing-note">
          {texts.closed(signal.closedAt ? day(signal.closedAt) : '', signal.closingNote ?? '')}
        </p>
      )}
      <SignalActions
        signal={signal}
        permissions={signalPermissions(signal, actor)}
        tables={tables}
        onChanged={onChanged}
      />
    </li>
  );
}
