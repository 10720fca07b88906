import { useRef } from 'react';
import { AdminPage } from '../admin/AdminPage';
import type { Viewer } from '../api/operations/viewer';
import { AppHeader } from '../components/AppHeader';
import { MainNav } from '../components/MainNav';
import { StatusMessage } from '../components/StatusMessage';
import { ViewerBadge } from '../components/ViewerBadge';
import { GapsPage } from '../gaps/GapsPage';
import { HandoversPage } from '../handovers/HandoversPage';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { useTexts } from '../i18n/language';
import { NetworkMapPage } from '../map/NetworkMapPage';
import { PartnersPage } from '../partners/PartnersPage';
import { RegionOverviewPage } from '../region/RegionOverviewPage';
import { SignalsPage } from '../signals/SignalsPage';
import { type ViewId, viewAt, viewsFor } from './routes';
import { usePathname } from './url';

interface AppShellProps {
  readonly viewer: Viewer;
  /** Signed in just now: focus moves from the gone form to this page's heading. */
  readonly justSignedIn: boolean;
  readonly onSignOut: () => Promise<void>;
}

/** The signed-in app: header with the views this role may open, and the current view. */
export function AppShell({ viewer, justSignedIn, onSignOut }: AppShellProps) {
  const { ui } = useTexts();
  const view = viewAt(usePathname());
  const views = viewsFor(viewer.role);
  const title = view ? ui.nav[view] : ui.notFound;
  useDocumentTitle(ui.documentTitle(title));
  // Focus goes to the heading after signing in and after every change of view, not on load.
  const firstView = useRef(view);
  const moved = justSignedIn || view !== firstView.current;
  return (
    <>
      <AppHeader
        title={title}
        focusKey={moved ? String(view) : null}
        account={<ViewerBadge viewer={viewer} onSignOut={onSignOut} />}
        navigation={<MainNav views={views} current={view} />}
      />
      <main className="app-main" data-view={view ?? 'none'}>
        <ViewBody view={view} allowed={view !== null && views.includes(view)} viewer={viewer} />
      </main>
      <footer className="app-footer muted">{ui.attribution}</footer>
    </>
  );
}

function ViewBody(props: { view: ViewId | null; allowed: boolean; viewer: Viewer }) {
  const { ui } = useTexts();
  if (props.view === null) return <StatusMessage kind="info" message={ui.notFound} />;
  if (!props.allowed) return <StatusMessage kind="info" message={ui.adminOnly} />;
  switch (props.view) {
    case 'map':
      return <NetworkMapPage viewer={props.viewer} />;
    case 'partners':
      return <PartnersPage viewer={props.viewer} />;
    case 'gaps':
      return <GapsPage viewer={props.viewer} />;
    case 'handovers':
      return <HandoversPage viewer={props.viewer} />;
    case 'regions':
      return <RegionOverviewPage viewer={props.viewer} />;
    case 'signals':
      return <SignalsPage viewer={props.viewer} />;
    case 'admin':
      return <AdminPage />;
  }
}
