// Looks at exported notebook pages as a static viewer shows them: headless Chromium (Debian's /usr/bin/chromium,
// driven by Playwright) with JavaScript disabled and every request other than file: and data: URLs blocked.
// Used by tests/test_static_views.py.
//
// Input (stdin): JSON [{"page": "/abs/path.html", "outputs": [n0, n1, ...], "pictures": [[cell, output], ...]}]:
//   the number of outputs of each cell of the notebook, and the (cell, output) indexes of its picture outputs.
// Output (stdout): JSON, one entry per page:
//   {"cells": cells on the page, "outputs": [outputs of each cell on the page],
//    "pictures": [{"cell", "output", "shown": bool, "seen": what the output area holds}],
//    "escaped": [visible texts of output areas that look like escaped HTML markup]}
// Usage: node tests/static_views.mjs < pages.json
import { chromium } from '@playwright/test';
import { pathToFileURL } from 'node:url';

const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--no-first-run', '--disable-gpu', '--disable-dev-shm-usage'];

async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

// What one output area shows: a picture is an img that loaded or an inline svg, at least 10 px each way once
// scrolled into view.
async function seenIn(area) {
  await area.scrollIntoViewIfNeeded();
  return area.evaluate(async (e) => {
    const images = [...e.querySelectorAll('img')];
    await Promise.all(images.map((img) => img.decode().catch(() => null)));
    const shown = [...images, ...e.querySelectorAll('svg')].map((p) => {
      const box = p.getBoundingClientRect();
      return { tag: p.tagName.toLowerCase(), loaded: p.tagName !== 'IMG' || (p.complete && p.naturalWidth > 0),
        width: Math.round(box.width), height: Math.round(box.height) };
    });
    const output = e.querySelector('.jp-OutputArea-output');
    return { mime: output && output.dataset.mimeType, shown,
      text: e.innerText.slice(0, 120) };
  });
}

async function main() {
  const pages = await readStdin();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  const results = [];
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1100, height: 900 } });
    await context.route('**/*', (route) => {
      const url = route.request().url();
      return url.startsWith('file:') || url.startsWith('data:') ? route.continue() : route.abort();
    });
    for (const { page: file, pictures } of pages) {
      const page = await context.newPage();
      await page.goto(pathToFileURL(file).href);
      const cells = page.locator('.jp-Notebook .jp-Cell');
      const count = await cells.count();
      const outputs = [];
      for (let c = 0; c < count; c++) outputs.push(await cells.nth(c).locator('.jp-OutputArea-child').count());
      const found = [];
      for (const [cell, output] of pictures) {
        const area = cells.nth(cell).locator('.jp-OutputArea-child').nth(output);
        const seen = cell < count && output < outputs[cell] ? await seenIn(area) : { missing: true };
        const shown = !seen.missing && seen.shown.some((p) => p.loaded && p.width >= 10 && p.height >= 10);
        found.push({ cell, output, shown, seen });
      }
      const escaped = await page.evaluate(() => [...document.querySelectorAll('.jp-OutputArea-output')]
        .map((e) => e.innerText).filter((t) => /<(div|script|img|svg)\b/.test(t)).map((t) => t.slice(0, 120)));
      results.push({ cells: count, outputs, pictures: found, escaped });
      await page.close();
    }
  } finally {
    await browser.close();
  }
  process.stdout.write(JSON.stringify(results));
}

main().catch((e) => { console.error(`static_views: ${e.stack || e.message}`); process.exit(1); });
