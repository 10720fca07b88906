import { type ReactNode, useEffect, useRef } from 'react';
import { useTexts } from '../i18n/language';
import { LanguageSwitch } from './LanguageSwitch';
import './AppHeader.css';

interface AppHeaderProps {
  /** The page's h1; the sign-in page has its own heading in the form instead. */
  readonly title?: string;
  /**
   * Move focus to the title when this changes (and on mount unless null): the page just
   * replaced another one, so a screen reader starts at its heading.
   */
  readonly focusKey?: string | null;
  /** Who is signed in, at the far end. */
  readonly account?: ReactNode;
  /** The main menu, on a row of its own. */
  readonly navigation?: ReactNode;
}

export function AppHeader({ title, focusKey = null, account, navigation }: AppHeaderProps) {
  const { ui } = useTexts();
  const titleRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusKey !== null) titleRef.current?.focus();
  }, [focusKey]);
  return (
    <header className="app-header">
      <div className="app-header__bar">
        <div className="app-header__brand">
          <span className="app-header__product">{ui.productName}</span>
          <span className="app-header__tagline">{ui.tagline}</span>
        </div>
        {title && (
          <h1 className="app-header__title" ref={titleRef} tabIndex={-1}>
            {title}
          </h1>
        )}
        <div className="app-header__account">
          <LanguageSwitch />
          {account}
        </div>
      </div>
      {navigation}
    </header>
  );
}
