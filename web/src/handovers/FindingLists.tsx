import type { HandoverFindingsData } from '../api/operations/handover-analyses';
import { useTexts } from '../i18n/language';
import { FindingSection } from './FindingSection';

interface FindingListsProps {
  readonly findings: HandoverFindingsData;
  readonly openCaseId: string | null;
  readonly onOpenCase: (caseId: string) => void;
}

/** Stalled handovers, ping-pong and cases without a coordinator, side by side. */
export function FindingLists({ findings, openCaseId, onOpenCase }: FindingListsProps) {
  const { ui } = useTexts();
  const date = new Intl.DateTimeFormat(ui.locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const names = (organisations: readonly { readonly name: string }[]) =>
    organisations.map((organisation) => organisation.name);
  const common = { openCaseId, onOpenCase };
  return (
    <div className="findings">
      <FindingSection
        {...common}
        testId="stalled-handovers"
        title={ui.handovers.stalledHeading}
        explanation={ui.handovers.stalledExplained}
        total={findings.stalledHandovers.total}
        byOrganisation={findings.stalledHandovers.byOrganisation}
        items={findings.stalledHandovers.items}
        keyOf={(item) => item.handover.id}
        describe={(item) =>
          ui.handovers.stalledLine(
            item.from.name,
            item.to.name,
            item.workingDaysWaiting,
            date.format(new Date(item.requestedAt)),
          )
        }
      />
      <FindingSection
        {...common}
        testId="ping-pong"
        title={ui.handovers.pingPongHeading}
        explanation={ui.handovers.pingPongExplained}
        total={findings.pingPongHandovers.total}
        byOrganisation={findings.pingPongHandovers.byOrganisation}
        items={findings.pingPongHandovers.items}
        keyOf={(item) => `${item.case.id}:${item.returnedAt}`}
        describe={(item) =>
          ui.handovers.pingPongLine(
            names(item.organisations),
            date.format(new Date(item.returnedAt)),
          )
        }
      />
      <FindingSection
        {...common}
        testId="uncoordinated"
        title={ui.handovers.uncoordinatedHeading}
        explanation={ui.handovers.uncoordinatedExplained}
        total={findings.uncoordinatedCases.total}
        byOrganisation={findings.uncoordinatedCases.byOrganisation}
        items={findings.uncoordinatedCases.items}
        keyOf={(item) => item.case.id}
        describe={(item) => ui.handovers.uncoordinatedLine(names(item.organisations))}
      />
    </div>
  );
}
