// `npm run bench`: every figure — sizes, render times and DOM nodes, client calls, leaks — in one
// table (Markdown, so it can go into the README as it is). Progress goes to stderr. Judges
// nothing: `npm run bench:check` does. Never part of the test suite.
import { writeFileSync } from 'node:fs';
import { formatResults } from './lib/report.mjs';
import { measureAll } from './lib/measure.mjs';
import { parseOptions } from './options.mjs';

const { json, ...options } = parseOptions();
const results = await measureAll(options);
if (json) writeFileSync(json, `${JSON.stringify(results, (key, value) => (key === 'metafile' ? undefined : value), 2)}\n`);
console.log(formatResults(results));
for (const error of results.pageErrors) console.error(`page error: ${error}`);
