// Builds the production course and runs the browser tests against it in a real Chromium.
import { spawnSync } from 'node:child_process';
import { findChromium } from './chromium-path.mjs';

let chromium;
try {
  chromium = findChromium();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
console.log(`Using Chromium at ${chromium}`);

const run = (cmd, args, env = {}) => {
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

if (!process.argv.includes('--no-build')) run('npx', ['vite', 'build', '--logLevel', 'warn']);
// The shell's own tests run against small fixture lessons, built separately.
run('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', 'dist-fixtures'], {
  SERVEWELL_LESSONS: 'tests/fixtures/lessons',
});
run(
  'npx',
  [
    'playwright',
    'test',
    '-c',
    'tests/e2e/playwright.config.ts',
    ...process.argv.slice(2).filter((a) => a !== '--no-build'),
  ],
  {
    CHROMIUM_PATH: chromium,
  },
);
