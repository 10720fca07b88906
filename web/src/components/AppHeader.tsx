import type { ReactNode } from 'react';
import { ui } from '../i18n/nl';
import './AppHeader.css';

export function AppHeader({ children }: { readonly children?: ReactNode }) {
  return (
    <header className="app-header">
      <div className="app-header__brand">
        <span className="app-header__product">{ui.productName}</span>
        <span className="app-header__tagline">{ui.tagline}</span>
      </div>
      <h1 className="app-header__title">{ui.pageTitle}</h1>
      <div className="app-header__tools">{children}</div>
    </header>
  );
}
