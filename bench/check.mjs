// `npm run bench:check`: the same measurements as `npm run bench`, then each budget with its
// measured value and PASS or FAIL; exits 1 when any budget fails. Time budgets are ratios to a
// reference measured in the same run, never absolute times, because the machines are shared.
//
// `--ratchet FILE` (CI): a size budget that fails but is no larger than its figure in FILE
// (bench/baseline.json) is known and does not fail the run; anything else that fails does.
// `--update-baseline FILE` records the failing size budgets' figures in FILE (passing ones drop out).
import { readFileSync, writeFileSync } from 'node:fs';
import { budgets, formatBudgets, formatResults, judge } from './lib/report.mjs';
import { measureAll } from './lib/measure.mjs';
import { parseOptions } from './options.mjs';

const { json, ratchet, updateBaseline, ...options } = parseOptions();
const results = await measureAll(options);
if (json) writeFileSync(json, `${JSON.stringify(results, (key, value) => (key === 'metafile' ? undefined : value), 2)}\n`);
console.log(formatResults(results));
console.log('');
const list = judge(budgets(results), ratchet ? JSON.parse(readFileSync(ratchet, 'utf8')) : undefined);
console.log(formatBudgets(list));
if (updateBaseline) {
  const recorded = Object.fromEntries(list.filter((entry) => entry.id && !entry.pass).map((entry) => [entry.id, entry.value]));
  writeFileSync(updateBaseline, `${JSON.stringify(recorded, null, 2)}\n`);
  console.log(`\nRecorded ${Object.keys(recorded).length} failing size budgets in ${updateBaseline}.`);
}
for (const error of results.pageErrors) console.error(`page error: ${error}`);
// A page error means a measurement may be wrong: that fails the check too.
process.exitCode = list.every((entry) => !entry.regressed) && results.pageErrors.length === 0 ? 0 : 1;
