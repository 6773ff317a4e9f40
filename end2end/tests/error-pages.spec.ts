import { test, expect } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';

// The short pages for requests the site cannot answer: readable, accessible, in the site's style.
test('a wrong method gets a readable 405 page', async ({ page }) => {
  const response = await page.goto('/en/report/send');
  expect(response?.status()).toBe(405);
  await expect(page.locator('h1')).toHaveText('Sorry, this address does not work that way');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expectNoAxeViolations(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
