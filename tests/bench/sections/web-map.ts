import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import sirv from 'sirv';
import { ORGANISATION_KINDS, TIE_KINDS } from '../../../web/src/api/schema.js';
import { launchChromium } from '../../support/chromium.js';
import type { BenchSection, Metric } from '../context.js';

// Issue 7: how the Netwerkkaart copes with size. The built web app (web/dist, or BENCH_WEB_DIST)
// is served as is; its GraphQL requests are answered in the browser with a synthetic region of N
// elements (a quarter nodes, three quarters edges), so only the front end is measured.
const SIZES = [1_000, 5_000, 10_000, 20_000];
const PAN_MS = 2_000;
/** What "usable" means (issue 7 item 8), at every size. */
const TARGET = { drawnMs: 3_000, fps: 20, longTaskMs: 200 };

const webDist = process.env.BENCH_WEB_DIST
  ? `${process.env.BENCH_WEB_DIST.replace(/\/$/, '')}/`
  : fileURLToPath(new URL('../../../web/dist/', import.meta.url));

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

// Every main-thread task over 50 ms the page runs, from its first script on (strings, not
// functions: tsx would wrap a function's inner names in a helper the page lacks).
const OBSERVE_LONG_TASKS = `(() => {
  window.benchLongTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      window.benchLongTasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
})()`;

/** The longest main-thread task (ms) that started at or after `since` (page time). */
async function longestTaskSince(page: Page, since: number): Promise<number> {
  return page.evaluate<number>(
    `Math.max(0, ...window.benchLongTasks.filter(([start]) => start >= ${since}).map(([, d]) => d))`,
  );
}

/** Frames the page paints while the mouse drags the map for PAN_MS. */
async function panFrameRate(page: Page): Promise<number> {
  const box = await page.locator('[data-testid="network-graph"]').boundingBox();
  if (!box) throw new Error('no map');
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
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

interface SizeFigures {
  readonly renderer: string;
  readonly drawn: number;
  readonly settled: number;
  readonly fps: number;
  readonly longestTask: number;
}

async function measure(page: Page, base: string, elements: number): Promise<SizeFigures> {
  await answerGraphql(page, elements);
  await page.addInitScript(OBSERVE_LONG_TASKS);
  const started = performance.now();
  await page.goto(`${base}/?regio=BN01`);
  const graph = page.locator('[data-testid="network-graph"]');
  await page
    .locator('[data-testid="network-graph"][data-drawn="true"]')
    .waitFor({ timeout: 120_000 });
  const drawn = performance.now() - started;
  const drawnAt = await page.evaluate<number>('performance.now()');
  await page
    .locator('[data-testid="network-graph"][data-layout="done"]')
    .waitFor({ timeout: 300_000 });
  const settled = performance.now() - started;
  const fps = await panFrameRate(page);
  // Let a task that the pan started finish before reading the observer.
  await page.waitForTimeout(300);
  const longestTask = await longestTaskSince(page, drawnAt);
  const renderer = (await graph.getAttribute('data-renderer')) ?? '?';
  return { renderer, drawn, settled, fps, longestTask };
}

function metricsFor(elements: number, figures: SizeFigures): Metric[] {
  const size = elements.toLocaleString('en');
  return [
    {
      name: `first drawn, ${size} elements`,
      value: `${(figures.drawn / 1000).toFixed(2)} s`,
      target: `≤ ${TARGET.drawnMs / 1000} s`,
      met: figures.drawn <= TARGET.drawnMs,
    },
    {
      name: `pan frame rate, ${size} elements`,
      value: `${figures.fps.toFixed(0)} fps`,
      target: `≥ ${TARGET.fps} fps`,
      met: figures.fps >= TARGET.fps,
    },
    {
      name: `longest main-thread task after first drawn, ${size} elements`,
      value: `${figures.longestTask.toFixed(0)} ms`,
      target: `≤ ${TARGET.longTaskMs} ms`,
      met: figures.longestTask <= TARGET.longTaskMs,
    },
  ];
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
      [
        'elements (nodes + edges)',
        'renderer',
        'first drawn',
        'layout settled',
        'pan frame rate',
        'longest task after drawn',
      ],
    ];
    const metrics: Metric[] = [];
    try {
      for (const elements of SIZES) {
        const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
        const figures = await measure(page, base, elements);
        await page.close();
        const { renderer, drawn, settled, fps, longestTask } = figures;
        log(
          `web map ${elements}: drawn ${drawn.toFixed(0)} ms, settled ${settled.toFixed(0)} ms, ${fps.toFixed(0)} fps, longest task ${longestTask.toFixed(0)} ms`,
        );
        rows.push([
          elements.toLocaleString('en'),
          renderer,
          `${(drawn / 1000).toFixed(2)} s`,
          `${(settled / 1000).toFixed(2)} s`,
          `${fps.toFixed(0)} fps`,
          `${longestTask.toFixed(0)} ms`,
        ]);
        metrics.push(...metricsFor(elements, figures));
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
        'Longest task: the longest main-thread task (PerformanceObserver "longtask", over 50 ms) from first drawn through the layout and the pan; 0 means none over 50 ms.',
      ],
    };
  },
};
