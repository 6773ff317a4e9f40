import { test, expect } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';

// The short pages for requests the site cannot answer: readable, accessible, in the site's style.
test('a wrong method gets a readable 405 page', async ({ page }) => {
  // A form's send address by GET now says that nothing was sent (exit-this-page.spec.ts); a
  // post to a guide page is still a wrong method.
  await page.route('**/en/start-here', (route) =>
    route.continue({ method: 'POST', postData: 'a=b', headers: { ...route.request().headers(), 'content-type': 'application/x-www-form-urlencoded' } }),
  );
  const response = await page.goto('/en/start-here');
  expect(response?.status()).toBe(405);
  await expect(page.locator('h1')).toHaveText('Sorry, this address does not work that way');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expectNoAxeViolations(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
