// The table `npm run bench` prints and the budgets `npm run bench:check` judges, both from the
// results of measureAll().

const KB = 1024;
const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
const ms = (value) => `${value < 10 ? value.toFixed(1) : Math.round(value)} ms`;
const count = (value) => value.toLocaleString('en-US');
const times = (ratio) => (ratio >= 1 ? `${ratio.toFixed(1)}×` : `1/${Math.round(1 / ratio)}`);
const signedKb = (bytes) => `${bytes >= 0 ? '+' : '−'}${kb(Math.abs(bytes))}`;
const signed = (value) => `${value > 0 ? '+' : value < 0 ? '−' : '±'}${count(Math.abs(value))}`;

/** The repeated operations with the inputs of each call, e.g. `listMembers ×2 ({"limit":50}; {"limit":200})`. */
function repeatedCalls(requests) {
  return tally(requests.counts)
    .repeated.map(([name, n]) => {
      const inputs = (requests.calls ?? []).filter((call) => call.operation === name).map((call) => JSON.stringify(call.input.length === 1 ? call.input[0] : call.input));
      return `${name} ×${n}${inputs.length ? ` (${inputs.join('; ')})` : ''}`;
    })
    .join(', ');
}

/** Calls per operation, as `getViewer 1, …`, and the most any one operation got. */
function tally(counts) {
  const entries = Object.entries(counts);
  return { calls: entries.reduce((sum, [, n]) => sum + n, 0), resources: entries.length, most: Math.max(0, ...entries.map(([, n]) => n)), repeated: entries.filter(([, n]) => n > 1) };
}

/** The rows of the one table: `[figure, measured, reference, ratio]`. */
export function tableRows(results) {
  const { sizes, render, requests, leaks } = results;
  const rows = [];
  const floor = sizes.find((row) => row.kind === 'floor');
  const sizeCell = ({ all, own, initial, lazy }, kind) =>
    `${kb(all.brotli)} br · ${kb(all.gzip)} gz · ${kb(all.raw)} min${kind === 'floor' ? '' : ` (own code ${kb(own.brotli)} br)`}${lazy.brotli > 0 ? `; loads ${kb(initial.brotli)} br to render, ${kb(lazy.brotli)} br later on demand` : ''}`;
  const order = { library: 0, element: 1, entry: 2, floor: 3 };
  for (const row of [...sizes].sort((a, b) => order[a.kind] - order[b.kind])) {
    const label = row.kind === 'library' ? 'whole library (index.js)' : row.kind === 'floor' ? 'bare Lit element' : row.name;
    rows.push([`size: ${label}`, sizeCell(row, row.kind), row.kind === 'floor' ? '—' : `bare Lit element ${kb(floor.all.brotli)} br`, row.kind === 'floor' ? '—' : times(row.all.brotli / floor.all.brotli)]);
  }

  const { cold, warm, elements, members } = render;
  rows.push(['render: complete surface, first mount', `${ms(cold.surface.ms)}, ${count(cold.surface.nodes)} nodes`, `bare Lit element first mount ${ms(cold.bare.ms)}`, times(cold.surface.ms / cold.bare.ms)]);
  rows.push(['render: complete surface, remount', `${ms(warm.surface.ms)}, ${count(warm.surface.nodes)} nodes`, `bare Lit element ${ms(warm.bare.ms)}`, times(warm.surface.ms / warm.bare.ms)]);
  for (const tag of elements) {
    rows.push([`render: <${tag}>`, `${ms(warm[tag].ms)}, ${count(warm[tag].nodes)} nodes`, `bare Lit element ${ms(warm.bare.ms)}`, times(warm[tag].ms / warm.bare.ms)]);
  }
  rows.push(['render: bare Lit element', `${ms(warm.bare.ms)}, ${count(warm.bare.nodes)} nodes`, '—', '—']);
  for (const size of [1000, 10000]) {
    const { list, reference } = members[size];
    rows.push([
      `render: <so-org-members>, ${count(size)} members`,
      `${ms(list.ms)}, ${count(list.nodes)} nodes (${list.rows} rows rendered; ${count(list.listNodes)} nodes in the list)`,
      `plain Lit repeat of ${count(size)} rows: ${ms(reference.ms)}, ${count(reference.nodes)} nodes`,
      `${times(list.ms / reference.ms)} time, ${times(list.nodes / reference.nodes)} nodes`,
    ]);
  }

  const atReady = tally(requests.atReady);
  const all = tally(requests.counts);
  rows.push(['requests: complete surface, first tab ready', `${atReady.calls} calls, ${atReady.resources} resources, at most ${atReady.most} per resource`, '1 per resource', '—']);
  rows.push([
    `requests: complete surface, all ${requests.visited.length} tabs visited`,
    `${all.calls} calls, ${all.resources} resources, at most ${all.most} per resource${all.repeated.length ? `: ${repeatedCalls(requests)}` : ''}`,
    '1 per resource',
    '—',
  ]);

  rows.push([
    `leaks: ${count(leaks.cycles)} mount/unmount cycles of the complete surface`,
    `heap ${signedKb(leaks.heapGrowth)}, nodes ${signed(leaks.nodesLeft)}, listeners ${signed(leaks.listenersLeft)}, ${leaks.elementsRetained} of the library's elements alive (${Object.keys(leaks.retained).length} kinds checked), after GC`,
    `before: heap ${kb(leaks.before.heap)}, ${count(leaks.before.nodes)} nodes, ${count(leaks.before.listeners)} listeners`,
    '—',
  ]);
  return rows;
}

/** A Markdown table, columns padded so it also reads as plain text. */
export function formatTable(header, rows) {
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => String(row[column]).length)));
  const line = (row) => `| ${row.map((cell, column) => String(cell).padEnd(widths[column])).join(' | ')} |`;
  return [line(header), `| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`, ...rows.map(line)].join('\n');
}

export function formatResults(results) {
  const { options, seconds } = results;
  const table = formatTable(['figure', 'measured', 'reference (same run)', 'ratio'], tableRows(results));
  return `${table}

Sizes: minified ESM bundles of dist/ with Lit and every dependency (esbuild, production mode), brotli (br, quality 11) and gzip (level 9); 1 KB = 1024 bytes. The first figure is one file with every dynamic import inlined; "to render" bundles with code splitting and counts the entry and its static imports, "on demand" the chunks only dynamic imports load, each file compressed on its own.
Render: mount to the first paint showing loaded content, memory client with latency 0 (data ready), headless Chromium; median of ${options.runs} remounts (${options.coldRuns} fresh pages for first mounts, ${options.referenceRuns} runs of the 10,000-row reference); nodes counted through shadow roots (elements, text and comments).
Leaks: JS heap and Memory.getDOMCounters after HeapProfiler.collectGarbage, before and after ${count(options.cycles)} cycles on one client (cycle i opens tab i mod 6), after 60 warm-up cycles.
Chromium ${results.browserVersion ?? ''} · Node ${process.version} · ${results.cpus ?? '?'} CPUs · ${seconds.toFixed(0)} s`;
}

/** Every budget: `{ budget, limit, measured, pass }`. */
export function budgets(results) {
  const { sizes, render, requests, leaks } = results;
  const list = [];
  const library = sizes.find((row) => row.kind === 'library');
  const surface = sizes.find((row) => row.name === 'so-account-settings.js');
  // The whole library counts everything it can ever load; an element, what a page loads before
  // it renders (its on-demand chunks are shown beside it).
  // Size budgets carry `id` and `value` (bytes), so a recorded baseline can hold them (check.mjs --ratchet).
  list.push({ id: 'size:index.js', value: library.all.brotli, budget: 'whole library (index.js) with Lit and deps, everything, brotli', limit: '≤ 40.0 KB', measured: kb(library.all.brotli), pass: library.all.brotli <= 40 * KB });
  const loads = (row) => `${kb(row.initial.brotli)}${row.lazy.brotli > 0 ? ` (+${kb(row.lazy.brotli)} on demand)` : ''}`;
  if (surface) {
    list.push({ id: `size:${surface.name}`, value: surface.initial.brotli, budget: 'complete surface (so-account-settings.js) with Lit and deps, to render, brotli', limit: '≤ 40.0 KB', measured: loads(surface), pass: surface.initial.brotli <= 40 * KB });
  }
  for (const row of sizes.filter((candidate) => candidate.kind === 'element' && candidate !== surface)) {
    list.push({ id: `size:${row.name}`, value: row.initial.brotli, budget: `${row.name} with Lit and deps, to render, brotli`, limit: '≤ 12.0 KB', measured: loads(row), pass: row.initial.brotli <= 12 * KB });
  }
  const { list: members, reference } = render.members[10000];
  const ratio = members.ms / reference.ms;
  list.push({
    budget: '<so-org-members> 10,000 members: first paint vs plain repeat',
    limit: '≤ 1/20 of reference',
    measured: `${ms(members.ms)} vs ${ms(reference.ms)} = ${times(ratio)}`,
    pass: ratio <= 1 / 20,
  });
  list.push({ budget: '<so-org-members> 10,000 members: DOM nodes', limit: '≤ 2,000', measured: `${count(members.nodes)} (${members.rows} rows)`, pass: members.nodes <= 2000 });
  const { most, repeated } = tally(requests.counts);
  list.push({
    budget: `complete surface, all tabs: calls per resource`,
    limit: '≤ 1 each',
    measured: repeated.length ? repeatedCalls(requests) : `${most} each`,
    pass: most <= 1,
  });
  list.push({ budget: `${count(leaks.cycles)} mount/unmount cycles: heap growth after GC`, limit: '≤ 0.5 MB', measured: signedKb(leaks.heapGrowth), pass: leaks.heapGrowth <= 0.5 * KB * KB });
  list.push({
    budget: `${count(leaks.cycles)} mount/unmount cycles: DOM nodes left`,
    limit: '0',
    measured: `${signed(leaks.nodesLeft)} live nodes after GC; ${count(leaks.nodesInStage)} left where mounted; ${leaks.elementsRetained} elements alive`,
    pass: leaks.nodesLeft <= 0 && leaks.nodesInStage === 0 && leaks.elementsRetained === 0,
  });
  list.push({ budget: `${count(leaks.cycles)} mount/unmount cycles: event listeners left`, limit: '0', measured: signed(leaks.listenersLeft), pass: leaks.listenersLeft <= 0 });
  return list;
}

/** Bytes a known failing size may exceed its baseline by. */
const BASELINE_SLACK = 32;

/**
 * With a baseline (`{ [id]: bytes }`, bench/baseline.json), a size budget that fails is `known`
 * while it is no larger than its recorded figure: it still reads FAIL, but only a figure that
 * grew past its baseline, or any other failing budget, is `regressed`.
 */
export function judge(list, baseline) {
  return list.map((entry) => {
    const recorded = entry.id ? baseline?.[entry.id] : undefined;
    // Sizes are deterministic for one lockfile; the slack only absorbs a build's byte of noise.
    const known = !entry.pass && recorded !== undefined && entry.value <= recorded + BASELINE_SLACK;
    return { ...entry, known, recorded, regressed: !entry.pass && !known };
  });
}

export function formatBudgets(list) {
  const result = ({ pass, known, recorded }) => (pass ? 'PASS' : known ? `FAIL (known: ≤ baseline ${kb(recorded)})` : 'FAIL');
  const rows = list.map((entry) => [entry.budget, entry.limit, entry.measured, result(entry)]);
  const failed = list.filter((entry) => !entry.pass).length;
  const known = list.filter((entry) => entry.known).length;
  const regressed = list.filter((entry) => entry.regressed).map((entry) => entry.budget);
  const summary = !failed
    ? `All ${list.length} budgets PASS`
    : `${failed} of ${list.length} budgets FAIL${known ? `; ${known} of them known (no larger than their baseline)` : ''}${regressed.length ? `; failing anew or grown: ${regressed.join('; ')}` : ''}`;
  return `${formatTable(['budget', 'limit', 'measured', 'result'], rows)}\n\n${summary}`;
}
