import type { MouseEvent } from 'react';
import { VIEW_PATHS, type ViewId } from '../app/routes';
import { goToPath } from '../app/url';
import { useTexts } from '../i18n/language';
import './MainNav.css';

interface MainNavProps {
  readonly views: readonly ViewId[];
  readonly current: ViewId | null;
}

/** The views this user may open, as real links (open in a new tab works), handled in-app. */
export function MainNav({ views, current }: MainNavProps) {
  const { ui } = useTexts();
  const follow = (event: MouseEvent<HTMLAnchorElement>, view: ViewId) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    event.preventDefault();
    goToPath(VIEW_PATHS[view]);
  };
  return (
    <nav className="main-nav" aria-label={ui.nav.label} data-testid="main-nav">
      <ul>
        {views.map((view) => (
          <li key={view}>
            <a
              href={`${VIEW_PATHS[view]}${window.location.search}`}
              aria-current={view === current ? 'page' : undefined}
              onClick={(event) => follow(event, view)}
              data-view={view}
            >
              {ui.nav[view]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
