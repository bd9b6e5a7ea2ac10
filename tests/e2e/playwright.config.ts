import { defineConfig } from '@playwright/test';
import { chromiumArgs, findChromium } from './chromium-path.mjs';

/** Two builds are served: the real course, and the shell with small fixture lessons. */
const coursePort = Number(process.env.E2E_PORT ?? 4179);
const fixturePort = coursePort + 1;

export default defineConfig({
  testDir: '.',
  outputDir: '../../test-results',
  fullyParallel: false,
  workers: process.env.CI ? 1 : 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: findChromium(), args: chromiumArgs },
    trace: 'off',
  },
  projects: [
    { name: 'course', testMatch: 'course/**/*.e2e.ts', use: { baseURL: `http://127.0.0.1:${coursePort}` } },
    { name: 'shell', testMatch: 'shell/**/*.e2e.ts', use: { baseURL: `http://127.0.0.1:${fixturePort}` } },
  ],
  webServer: [
    {
      command: `npx vite preview --host 127.0.0.1 --port ${coursePort} --strictPort --outDir dist`,
      url: `http://127.0.0.1:${coursePort}`,
      cwd: '../..',
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `npx vite preview --host 127.0.0.1 --port ${fixturePort} --strictPort --outDir dist-fixtures`,
      url: `http://127.0.0.1:${fixturePort}`,
      cwd: '../..',
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
