// What the browser tests share: paths, the committed notebooks, the JupyterLab page helpers.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { expect } from '@playwright/test';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const OUT = join(ROOT, 'target', 'browser');
export const PYTHON = join(ROOT, '.venv', ...(process.platform === 'win32' ? ['Scripts', 'python.exe'] : ['bin', 'python']));
export const lab = (path = '') => `http://127.0.0.1:${process.env.LAB_PORT}/${path}${path.includes('?') ? '&' : '?'}token=${process.env.LAB_TOKEN}`;

export function python(args, env = process.env) {
  execFileSync(PYTHON, args, { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'inherit'] });
}

// The committed notebooks, each with the number of its plot outputs (text/html with backprop.plot.Inline divs) and
// of its outputs carrying a picture as image/png (the plots and the diagrams).
// An output shown as a picture in an nbconvert export: a plot's image/png or a diagram's image/svg+xml (as an img).
export const PICTURE_OUTPUT = '.jp-OutputArea-output:is(.jp-RenderedImage, .jp-RenderedSVG)';
export function committedNotebooks() {
  const list = [];
  for (const dir of ['notebooks', 'tests/notebooks']) {
    for (const name of existsSync(join(ROOT, dir)) ? readdirSync(join(ROOT, dir)).sort() : []) {
      if (!name.endsWith('.ipynb')) continue;
      const outputs = JSON.parse(readFileSync(join(ROOT, dir, name), 'utf8')).cells.flatMap((c) => c.outputs || []);
      // committed as image/png, the kernel's HTML in metadata (scripts/plot_outputs.py); a row of plots is one output
      const plots = outputs.reduce((n, o) => n + (o.metadata?.backprop?.['text/html']?.match(/class="backprop-plot"/g) || []).length, 0);
      const pictures = outputs.filter((o) => o.data?.['image/png']).length;
      list.push({ source: `${dir}/${name}`, name: name.replace(/\.ipynb$/, ''), plots, pictures });
    }
  }
  return list;
}

export function freePort() {
  return new Promise((res, rej) => {
    const server = createServer();
    server.once('error', rej);
    server.listen(0, '127.0.0.1', () => { const { port } = server.address(); server.close(() => res(port)); });
  });
}

// Every plot output on the page shows a picture: an img that loaded, of non-zero size once scrolled into view.
export async function expectPicturesShown(page, outputSelector, expected) {
  const outputs = page.locator(outputSelector);
  await expect(outputs, 'plot outputs on the page').toHaveCount(expected);
  for (let i = 0; i < expected; i++) {
    await outputs.nth(i).scrollIntoViewIfNeeded();
    const img = outputs.nth(i).locator('img').first();
    await expect(img, `plot output ${i + 1} shows an img`).toHaveCount(1);
    await page.waitForFunction((e) => e.complete, await img.elementHandle(), { timeout: 10_000 });
    const seen = await img.evaluate((e) => ({ natural: e.naturalWidth, box: e.getBoundingClientRect().toJSON() }));
    expect(seen.natural > 0 && seen.box.width > 0 && seen.box.height > 0, `plot output ${i + 1}: ${JSON.stringify(seen)}`).toBe(true);
  }
}

// The same in JupyterLab, which lays out only the cells near the visible part of a long notebook: scrolls from top
// to bottom and checks every plot output as it appears (each keyed by its cell's place in the windowed list).
export async function expectPicturesShownInLab(page, expected) {
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
  const bad = [...checked.values()].filter((f) => !f.ok).map((f) => `${f.key} ${f.why}`);
  expect(bad, 'picture outputs without a visible picture').toEqual([]);
  expect(checked.size, 'picture outputs seen in the lab').toBe(expected);
}

// Opens a file:// page with every network request blocked; returns the blocked URLs.
export async function openOffline(page, file) {
  const blocked = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:') || url.startsWith('data:')) return route.continue();
    blocked.push(url);
    return route.abort();
  });
  await page.goto(pathToFileURL(file).href);
  return blocked;
}

// Shuts down every kernel of a server (closing a page leaves its kernel running).
export async function stopKernels(url = lab) {
  const r = await fetch(url('api/sessions'));
  for (const session of r.ok ? await r.json() : []) await fetch(url(`api/sessions/${session.id}`), { method: 'DELETE' });
}

// Waits until the server's kernels have been idle for `polls` polls in a row.
export async function kernelsIdle(page, polls = 1, url = lab) {
  for (let i = 0, idle = 0; idle < polls; i++) {
    const kernels = await (await fetch(url('api/kernels'))).json();
    idle = kernels.length > 0 && kernels.every((k) => k.execution_state === 'idle') ? idle + 1 : 0;
    expect(i < 1200, `the kernel did not become idle: ${JSON.stringify(kernels)}`).toBe(true);
    await page.waitForTimeout(500);
  }
}

// Opens a notebook in JupyterLab and waits for its kernel's name (accepting the kernel JupyterLab may propose).
export async function openNotebook(page, url) {
  await page.goto(url);
  await page.locator('.jp-NotebookPanel .jp-Notebook .jp-CodeCell').first().waitFor({ timeout: 120_000 });
  await page.locator('.jp-NotebookPanel .jp-KernelName', { hasText: /Java/ }).first().waitFor({ timeout: 120_000 });
  const select = page.locator('.jp-Dialog .jp-mod-accept', { hasText: /^Select$/ });
  if (await select.waitFor({ timeout: 5_000 }).then(() => true, () => false)) await select.click();
}

// Runs all cells through the Run menu and waits until no cell is queued or running any more (after an error
// JupyterLab drops the queued cells; the saved file tells which cells ran and how).
export async function runAll(page, url, timeoutMs) {
  await openNotebook(page, url);
  await page.locator('.lm-MenuBar-itemLabel', { hasText: /^Run$/ }).click();
  await page.locator('.lm-Menu-itemLabel', { hasText: /^Run All Cells$/ }).click();
  const prompts = () => [...document.querySelectorAll('.jp-NotebookPanel .jp-CodeCell .jp-InputPrompt')].map((p) => p.textContent);
  await page.waitForFunction(`(${prompts})().some((p) => p.includes('*'))`, null, { timeout: 60_000, polling: 100 });
  await page.waitForFunction(`(${prompts})().every((p) => !p.includes('*'))`, null, { timeout: timeoutMs, polling: 500 });
}

// Saves the notebook and reads it back through the REST API: error outputs are in the file, whatever the DOM shows.
export async function savedErrors(page, path, url = lab) {
  await kernelsIdle(page, 3, url); // the prompts of cells not laid out yet are not in the page
  await page.keyboard.press('Control+s');
  await page.waitForTimeout(1500);
  const r = await fetch(url(`api/contents/${path}`));
  expect(r.ok, `reading ${path} back: HTTP ${r.status}`).toBe(true);
  const nb = (await r.json()).content;
  const errors = nb.cells.flatMap((cell, i) => (cell.outputs || []).filter((o) => o.output_type === 'error')
    .map((o) => `cell ${i + 1}: ${o.ename}: ${o.evalue}`));
  return { errors, unexecuted: nb.cells.filter((c) => c.cell_type === 'code' && c.execution_count == null).length };
}

export async function plotTraces(page) {
  return page.evaluate(() => [...document.querySelectorAll('.js-plotly-plot')].map((plot) => ({
    svg: plot.querySelectorAll('.main-svg').length,
    traces: (plot.data || []).length,
    drawn: plot.querySelectorAll('.scatterlayer .trace, .barlayer .trace, .heatmaplayer .hm, .contourlayer .contour').length,
  })));
}
