// Every measurement of `npm run bench` and `npm run bench:check`, in one place, returned as data:
// sizes (bench/size.mjs over dist/), render times and DOM nodes, client calls, and leaks, all in
// headless Chromium. Times are medians of several runs; what is judged is their ratio to a
// reference measured in the same run, never an absolute time (the machines are shared).
import { availableParallelism } from 'node:os';
import { ensureDist, measureSizes } from '../size.mjs';
import { collectGarbage, heapAndCounters, liveInstances, openBenchPage } from './browser.mjs';

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Median time, and the other figures of the last run (node counts do not vary between runs). */
function summarize(samples) {
  return { ...samples.at(-1), ms: median(samples.map((sample) => sample.ms)), samples: samples.map((sample) => sample.ms) };
}

/**
 * Runs everything. `runs`: samples per warm render figure (odd, for a true median); `coldRuns`:
 * fresh pages per first-mount figure; `referenceRuns`: samples of the 10,000-row reference (each
 * takes seconds); `cycles`: mount/unmount cycles of the leak test.
 */
export async function measureAll({ runs = 5, coldRuns = 5, referenceRuns = 3, cycles = 1000, build = true, log = (message) => console.error(message) } = {}) {
  const started = Date.now();
  const step = (message) => log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}`);

  if (build) ensureDist({ log: step });
  step('sizes…');
  const sizes = await measureSizes({ why: true });

  step('launching Chromium…');
  const browser = await openBenchPage();
  const { page, cdp, fresh } = browser;
  const call = (expression) => page.evaluate(`window.bench.${expression}`);
  try {
    const elements = await page.evaluate(() => [...window.bench.elements]);

    // First mount on a fresh page: nothing compiled, no style sheet built yet — what a host's
    // page pays the first time it shows the surface.
    step(`first mounts on fresh pages (${coldRuns}×)…`);
    const cold = { bare: [], surface: [] };
    for (let run = 0; run < coldRuns; run++) {
      for (const name of ['bare', 'surface']) {
        await fresh();
        cold[name].push(await call(`${name}()`));
      }
    }

    // Warm: the same page, after one unmeasured mount of each; rounds interleave the figures, so
    // a burst of load from another process spreads over all of them rather than hitting one.
    step(`warm mounts (${runs} rounds)…`);
    await fresh();
    const warm = { bare: [], surface: [], members1000: [], members10000: [], repeat1000: [] };
    for (const tag of elements) warm[tag] = [];
    const round = async () => {
      const results = { bare: await call('bare()'), surface: await call('surface()') };
      for (const tag of elements) results[tag] = await call(`element(${JSON.stringify(tag)})`);
      results.members1000 = await call('members(1000)');
      results.members10000 = await call('members(10000)');
      await collectGarbage(cdp);
      results.repeat1000 = await call('repeatList(1000)');
      await collectGarbage(cdp);
      return results;
    };
    await round(); // warm-up, not measured
    for (let run = 0; run < runs; run++) {
      const results = await round();
      for (const [name, result] of Object.entries(results)) warm[name].push(result);
    }

    step(`10,000-row repeat reference (${referenceRuns}×, several seconds each)…`);
    const reference10000 = [];
    for (let run = 0; run < referenceRuns; run++) {
      await collectGarbage(cdp);
      reference10000.push(await call('repeatList(10000)'));
    }
    await collectGarbage(cdp);

    step('client calls of the complete surface…');
    await fresh();
    const requests = await call('requests()');

    step(`leaks: ${cycles} mount/unmount cycles of the complete surface…`);
    await fresh();
    await call('cycles(60)'); // every tab ten times: caches and compiled templates in place
    const before = await heapAndCounters(cdp);
    const leftInStage = await call(`cycles(${cycles})`);
    const after = await heapAndCounters(cdp);
    const tags = await page.evaluate(() => window.bench.tagsSeen());
    const retained = await liveInstances(cdp, tags);

    step('done.');
    return {
      sizes,
      render: {
        cold: { bare: summarize(cold.bare), surface: summarize(cold.surface) },
        warm: Object.fromEntries(Object.entries(warm).map(([name, samples]) => [name, summarize(samples)])),
        elements,
        members: {
          1000: { list: summarize(warm.members1000), reference: summarize(warm.repeat1000) },
          10000: { list: summarize(warm.members10000), reference: summarize(reference10000) },
        },
      },
      requests,
      leaks: {
        cycles,
        before,
        after,
        heapGrowth: after.heap - before.heap,
        nodesLeft: after.nodes - before.nodes,
        listenersLeft: after.listeners - before.listeners,
        documentsLeft: after.documents - before.documents,
        nodesInStage: leftInStage,
        retained,
        elementsRetained: Object.values(retained).reduce((sum, n) => sum + n, 0),
      },
      pageErrors: browser.errors.map(String),
      browserVersion: browser.version,
      cpus: availableParallelism(),
      seconds: (Date.now() - started) / 1000,
      options: { runs, coldRuns, referenceRuns, cycles },
    };
  } finally {
    await browser.close();
  }
}
