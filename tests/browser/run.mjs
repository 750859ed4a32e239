// Browser test of the notebooks, in headless Chromium (Debian's /usr/bin/chromium) driven by playwright-core.
//
// 1. Starts JupyterLab through ./lab.sh (token auth on 127.0.0.1, a free port), checks that the API refuses requests
//    without the token, opens copies of the smoke notebook (and of notebooks/04*.ipynb if present) under
//    target/browser/work/, runs all cells and asserts that plotly drew its .main-svg with the expected traces and
//    that no cell has an error; screenshots go to target/browser/.
// 2. Exports the executed smoke notebook with nbconvert (scripts/export_html.py) and checks that its plot draws from
//    file:// with every network request blocked, once with nbconvert's default page and once with require.js loaded.
//
// Prints 'PASS name' / 'FAIL name: reason' per check and writes them to target/test-results/browser.txt.
// Usage: node tests/browser/run.mjs   (after ./scripts/setup.sh; CHROMIUM overrides /usr/bin/chromium)
import { chromium } from 'playwright-core';
import { spawn, execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const OUT = join(ROOT, 'target', 'browser');
const WORK = join(OUT, 'work');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--no-first-run', '--disable-quic', '--disable-gpu', '--disable-dev-shm-usage'];
const results = [];

async function check(name, fn) {
  const started = Date.now();
  try {
    await fn();
    results.push(`PASS ${name}`);
    console.log(`PASS ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  } catch (e) {
    results.push(`FAIL ${name}: ${e.message.split('\n')[0]}`);
    console.log(`FAIL ${name}: ${e.stack || e.message}`);
  }
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

function freePort() {
  return new Promise((res, rej) => {
    const server = createServer();
    server.once('error', rej);
    server.listen(0, '127.0.0.1', () => { const { port } = server.address(); server.close(() => res(port)); });
  });
}

async function startLab(port, token) {
  const log = [];
  const lab = spawn(join(ROOT, 'lab.sh'), ['--no-browser', `--ServerApp.port=${port}`, '--ServerApp.port_retries=0'],
    { cwd: ROOT, env: { ...process.env, JUPYTER_TOKEN: token }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  for (const stream of [lab.stdout, lab.stderr]) stream.on('data', (d) => log.push(String(d)));
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (lab.exitCode !== null) throw new Error(`lab.sh exited with ${lab.exitCode}:\n${log.join('')}`);
    try {
      const r = await fetch(`http://127.0.0.1:${port}/api/status?token=${token}`);
      if (r.ok) return { lab, log };
    } catch { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`JupyterLab did not answer within 180 s:\n${log.join('')}`);
}

function stopLab(lab) {
  if (lab.exitCode === null) {
    try { process.kill(-lab.pid, 'SIGTERM'); } catch { /* already gone */ }
  }
}

// Opens a notebook, runs all cells through the Run menu and waits until no cell is queued or running any more
// (after an error JupyterLab drops the queued cells; the saved file tells which cells ran and how). JupyterLab queues
// the cells until the kernel is ready; its status indicator is not waited for, as with JJava it can stay 'unknown'
// until the first execution.
async function runAll(page, url, timeoutMs) {
  await page.goto(url);
  await page.locator('.jp-NotebookPanel .jp-Notebook .jp-CodeCell').first().waitFor({ timeout: 120_000 });
  await page.locator('.jp-NotebookPanel .jp-KernelName', { hasText: /Java/ }).first().waitFor({ timeout: 120_000 });
  // JupyterLab may ask which kernel to start although the notebook names one; accept its proposal (Java).
  const select = page.locator('.jp-Dialog .jp-mod-accept', { hasText: /^Select$/ });
  if (await select.waitFor({ timeout: 5_000 }).then(() => true, () => false)) {
    await select.click();
  }
  await page.locator('.lm-MenuBar-itemLabel', { hasText: /^Run$/ }).click();
  await page.locator('.lm-Menu-itemLabel', { hasText: /^Run All Cells$/ }).click();
  console.log(`  running all cells of ${url.replace(/\?token=.*/, '')}`);
  const prompts = () => [...document.querySelectorAll('.jp-NotebookPanel .jp-CodeCell .jp-InputPrompt')]
    .map((p) => p.textContent);
  await page.waitForFunction(`(${prompts})().some((p) => p.includes('*'))`, null, { timeout: 60_000, polling: 100 });
  await page.waitForFunction(`(${prompts})().every((p) => !p.includes('*'))`, null,
    { timeout: timeoutMs, polling: 500 });
}

// Saves the notebook and reads it back through the REST API: error outputs are in the file, whatever the DOM shows.
async function savedErrors(page, port, token, path) {
  await page.keyboard.press('Control+s');
  await page.waitForTimeout(1500);
  const r = await fetch(`http://127.0.0.1:${port}/api/contents/${path}?token=${token}`);
  assert(r.ok, `cannot read ${path} back: HTTP ${r.status}`);
  const nb = (await r.json()).content;
  const errors = [];
  nb.cells.forEach((cell, i) => (cell.outputs || []).forEach((o) => {
    if (o.output_type === 'error') errors.push(`cell ${i + 1}: ${o.ename}: ${o.evalue}`);
  }));
  const unexecuted = nb.cells.filter((c) => c.cell_type === 'code' && c.execution_count == null).length;
  return { errors, unexecuted };
}

async function plotTraces(page) {
  return page.evaluate(() => [...document.querySelectorAll('.js-plotly-plot')].map((plot) => ({
    svg: plot.querySelectorAll('.main-svg').length,
    traces: (plot.data || []).length,
    drawn: plot.querySelectorAll('.scatterlayer .trace, .heatmaplayer .hm, .contourlayer .contour').length,
  })));
}

async function main() {
  if (!existsSync(CHROMIUM)) {
    console.error(`error: no Chromium at ${CHROMIUM}. Install Debian's: apt-get install -y chromium ` +
      '(or set BACKPROP_SKIP_BROWSER=1 to skip the browser tests)');
    process.exit(2);
  }
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
  const notebooks = [['tests/notebooks/smoke.ipynb', 2]];
  for (const name of existsSync(join(ROOT, 'notebooks')) ? readdirSync(join(ROOT, 'notebooks')).sort() : []) {
    if (/^04.*\.ipynb$/.test(name)) notebooks.push([`notebooks/${name}`, null]);
  }

  const port = await freePort();
  const token = randomBytes(24).toString('hex');
  const { lab, log } = await startLab(port, token);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    await check('jupyter refuses requests without the token', async () => {
      const r = await fetch(`http://127.0.0.1:${port}/api/contents`);
      assert(r.status === 403, `GET /api/contents without token answered ${r.status}, expected 403`);
      const p = await fetch(`http://127.0.0.1:${port}/api/contents/x.ipynb`, { method: 'PUT', body: '{}' });
      assert(p.status === 403, `PUT without token or XSRF cookie answered ${p.status}, expected 403`);
    });
    await check('jupyter listens on 127.0.0.1 only', async () => {
      const line = log.join('').split('\n').find((l) => l.includes(`:${port}/lab`));
      assert(line && line.includes(`http://127.0.0.1:${port}/lab`), `server URL line: ${line}`);
    });

    for (const [source, expectedTraces] of notebooks) {
      const name = source.split('/').pop().replace(/\.ipynb$/, '');
      const copy = `target/browser/work/${name}.ipynb`;
      copyFileSync(join(ROOT, source), join(ROOT, copy));
      await check(`JupyterLab runs ${source} and draws its plots`, async () => {
        const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
        const pageErrors = [];
        page.on('pageerror', (e) => pageErrors.push(e.message));
        try {
          await runAll(page, `http://127.0.0.1:${port}/lab/workspaces/${name}/tree/${copy}?token=${token}`, 600_000)
            .catch(async (e) => {
              await page.screenshot({ path: join(OUT, `${name}-lab-failed.png`), fullPage: true });
              throw e;
            });
          await page.locator('.js-plotly-plot .main-svg').first().waitFor({ timeout: 60_000 });
          const plots = await plotTraces(page);
          await page.locator('.js-plotly-plot').first().scrollIntoViewIfNeeded();
          await page.screenshot({ path: join(OUT, `${name}-lab.png`), fullPage: true });
          assert(plots.length > 0 && plots.every((p) => p.svg > 0 && p.drawn > 0), `plots: ${JSON.stringify(plots)}`);
          if (expectedTraces !== null) {
            assert(plots[0].traces === expectedTraces && plots[0].drawn === expectedTraces,
              `first plot has ${plots[0].traces} traces (${plots[0].drawn} drawn), expected ${expectedTraces}`);
          }
          const { errors, unexecuted } = await savedErrors(page, port, token, copy);
          assert(errors.length === 0, `error outputs: ${errors.join('; ')}`);
          assert(unexecuted === 0, `${unexecuted} code cells were not executed`);
          assert(pageErrors.length === 0, `JavaScript errors in the page: ${pageErrors.join('; ')}`);
        } finally {
          await page.close();
        }
      });
    }

    const executed = join(WORK, 'smoke.ipynb');
    const variants = [['nbconvert page', []], ['nbconvert page with require.js', ['--require-js', 'require.js']]];
    for (const [label, extra] of variants) {
      await check(`HTML export draws its plot offline (${label})`, async () => {
        const dir = join(OUT, extra.length ? 'export-requirejs' : 'export');
        execFileSync(join(ROOT, '.venv', 'bin', 'python'),
          [join(ROOT, 'scripts', 'export_html.py'), executed, dir, ...extra], { stdio: 'inherit' });
        if (extra.length) copyFileSync(join(ROOT, 'node_modules', 'requirejs', 'require.js'), join(dir, 'require.js'));
        const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
        const blocked = [];
        await page.route('**/*', (route) => {
          const url = route.request().url();
          if (url.startsWith('file:')) return route.continue();
          blocked.push(url);
          return route.abort();
        });
        try {
          await page.goto(pathToFileURL(join(dir, 'smoke.html')).href);
          await page.locator('.js-plotly-plot .main-svg').first().waitFor({ timeout: 60_000 });
          const plots = await plotTraces(page);
          await page.screenshot({ path: join(OUT, `smoke-${extra.length ? 'export-requirejs' : 'export'}.png`), fullPage: true });
          assert(plots.length === 1 && plots[0].traces === 2 && plots[0].drawn === 2, `plots: ${JSON.stringify(plots)}`);
          if (extra.length) {
            assert(await page.evaluate(() => typeof window.define === 'function' && !!window.define.amd),
              'require.js was not active on the page');
          }
          assert(blocked.every((u) => !u.includes('plotly')), `plotly requested from the network: ${blocked}`);
        } finally {
          await page.close();
        }
      });
    }
  } finally {
    await browser.close();
    stopLab(lab);
  }
  mkdirSync(join(ROOT, 'target', 'test-results'), { recursive: true });
  writeFileSync(join(ROOT, 'target', 'test-results', 'browser.txt'), results.map((r) => r + '\n').join(''));
  const failed = results.filter((r) => r.startsWith('FAIL')).length;
  console.log(`browser: ${results.length - failed} passed, ${failed} failed (screenshots in ${OUT})`);
  process.exit(failed ? 1 : 0);
}

main().catch((e) => { console.error(e); process.exit(1); });
