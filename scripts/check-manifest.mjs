// Fails when custom-elements.json is not what the analyzer makes from the current source.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { sortedManifest } from './sort-manifest.mjs';

// The analyzer resolves outdir against the working directory, so the scratch copy stays inside.
const outdir = join('node_modules', '.cache', 'cem-check');
try {
  execFileSync('npx', ['custom-elements-manifest', 'analyze', '--config', 'custom-elements-manifest.config.mjs'], {
    env: { ...process.env, CEM_OUTDIR: outdir },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const fresh = sortedManifest(readFileSync(join(outdir, 'custom-elements.json'), 'utf8'));
  let committed = '';
  try {
    committed = readFileSync('custom-elements.json', 'utf8');
  } catch {
    // missing: reported below as stale
  }
  if (fresh !== committed) {
    console.error('custom-elements.json is out of date: run `npm run manifest` and commit the result.');
    process.exit(1);
  }
  console.log('custom-elements.json is up to date.');
} finally {
  rmSync(outdir, { recursive: true, force: true });
}
