import { mkdirSync } from 'node:fs';
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Random } from '../../seeds/random.js';
import { organisationKinds, tieKinds } from '../../server/src/network/kinds.js';
import { activeKey } from '../../server/src/ties/rules.js';
import { graphql, listen, testApp } from '../support/app.js';
import { launchBrowser, openPage, screenshotDir } from '../support/browser.js';
import { testCypher } from '../support/cypher.js';
import { connectTestDatabase } from '../support/database.js';
import { toGlobalId } from '../support/ids.js';
import { demoAdmin, signInThroughForm } from '../support/sign-in.js';

// A Netwerkkaart over 2,000 elements (web/src/graph/renderMode.ts) through the real stack: a
// synthetic large network in Twente (MC12, a region no other test uses; the demo preset's
// organisations there come along), drawn with its ties held back at the overview
// (web/src/graph/tieDetail.ts), a selected organisation's ties drawn all the same, every tie
// once zoomed in, and a drag on a node panning the map.

const db = connectTestDatabase();
const region = 'MC12';
const prefix = 'largemap-';
const source = 'test (large map)';
const ORGANISATIONS = 2_500;
const TIES = 7_500;
/** The organisation the test selects: tied to this many others (and maybe more, at random). */
const HUB_TIES = 30;
const hubId = `${prefix}org-0001`;
const hubName = 'Grootnet Knooppunt Twente';
const BATCH = 1_000;
const tiesHint =
  'Groot netwerk: zoom in om de verbindingen te zien, of kies een organisatie voor haar verbindingen.';
const map = '[data-testid="network-graph"]';

type Row = Record<string, string | number>;
const municipalitiesOf = testCypher<{ code: string }, { code: string }>('large-map-municipalities');
const createOrganisations = testCypher<
  { rows: Row[]; source: string; createdAt: string },
  { written: number }
>('large-map-organisations');
const createTies = testCypher<
  { rows: Row[]; source: string; createdAt: string; confirmedAt: string },
  { written: number }
>('large-map-ties');
const deleteOrganisations = testCypher<{ prefix: string }, { deleted: number }>('large-map-delete');

let baseUrl = '';
let browser: Browser;
/** The region's network as the API gives it (the demo organisations in MC12 included). */
let network: { nodes: { id: string; label: string }[]; edges: { id: string }[] };
/** The hub's ties, all within the region (so all on the map). */
let hubDegree = 0;

/** ~2,500 organisations over the region's municipalities, ~7,500 ties, mostly local. */
function largeNetwork(municipalities: string[]): { organisations: Row[]; ties: Row[] } {
  const random = new Random(20261116);
  const kinds = organisationKinds.filter((kind) => kind !== 'INGRADO');
  const organisations: Row[] = [];
  const byMunicipality = new Map<string, string[]>();
  for (let n = 1; n <= ORGANISATIONS; n += 1) {
    const id = `${prefix}org-${String(n).padStart(4, '0')}`;
    const municipalityCode = municipalities[n % municipalities.length] ?? '';
    const kind = n === 1 ? 'LEERPLICHT' : random.pick(kinds);
    const name = n === 1 ? hubName : `Grootnet ${kind.toLowerCase().replaceAll('_', ' ')} ${n}`;
    organisations.push({ id, name, kind, municipalityCode });
    byMunicipality.set(municipalityCode, [...(byMunicipality.get(municipalityCode) ?? []), id]);
  }
  const ids = organisations.map((o) => String(o.id));
  const keys = new Set<string>();
  const ties: Row[] = [];
  const add = (fromId: string, toId: string) => {
    const kind = random.pick(tieKinds);
    const id = activeKey(fromId, toId, kind);
    if (fromId === toId || keys.has(id)) return;
    keys.add(id);
    ties.push({ id, fromId, toId, kind, strength: random.int(1, 3) });
  };
  const hubLocal = byMunicipality.get(municipalities[1 % municipalities.length] ?? '') ?? [];
  while (ties.length < HUB_TIES) add(hubId, random.pick(hubLocal));
  while (ties.length < TIES) {
    const fromId = random.pick(ids);
    const local = byMunicipality.get(String(organisations[ids.indexOf(fromId)]?.municipalityCode));
    add(fromId, random.chance(0.85) && local ? random.pick(local) : random.pick(ids));
  }
  return { organisations, ties };
}

async function inBatches(rows: Row[], write: (batch: Row[]) => Promise<{ written: number }[]>) {
  let written = 0;
  for (let from = 0; from < rows.length; from += BATCH) {
    written += (await write(rows.slice(from, from + BATCH)))[0]?.written ?? 0;
  }
  return written;
}

beforeAll(async () => {
  await db.write(deleteOrganisations, { prefix }); // what a broken earlier run left
  const municipalities = (await db.read(municipalitiesOf, { code: region })).map((m) => m.code);
  expect(municipalities.length).toBeGreaterThan(5);
  const { organisations, ties } = largeNetwork(municipalities);
  hubDegree = ties.filter((t) => t.fromId === hubId || t.toId === hubId).length;
  const createdAt = '2025-03-01T09:00:00Z';
  const stamp = { source, createdAt };
  expect(
    await inBatches(organisations, (rows) => db.write(createOrganisations, { rows, ...stamp })),
  ).toBe(ORGANISATIONS);
  const confirmedAt = '2026-09-01';
  expect(
    await inBatches(ties, (rows) => db.write(createTies, { rows, ...stamp, confirmedAt })),
  ).toBe(TIES);

  baseUrl = await listen(db);
  browser = await launchBrowser();
  mkdirSync(screenshotDir, { recursive: true });
  const answer = await graphql<{ region: { network: typeof network } }>(
    testApp(db),
    'query ($code: String!) { region(code: $code) { network { nodes { id label } edges { id } } } }',
    { code: region },
  );
  if (!answer.data) throw new Error(JSON.stringify(answer.errors));
  network = answer.data.region.network;
});

afterAll(async () => {
  const [result] = await db.write(deleteOrganisations, { prefix });
  expect(result?.deleted).toBe(ORGANISATIONS);
});

/** The map's Cytoscape instance as `page.evaluate` code reaches it: registered on its container. */
type MapContainer = HTMLElement & { _cyreg?: { cy?: Core } };

/** What Cytoscape holds for the map, and where the node is drawn on the page. */
function mapState(page: Page, nodeId: string) {
  return page.evaluate(
    ([selector, id]) => {
      const container = document.querySelector(selector) as MapContainer;
      const cy = container._cyreg?.cy;
      if (!cy) throw new Error('no Cytoscape instance on the map');
      const node = cy.getElementById(id);
      const frame = container.getBoundingClientRect();
      return {
        found: node.nonempty(),
        degree: node.connectedEdges().length,
        drawnOwnTies: node
          .connectedEdges()
          .filter((edge) => edge.style('display') === 'element' && edge.visible()).length,
        zoom: cy.zoom(),
        pan: { ...cy.pan() },
        onPage: {
          x: frame.left + node.renderedPosition().x,
          y: frame.top + node.renderedPosition().y,
        },
      };
    },
    [map, nodeId] as const,
  );
}

/** The node with a tie drawn nearest this point, among those in the visible part of the map. */
function nodeNearest(page: Page, point: { x: number; y: number }) {
  return page.evaluate(
    ([selector, p]) => {
      const container = document.querySelector(selector) as MapContainer;
      const cy = container._cyreg?.cy;
      if (!cy) throw new Error('no Cytoscape instance on the map');
      const frame = container.getBoundingClientRect();
      const distance = (node: NodeSingular) =>
        Math.hypot(
          frame.left + node.renderedPosition().x - p.x,
          frame.top + node.renderedPosition().y - p.y,
        );
      const shown = (node: NodeSingular) => {
        const x = frame.left + node.renderedPosition().x;
        const y = frame.top + node.renderedPosition().y;
        const right = Math.min(frame.right, window.innerWidth);
        const bottom = Math.min(frame.bottom, window.innerHeight);
        return x > frame.left + 10 && x < right - 10 && y > frame.top + 10 && y < bottom - 10;
      };
      const candidates = cy.nodes().filter((node) => node.degree(false) > 0 && shown(node));
      if (candidates.empty()) throw new Error('no node in the visible part of the map');
      return (candidates.min(distance).ele as NodeSingular).id();
    },
    [map, point] as const,
  );
}

/** Waits until the node lies inside the map's own box (not behind the details panel). */
function nodeInMap(page: Page, id: string) {
  return page.waitForFunction(
    ([selector, nodeId]) => {
      const container = document.querySelector(selector) as MapContainer;
      const node = container._cyreg?.cy?.getElementById(nodeId);
      if (!node || node.empty()) return false;
      const { x, y } = node.renderedPosition();
      return x >= 0 && x <= container.clientWidth && y >= 0 && y <= container.clientHeight;
    },
    [map, id] as const,
    { timeout: 10_000, polling: 100 },
  );
}

/** Waits until Cytoscape draws exactly this many ties (the tie detail works in chunks). */
function drawnTies(page: Page, count: number) {
  return page.waitForFunction(
    ([selector, n]) => {
      const cy = (document.querySelector(selector) as MapContainer)._cyreg?.cy;
      const drawn = cy?.edges().filter((e) => e.style('display') === 'element' && e.visible());
      return drawn?.length === n;
    },
    [map, count] as const,
    { timeout: 30_000, polling: 250 },
  );
}

/**
 * Waits until every tie with an end in view is drawn, and returns how many of those are not the
 * selected node's (so drawn for the zoom, not for the selection).
 */
async function tiesInViewDrawn(page: Page, selectedId: string): Promise<number> {
  const handle = await page.waitForFunction(
    ([selector, selected]) => {
      const cy = (document.querySelector(selector) as MapContainer)._cyreg?.cy;
      if (!cy) return false;
      const { x1, x2, y1, y2 } = cy.extent();
      const inView = (node: NodeSingular) => {
        const { x, y } = node.position();
        return x >= x1 && x <= x2 && y >= y1 && y <= y2;
      };
      const near = (cy.edges().toArray() as EdgeSingular[]).filter(
        (edge) => inView(edge.source()) || inView(edge.target()),
      );
      const drawn = (edge: EdgeSingular) => edge.style('display') === 'element' && edge.visible();
      if (!near.every(drawn)) return false;
      return near.filter(
        (edge) => edge.source().id() !== selected && edge.target().id() !== selected,
      ).length;
    },
    [map, selectedId] as const,
    { timeout: 30_000, polling: 250 },
  );
  return Number(await handle.jsonValue());
}

describe('the Netwerkkaart of a large region', () => {
  it('holds ties back at the overview, draws a selection’s ties, all ties zoomed in, and pans on a drag', async () => {
    const hub = toGlobalId('Organisation', hubId);
    const nodes = network.nodes.length;
    const edges = network.edges.length;
    expect(nodes).toBeGreaterThanOrEqual(ORGANISATIONS);
    expect(edges).toBeGreaterThanOrEqual(TIES);
    expect(network.nodes.map((n) => n.id)).toContain(hub);

    const { page, consoleErrors } = await openPage(browser);
    await page.goto(`${baseUrl}/`);
    await signInThroughForm(page, demoAdmin);
    await page.locator('[data-testid="region-picker"]').selectOption(region);
    const large = page.locator(
      `${map}[data-layout="done"][data-large="true"][data-node-count="${nodes}"]`,
    );
    await large.waitFor({ timeout: 60_000 });
    expect(new URL(page.url()).searchParams.get('regio')).toBe(region);
    expect(Number(await large.getAttribute('data-edge-count'))).toBe(edges);
    expect(nodes + edges).toBeGreaterThan(2_000);

    // The fitted overview: ties held back, with the hint; Cytoscape draws none of them.
    expect(await large.getAttribute('data-ties')).toBe('overview');
    const hint = page.locator('[data-testid="ties-hint"]');
    expect(await hint.isVisible()).toBe(true);
    expect(await hint.textContent()).toBe(tiesHint);
    await drawnTies(page, 0);
    await page.screenshot({ path: `${screenshotDir}/large-map-overview.png` });

    // The table alternative pages through every organisation.
    const range = page.locator('[data-testid="table-pager-range"]');
    expect(await range.textContent()).toBe(`Rij 1–100 van ${nodes.toLocaleString('nl-NL')}`);
    expect(await page.locator('[data-testid="organisation-row-button"]').count()).toBe(100);

    // Pick the hub in the table (turn to its page first), as a keyboard user would.
    const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });
    const sorted = [...network.nodes].sort((a, b) => collator.compare(a.label, b.label));
    const tablePage = Math.floor(sorted.findIndex((n) => n.id === hub) / 100);
    // By value: the option labelled "6" is page index 5.
    await page.locator('[data-testid="table-pager-page"]').selectOption({ value: `${tablePage}` });
    await page
      .locator(`[data-testid="organisation-row-button"][data-organisation-id="${hub}"]`)
      .click();
    const details = page.locator('[data-testid="details-body"][data-state="success"]');
    await details.waitFor({ timeout: 20_000 });
    expect(await details.locator('h2').textContent()).toBe(hubName);
    expect(await details.locator('[data-testid="details-ties"] > li').count()).toBe(hubDegree);

    // The map turns to it, beside the details panel that opened with it.
    await nodeInMap(page, hub);
    // Its ties are drawn, and only those: the rest of the map is still at the overview.
    await drawnTies(page, hubDegree);
    const selected = await mapState(page, hub);
    expect(selected.found).toBe(true);
    expect(selected.degree).toBe(hubDegree);
    expect(selected.drawnOwnTies).toBe(hubDegree);
    expect(await large.getAttribute('data-ties')).toBe('overview');
    expect(await hint.isVisible()).toBe(true);
    // Back to the top of the page, from the table (the wheel must zoom the map, not scroll).
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${screenshotDir}/large-map-selected.png` });

    // Zoom in far with the mouse wheel over a node amid the map (a few per cent a notch).
    const box = await large.boundingBox();
    if (!box) throw new Error('the map has no box');
    const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    expect(centre.y).toBeLessThan(900);
    const anchorId = await nodeNearest(page, centre);
    const anchor = await mapState(page, anchorId);
    const target = Math.min(8 * selected.zoom, 3);
    await page.mouse.move(anchor.onPage.x, anchor.onPage.y);
    for (let notch = 1; notch <= 400; notch += 1) {
      await page.mouse.wheel(0, -100);
      if (notch % 10 === 0 && (await mapState(page, hub)).zoom >= target) break;
    }
    const zoomed = await mapState(page, anchorId);
    expect(zoomed.zoom).toBeGreaterThanOrEqual(target);
    // Zoomed around the pointer: the node stays under it (the pointer's sub-pixel offset from
    // its centre grows with the zoom; a scrolled page would be hundreds of pixels off).
    expect(Math.abs(zoomed.onPage.x - anchor.onPage.x)).toBeLessThan(10);
    expect(Math.abs(zoomed.onPage.y - anchor.onPage.y)).toBeLessThan(10);
    await page.locator(`${map}[data-ties="all"]`).waitFor({ timeout: 30_000 });
    await hint.waitFor({ state: 'detached', timeout: 10_000 });
    expect(await tiesInViewDrawn(page, hub)).toBeGreaterThan(0);
    await page.screenshot({ path: `${screenshotDir}/large-map-zoomed.png` });

    // A drag that starts on a node pans the whole map: no node moves among the others.
    const grab = await mapState(page, await nodeNearest(page, centre));
    await page.evaluate((selector) => {
      const cy = (document.querySelector(selector) as MapContainer)._cyreg?.cy;
      const memory = window as unknown as { grabbed?: [string, number, number]; places?: string };
      memory.places = JSON.stringify(cy?.nodes().map((n) => [n.id(), n.position()]));
      // The node the pointer goes down on (the topmost there) and where it was drawn then.
      cy?.one('tapstart', 'node', (event) => {
        const { x, y } = event.target.renderedPosition();
        memory.grabbed = [event.target.id(), x, y];
      });
    }, map);
    const move = { x: -150, y: 90 };
    await page.mouse.move(grab.onPage.x, grab.onPage.y);
    await page.mouse.down();
    await page.mouse.move(grab.onPage.x + move.x, grab.onPage.y + move.y, { steps: 12 });
    await page.mouse.up();
    const dragged = await page.evaluate((selector) => {
      const cy = (document.querySelector(selector) as MapContainer)._cyreg?.cy;
      const memory = window as unknown as { grabbed?: [string, number, number]; places?: string };
      const before = new Map<string, { x: number; y: number }>(JSON.parse(memory.places ?? '[]'));
      const moved = (cy?.nodes().toArray() ?? [])
        .filter((n) => {
          const was = before.get(n.id());
          return was?.x !== n.position().x || was?.y !== n.position().y;
        })
        .map((n) => n.id());
      const [id, x, y] = memory.grabbed ?? ['', 0, 0];
      const node = cy?.getElementById(id);
      const now = node?.nonempty() ? node.renderedPosition() : null;
      return {
        grabbed: id,
        shift: now && { x: now.x - x, y: now.y - y },
        checked: before.size,
        moved,
        pan: { ...cy?.pan() },
        zoom: cy?.zoom(),
      };
    }, map);
    // The pointer went down on a node; the map moved with the pointer, the node with it.
    expect(dragged.grabbed).not.toBe('');
    expect(dragged.checked).toBe(nodes);
    expect(dragged.moved).toEqual([]);
    expect(dragged.zoom).toBe(grab.zoom);
    expect(Math.abs((dragged.pan.x ?? 0) - grab.pan.x - move.x)).toBeLessThan(2);
    expect(Math.abs((dragged.pan.y ?? 0) - grab.pan.y - move.y)).toBeLessThan(2);
    expect(Math.abs((dragged.shift?.x ?? 0) - move.x)).toBeLessThan(2);
    expect(Math.abs((dragged.shift?.y ?? 0) - move.y)).toBeLessThan(2);
    // A drag is no click: the selection stays.
    expect(await details.locator('h2').textContent()).toBe(hubName);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});
