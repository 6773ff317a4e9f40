import { test, expect } from '@playwright/test';

// The report pages are finished on the server so that they are valid HTML (see
// src/server/hydration_data.rs): the hydration data moved inside the body, the preload links'
// crossorigin written without the nonce. Here the browser shows that costs nothing: the island
// still wakes up, each bundle file is fetched once (a preload the page cannot use would be
// fetched twice), and nothing is refused by the Content-Security-Policy.
test('the report form hydrates from its preloads with no errors @needs-js', async ({ page }) => {
  const bundle: string[] = [];
  const problems: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/pkg/')) bundle.push(new URL(request.url()).pathname);
  });
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));

  await page.goto('/en/report');
  const count = page.locator('#going-well-count');
  await expect(count).toHaveText('Characters left: 5000');
  await page.getByLabel('What is going well for your child?').fill('Hello');
  await expect(count).toHaveText('Characters left: 4995');

  expect(bundle.sort()).toEqual(['/pkg/conference_guide.js', '/pkg/conference_guide.wasm']);
  expect(problems).toEqual([]);
  // The data Leptos streams for hydration arrived, inside the document.
  expect(await page.evaluate(() => Array.isArray((window as unknown as { __RESOLVED_RESOURCES: unknown }).__RESOLVED_RESOURCES))).toBe(true);
});
