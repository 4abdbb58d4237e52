// After `npm run build`: the production build (`dist/`, the CDN bundle) carries none of the
// development warnings, the development build (`dist/development/`) carries every one, and the
// package's export conditions pick each: `development` the second, anything else the first.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { devWarnCalls } from './strip-dev-warnings.mjs';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');
const failures = [];

const files = (dir, extension = '.js') =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(extension))
    .map((entry) => join(entry.parentPath, entry.name));
const developmentDir = join(dist, 'development');
const development = files(developmentDir);
const production = files(dist).filter((file) => !file.startsWith(`${developmentDir}/`) && !file.includes('/types/'));

// Each warning's longest literal run of text (template substitutions cut it), as it ships.
const warnings = [];
for (const file of files(join(root, 'src'), '.ts')) {
  const code = readFileSync(file, 'utf8');
  for (const [start, end] of devWarnCalls(code, file)) {
    const call = code.slice(start, end);
    const literal = call.split(/\$\{[^}]*\}|[`'"]/).reduce((longest, part) => (part.length > longest.length ? part : longest), '');
    warnings.push({ where: `${relative(root, file)}: ${call.slice(0, 60)}…`, literal });
  }
}
if (warnings.length < 20) failures.push(`found only ${warnings.length} devWarn calls in src/: is the parser right?`);

const text = (paths) => paths.map((path) => readFileSync(path, 'utf8')).join('\n');
const shipped = text(production);
const developed = text(development);
for (const { where, literal } of warnings) {
  if (shipped.includes(literal)) failures.push(`the production build carries a development warning (${where})`);
  if (!developed.includes(literal)) failures.push(`the development build lacks a development warning (${where})`);
}

// The package resolves itself by name: which file does each condition get?
const resolveAs = (specifier, conditions) =>
  execFileSync(process.execPath, [...conditions, '--input-type=module', '-e', `console.log(import.meta.resolve(${JSON.stringify(specifier)}))`], { cwd: root, encoding: 'utf8' }).trim();
const name = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).name;
for (const entry of ['', '/client.js', '/so-sessions.js', '/locales/de.js', '/memory.js']) {
  const specifier = `${name}${entry}`;
  const plain = relative(root, new URL(resolveAs(specifier, [])).pathname);
  const dev = relative(root, new URL(resolveAs(specifier, ['--conditions=development'])).pathname);
  if (plain.startsWith('dist/development/') || !plain.startsWith('dist/')) failures.push(`${specifier} resolves to ${plain} by default; expected the production build`);
  if (!dev.startsWith('dist/development/')) failures.push(`${specifier} resolves to ${dev} with the development condition; expected dist/development/`);
}

if (failures.length > 0) {
  for (const failure of failures) console.error(`✗ ${failure}`);
  process.exit(1);
}
console.log(`${warnings.length} development warnings: none in the ${production.length} production files, all in the ${development.length} development files; the export conditions pick each build.`);
