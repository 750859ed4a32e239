// A reader's own Jupyter, not started by `python lab.py`: after the README's own-Jupyter steps (user-level config and
// data folders, here under target/, and `serve_plotly.py --user`), the environment's server started directly, with
// user paths preferred over the environment's, serves plotly.js and draws the smoke notebook's plots; without the
// user's copy it serves no plotly.js (the steps, not lab.py's set-up, served it).
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { freePort, OUT, plotTraces, python, PYTHON, ROOT, runAll, stopKernels } from './helpers.mjs';

test('plots draw in a Jupyter not started by lab.py, after the README\'s own-Jupyter steps', async ({ page }) => {
  test.setTimeout(420_000);
  const home = join(OUT, 'own-jupyter');
  const env = { ...process.env, JUPYTER_CONFIG_DIR: join(home, 'config'), JUPYTER_DATA_DIR: join(home, 'data'),
    JUPYTER_PREFER_ENV_PATH: '0', JUPYTER_PLATFORM_DIRS: '0', JUPYTER_TOKEN: process.env.LAB_TOKEN };
  python([join(ROOT, 'scripts', 'serve_plotly.py'), '--user'], env);
  const port = await freePort();
  const url = (path) => `http://127.0.0.1:${port}/${path}${path.includes('?') ? '&' : '?'}token=${process.env.LAB_TOKEN}`;
  const own = spawn(PYTHON, ['-m', 'jupyterlab', '--no-browser', `--ServerApp.port=${port}`, '--ServerApp.port_retries=0',
    '--ServerApp.ip=127.0.0.1', `--ServerApp.root_dir=${ROOT}`, ...(process.getuid?.() === 0 ? ['--allow-root'] : [])],
  { cwd: ROOT, env, detached: process.platform !== 'win32', stdio: 'ignore' });
  try {
    await expect.poll(async () => (await fetch(url('api/status')).catch(() => null))?.ok, { timeout: 120_000 }).toBe(true);
    expect((await fetch(url('static/backprop/plotly.min.js'))).status, 'plotly.js served after the steps').toBe(200);
    const copy = 'target/browser/work/smoke-own.ipynb';
    copyFileSync(join(ROOT, 'tests/notebooks/smoke.ipynb'), join(ROOT, copy));
    await runAll(page, url(`lab/workspaces/own/tree/${copy}`), 300_000);
    await page.locator('.js-plotly-plot .main-svg').first().waitFor({ timeout: 60_000 });
    const plots = await plotTraces(page);
    expect(plots.length > 0 && plots.every((p) => p.svg > 0 && p.drawn > 0), `plots: ${JSON.stringify(plots)}`).toBe(true);
    await page.screenshot({ path: join(OUT, 'smoke-own-jupyter.png') });
    await stopKernels(url);
    rmSync(join(home, 'data', 'backprop'), { recursive: true, force: true });
    expect((await fetch(url('static/backprop/plotly.min.js'))).status, 'plotly.js without the user\'s copy').toBe(404);
  } finally {
    if (process.platform === 'win32') spawnSync('taskkill', ['/pid', String(own.pid), '/T', '/F']);
    else try { process.kill(-own.pid, 'SIGTERM'); } catch { /* gone */ }
  }
});
