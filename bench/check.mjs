// `npm run bench:check` (CI): the same measurements as `npm run bench`, then each budget with its
// measured value and PASS or FAIL; exits 1 when any budget fails. Time budgets are ratios to a
// reference measured in the same run, never absolute times, because the machines are shared.
import { writeFileSync } from 'node:fs';
import { budgets, formatBudgets, formatResults } from './lib/report.mjs';
import { measureAll } from './lib/measure.mjs';
import { parseOptions } from './options.mjs';

const { json, ...options } = parseOptions();
const results = await measureAll(options);
if (json) writeFileSync(json, `${JSON.stringify(results, (key, value) => (key === 'metafile' ? undefined : value), 2)}\n`);
console.log(formatResults(results));
console.log('');
const list = budgets(results);
console.log(formatBudgets(list));
for (const error of results.pageErrors) console.error(`page error: ${error}`);
// A page error means a measurement may be wrong: that fails the check too.
process.exitCode = list.every((entry) => entry.pass) && results.pageErrors.length === 0 ? 0 : 1;
