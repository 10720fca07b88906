import type { PartnerReason } from '../api/operations/partners';
import { useTexts } from '../i18n/language';
import { formatNumber, formatPercent } from './format';

interface PartnerReasonsProps {
  readonly reasons: readonly PartnerReason[];
  readonly municipalityName: string;
  /** False when the viewer is no professional: then no path can start from them. */
  readonly hasAsker: boolean;
}

type ReasonTextProps = Omit<PartnerReasonsProps, 'reasons'> & {
  readonly reason: PartnerReason;
  readonly hasPath: boolean;
};

/** The score in its parts: what each part says, and the points it adds. */
export function PartnerReasons({ reasons, municipalityName, hasAsker }: PartnerReasonsProps) {
  const { ui } = useTexts();
  const t = ui.partners;
  const number = (value: number) => formatNumber(ui.locale, value);
  const hasPath = reasons.some((reason) => reason.__typename === 'PathReason' && reason.path);
  return (
    <dl className="partner-reasons" aria-label={t.reasonsHeading}>
      {reasons.map((reason) => (
        <div
          key={reason.__typename}
          className="partner-reasons__part"
          data-part={reason.__typename}
        >
          <dt>
            {partLabel(reason, t.reasonParts)}{' '}
            <span className="muted">
              ({t.points(number(reason.score), number(reason.maxScore))})
            </span>
          </dt>
          <dd>
            <ReasonText
              reason={reason}
              municipalityName={municipalityName}
              hasAsker={hasAsker}
              hasPath={hasPath}
            />
          </dd>
        </div>
      ))}
    </dl>
  );
}

function partLabel(
  reason: PartnerReason,
  labels: {
    readonly [K in 'municipality' | 'needs' | 'path' | 'trackRecord' | 'freshness']: string;
  },
): string {
  switch (reason.__typename) {
    case 'MunicipalityReason':
      return labels.municipality;
    case 'NeedsReason':
      return labels.needs;
    case 'PathReason':
      return labels.path;
    case 'TrackRecordReason':
      return labels.trackRecord;
    case 'FreshnessReason':
      return labels.freshness;
  }
}

function ReasonText({ reason, municipalityName, hasAsker, hasPath }: ReasonTextProps) {
  const { ui, needLabels } = useTexts();
  const t = ui.partners;
  const number = (value: number) => formatNumber(ui.locale, value);
  const needs = (list: readonly (keyof typeof needLabels)[]) =>
    list.map((need) => needLabels[need]).join(', ');
  switch (reason.__typename) {
    case 'MunicipalityReason':
      if (reason.servesMunicipality) return <>{t.servesMunicipality(municipalityName)}</>;
      return (
        <>
          {reason.inRegion
            ? t.servesRegion(number(reason.distanceKm))
            : t.beyondRegion(number(reason.distanceKm))}
        </>
      );
    case 'NeedsReason':
      return (
        <>
          {reason.offered.length > 0 && t.offers(needs(reason.offered))}{' '}
          {reason.missing.length > 0 && t.lacks(needs(reason.missing))}
        </>
      );
    case 'PathReason':
      if (!reason.path) return <>{hasAsker ? t.noPath : t.noAsker}</>;
      return (
        <>{t.pathSummary(reason.path.steps, reason.path.nodes.map((n) => n.name).join(' → '))}</>
      );
    case 'TrackRecordReason': {
      // Hidden under the small-count rule, or simply none answered (or accepted) yet.
      const hidden = reason.cases.value === null;
      return (
        <>
          {t.cases(reason.cases.shown)}; {t.acceptance}:{' '}
          {reason.acceptanceRate !== null
            ? formatPercent(ui.locale, reason.acceptanceRate)
            : hidden
              ? t.notShown
              : t.unknown}
          ; {t.median}:{' '}
          {reason.medianDaysToAccept !== null
            ? t.days(number(reason.medianDaysToAccept))
            : hidden
              ? t.notShown
              : t.unknown}
          .
        </>
      );
    }
    case 'FreshnessReason': {
      // Full marks without a tie on the path (jobs and memberships are current); none when a
      // tie on it was never confirmed.
      const onPath = !hasPath
        ? null
        : reason.oldestTieOnPathDays !== null
          ? t.oldestTie(reason.oldestTieOnPathDays)
          : reason.score >= reason.maxScore
            ? t.noTiesOnPath
            : t.unconfirmedTie;
      const own =
        reason.newestTieDays !== null ? t.newestTie(reason.newestTieDays) : t.noConfirmedTies;
      return <>{onPath ? `${onPath} ${own}` : own}</>;
    }
  }
}
