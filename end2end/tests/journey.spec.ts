import { test, expect } from '@playwright/test';
import { EXIT_URL, expectNoAxeViolations, stubNeutralSite } from './helpers';

test.beforeEach(async ({ page }) => {
  await stubNeutralSite(page);
});

test('an error summary link lands with the label and the error in view, below Exit this page', async ({ page }) => {
  await page.goto('/en/report');
  await page.getByRole('button', { name: 'Continue to check your answers' }).click();
  const summary = page.locator('.error-summary');
  await summary.getByRole('link', { name: 'Enter the name of the child or children this report is about' }).click();
  const field = page.getByLabel('The child or children this report is about');
  await expect(field).toBeFocused();
  const label = page.locator('label[for="child-names"]');
  await expect(label).toBeInViewport({ ratio: 1 });
  await expect(page.locator('#child-names-error')).toBeInViewport({ ratio: 1 });
  const bar = await page.locator('.exit-this-page').boundingBox();
  const labelBox = await label.boundingBox();
  expect(bar && labelBox && labelBox.y >= bar.y + bar.height, 'the label is not under the bar').toBe(true);
  await page.screenshot({ path: test.info().outputPath('error-summary-landing.png') });
  await expectNoAxeViolations(page);
});

test('the form says first who may read the report', async ({ page }) => {
  await page.goto('/en/report');
  const warning = page.getByText('This can include a partner or ex-partner.');
  await expect(warning).toBeVisible();
  const warningBox = await warning.boundingBox();
  const firstField = await page.getByLabel('Your name').boundingBox();
  expect(warningBox && firstField && warningBox.y < firstField.y).toBe(true);
});

test('form pages say near the footer that leaving loses what is written', async ({ page }) => {
  await page.goto('/en/report');
  await expect(page.locator('.leaving-loses-words')).toHaveText(
    'If you follow a link away from this page, what you have written here will be lost. This website does not keep it.',
  );
  await page.goto('/en/start-here');
  await expect(page.locator('.leaving-loses-words')).toHaveCount(0);
});

test('leaving a form page with unsent words asks first @needs-js', async ({ page }) => {
  await page.goto('/en/report');
  // Nothing typed yet: a link just goes.
  await page.locator('footer').getByRole('link', { name: 'Words explained' }).click();
  await expect(page).toHaveURL(/\/en\/glossary$/);
  await page.goBack();
  await page.getByLabel('Your name').click();
  await page.keyboard.type('Ann');
  const asked: string[] = [];
  page.on('dialog', async (dialog) => {
    asked.push(dialog.type());
    await dialog.dismiss();
  });
  await page.locator('footer').getByRole('link', { name: 'Words explained' }).click();
  await expect.poll(() => asked).toEqual(['beforeunload']);
  await expect(page).toHaveURL(/\/en\/report$/);
  await expect(page.getByLabel('Your name')).toHaveValue('Ann');
  // The form's own button does not ask.
  await page.getByRole('button', { name: 'Continue to check your answers' }).click();
  await expect(page.locator('.error-summary')).toBeVisible();
  expect(asked).toEqual(['beforeunload']);
});

test('Exit this page never asks, whatever is typed @needs-js', async ({ page }) => {
  await page.goto('/en/report');
  await page.getByLabel('Your name').click();
  await page.keyboard.type('Ann');
  const asked: string[] = [];
  page.on('dialog', async (dialog) => {
    asked.push(dialog.type());
    await dialog.dismiss();
  });
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await expect(page).toHaveURL(EXIT_URL);
  expect(asked).toEqual([]);
});

test('every guide page links to all pages and to the report', async ({ page }) => {
  const { guidePaths } = await import('./helpers');
  for (const path of await guidePaths(page)) {
    await page.goto(path);
    const links = page.getByRole('navigation', { name: 'More from this guide' });
    await expect(links.getByRole('link', { name: 'All pages' }), path).toHaveAttribute('href', '/en/start-here#contents');
    await expect(links.getByRole('link', { name: 'Write your report' }), path).toHaveAttribute('href', '/en/report');
  }
  await page.goto('/en/start-here');
  await expect(page.locator('.contents')).toContainText('What if I disagree or am unhappy?');
  for (const path of ['/en/if-you-cannot-go', '/en/complaints', '/en/before-the-conference']) {
    await page.goto(path);
    await expect(page.locator('main').getByRole('link', { name: 'Write your report for the conference' }), path).toBeVisible();
  }
  await page.goto('/en/if-you-cannot-go');
  await expect(page.locator('main')).not.toContainText('on the on the day');
  await expectNoAxeViolations(page);
});

test('the safety page says what Back can still show, and when the Shift shortcut works', async ({ page }) => {
  await page.goto('/en/staying-safe-online');
  const main = page.locator('main');
  await expect(main).toContainText('This only works when your browser runs JavaScript.');
  await expect(main).toContainText("Back can also offer to send your report's words again, and then show them. To stop this, close the tab after you leave.");
});
test('the character count tells screen readers only once typing pauses, and counts what is already there @needs-js', async ({ page }) => {
  // Playwright's fake clock cannot stand in here: the islands' cleared timers still fire under
  // it. Real time, then: every change of the spoken text is recorded while a word is typed.
  await page.goto('/en/report');
  const field = page.getByLabel('What is going well for your child?');
  const island = page.locator('leptos-island').filter({ has: page.locator('#going-well-count') });
  const spoken = island.locator('[aria-live="polite"]');
  await expect(page.locator('#going-well-count')).toHaveAttribute('aria-hidden', 'true');
  await spoken.evaluate((element) => {
    const heard: string[] = [];
    (window as unknown as { heard: string[] }).heard = heard;
    new MutationObserver(() => heard.push(element.textContent ?? '')).observe(element, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  });
  await field.click();
  await page.keyboard.type('We read at night', { delay: 120 });
  // On screen at every key.
  await expect(page.locator('#going-well-count')).toContainText('4984');
  // Read out once, after the last key, with the final number.
  await expect(spoken).toContainText('4984', { timeout: 5000 });
  const heard = await page.evaluate(() => (window as unknown as { heard: string[] }).heard);
  expect(heard.filter((words) => words.trim() !== '')).toEqual(['Characters left: 4984']);
  // Words sent back by the server are counted when the page wakes.
  await page.getByRole('button', { name: 'Continue to check your answers' }).click();
  await expect(page.locator('.error-summary')).toBeVisible();
  await expect(page.locator('#going-well-count')).toContainText('4984');
});
