// Renders the static pictures of plot outputs: each backprop.plot.Inline snippet drawn by plotly.js in headless
// Chromium (Debian's /usr/bin/chromium, driven by Playwright) and captured as a PNG of its plot area.
//
// Input (stdin): JSON [{"html": "<div id=... class=\"backprop-plot\"></div><script>...</script>"}, ...], each the
//   text/html of one output (which may hold several plots, e.g. a row of small figures), or {"svg": "<svg ...>"},
//   the image/svg+xml of a diagram output (its picture is the SVG as drawn; "plots" is then empty).
// Output (stdout): JSON [{"png": "<base64>", "width": W, "height": H, "plots": [div id, ...]}, ...] in the same
//   order: one picture of the whole output as laid out in an output area WIDTH pixels wide (a single plot: its div;
//   several: the area they cover), as a palette PNG (scripts/png_palette.mjs), and the ids of the plots it shows.
// Usage: node scripts/render_pictures.mjs PLOTLY_JS < snippets.json > pictures.json
//
// Deterministic on one machine: one fixed viewport, device scale factor 1, no animations, the fonts of the machine,
// plotly.js from the given local file (the pinned pip package's copy); nothing is fetched from the network (every
// request other than the page and plotly.js is aborted). Called by scripts/run_notebooks.py --write.
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { encodePalettePng } from './png_palette.mjs';

const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--no-first-run', '--disable-gpu', '--disable-dev-shm-usage', '--font-render-hinting=none', '--disable-lcd-text'];
const ORIGIN = 'http://pictures.invalid';
const WIDTH = 960; // about the width of a JupyterLab output area in a 1280-pixel window

async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

async function main() {
  const plotlyPath = process.argv[2];
  if (!plotlyPath) throw new Error('usage: node scripts/render_pictures.mjs PLOTLY_JS < snippets.json');
  const plotly = readFileSync(plotlyPath);
  const snippets = JSON.parse(await readStdin());
  const page = (snippet) => `<!DOCTYPE html><html><head><meta charset="utf-8"><style>
    body { margin: 0; background: white; }
    #output { width: ${WIDTH}px; display: flow-root; }
  </style></head><body><div id="output">${snippet}</div></body></html>`;

  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    const context = await browser.newContext({ viewport: { width: 1000, height: 800 }, deviceScaleFactor: 1,
      reducedMotion: 'reduce', colorScheme: 'light', locale: 'en-US', timezoneId: 'UTC' });
    const tab = await context.newPage();
    const errors = [];
    tab.on('pageerror', (e) => errors.push(e.message));
    let current = '';
    // The RGBA pixels of a screenshot (a PNG), as the page's canvas decodes it, with no colour conversion.
    const shoot = async (locator) => {
      const png = await locator.screenshot({ animations: 'disabled', caret: 'hide', scale: 'css' });
      const [rgba, width, height] = await tab.evaluate(async (b64) => {
        const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
        const image = await createImageBitmap(new Blob([bytes], { type: 'image/png' }),
          { colorSpaceConversion: 'none', premultiplyAlpha: 'none' });
        const canvas = new OffscreenCanvas(image.width, image.height).getContext('2d');
        canvas.drawImage(image, 0, 0);
        const pixels = canvas.getImageData(0, 0, image.width, image.height).data;
        let text = '';
        for (let i = 0; i < pixels.length; i += 0x8000) text += String.fromCharCode(...pixels.subarray(i, i + 0x8000));
        return [btoa(text), image.width, image.height];
      }, png.toString('base64'));
      return { rgba: Buffer.from(rgba, 'base64'), width, height };
    };
    await tab.route('**/*', (route) => {
      const url = route.request().url();
      if (url === `${ORIGIN}/page.html`) return route.fulfill({ contentType: 'text/html', body: page(current) });
      if (url === `${ORIGIN}/plotly.min.js`) return route.fulfill({ contentType: 'text/javascript', body: plotly });
      return route.abort();
    });
    const pictures = [];
    for (let i = 0; i < snippets.length; i++) {
      // one page per plot, as in a notebook's output area: no snippet can disturb another's layout
      current = snippets[i].html ?? snippets[i].svg;
      await tab.goto(`${ORIGIN}/page.html`);
      if (snippets[i].svg !== undefined) {
        // a static diagram (image/svg+xml): its PNG copy, for viewers that do not show SVG in untrusted notebooks
        const svg = tab.locator('#output > svg');
        if (await svg.count() !== 1) throw new Error(`output ${i} is not one SVG document`);
        const shot = await shoot(svg);
        const box = await svg.boundingBox();
        pictures.push({ png: encodePalettePng(shot.rgba, shot.width, shot.height).toString('base64'),
          width: Math.round(box.width), height: Math.round(box.height), plots: [] });
        continue;
      }
      const count = await tab.locator('.backprop-plot').count();
      if (count === 0) throw new Error(`output ${i} has no backprop-plot div`);
      await tab.waitForFunction((n) => document.querySelectorAll('.backprop-plot .main-svg').length >= n
        || document.querySelector('.backprop-note'), count, { timeout: 60_000 });
      const note = await tab.evaluate(() => document.querySelector('.backprop-note')?.textContent);
      if (note) throw new Error(`output ${i}: a plot was not drawn: ${note}`);
      if (errors.length) throw new Error(`JavaScript errors in output ${i}: ${errors.join('; ')}`);
      await tab.evaluate(() => document.fonts.ready);
      const picture = async (locator) => {
        const box = await locator.boundingBox();
        if (!box || box.width < 10 || box.height < 10) throw new Error(`output ${i}: no size: ${JSON.stringify(box)}`);
        const shot = await shoot(locator);
        const png = encodePalettePng(shot.rgba, shot.width, shot.height);
        return { png: png.toString('base64'),
          width: Math.round(box.width), height: Math.round(box.height) };
      };
      const plots = await tab.evaluate(() => [...document.querySelectorAll('.backprop-plot')].map((d) => d.id));
      let whole;
      if (count === 1) {
        whole = await picture(tab.locator('.backprop-plot .svg-container').first());
      } else {
        await tab.evaluate(() => {
          const out = document.getElementById('output');
          const right = Math.max(...[...out.querySelectorAll('.backprop-plot')].map((d) => d.getBoundingClientRect().right));
          out.style.width = `${Math.ceil(right)}px`;
        });
        whole = await picture(tab.locator('#output'));
      }
      pictures.push({ ...whole, plots });
    }
    process.stdout.write(JSON.stringify(pictures));
  } finally {
    await browser.close();
  }
}

main().catch((e) => { console.error(`render_pictures: ${e.stack || e.message}`); process.exit(1); });
