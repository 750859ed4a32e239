// Every committed notebook exported three ways and opened from file:// with every network request blocked: the
// static export (scripts/export_html.py --static, sanitized) and a plain `jupyter nbconvert --to html` with
// JavaScript off show every plot's picture; the full export (scripts/export_html.py) typesets every formula and
// draws every interactive plot, with require.js active on the page. Screenshots go to target/browser/.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { committedNotebooks, expectPicturesShown, openOffline, OUT, PICTURE_OUTPUT, plotTraces, python, ROOT } from './helpers.mjs';

const exported = committedNotebooks();
const dirs = { static: join(OUT, 'export-static'), plain: join(OUT, 'export-plain'), full: join(OUT, 'export-full') };

test.beforeAll(async () => {
  test.setTimeout(300_000);
  const sources = exported.map(({ source }) => join(ROOT, source));
  python([join(ROOT, 'scripts', 'export_html.py'), ...sources, dirs.static, '--static']);
  python(['-m', 'nbconvert', '--to', 'html', '--log-level=ERROR', '--output-dir', dirs.plain, ...sources]);
  python([join(ROOT, 'scripts', 'export_html.py'), ...sources, dirs.full]);
});

test('every committed notebook exports three ways (static, plain nbconvert, full)', async () => {
  const missing = Object.values(dirs).flatMap((dir) => exported.map(({ name }) => join(dir, `${name}.html`)))
    .filter((file) => !existsSync(file));
  expect(missing, 'exported pages missing').toEqual([]);
});

test.describe('JavaScript off', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 1100, height: 900 } });
  for (const { source, name, plots, pictures } of exported) {
    test(`the static export of ${source} shows every plot's picture (sanitized, JavaScript off)`, async ({ page }) => {
      await openOffline(page, join(dirs.static, `${name}.html`));
      await expectPicturesShown(page, PICTURE_OUTPUT, pictures);
      expect(await page.content(), 'escaped HTML of a plot shows as text').not.toContain('&lt;script');
      if (plots > 0) {
        await page.locator('.jp-RenderedImage').first().scrollIntoViewIfNeeded();
        await page.screenshot({ path: join(OUT, `${name}-static-export.png`) });
      }
    });
    test(`a plain nbconvert export of ${source} shows every plot's picture (JavaScript off)`, async ({ page }) => {
      await openOffline(page, join(dirs.plain, `${name}.html`));
      await expectPicturesShown(page, PICTURE_OUTPUT, pictures);
    });
  }
});

for (const { source, name, plots } of exported) {
  test(`the full export of ${source} typesets every formula and draws every plot offline`, async ({ page }) => {
    const pageErrors = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    const blocked = await openOffline(page, join(dirs.full, `${name}.html`));
    const divs = await page.locator('.backprop-plot').count();
    expect(divs, 'plot divs on the page (the file\'s plot outputs)').toBe(plots);
    await page.waitForFunction((n) => document.querySelectorAll('.backprop-plot .main-svg').length >= n
      || document.querySelector('.backprop-note'), divs, { timeout: 60_000 });
    const math = JSON.parse(readFileSync(join(ROOT, source), 'utf8')).cells
      .some((c) => c.cell_type === 'markdown' && [].concat(c.source).join('').includes('$'));
    await page.waitForFunction((m) => window.MathJax?.Hub?.queue && window.MathJax.Hub.queue.pending === 0
      && !window.MathJax.Hub.queue.running && (!m || document.querySelectorAll('.MathJax_CHTML').length > 0), math, { timeout: 60_000 });
    const raw = await page.evaluate(() => [...document.querySelectorAll('.jp-MarkdownOutput')]
      .map((e) => e.innerText).filter((t) => t.includes('$')).map((t) => t.slice(0, 80)));
    expect(raw, 'markdown cells with a raw $ left').toEqual([]);
    expect(await page.evaluate(() => document.querySelector('.backprop-note')?.textContent), 'a plot was not drawn').toBeFalsy();
    const drawn = await plotTraces(page);
    expect(drawn.length === divs && drawn.every((p) => p.svg > 0 && p.drawn > 0), `plots: ${JSON.stringify(drawn)}`).toBe(true);
    await expect(page.locator('img.backprop-picture'), 'a static picture left over a drawn plot').toHaveCount(0);
    expect(await page.evaluate(() => typeof window.define === 'function' && !!window.define.amd), 'require.js active').toBe(true);
    expect(blocked.filter((u) => /plotly|mathjax|require/i.test(u)), 'requested from the network').toEqual([]);
    expect(pageErrors, 'JavaScript errors').toEqual([]);
    await page.screenshot({ path: join(OUT, `${name}-full-export.png`) });
  });
}
