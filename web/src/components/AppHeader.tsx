import { type ReactNode, useRef } from 'react';
import { useFocusOnMount } from '../hooks/useFocusOnMount';
import { ui } from '../i18n/nl';
import './AppHeader.css';

interface AppHeaderProps {
  /** The page's h1; the sign-in page has its own heading in the form instead. */
  readonly title?: string;
  /** Move focus to the title when mounted: the page just replaced another one. */
  readonly focusTitle?: boolean;
  /** Who is signed in, at the far end. */
  readonly account?: ReactNode;
  readonly children?: ReactNode;
}

export function AppHeader({ title, focusTitle = false, account, children }: AppHeaderProps) {
  const titleRef = useRef<HTMLHeadingElement>(null);
  useFocusOnMount(titleRef, focusTitle);
  return (
    <header className="app-header">
      <div className="app-header__brand">
        <span className="app-header__product">{ui.productName}</span>
        <span className="app-header__tagline">{ui.tagline}</span>
      </div>
      {title && (
        <h1 className="app-header__title" ref={titleRef} tabIndex={-1}>
          {title}
        </h1>
      )}
      <div className="app-header__tools">{children}</div>
      {account && <div className="app-header__account">{account}</div>}
    </header>
  );
}
