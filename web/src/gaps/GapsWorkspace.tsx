import { useCallback, useMemo, useState } from 'react';
import { GAP_FINDINGS_QUERY, GAP_REPORT_QUERY } from '../api/operations/gaps';
import { REGION_NETWORK_QUERY } from '../api/operations/regionNetwork';
import { ErrorMessage } from '../components/ErrorMessage';
import { StatusMessage } from '../components/StatusMessage';
import { fromRegionNetwork } from '../domain/mapGraph';
import { useQuery } from '../hooks/useQuery';
import { useTexts } from '../i18n/language';
import { NodeTable } from '../map/NodeTable';
import { CaseFindingLists } from './CaseFindingLists';
import { GapsMap } from './GapsMap';
import { type GapMark, gapGraph, markNode } from './gapGraph';
import { MissingTieTable } from './MissingTieTable';
import { NationalGapTable } from './NationalGapTable';
import { RegionSelect } from './RegionSelect';
import type { RegionChoice } from './RegionView';
import { SeveritySummary } from './SeveritySummary';
import { StructureLists } from './StructureLists';
import './GapsPage.css';

/** Hiaten for one region: its summary, the map with its gaps, and the lists beside it. */
export function GapsWorkspace(choice: RegionChoice) {
  const { ui } = useTexts();
  const { region } = choice;
  const network = useQuery(REGION_NETWORK_QUERY, { code: region.code });
  const report = useQuery(GAP_REPORT_QUERY, { regionCode: region.code });
  const findings = useQuery(GAP_FINDINGS_QUERY, { regionCode: region.code });
  const [marked, setMarked] = useState<{ code: string; mark: GapMark } | null>(null);
  const mark = marked?.code === region.code ? marked.mark : null;
  const onMark = useCallback(
    (next: GapMark | null) => setMarked(next && { code: region.code, mark: next }),
    [region.code],
  );

  const networkGraph = network.status === 'success' ? network.data.region?.network : undefined;
  const base = useMemo(
    () => (networkGraph ? fromRegionNetwork(networkGraph) : null),
    [networkGraph],
  );
  const reportData = report.status === 'success' ? report.data : null;
  // Drawn once the report is in (or failed), so the missing ties take part in the layout.
  const reportSettled = report.status === 'success' || report.status === 'error';
  const gaps = useMemo(
    () =>
      base && reportSettled
        ? gapGraph(
            base,
            reportData?.gapReport.missingTies ?? [],
            reportData?.gapReport.staleTies ?? [],
          )
        : null,
    [base, reportSettled, reportData],
  );
  const title = ui.gaps.heading(region.name);

  let overlay = null;
  if (network.status === 'error') {
    overlay = (
      <ErrorMessage title={ui.status.networkFailed} error={network.error} onRetry={network.retry} />
    );
  } else if (network.status === 'success' && !networkGraph) {
    overlay = <StatusMessage kind="empty" message={ui.status.regionNotFound(region.code)} />;
  } else if (base && base.nodes.length === 0) {
    overlay = <StatusMessage kind="empty" message={ui.gaps.emptyRegion} />;
  } else if (!gaps) {
    overlay = <StatusMessage kind="loading" message={ui.gaps.loading} />;
  }

  return (
    <div className="gaps-view" data-testid="gaps-view">
      <div className="map-toolbar">
        <RegionSelect {...choice} />
      </div>
      <p className="gaps-intro">{ui.gaps.intro}</p>
      {reportData && (
        <SeveritySummary regionName={region.name} summary={reportData.gapReport.summary} />
      )}
      {report.status === 'error' && (
        <ErrorMessage title={ui.gaps.reportFailed} error={report.error} onRetry={report.retry} />
      )}
      <div className="gaps-layout">
        <div className="gaps-layout__main">
          <GapsMap
            title={title}
            gaps={gaps}
            overlay={overlay}
            mark={mark}
            onMark={onMark}
            exportName={`rizoom-hiaten-${region.code}`}
          />
        </div>
        <div className="gaps-layout__side" data-testid="gap-lists">
          {mark && (
            <button type="button" className="button button--quiet" onClick={() => onMark(null)}>
              {ui.gaps.clearMark}
            </button>
          )}
          {report.status === 'loading' && (
            <StatusMessage kind="loading" message={ui.gaps.loading} />
          )}
          {reportData && (
            <MissingTieTable
              ties={reportData.gapReport.missingTies}
              rules={reportData.collaborationTemplate}
              markedKey={mark?.key ?? null}
              onMark={onMark}
            />
          )}
          {findings.status === 'loading' && (
            <StatusMessage kind="loading" message={ui.gaps.findingsLoading} />
          )}
          {findings.status === 'error' && (
            <ErrorMessage
              title={ui.gaps.findingsFailed}
              error={findings.error}
              onRetry={findings.retry}
            />
          )}
          {findings.status === 'success' && (
            <>
              <StructureLists
                structure={findings.data.networkStructure}
                markedKey={mark?.key ?? null}
                onMark={onMark}
              />
              <CaseFindingLists
                findings={findings.data}
                markedKey={mark?.key ?? null}
                onMark={onMark}
              />
            </>
          )}
        </div>
      </div>
      {base && gaps && base.nodes.length > 0 && (
        <NodeTable
          title={title}
          graph={base}
          filtered={null}
          selectedId={mark?.key.startsWith('node:') ? mark.key.slice(5) : null}
          onSelect={(id) => onMark(markNode(gaps.graph, id))}
        />
      )}
      <NationalGapTable currentCode={region.code} onRegion={choice.onRegion} />
    </div>
  );
}
