// Browser tests (tests/browser/*.spec.mjs) on Playwright Test: one worker (one JupyterLab, a 2-core machine), the
// list reporter on the console, JUnit XML for `python lab.py test`, a trace of every failed test (open it with
// `npx playwright show-trace target/browser/results/<test>/trace.zip`). The browser: $CHROMIUM, else Debian's
// /usr/bin/chromium, else Playwright's own (`npx playwright install chromium`, e.g. on macOS and Windows).
import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

const chromium = process.env.CHROMIUM || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export default defineConfig({
  testDir: 'tests/browser',
  outputDir: 'target/browser/results',
  globalSetup: './tests/browser/global-setup.mjs',
  workers: 1,
  timeout: 180_000,
  reporter: [['list'], ['junit', { outputFile: 'target/test-results/browser.xml' }]],
  use: {
    browserName: 'chromium',
    viewport: { width: 1280, height: 1000 },
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromium,
      args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync',
        '--no-first-run', '--disable-quic', '--disable-gpu', '--disable-dev-shm-usage'],
    },
  },
});
