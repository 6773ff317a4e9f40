import { test, expect } from '@playwright/test';
import { EXIT_URL, stubNeutralSite } from './helpers';

test.beforeEach(async ({ page }) => {
  await stubNeutralSite(page);
});

test('Exit this page leaves for a neutral site at once', async ({ page }) => {
  await page.goto('/en/the-decision');
  const button = page.getByRole('link', { name: /Exit this page/ });
  await expect(button).toBeVisible();
  await button.click();
  await expect(page).toHaveURL(EXIT_URL);
  await expect(page).toHaveTitle('Weather');
});

test('Exit this page can be reached by keyboard straight after the skip link', async ({ page }) => {
  await page.goto('/en/on-the-day');
  await page.keyboard.press('Tab'); // skip link
  await page.keyboard.press('Tab'); // site name
  await page.keyboard.press('Tab');
  await expect(page.locator('#exit-this-page')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(EXIT_URL);
});

test('pressing Shift three times leaves too @needs-js', async ({ page }) => {
  await page.goto('/en/who-will-be-there');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await expect(page).toHaveURL(EXIT_URL);
});

test('Shift pressed with pauses, or between other keys, does not leave @needs-js', async ({ page }) => {
  await page.goto('/en/who-will-be-there');
  await page.keyboard.press('Shift');
  await page.keyboard.press('a');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.waitForTimeout(300);
  await expect(page).toHaveURL(/who-will-be-there$/);
});

test('after leaving, Back does not show the page the parent was reading @needs-js', async ({ page }) => {
  await page.goto('/en/start-here');
  await page.goto('/en/the-decision');
  await page.getByRole('link', { name: /Exit this page/ }).click();
  await expect(page).toHaveURL(EXIT_URL);
  await page.goBack();
  // The page being read is replaced in the history; Back goes to the page before it.
  await expect(page).not.toHaveURL(/the-decision/);
});
