// The analyzer lists modules in the order its file walk finds them, which varies between runs:
// sorting them by path makes custom-elements.json the same for the same source.
import { readFileSync, writeFileSync } from 'node:fs';

/** The manifest in `text`, with its modules in path order, as the analyzer formats it. */
export function sortedManifest(text) {
  const manifest = JSON.parse(text);
  manifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2] ?? 'custom-elements.json';
  writeFileSync(file, sortedManifest(readFileSync(file, 'utf8')));
}
