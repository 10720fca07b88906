import { useId, useState } from 'react';
import { useSearchParam } from '../app/url';
import { REGION_PARAM } from '../hooks/useRegionParam';
import { useTexts } from '../i18n/language';

const CSV_ENTITIES = ['organisations', 'professionals', 'ties', 'tables', 'table-members'] as const;
type CsvEntity = (typeof CSV_ENTITIES)[number];

/**
 * Downloads from the API's /export route (streamed by the server): the region chosen on the
 * map (?regio=), or the whole country. PNG and SVG pictures are on the map itself.
 */
export function ExportFiles() {
  const { ui } = useTexts();
  const id = useId();
  const region = useSearchParam(REGION_PARAM);
  const [entity, setEntity] = useState<CsvEntity>('organisations');
  const query = (extra: Record<string, string> = {}) => {
    const params = new URLSearchParams({ ...(region ? { region } : {}), ...extra });
    const text = params.toString();
    return text ? `?${text}` : '';
  };
  return (
    <section className="admin-section" aria-labelledby={`${id}-heading`} data-testid="export-files">
      <h2 id={`${id}-heading`}>{ui.admin.exportHeading}</h2>
      <p>{region ? ui.export.scope(region) : ui.export.national}</p>
      <ul className="export-links">
        <li>
          <a
            className="button"
            href={`/export/graphml${query()}`}
            download
            data-testid="export-graphml"
          >
            {ui.export.graphml}
          </a>
        </li>
        <li>
          <a className="button" href={`/export/gexf${query()}`} download data-testid="export-gexf">
            {ui.export.gexf}
          </a>
        </li>
        <li>
          <a
            className="button"
            href={`/export/cytoscape${query()}`}
            download
            data-testid="export-cytoscape"
          >
            {ui.export.cytoscape}
          </a>
        </li>
        <li className="export-links__csv">
          <label className="field__label" htmlFor={`${id}-entity`}>
            {ui.export.csvEntity}
          </label>
          <select
            id={`${id}-entity`}
            className="field__control"
            value={entity}
            onChange={(event) => setEntity(event.target.value as CsvEntity)}
          >
            {CSV_ENTITIES.map((value) => (
              <option key={value} value={value}>
                {ui.export.csvEntities[value]}
              </option>
            ))}
          </select>
          <a
            className="button"
            href={`/export/csv${query({ entity, dialect: 'excel' })}`}
            download
            data-testid="export-csv"
          >
            {ui.export.csv}
          </a>
        </li>
      </ul>
    </section>
  );
}
