// JupyterLab as `python lab.py` serves it (started by global-setup.mjs): its security, every committed notebook
// opened unrun (untrusted: no output script runs) showing every plot's static picture and saved unchanged, and runs
// of the smoke notebook and notebooks/04* that draw their plots.
import { copyFileSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { committedNotebooks, expectPicturesShownInLab, kernelsIdle, lab, openNotebook, OUT, plotTraces, ROOT,
  runAll, savedErrors, stopKernels } from './helpers.mjs';

test.afterEach(() => stopKernels());

test('jupyter refuses requests without the token', async () => {
  const base = `http://127.0.0.1:${process.env.LAB_PORT}`;
  expect((await fetch(`${base}/api/contents`)).status).toBe(403);
  expect((await fetch(`${base}/api/contents/x.ipynb`, { method: 'PUT', body: '{}' })).status, 'PUT without token or XSRF cookie').toBe(403);
});

test('jupyter listens on 127.0.0.1 only', async () => {
  const log = readFileSync(join(OUT, 'lab.log'), 'utf8');
  const line = log.split('\n').find((l) => l.includes(`:${process.env.LAB_PORT}/lab`));
  expect(line, 'the server URL line').toContain(`http://127.0.0.1:${process.env.LAB_PORT}/lab`);
});

for (const { source, name, plots, pictures } of committedNotebooks()) {
  const copy = `target/browser/work/${name}-unrun.ipynb`;
  test(`JupyterLab shows every plot of ${source} without running it (${pictures} pictures: ${plots} plots)`, async ({ page }) => {
    copyFileSync(join(ROOT, source), join(ROOT, copy));
    await openNotebook(page, lab(`lab/workspaces/unrun-${name}/tree/${copy}`));
    await expectPicturesShownInLab(page, pictures);
    await expect(page.locator('.jp-NotebookPanel .js-plotly-plot'), 'a plot script ran in an untrusted notebook').toHaveCount(0);
    if (pictures > 0) {
      const selector = '.jp-NotebookPanel .jp-OutputArea-output.jp-RenderedImage';
      const scroller = page.locator('.jp-NotebookPanel .jp-WindowedPanel-outer').first();
      await scroller.evaluate((e) => { e.scrollTop = 0; });
      for (let i = 0; i < 400 && await page.locator(selector).count() === 0; i++) {
        await scroller.evaluate((e) => { e.scrollTop += 300; });
        await page.waitForTimeout(200);
      }
      await page.locator(selector).first().scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(OUT, `${name}-unrun-lab.png`) });
    }
  });

  test(`opening and saving ${source} in JupyterLab leaves it unchanged`, async ({ page }) => {
    const file = join(ROOT, `target/browser/work/${name}-saved.ipynb`);
    copyFileSync(join(ROOT, source), file);
    await openNotebook(page, lab(`lab/workspaces/saved-${name}/tree/target/browser/work/${name}-saved.ipynb`));
    await kernelsIdle(page); // the kernel's language_info arrives once it has started; JupyterLab writes it on save
    await page.waitForTimeout(3_000);
    const before = statSync(file).mtimeMs;
    await page.locator('.jp-NotebookPanel .jp-Notebook').first().click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+s');
    await expect.poll(() => statSync(file).mtimeMs, { message: 'JupyterLab saved the notebook', timeout: 10_000 }).toBeGreaterThan(before);
    for (let i = 0, last = ''; i < 40; i++) { // the server may write the file in steps: wait until it stops changing
      await page.waitForTimeout(500);
      const { size, mtimeMs } = statSync(file);
      if (`${size}/${mtimeMs}` === last) break;
      last = `${size}/${mtimeMs}`;
    }
    const [a, b] = [readFileSync(join(ROOT, source), 'utf8').split('\n'), readFileSync(file, 'utf8').split('\n')];
    const line = a.findIndex((l, i) => l !== b[i]);
    expect(line === -1 && a.length === b.length, `the saved file differs from line ${line + 1}: ${JSON.stringify(a[line])} -> ${JSON.stringify(b[line])}`).toBe(true);
  });
}

const runs = [['tests/notebooks/smoke.ipynb', 2],
  ...readdirSync(join(ROOT, 'notebooks')).filter((n) => /^04.*\.ipynb$/.test(n)).sort().map((n) => [`notebooks/${n}`, null])];
for (const [source, expectedTraces] of runs) {
  test(`JupyterLab runs ${source} and draws its plots`, async ({ page }) => {
    test.setTimeout(720_000);
    const name = source.split('/').pop().replace(/\.ipynb$/, '');
    const copy = `target/browser/work/${name}.ipynb`;
    copyFileSync(join(ROOT, source), join(ROOT, copy));
    const pageErrors = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await runAll(page, lab(`lab/workspaces/${name}/tree/${copy}`), 600_000);
    await page.locator('.js-plotly-plot .main-svg').first().waitFor({ timeout: 60_000 });
    const plots = await plotTraces(page);
    await page.locator('.js-plotly-plot').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(OUT, `${name}-lab.png`), fullPage: true });
    expect(plots.length > 0 && plots.every((p) => p.svg > 0 && p.drawn > 0), `plots: ${JSON.stringify(plots)}`).toBe(true);
    await expect(page.locator('.jp-NotebookPanel img.backprop-picture'), 'a static picture left in a run notebook').toHaveCount(0);
    if (expectedTraces !== null) expect([plots[0].traces, plots[0].drawn], 'traces of the first plot (data, drawn)').toEqual([expectedTraces, expectedTraces]);
    const { errors, unexecuted } = await savedErrors(page, copy);
    expect(errors, 'error outputs').toEqual([]);
    expect(unexecuted, 'code cells not executed').toBe(0);
    expect(pageErrors, 'JavaScript errors in the page').toEqual([]);
  });
}
