import { describe, expect, it } from 'vitest';
import { graphql, testApp } from '../support/app.js';
import { caseTestScope, randomBsn } from '../support/cases.js';
import { connectTestDatabase } from '../support/database.js';

// Co-involvement (issue 5, as in the Verwijsindex): a second organisation registering the same
// young person links to the same subject, and both organisations are told, each about its own case.

const db = connectTestDatabase();
const app = testApp(db);
const scope = caseTestScope(db, app, 'co-involvement');

const notificationsQuery = `query($unreadOnly: Boolean!) {
  notifications(unreadOnly: $unreadOnly) {
    totalCount
    items { id kind readAt case { id } otherOrganisation { id } }
  } }`;
type Page = {
  notifications: {
    totalCount: number;
    items: {
      id: string;
      kind: string;
      readAt: string | null;
      case: { id: string } | null;
      otherOrganisation: { id: string } | null;
    }[];
  };
};

const registration = (organisationId: string, bsn: string) => ({
  bsn,
  kind: 'THUISZITTER',
  age: 15,
  municipalityCode: 'GM0344',
  needs: [],
  riskIndicators: [],
  organisationId,
});

describe('co-involvement', () => {
  it('tells both organisations, each about its own case, and nobody else', async () => {
    const orgs = await scope.organisations({
      school: { kind: 'SCHOOL_VO' },
      wijkteam: { kind: 'WIJKTEAM' },
      bystander: { kind: 'LEERPLICHT' },
    });
    const bsn = randomBsn();
    const first = await scope.register(registration(orgs.school.globalId, bsn));
    const second = await scope.register(registration(orgs.wijkteam.globalId, bsn));
    expect(first.result.data?.subjectAlreadyKnown).toBe(false);
    expect(second.result.data?.subjectAlreadyKnown).toBe(true);
    const schoolCase = first.result.data?.case.id;
    const wijkteamCase = second.result.data?.case.id;

    const read = async (org: typeof orgs.school, unreadOnly = false) =>
      (await graphql<Page>(app, notificationsQuery, { unreadOnly }, { cookie: scope.as(org) })).data
        ?.notifications;
    const school = await read(orgs.school);
    const wijkteam = await read(orgs.wijkteam);
    expect(school?.items.map((n) => [n.kind, n.case?.id, n.otherOrganisation?.id])).toEqual([
      ['CO_INVOLVEMENT', schoolCase, orgs.wijkteam.globalId],
    ]);
    expect(wijkteam?.items.map((n) => [n.kind, n.case?.id, n.otherOrganisation?.id])).toEqual([
      ['CO_INVOLVEMENT', wijkteamCase, orgs.school.globalId],
    ]);
    expect((await read(orgs.bystander))?.totalCount).toBe(0);

    // Marking read: only one's own; the other organisation's stays unread.
    const schoolNote = school?.items[0]?.id ?? '';
    const wijkteamNote = wijkteam?.items[0]?.id ?? '';
    const marked = await graphql<{ markNotificationsRead: number }>(
      app,
      'mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }',
      { ids: [schoolNote, wijkteamNote] },
      { cookie: scope.as(orgs.school) },
    );
    expect(marked.data?.markNotificationsRead).toBe(1);
    expect((await read(orgs.school, true))?.totalCount).toBe(0);
    expect((await read(orgs.wijkteam, true))?.totalCount).toBe(1);
  });

  it('tells nobody when the young person is new', async () => {
    const orgs = await scope.organisations({ alone: { kind: 'LEERPLICHT' } });
    await scope.register(registration(orgs.alone.globalId, randomBsn()));
    const page = await graphql<Page>(
      app,
      notificationsQuery,
      { unreadOnly: false },
      {
        cookie: scope.as(orgs.alone),
      },
    );
    expect(page.data?.notifications.totalCount).toBe(0);
  });
});
