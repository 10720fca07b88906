import type { NetworkPath, PathNode } from '../api/operations/partners';
import type { OrganisationKind, ProfessionalRole } from '../api/schema';
import { useTexts } from '../i18n/language';
import { formatDay } from './format';

/** The marked path as a table: the keyboard and screen-reader way to the drawing. */
export function PathSteps({ path, partnerName }: { path: NetworkPath; partnerName: string }) {
  const { ui, tieKindLabels } = useTexts();
  const t = ui.partners.path;
  return (
    <div className="path-steps__scroll">
      <table className="path-steps" data-testid="partner-path-steps">
        <caption>{t.caption(partnerName)}</caption>
        <thead>
          <tr>
            <th scope="col">{t.step}</th>
            <th scope="col">{t.from}</th>
            <th scope="col">{t.link}</th>
            <th scope="col">{t.to}</th>
            <th scope="col">{t.confirmed}</th>
          </tr>
        </thead>
        <tbody>
          {path.links.map((link, index) => {
            const from = path.nodes[index];
            const to = path.nodes[index + 1];
            if (!from || !to) return null;
            return (
              <tr key={`${from.id}-${to.id}`}>
                <td className="numeric">{index + 1}</td>
                <td>
                  <NodeName node={from} />
                </td>
                <td>
                  {t.relations[link.relation]}
                  {link.tieKind && ` (${tieKindLabels[link.tieKind]})`}
                </td>
                <td>
                  <NodeName node={to} />
                </td>
                <td>
                  {link.relation !== 'TIE'
                    ? t.notApplicable
                    : link.lastConfirmedAt
                      ? formatDay(ui.locale, link.lastConfirmedAt)
                      : t.never}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function NodeName({ node }: { readonly node: PathNode }) {
  const { organisationKindLabels, roleLabels } = useTexts();
  const kind =
    node.type === 'ORGANISATION'
      ? organisationKindLabels[node.kind as OrganisationKind]
      : roleLabels[node.kind as ProfessionalRole];
  return (
    <>
      {node.name} <span className="muted">({kind ?? node.kind})</span>
    </>
  );
}
