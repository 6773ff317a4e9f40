import { test, expect } from '@playwright/test';
import { EASY_SLUGS, SLUGS } from './slugs';

// What a first visit to each page costs a phone: every byte on the wire (headers and
// compressed bodies) of every request, with an empty cache. Budget: 35 KB a content page, and
// 60 KB an easy-read page with all its pictures.
// Aim: the HTML and CSS inside 14 KB, so a phone can draw the page after the first round trip.
const BUDGET_BYTES = 35 * 1024;
const EASY_BUDGET_BYTES = 60 * 1024;
const FIRST_ROUND_TRIP_BYTES = 14 * 1024;

test.describe.configure({ mode: 'serial' });
test.skip(({ javaScriptEnabled }) => javaScriptEnabled === false, 'measured with scripts on: the larger case');

const rows: string[] = [];

// Every language: Welsh, Polish and Somali words are often longer than the English.
const pages = ['en', 'cy', 'pl', 'so'].flatMap((lang) => [
  ...SLUGS.map((slug) => ({ path: `/${lang}/${slug}`, name: `${lang}/${slug}`, budget: BUDGET_BYTES })),
  ...EASY_SLUGS.map((slug) => ({ path: `/${lang}/easy/${slug}`, name: `${lang}/easy/${slug}`, budget: EASY_BUDGET_BYTES })),
]);

for (const { path, name: slug, budget } of pages) {
  test(`first visit to ${slug} fits the budget`, async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const finished: Promise<{ url: string; type: string; bytes: number }>[] = [];
    page.on('requestfinished', (request) => {
      finished.push(
        request.sizes().then((sizes) => ({
          url: request.url(),
          type: request.resourceType(),
          bytes: sizes.responseHeadersSize + sizes.responseBodySize,
        })),
      );
    });
    await page.goto(path, { waitUntil: 'networkidle' });
    const requests = await Promise.all(finished);
    await context.close();

    const total = requests.reduce((sum, request) => sum + request.bytes, 0);
    const htmlAndCss = requests
      .filter((request) => request.type === 'document' || request.type === 'stylesheet')
      .reduce((sum, request) => sum + request.bytes, 0);
    rows.push(
      `${slug.padEnd(36)} ${String(requests.length).padStart(3)} requests  ${(total / 1024).toFixed(1).padStart(5)} KB total  ${(htmlAndCss / 1024).toFixed(1).padStart(5)} KB HTML+CSS`,
    );
    expect(requests.some((request) => request.url.endsWith('.wasm'))).toBe(false);
    expect(total, `${slug}: ${total} bytes`).toBeLessThanOrEqual(budget);
    expect(htmlAndCss, `${slug}: HTML and CSS ${htmlAndCss} bytes`).toBeLessThanOrEqual(FIRST_ROUND_TRIP_BYTES);
  });
}

test.afterAll(() => {
  console.log(
    `\nTransfer sizes, first visit, compressed (budget ${BUDGET_BYTES / 1024} KB, easy read ${EASY_BUDGET_BYTES / 1024} KB):\n${rows.join('\n')}\n`,
  );
});
