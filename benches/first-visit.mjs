// Bytes on the wire of a first visit (empty cache): every request's headers and compressed
// body, as Chromium counts them, for one page of each kind.
// Usage: node benches/first-visit.mjs BASE_URL PATH [PATH ...]   (prints one Markdown row each)
import { chromium } from '../end2end/node_modules/@playwright/test/index.mjs';

const [base, ...paths] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
for (const path of paths) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  const finished = [];
  page.on('requestfinished', (request) => {
    finished.push(request.sizes().then((sizes) => ({ url: request.url(), bytes: sizes.responseHeadersSize + sizes.responseBodySize })));
  });
  await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
  const requests = await Promise.all(finished);
  await context.close();
  const total = requests.reduce((sum, request) => sum + request.bytes, 0);
  const wasm = requests.filter((request) => request.url.endsWith('.wasm')).reduce((sum, request) => sum + request.bytes, 0);
  console.log(`| ${path} | ${requests.length} | ${(total / 1024).toFixed(1)} KB | ${(wasm / 1024).toFixed(1)} KB |`);
}
await browser.close();
