import type { Viewer } from '../api/operations/viewer';
import { RegionView } from '../gaps/RegionView';
import { HandoversWorkspace } from './HandoversWorkspace';

/** Overdrachten: how cases pass between a region's organisations, and where they stick. */
export function HandoversPage({ viewer }: { readonly viewer: Viewer }) {
  return <RegionView viewer={viewer}>{(choice) => <HandoversWorkspace {...choice} />}</RegionView>;
}
