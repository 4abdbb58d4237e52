#!/usr/bin/env node
// Prints the fault matrix (elements × faults) as a markdown table, from test/matrix/cells.ts —
// the same definition the browser suites test/matrix/faults-*.test.ts run, so the report cannot
// drift from the tests. Usage: node scripts/fault-matrix-table.mjs [--legend]
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const entry = fileURLToPath(new URL('../test/matrix/cells.ts', import.meta.url));
const { outputFiles } = await build({ entryPoints: [entry], bundle: true, write: false, format: 'esm', platform: 'node', logLevel: 'silent' });
const cells = await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
const { FAULT_IDS, FAULTS, MATRIX_ELEMENTS, describeCell, expectationFor } = cells;

/** A short cell for the table; the legend spells each one out. */
function shortCell(element, faultId) {
  const bug = element.bugs?.[faultId];
  const expectation = expectationFor(element, faultId);
  const mark = bug ? `✗${bug.skip ? ' (skipped)' : ''}` : '✓';
  switch (expectation.kind) {
    case 'error':
      return `${mark} \`${expectation.code}\`${expectation.authExpired ? ' + auth-expired' : ''}`;
    case 'state':
      return `${mark} ${expectation.state}`;
    case 'quiet':
      return `${mark} silent`;
    case 'latest':
      return `${mark} latest ${expectation.input}`;
  }
}

const header = ['element', ...FAULT_IDS.map((id) => FAULTS[id].label)];
const lines = [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`];
for (const element of MATRIX_ELEMENTS) {
  lines.push(`| \`<${element.tag}>\` | ${FAULT_IDS.map((id) => shortCell(element, id)).join(' | ')} |`);
}
console.log(lines.join('\n'));

if (process.argv.includes('--legend')) {
  console.log(`
- \`code\`: a \`role="alert"\` error state with that code's message (\`error.*\`), a Retry button that
  loads the data once the server answers, \`so-error\` with the code (once per failed load, not per
  GET retry), no data of the element beside the error, no unhandled rejection, no console error;
  \`+ auth-expired\`: \`so-auth-expired\` exactly once.
- \`reload fails\`: data shown, then \`reload()\` answered 500 — the error replaces the data.
- \`silent\`: removed while its load is held, nothing fires or logs; put back, it loads and shows data.
- \`latest client\`: the host swaps clients while the first one's reply is held; the second fails at
  once; the first's late reply is not shown. \`latest search\`: two searches, the first reply late;
  only the second search's rows stay.
- \`empty\`: a documented non-error outcome (a 404 on \`GET /billing\` is "no subscription").
- ✗: the cell exposes a bug:`);
  for (const element of MATRIX_ELEMENTS) {
    for (const id of FAULT_IDS) if (element.bugs?.[id]) console.log(`  - \`<${element.tag}>\` × ${FAULTS[id].label}: ${describeCell(element, id).slice(2)}`);
  }
}
