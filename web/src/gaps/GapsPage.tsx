import type { Viewer } from '../api/operations/viewer';
import { GapsWorkspace } from './GapsWorkspace';
import { RegionView } from './RegionView';

/** Hiaten: where a region's network lacks what the expected-collaboration template asks. */
export function GapsPage({ viewer }: { readonly viewer: Viewer }) {
  return <RegionView viewer={viewer}>{(choice) => <GapsWorkspace {...choice} />}</RegionView>;
}
