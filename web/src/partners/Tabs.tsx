import { type KeyboardEvent, type ReactNode, useId, useRef } from 'react';

export type TabId = 'partners' | 'peers';
const ORDER: readonly TabId[] = ['partners', 'peers'];

interface TabsProps {
  readonly label: string;
  readonly tabs: Readonly<Record<TabId, string>>;
  readonly current: TabId;
  readonly onChange: (tab: TabId) => void;
  /** The current tab's panel. */
  readonly children: ReactNode;
}

/** Two tabs as the WAI-ARIA pattern has them: arrow keys move between them, Tab into the panel. */
export function Tabs({ label, tabs, current, onChange, children }: TabsProps) {
  const id = useId();
  const buttons = useRef<Partial<Record<TabId, HTMLButtonElement | null>>>({});
  const onKeyDown = (event: KeyboardEvent) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const index = (ORDER.indexOf(current) + step + ORDER.length) % ORDER.length;
    const next = ORDER[index] ?? current;
    onChange(next);
    buttons.current[next]?.focus();
  };
  return (
    <section className="partner-tabs">
      <div role="tablist" aria-label={label} className="partner-tabs__list" onKeyDown={onKeyDown}>
        {ORDER.map((tab) => (
          <button
            key={tab}
            ref={(element) => {
              buttons.current[tab] = element;
            }}
            type="button"
            role="tab"
            id={`${id}-${tab}`}
            aria-selected={tab === current}
            aria-controls={`${id}-panel`}
            tabIndex={tab === current ? 0 : -1}
            className="partner-tabs__tab"
            onClick={() => onChange(tab)}
            data-testid={`partners-tab-${tab}`}
          >
            {tabs[tab]}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`${id}-panel`}
        aria-labelledby={`${id}-${current}`}
        className="partner-tabs__panel"
      >
        {children}
      </div>
    </section>
  );
}
