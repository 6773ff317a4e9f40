import { test, expect } from '@playwright/test';
import { expectNoAxeViolations, guidePaths, walkNextLinks } from './helpers';
import { SLUGS } from './slugs';

test('the table lists the guide pages', () => {
  expect(SLUGS.length).toBeGreaterThanOrEqual(15);
  expect(SLUGS[0]).toBe('start-here');
});

for (const slug of SLUGS) {
  test(`${slug}: renders, is accessible, loads no wasm and fits 320 px`, async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    const response = await page.goto(`/en/${slug}`);
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('h1')).toBeVisible();
    await expect(page).toHaveTitle(/Child protection conference guide$/);
    await expectNoAxeViolations(page);

    expect(requested.filter((url) => url.endsWith('.wasm') || url.includes('/pkg/'))).toEqual([]);
    const inlineScripts = await page.locator('script:not([src])').count();
    expect(inlineScripts).toBe(0);

    await page.setViewportSize({ width: 320, height: 640 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'nothing sticks out sideways at 320 px').toBeLessThanOrEqual(0);
  });
}

test('the start page lists every other page', async ({ page }) => {
  const paths = await guidePaths(page);
  expect(paths.map((path) => path.split('/').pop())).toEqual(SLUGS);
});

test('next links walk the whole guide in order', async ({ page }) => {
  const visited = await walkNextLinks(page, '/en/start-here');
  expect(visited).toEqual(SLUGS.map((slug) => `/en/${slug}`));
  await page.locator('a[rel="prev"]').click();
  expect(new URL(page.url()).pathname).toBe(`/en/${SLUGS[SLUGS.length - 2]}`);
});

test('a glossary word in the text leads to its definition', async ({ page }) => {
  await page.goto('/en/after-the-conference');
  const link = page.locator('main a[href*="/en/glossary#"]').first();
  const href = (await link.getAttribute('href')) || '';
  await link.click();
  const anchor = href.split('#')[1];
  await expect(page).toHaveURL(new RegExp(`/en/glossary#${anchor}$`));
  await expect(page.locator(`dt[id="${anchor}"]`)).toBeVisible();
});

test('the skip link is first and moves to the main content', async ({ page }) => {
  await page.goto('/en/what-is-a-conference');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main-content$/);
  await page.keyboard.press('Tab');
  const focusedInMain = await page.evaluate(() => !!document.activeElement?.closest('main'));
  expect(focusedInMain, 'the next Tab stop is inside the main content').toBe(true);
});

test('the example banner and the council come from the profile', async ({ page }) => {
  await page.goto('/en/help-and-contacts');
  await expect(page.locator('.phase-banner')).toContainText('demonstration');
  await expect(page.locator('main')).toContainText('Exampleshire County Council');
  await expect(page.getByRole('link', { name: '01632 960000' })).toHaveAttribute('href', 'tel:01632960000');
});

test('an unknown address gets our own 404 page, accessible and with a way back', async ({ page }) => {
  const response = await page.goto('/en/no-such-page');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
  await expect(page.locator('#exit-this-page')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Go to the start of the guide' }).click();
  await expect(page).toHaveURL(/\/en\/start-here$/);
});

test('the home address opens the start page', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/en\/start-here$/);
});
