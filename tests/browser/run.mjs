// Browser test of the notebooks, in headless Chromium (Debian's /usr/bin/chromium) driven by playwright-core.
//
// 1. Starts JupyterLab through ./lab.sh (token auth on 127.0.0.1, a free port), checks that the API refuses requests
//    without the token.
// 2. Opens a copy of every committed notebook (notebooks/*.ipynb, tests/notebooks/*.ipynb) WITHOUT running it, as a
//    reader does first (the notebook is not trusted, so no output script runs): every plot and diagram output must
//    show its picture (an img of non-zero size); then saves it and checks that the file is byte for byte unchanged.
// 3. Runs copies of the smoke notebook and notebooks/04*.ipynb and asserts that plotly drew its .main-svg with the
//    expected traces, that no cell has an error and that no static picture is left over a drawn plot.
// 4. Exports every committed notebook three ways and opens the pages from file:// with every network request
//    blocked: the static export (scripts/export_html.py --static, sanitized) and a plain `jupyter nbconvert --to
//    html` with JavaScript disabled must show every plot's picture; the full export (scripts/export_html.py) must
//    typeset every formula (no raw $ left) and draw every interactive plot, with require.js active on the page.
// Screenshots go to target/browser/ (e.g. 04-training-unrun-lab.png, 04-training-static-export.png).
//
// Prints 'PASS name' / 'FAIL name: reason' per check and writes them to target/test-results/browser.txt.
// Usage: node tests/browser/run.mjs   (after ./scripts/setup.sh; CHROMIUM overrides /usr/bin/chromium;
//        BACKPROP_BROWSER_FILTER=REGEX runs only the checks whose names match, while developing)
import { chromium } from 'playwright-core';
import { spawn, execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const OUT = join(ROOT, 'target', 'browser');
const WORK = join(OUT, 'work');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--no-first-run', '--disable-quic', '--disable-gpu', '--disable-dev-shm-usage'];
const PYTHON = join(ROOT, '.venv', 'bin', 'python');
const results = [];
const FILTER = process.env.BACKPROP_BROWSER_FILTER ? new RegExp(process.env.BACKPROP_BROWSER_FILTER) : null;
// an output shown as a picture in an nbconvert export: a plot's image/png or a diagram's image/svg+xml (as an img)
const PICTURE_OUTPUT = '.jp-OutputArea-output:is(.jp-RenderedImage, .jp-RenderedSVG)';

// The committed notebooks, each with the number of its plot outputs (text/html with backprop.plot.Inline divs).
function committedNotebooks() {
  const list = [];
  for (const dir of ['notebooks', 'tests/notebooks']) {
    if (!existsSync(join(ROOT, dir))) continue;
    for (const name of readdirSync(join(ROOT, dir)).sort()) {
      if (!name.endsWith('.ipynb')) continue;
      const nb = JSON.parse(readFileSync(join(ROOT, dir, name), 'utf8'));
      // plot outputs: committed as image/png with the kernel's HTML in their metadata (scripts/plot_outputs.py)
      const plots = nb.cells.flatMap((c) => c.outputs || []).filter((o) => o.metadata && o.metadata.backprop).length;
      // outputs that carry a picture as image/png: the plots and the diagrams (image/svg+xml with its PNG copy)
      const pictures = nb.cells.flatMap((c) => c.outputs || []).filter((o) => o.data && o.data['image/png']).length;
      list.push({ source: `${dir}/${name}`, name: name.replace(/\.ipynb$/, ''), plots, pictures });
    }
  }
  return list;
}

// Every plot output on the page must show a picture: an img that loaded and has a non-zero size once scrolled into
// view (JupyterLab lays out off-screen cells lazily). Returns the number of plot outputs checked.
async function assertPicturesShown(page, outputSelector, expected) {
  const outputs = page.locator(outputSelector);
  const count = await outputs.count();
  assert(count === expected, `${count} plot outputs on the page, the file has ${expected}`);
  for (let i = 0; i < count; i++) {
    const output = outputs.nth(i);
    await output.scrollIntoViewIfNeeded();
    const img = output.locator('img').first();
    assert(await img.count() === 1, `plot output ${i + 1} shows no img`);
    await page.waitForFunction((e) => e.complete, await img.elementHandle(), { timeout: 10_000 });
    const seen = await img.evaluate((e) => ({ natural: e.naturalWidth, box: e.getBoundingClientRect().toJSON() }));
    assert(seen.natural > 0 && seen.box.width > 0 && seen.box.height > 0,
      `plot output ${i + 1}: picture not visible: ${JSON.stringify(seen)}`);
  }
  return count;
}

// The same in JupyterLab, which renders only the cells near the visible part of a long notebook: scrolls the
// notebook from top to bottom and checks every plot output as it appears (each cell identified by its place in the
// windowed list). Returns the number of plot outputs checked.
async function assertPicturesShownInLab(page, expected) {
  const scroller = page.locator('.jp-NotebookPanel .jp-WindowedPanel-outer').first();
  await scroller.evaluate((e) => { e.scrollTop = 0; });
  const checked = new Map();
  for (let step = 0; step < 400; step++) {
    await page.waitForTimeout(250);
    const found = await page.evaluate(() => [...document.querySelectorAll(
      '.jp-NotebookPanel .jp-OutputArea-output.jp-RenderedImage')].map((output) => {
      const cell = output.closest('.jp-Cell');
      const outputs = [...cell.querySelectorAll('.jp-OutputArea-output.jp-RenderedImage')];
      const key = `${cell.dataset.windowedListIndex ?? cell.id}/${outputs.indexOf(output)}`;
      const img = output.querySelector('img');
      if (!img) return { key, ok: false, why: 'no img' };
      const box = img.getBoundingClientRect(); // zero while the lab skips laying out a far cell: seen again later
      return { key, ok: img.complete && img.naturalWidth > 0 && box.width > 0 && box.height > 0,
        why: JSON.stringify({ complete: img.complete, natural: img.naturalWidth, width: box.width, height: box.height }) };
    }));
    for (const f of found) if (!checked.get(f.key)?.ok) checked.set(f.key, f);
    const end = await scroller.evaluate((e) => {
      const atEnd = e.scrollTop + e.clientHeight >= e.scrollHeight - 2;
      e.scrollTop += Math.max(200, e.clientHeight * 0.8);
      return atEnd;
    });
    if (end) break;
  }
  const bad = [...checked.values()].filter((f) => !f.ok);
  assert(bad.length === 0, `plot outputs without a visible picture: ${bad.map((f) => `${f.key} ${f.why}`).join('; ')}`);
  assert(checked.size === expected, `${checked.size} plot outputs seen in the lab, the file has ${expected}`);
  return checked.size;
}

// Opens a file:// page with every network request blocked; returns the page and the list of blocked URLs.
async function openOffline(context, file) {
  const page = await context.newPage();
  const blocked = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:') || url.startsWith('data:')) return route.continue();
    blocked.push(url);
    return route.abort();
  });
  await page.goto(pathToFileURL(file).href);
  return { page, blocked };
}

// Shuts down every kernel of the server (closing a page leaves its kernel running).
async function stopKernels(port, token) {
  const r = await fetch(`http://127.0.0.1:${port}/api/sessions?token=${token}`);
  if (!r.ok) return;
  for (const session of await r.json()) {
    await fetch(`http://127.0.0.1:${port}/api/sessions/${session.id}?token=${token}`, { method: 'DELETE' });
  }
}

function python(args) {
  execFileSync(PYTHON, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}

async function check(name, fn) {
  if (FILTER && !FILTER.test(name)) return; // while developing: BACKPROP_BROWSER_FILTER=regex runs matching checks only
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
  // the prompts of cells that JupyterLab has not laid out yet are not in the page: wait for the kernel itself to be
  // idle (three polls in a row) before saving
  for (let i = 0, idle = 0; idle < 3; i++) {
    const kernels = await (await fetch(`http://127.0.0.1:${port}/api/kernels?token=${token}`)).json();
    idle = kernels.length > 0 && kernels.every((k) => k.execution_state === 'idle') ? idle + 1 : 0;
    assert(i < 1200, `the kernel did not become idle: ${JSON.stringify(kernels)}`);
    await page.waitForTimeout(500);
  }
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
    drawn: plot.querySelectorAll('.scatterlayer .trace, .barlayer .trace, .heatmaplayer .hm, .contourlayer .contour').length,
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

    for (const { source, name, plots, pictures } of committedNotebooks()) {
      const copy = `target/browser/work/${name}-unrun.ipynb`;
      copyFileSync(join(ROOT, source), join(ROOT, copy));
      const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
      try {
        await check(`JupyterLab shows every plot of ${source} without running it (${pictures} pictures: ${plots} plots)`, async () => {
          await page.goto(`http://127.0.0.1:${port}/lab/workspaces/unrun-${name}/tree/${copy}?token=${token}`);
          await page.locator('.jp-NotebookPanel .jp-Notebook .jp-CodeCell').first().waitFor({ timeout: 120_000 });
          await page.locator('.jp-NotebookPanel .jp-KernelName', { hasText: /Java/ }).first().waitFor({ timeout: 120_000 });
          const select = page.locator('.jp-Dialog .jp-mod-accept', { hasText: /^Select$/ });
          if (await select.waitFor({ timeout: 3_000 }).then(() => true, () => false)) await select.click();
          const selector = '.jp-NotebookPanel .jp-OutputArea-output.jp-RenderedImage';
          await assertPicturesShownInLab(page, pictures);
          assert(await page.locator('.jp-NotebookPanel .js-plotly-plot').count() === 0,
            'a plot script ran in a notebook that was not run (it should not be trusted)');
          if (pictures > 0) {
            await page.locator('.jp-NotebookPanel .jp-WindowedPanel-outer').first().evaluate((e) => { e.scrollTop = 0; });
            await page.waitForTimeout(500);
            for (let i = 0; i < 400 && await page.locator(selector).count() === 0; i++) {
              await page.locator('.jp-NotebookPanel .jp-WindowedPanel-outer').first().evaluate((e) => { e.scrollTop += 300; });
              await page.waitForTimeout(200);
            }
            await page.locator(selector).first().scrollIntoViewIfNeeded();
            await page.screenshot({ path: join(OUT, `${name}-unrun-lab.png`) });
          }
        });
        await check(`opening and saving ${source} in JupyterLab leaves it unchanged`, async () => {
          // the kernel's language_info arrives once it has started; JupyterLab writes it into the metadata
          for (let i = 0; ; i++) {
            const kernels = await (await fetch(`http://127.0.0.1:${port}/api/kernels?token=${token}`)).json();
            if (kernels.length > 0 && kernels.every((k) => k.execution_state === 'idle')) break;
            assert(i < 240, `the kernel did not start: ${JSON.stringify(kernels)}`);
            await page.waitForTimeout(500);
          }
          await page.waitForTimeout(3_000);
          const savedBefore = statSync(join(ROOT, copy)).mtimeMs;
          await page.locator('.jp-NotebookPanel .jp-Notebook').first().click({ position: { x: 5, y: 5 } });
          await page.keyboard.press('Control+s');
          for (let i = 0; i < 40 && statSync(join(ROOT, copy)).mtimeMs === savedBefore; i++) await page.waitForTimeout(250);
          assert(statSync(join(ROOT, copy)).mtimeMs > savedBefore, 'JupyterLab did not save the notebook');
          // the server may write the file in several steps: read it once its size and time stop changing
          for (let i = 0, last = ''; i < 40; i++) {
            await page.waitForTimeout(500);
            const { size, mtimeMs } = statSync(join(ROOT, copy));
            if (`${size}/${mtimeMs}` === last) break;
            last = `${size}/${mtimeMs}`;
          }
          const before = readFileSync(join(ROOT, source), 'utf8');
          const after = readFileSync(join(ROOT, copy), 'utf8');
          if (after !== before) {
            const a = before.split('\n');
            const b = after.split('\n');
            const line = a.findIndex((l, i) => l !== b[i]);
            throw new Error(`the saved file differs from line ${line + 1}: ${JSON.stringify(a[line])} -> ${JSON.stringify(b[line])}`);
          }
        });
      } finally {
        await page.close();
        await stopKernels(port, token);
      }
    }

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
          assert(await page.locator('.jp-NotebookPanel img.backprop-picture').count() === 0,
            'a static picture is left in a run notebook');
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
          await stopKernels(port, token);
        }
      });
    }

    const noScript = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1100, height: 900 } });
    const withScript = await browser.newContext({ viewport: { width: 1100, height: 900 } });
    // one export of each kind for all committed notebooks (one Python start each)
    const exported = committedNotebooks();
    const sources = exported.map(({ source }) => join(ROOT, source));
    const dirs = { static: join(OUT, 'export-static'), plain: join(OUT, 'export-plain'), full: join(OUT, 'export-full') };
    await check('every committed notebook exports three ways (static, plain nbconvert, full)', async () => {
      python([join(ROOT, 'scripts', 'export_html.py'), ...sources, dirs.static, '--static']);
      execFileSync(join(ROOT, '.venv', 'bin', 'jupyter'), ['nbconvert', '--to', 'html', '--output-dir', dirs.plain,
        ...sources], { cwd: ROOT, stdio: ['ignore', 'ignore', 'ignore'] });
      python([join(ROOT, 'scripts', 'export_html.py'), ...sources, dirs.full]);
    });
    for (const { source, name, plots, pictures } of exported) {
      await check(`the static export of ${source} shows every plot's picture (sanitized, JavaScript off)`, async () => {
        const dir = dirs.static;
        const { page } = await openOffline(noScript, join(dir, `${name}.html`));
        try {
          await assertPicturesShown(page, PICTURE_OUTPUT, pictures);
          assert(!(await page.content()).includes('&lt;script'), 'escaped HTML of a plot shows as text');
          if (plots > 0) {
            await page.locator('.jp-RenderedImage').first().scrollIntoViewIfNeeded();
            await page.screenshot({ path: join(OUT, `${name}-static-export.png`) });
          }
        } finally {
          await page.close();
        }
      });
      await check(`a plain nbconvert export of ${source} shows every plot's picture (JavaScript off)`, async () => {
        const dir = dirs.plain;
        const { page } = await openOffline(noScript, join(dir, `${name}.html`));
        try {
          await assertPicturesShown(page, PICTURE_OUTPUT, pictures);
        } finally {
          await page.close();
        }
      });
      await check(`the full export of ${source} typesets every formula and draws every plot offline`, async () => {
        const dir = dirs.full;
        const { page, blocked } = await openOffline(withScript, join(dir, `${name}.html`));
        const pageErrors = [];
        page.on('pageerror', (e) => pageErrors.push(e.message));
        try {
          const divs = await page.locator('.backprop-plot').count();
          assert(divs === plots, `${divs} plot divs on the page, the file has ${plots} plot outputs`);
          await page.waitForFunction((n) => document.querySelectorAll('.backprop-plot .main-svg').length >= n
            || document.querySelector('.backprop-note'), divs, { timeout: 60_000 });
          const math = JSON.parse(readFileSync(join(ROOT, source), 'utf8')).cells
            .some((c) => c.cell_type === 'markdown' && [].concat(c.source).join('').includes('$'));
          await page.waitForFunction((m) => window.MathJax && window.MathJax.Hub && window.MathJax.Hub.queue
            && window.MathJax.Hub.queue.pending === 0 && !window.MathJax.Hub.queue.running
            && (!m || document.querySelectorAll('.MathJax_CHTML').length > 0), math, { timeout: 60_000 });
          const raw = await page.evaluate(() => [...document.querySelectorAll('.jp-MarkdownOutput')]
            .map((e) => e.innerText).filter((t) => t.includes('$')).map((t) => t.slice(0, 80)));
          assert(raw.length === 0, `raw $ left in ${raw.length} markdown cells: ${JSON.stringify(raw[0])}`);
          const note = await page.evaluate(() => document.querySelector('.backprop-note')?.textContent);
          assert(!note, `a plot was not drawn: ${note}`);
          const drawn = await plotTraces(page);
          assert(drawn.length === divs && drawn.every((p) => p.svg > 0 && p.drawn > 0), `plots: ${JSON.stringify(drawn)}`);
          assert(await page.locator('img.backprop-picture').count() === 0, 'a static picture is left over a drawn plot');
          assert(await page.evaluate(() => typeof window.define === 'function' && !!window.define.amd),
            'require.js was not active on the page');
          assert(blocked.every((u) => !/plotly|mathjax|require/i.test(u)), `requested from the network: ${blocked}`);
          assert(pageErrors.length === 0, `JavaScript errors: ${pageErrors.join('; ')}`);
          await page.screenshot({ path: join(OUT, `${name}-full-export.png`) });
        } finally {
          await page.close();
        }
      });
    }
  } finally {
    stopLab(lab);
  }
  try {
    await check('plots draw in a Jupyter not started by ./lab.sh, after the README\'s own-Jupyter steps', async () => {
      // A reader's own Jupyter: user-level config and data folders (here under target/), this environment's server
      // started directly, user paths preferred over the environment's (as outside a virtual environment).
      const home = join(OUT, 'own-jupyter');
      const env = { ...process.env, JUPYTER_CONFIG_DIR: join(home, 'config'), JUPYTER_DATA_DIR: join(home, 'data'),
        JUPYTER_PREFER_ENV_PATH: '0', JUPYTER_PLATFORM_DIRS: '0' };
      execFileSync(PYTHON, [join(ROOT, 'scripts', 'serve_plotly.py'), '--user'], { cwd: ROOT, env, stdio: 'ignore' });
      const ownPort = await freePort();
      const own = spawn(join(ROOT, '.venv', 'bin', 'jupyter'), ['lab', '--no-browser', `--ServerApp.port=${ownPort}`,
        '--ServerApp.port_retries=0', '--ServerApp.ip=127.0.0.1', `--ServerApp.root_dir=${ROOT}`,
        ...(process.getuid && process.getuid() === 0 ? ['--allow-root'] : [])],
      { cwd: ROOT, env: { ...env, JUPYTER_TOKEN: token }, detached: true, stdio: 'ignore' });
      try {
        const deadline = Date.now() + 120_000;
        for (;;) {
          const r = await fetch(`http://127.0.0.1:${ownPort}/api/status?token=${token}`).catch(() => null);
          if (r && r.ok) break;
          assert(Date.now() < deadline && own.exitCode === null, 'jupyter lab did not start');
          await new Promise((res) => setTimeout(res, 500));
        }
        const served = await fetch(`http://127.0.0.1:${ownPort}/static/backprop/plotly.min.js`);
        assert(served.ok, `plotly.js not served after the steps: HTTP ${served.status}`);
        const copy = 'target/browser/work/smoke-own.ipynb';
        copyFileSync(join(ROOT, 'tests/notebooks/smoke.ipynb'), join(ROOT, copy));
        const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
        try {
          await runAll(page, `http://127.0.0.1:${ownPort}/lab/workspaces/own/tree/${copy}?token=${token}`, 300_000);
          await page.locator('.js-plotly-plot .main-svg').first().waitFor({ timeout: 60_000 });
          const plots = await plotTraces(page);
          assert(plots.length > 0 && plots.every((p) => p.svg > 0 && p.drawn > 0), `plots: ${JSON.stringify(plots)}`);
          await page.screenshot({ path: join(OUT, 'smoke-own-jupyter.png') });
        } finally {
          await page.close();
          await stopKernels(ownPort, token);
        }
        // control: without the user's copy the server has no plotly.js (the steps, not ./lab.sh's set-up, served it)
        rmSync(join(home, 'data', 'backprop'), { recursive: true, force: true });
        const gone = await fetch(`http://127.0.0.1:${ownPort}/static/backprop/plotly.min.js`);
        assert(gone.status === 404, `plotly.js still served without the user's copy: HTTP ${gone.status}`);
      } finally {
        try { process.kill(-own.pid, 'SIGTERM'); } catch { /* gone */ }
      }
    });
  } finally {
    await browser.close();
  }
  mkdirSync(join(ROOT, 'target', 'test-results'), { recursive: true });
  writeFileSync(join(ROOT, 'target', 'test-results', 'browser.txt'), results.map((r) => r + '\n').join(''));
  const failed = results.filter((r) => r.startsWith('FAIL')).length;
  console.log(`browser: ${results.length - failed} passed, ${failed} failed (screenshots in ${OUT})`);
  process.exit(failed ? 1 : 0);
}

main().catch((e) => { console.error(e); process.exit(1); });
