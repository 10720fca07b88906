import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import sirv from 'sirv';
import { ORGANISATION_KINDS, TIE_KINDS } from '../../../web/src/api/schema.js';
import { launchChromium } from '../../support/chromium.js';
import type { BenchSection, Metric } from '../context.js';

// Issue 7: how the Netwerkkaart copes with size. The built web app (web/dist) is served as is;
// its GraphQL requests are answered in the browser with a synthetic region of N elements
// (a quarter nodes, three quarters edges), so only the front end is measured.
const SIZES = [1_000, 5_000, 10_000, 20_000];
const PAN_MS = 2_000;

const webDist = fileURLToPath(new URL('../../../web/dist/', import.meta.url));

function syntheticNetwork(elements: number) {
  const nodeCount = Math.round(elements / 4);
  const edgeCount = elements - nodeCount;
  let seed = 42;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const nodes = Array.from({ length: nodeCount }, (_, i) => ({
    id: `n${i}`,
    label: `Organisatie ${i}`,
    kind: ORGANISATION_KINDS[i % ORGANISATION_KINDS.length],
    degree: 0,
  }));
  const edges = Array.from({ length: edgeCount }, (_, i) => {
    const source = Math.floor(random() * nodeCount);
    // Mostly local ties (as in a real region), some across it.
    const hop = random() < 0.8 ? 1 + Math.floor(random() * 20) : Math.floor(random() * nodeCount);
    return {
      id: `e${i}`,
      source: `n${source}`,
      target: `n${(source + hop) % nodeCount}`,
      kind: TIE_KINDS[i % TIE_KINDS.length],
    };
  }).filter((edge) => edge.source !== edge.target);
  return { nodes, edges };
}

async function answerGraphql(page: Page, elements: number): Promise<void> {
  const network = syntheticNetwork(elements);
  const viewer = { email: 'bench@rizoom.example', role: 'ADMIN', organisation: null, regions: [] };
  await page.route('**/graphql', (route) => {
    const body = route.request().postData() ?? '';
    const data = body.includes('query Viewer')
      ? { viewer }
      : body.includes('query Regions')
        ? { regions: [{ id: 'r', code: 'BN01', name: 'Benchregio' }] }
        : body.includes('query RegionMunicipalities')
          ? { region: { code: 'BN01', municipalities: [] } }
          : body.includes('query RegionNetwork')
            ? { region: { id: 'r', code: 'BN01', name: 'Benchregio', network } }
            : null;
    return route.fulfill({ json: data ? { data } : { errors: [{ message: 'not in bench' }] } });
  });
}

/** Frames the page paints while the mouse drags the map for PAN_MS. */
async function panFrameRate(page: Page): Promise<number> {
  const box = await page.locator('[data-testid="network-graph"]').boundingBox();
  if (!box) throw new Error('no map');
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  // Strings, not functions: tsx would wrap a function's inner names in a helper the page lacks.
  await page.evaluate(`(() => {
    window.benchFrames = 0;
    window.benchOn = true;
    const tick = () => {
      window.benchFrames += 1;
      if (window.benchOn) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
  const started = performance.now();
  await page.mouse.move(x, y);
  await page.mouse.down();
  let step = 0;
  while (performance.now() - started < PAN_MS) {
    step += 1;
    await page.mouse.move(x + 200 * Math.sin(step / 10), y + 120 * Math.cos(step / 10));
  }
  await page.mouse.up();
  const frames = await page.evaluate<number>(
    '(() => { window.benchOn = false; return window.benchFrames; })()',
  );
  return frames / ((performance.now() - started) / 1000);
}

export const webMap: BenchSection = {
  name: 'web-map',
  async run({ log }) {
    if (!existsSync(`${webDist}index.html`))
      throw new Error('build the web app first: npm run build:web');
    const serve = sirv(webDist, { single: true });
    const server = createServer((req, res) => serve(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const browser = await launchChromium();
    const rows: string[][] = [
      ['elements (nodes + edges)', 'renderer', 'first drawn', 'layout settled', 'pan frame rate'],
    ];
    const metrics: Metric[] = [];
    try {
      for (const elements of SIZES) {
        const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
        await answerGraphql(page, elements);
        const started = performance.now();
        await page.goto(`${base}/?regio=BN01`);
        const graph = page.locator('[data-testid="network-graph"]');
        await page
          .locator('[data-testid="network-graph"][data-drawn="true"]')
          .waitFor({ timeout: 120_000 });
        const drawn = performance.now() - started;
        await page
          .locator('[data-testid="network-graph"][data-layout="done"]')
          .waitFor({ timeout: 300_000 });
        const settled = performance.now() - started;
        const fps = await panFrameRate(page);
        const renderer = (await graph.getAttribute('data-renderer')) ?? '?';
        log(
          `web map ${elements}: drawn ${drawn.toFixed(0)} ms, settled ${settled.toFixed(0)} ms, ${fps.toFixed(0)} fps`,
        );
        rows.push([
          elements.toLocaleString('en'),
          renderer,
          `${(drawn / 1000).toFixed(2)} s`,
          `${(settled / 1000).toFixed(2)} s`,
          `${fps.toFixed(0)} fps`,
        ]);
        if (elements === 20_000) {
          metrics.push(
            {
              name: 'first drawn, 5,000 nodes + 15,000 edges',
              value: `${(drawn / 1000).toFixed(2)} s`,
            },
            {
              name: 'pan frame rate, 5,000 nodes + 15,000 edges',
              value: `${fps.toFixed(0)} fps`,
              target: '≥ 20 fps',
              met: fps >= 20,
            },
          );
        }
        await page.close();
      }
    } finally {
      await browser.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
    return {
      title: 'Netwerkkaart in headless Chromium (issue 7)',
      metrics,
      tables: [{ caption: 'Synthetic region served to the built web app', rows }],
      notes: [
        'First drawn: from navigation until the elements are on the canvas (before the layout); layout settled: fcose in a web worker (draft quality above 1,500 nodes).',
        'Frame rate: requestAnimationFrame callbacks while the mouse drags the map for 2 s; headless Chromium without a GPU (software rendering).',
      ],
    };
  },
};
