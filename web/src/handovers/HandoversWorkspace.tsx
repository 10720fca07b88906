import { useMemo, useState } from 'react';
import { HANDOVER_FINDINGS_QUERY, HANDOVER_FLOWS_QUERY } from '../api/operations/handover-analyses';
import { ErrorMessage } from '../components/ErrorMessage';
import { StatusMessage } from '../components/StatusMessage';
import { RegionSelect } from '../gaps/RegionSelect';
import type { RegionChoice } from '../gaps/RegionView';
import { useQuery } from '../hooks/useQuery';
import { useTexts } from '../i18n/language';
import { CaseJourney } from './CaseJourney';
import { FindingLists } from './FindingLists';
import { FlowMap } from './FlowMap';
import { FlowTable } from './FlowTable';
import { flowGraph } from './flowGraph';
import './HandoversPage.css';

/** Overdrachten for one region: the flows between its organisations, and where handovers stick. */
export function HandoversWorkspace(choice: RegionChoice) {
  const { ui } = useTexts();
  const { region } = choice;
  const flows = useQuery(HANDOVER_FLOWS_QUERY, { regionCode: region.code });
  const findings = useQuery(HANDOVER_FINDINGS_QUERY, { regionCode: region.code });
  const [selected, setSelected] = useState<{ code: string; id: string } | null>(null);
  const [journey, setJourney] = useState<{ code: string; caseId: string } | null>(null);
  const selectedId = selected?.code === region.code ? selected.id : null;
  const select = (id: string | null) => setSelected(id ? { code: region.code, id } : null);
  const journeyCaseId = journey?.code === region.code ? journey.caseId : null;

  const report = flows.status === 'success' ? flows.data.handoverFlows : null;
  const drawing = useMemo(() => (report ? flowGraph(report.flows) : null), [report]);
  const date = new Intl.DateTimeFormat(ui.locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const period = report
    ? ui.handovers.period(date.format(new Date(report.from)), date.format(new Date(report.to)))
    : '';

  let overlay = null;
  if (flows.status === 'error') {
    overlay = (
      <ErrorMessage title={ui.handovers.flowsFailed} error={flows.error} onRetry={flows.retry} />
    );
  } else if (!drawing) {
    overlay = <StatusMessage kind="loading" message={ui.handovers.loadingFlows} />;
  } else if (drawing.graph.edges.length === 0) {
    overlay = <StatusMessage kind="empty" message={ui.handovers.noFlows} />;
  }

  return (
    <div className="handovers-view" data-testid="handovers-view">
      <div className="map-toolbar">
        <RegionSelect {...choice} />
      </div>
      <p className="handovers-intro">{ui.handovers.intro}</p>
      <FlowMap
        title={ui.handovers.heading(region.name)}
        period={period}
        drawing={drawing}
        overlay={overlay}
        selectedId={selectedId}
        onSelect={select}
        exportName={`rizoom-overdrachten-${region.code}`}
      />
      {report && report.flows.length > 0 && (
        <FlowTable flows={report.flows} selectedId={selectedId} onSelect={select} />
      )}
      {journeyCaseId && (
        <CaseJourney key={journeyCaseId} caseId={journeyCaseId} onClose={() => setJourney(null)} />
      )}
      {findings.status === 'loading' && (
        <StatusMessage kind="loading" message={ui.handovers.findingsLoading} />
      )}
      {findings.status === 'error' && (
        <ErrorMessage
          title={ui.handovers.findingsFailed}
          error={findings.error}
          onRetry={findings.retry}
        />
      )}
      {findings.status === 'success' && (
        <FindingLists
          findings={findings.data}
          openCaseId={journeyCaseId}
          onOpenCase={(caseId) => setJourney({ code: region.code, caseId })}
        />
      )}
    </div>
  );
}
