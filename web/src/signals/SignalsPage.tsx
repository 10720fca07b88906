import type { Viewer } from '../api/operations/viewer';
import { RegionView } from '../gaps/RegionView';
import { NationalTrends } from './NationalTrends';
import { SignalsWorkspace } from './SignalsWorkspace';
import './SignalsPage.css';

/**
 * Signalen: patterns across a region's cases with the numbers behind them, and the signals the
 * region follows until they are closed; Ingrado also sees the signals of all regions as trends.
 */
export function SignalsPage({ viewer }: { readonly viewer: Viewer }) {
  return (
    <div className="signals-view" data-testid="signals-view">
      {viewer.role === 'ADMIN' && <NationalTrends />}
      <RegionView viewer={viewer}>
        {(choice) => <SignalsWorkspace choice={choice} viewer={viewer} />}
      </RegionView>
    </div>
  );
}
