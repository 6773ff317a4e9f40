// Screenshots of pages as a phone shows them, for looking at (not a test).
// Usage: node screenshot.mjs OUT_DIR WIDTH URL [URL ...]   (full-page PNGs, one per URL)
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';

const [outDir, width, ...urls] = process.argv.slice(2);
mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const page = await browser.newPage({ viewport: { width: Number(width), height: 800 }, deviceScaleFactor: 1 });
for (const url of urls) {
  await page.goto(url);
  const name = new URL(url).pathname.replace(/^\/|\/$/g, '').replace(/\//g, '_') || 'root';
  await page.screenshot({ path: `${outDir}/${name}-${width}.png`, fullPage: true });
  console.log(`${outDir}/${name}-${width}.png`);
}
await browser.close();
