import { test, expect } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';
import { WALES_URL } from '../playwright.config';
import { SLUGS } from './slugs';

test.use({ baseURL: WALES_URL });

test('a council in Wales gets the register and the care and support protection plan', async ({ page }) => {
  await page.goto('/en/the-decision');
  await expect(page.locator('main')).toContainText(/child protection register/i);
  await expect(page.locator('main')).toContainText(/care and support protection plan/i);
  await page.goto('/en/complaints');
  await expect(page.locator('main')).toContainText(/categor/i);
});

test('the Wales example is also marked as an example', async ({ page }) => {
  await page.goto('/en/help-and-contacts');
  await expect(page.locator('.phase-banner')).toBeVisible();
  await expect(page.locator('main')).toContainText('Enghraifft County Borough Council');
});

for (const slug of SLUGS) {
  test(`${slug} (Wales): accessible`, async ({ page }) => {
    const response = await page.goto(`/en/${slug}`);
    expect(response?.status()).toBe(200);
    await expectNoAxeViolations(page);
  });
}
