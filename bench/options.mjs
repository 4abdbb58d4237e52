// Command-line options shared by bench/run.mjs and bench/check.mjs.
const HELP = `Options:
  --runs N            remounts per render figure (default 5; the median is reported)
  --cold-runs N       fresh pages per first-mount figure (default 5)
  --reference-runs N  runs of the 10,000-row repeat reference, seconds each (default 3)
  --cycles N          mount/unmount cycles of the leak test (default 1000)
  --no-build          measure dist/ as it is, even when older than src/
  --json FILE         also write every result to FILE
  --ratchet FILE      (bench:check) a failing size budget no larger than its figure in FILE does not fail the run
  --update-baseline FILE  (bench:check) record the failing size budgets' figures in FILE`;

export function parseOptions(argv = process.argv.slice(2)) {
  const options = { build: true };
  const numbers = { '--runs': 'runs', '--cold-runs': 'coldRuns', '--reference-runs': 'referenceRuns', '--cycles': 'cycles' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--no-build') options.build = false;
    else if (arg === '--json') options.json = argv[++i];
    else if (arg === '--ratchet') options.ratchet = argv[++i];
    else if (arg === '--update-baseline') options.updateBaseline = argv[++i];
    else if (arg in numbers && Number.isInteger(Number(argv[i + 1])) && Number(argv[i + 1]) > 0) options[numbers[arg]] = Number(argv[++i]);
    else {
      console.error(arg === '--help' ? HELP : `Unknown or invalid option ${arg}\n${HELP}`);
      process.exit(arg === '--help' ? 0 : 2);
    }
  }
  return options;
}
