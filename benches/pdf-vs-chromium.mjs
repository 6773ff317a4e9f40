// The same full report made into a PDF two ways, measured in one run:
//   1. our server: POST the answers to /en/report/pdf (printpdf, over HTTP on loopback);
//   2. headless Chromium printing the "check your report" page for the same answers.
// Usage: node benches/pdf-vs-chromium.mjs BASE_URL [RUNS]   (started by benches/run)
import { chromium } from '../end2end/node_modules/@playwright/test/index.mjs';
import { readFileSync } from 'node:fs';

const [base = 'http://127.0.0.1:3200', runsArg = '30'] = process.argv.slice(2);
const runs = Number(runsArg);
const answers = JSON.parse(readFileSync(new URL('./full-report.json', import.meta.url), 'utf8'));
const body = new URLSearchParams(answers).toString();
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

// 1. Our server, over HTTP.
const serverTimes = [];
let serverBytes = 0;
for (let run = 0; run < runs + 3; run++) {
  const started = performance.now();
  const response = await fetch(`${base}/en/report/pdf`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body,
  });
  const pdf = new Uint8Array(await response.arrayBuffer());
  const elapsed = performance.now() - started;
  if (response.headers.get('content-type') !== 'application/pdf') throw new Error(`no PDF: ${response.status}`);
  serverBytes = pdf.length;
  if (run >= 3) serverTimes.push(elapsed); // the first few warm the connection and caches
}

// 2. Chromium printing the check page for the same answers: warm (the page already open, as a
// print service would keep it) and cold (start the browser, load the page, print, close).
const launchChromium = () =>
  chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
async function openCheckPage(page) {
  await page.goto(`${base}/en/report`);
  // Post the answers from the page itself, as the browser would after "Continue".
  await page.evaluate(({ action, fields }) => {
  const form = document.createElement('form');
  form.method = 'post';
  form.action = action;
  for (const [name, value] of Object.entries(fields)) {
    const input = document.createElement('textarea');
    input.name = name;
    input.value = value;
    form.appendChild(input);
  }
  document.body.appendChild(form);
  form.submit();
  }, { action: `${base}/en/report`, fields: answers });
  await page.waitForSelector('text=Check your report');
}

const coldTimes = [];
for (let run = 0; run < 5; run++) {
  const started = performance.now();
  const coldBrowser = await launchChromium();
  const coldPage = await coldBrowser.newPage();
  await openCheckPage(coldPage);
  await coldPage.pdf({ format: 'A4' });
  await coldBrowser.close();
  coldTimes.push(performance.now() - started);
}

const browser = await launchChromium();
const page = await browser.newPage();
await openCheckPage(page);
const chromiumTimes = [];
let chromiumBytes = 0;
const chromiumRuns = Math.min(runs, 10);
for (let run = 0; run < chromiumRuns + 1; run++) {
  const started = performance.now();
  const pdf = await page.pdf({ format: 'A4' });
  const elapsed = performance.now() - started;
  chromiumBytes = pdf.length;
  if (run >= 1) chromiumTimes.push(elapsed);
}
await browser.close();

const serverMedian = median(serverTimes);
const chromiumMedian = median(chromiumTimes);
const coldMedian = median(coldTimes);
console.log(`\nThe same full report (${Object.values(answers).join('').length} characters), made into a PDF:`);
console.log(`| way | median | runs | size |`);
console.log(`|---|---|---|---|`);
console.log(`| our server over HTTP (POST /en/report/pdf) | ${serverMedian.toFixed(1)} ms | ${serverTimes.length} | ${(serverBytes / 1024).toFixed(1)} KB |`);
console.log(`| headless Chromium printing the check page, page already open | ${chromiumMedian.toFixed(1)} ms | ${chromiumTimes.length} | ${(chromiumBytes / 1024).toFixed(1)} KB |`);
console.log(`| headless Chromium from cold: start, load the check page, print, close | ${coldMedian.toFixed(1)} ms | ${coldTimes.length} | ${(chromiumBytes / 1024).toFixed(1)} KB |`);
console.log(`\nOver HTTP our server is ${(chromiumMedian / serverMedian).toFixed(0)}× faster than a warm Chromium and ${(coldMedian / serverMedian).toFixed(0)}× faster than a cold one; its file is ${(chromiumBytes / serverBytes).toFixed(1)}× smaller.`);
console.log(`(Divide the Chromium times by the in-process criterion median above for the in-process ratios.)`);
