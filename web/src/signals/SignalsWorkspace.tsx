import type { Viewer } from '../api/operations/viewer';
import { RegionSelect } from '../gaps/RegionSelect';
import type { RegionChoice } from '../gaps/RegionView';
import { useTexts } from '../i18n/language';
import { PatternSection } from './PatternSection';
import { SignalBoard } from './SignalBoard';

/** Signalen for one region: its computed patterns, then its signals. */
export function SignalsWorkspace({ choice, viewer }: { choice: RegionChoice; viewer: Viewer }) {
  const { ui } = useTexts();
  const { region } = choice;
  return (
    <>
      <div className="map-toolbar">
        <RegionSelect {...choice} />
      </div>
      <p className="signals-intro">{ui.signals.intro}</p>
      <PatternSection region={region} />
      {/* Keyed by region: changes made here belong to the region they were made in. */}
      <SignalBoard key={region.code} region={region} viewer={viewer} />
    </>
  );
}
