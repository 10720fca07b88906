import type { Core } from 'cytoscape';
import { useTexts } from '../i18n/language';
import { downloadMapImage } from './mapImage';

interface ExportButtonsProps {
  readonly cy: Core | null;
  /** The file name without extension, e.g. rizoom-MC19. */
  readonly filename: string;
}

/** The map as it is drawn now, as a PNG or SVG picture. */
export function ExportButtons({ cy, filename }: ExportButtonsProps) {
  const { ui } = useTexts();
  return (
    <div className="map-export" data-testid="map-export">
      <button
        type="button"
        className="button button--quiet"
        disabled={!cy}
        onClick={() => cy && downloadMapImage(cy, 'png', filename)}
        data-testid="export-png"
      >
        {ui.export.png}
      </button>
      <button
        type="button"
        className="button button--quiet"
        disabled={!cy}
        onClick={() => cy && downloadMapImage(cy, 'svg', filename)}
        data-testid="export-svg"
      >
        {ui.export.svg}
      </button>
    </div>
  );
}
