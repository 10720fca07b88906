import { lazy, Suspense } from 'react';
import type { Viewer } from '../api/operations/viewer';
import { StatusMessage } from '../components/StatusMessage';
import { useTexts } from '../i18n/language';

// The charts library is only needed here: load this view (and it) on first visit.
const RegionOverview = lazy(() =>
  import('./RegionOverview').then((module) => ({ default: module.RegionOverview })),
);

/** Regio-overzicht: a region's network in figures, all regions compared, and its growth. */
export function RegionOverviewPage({ viewer }: { readonly viewer: Viewer }) {
  const { ui } = useTexts();
  return (
    <Suspense fallback={<StatusMessage kind="loading" message={ui.region.loadingView} />}>
      <RegionOverview viewer={viewer} />
    </Suspense>
  );
}
