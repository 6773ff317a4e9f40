import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectNoAxeViolations } from './helpers';

// Runs in both projects: with script on and off, the form posts to the server and the dates
// page and its calendar file come back the same way.

async function fitsAt320(page: import('@playwright/test').Page) {
  await page.setViewportSize({ width: 320, height: 640 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, 'nothing sticks out sideways at 320 px').toBeLessThanOrEqual(0);
}

test('your dates: the form, its errors, the dates in order and the calendar file', async ({ page }) => {
  await page.goto('/en/before-the-conference');
  await page.getByRole('link', { name: 'Work out your dates' }).click();
  await expect(page).toHaveURL(/\/en\/dates$/);
  await expect(page.locator('h1')).toHaveText('Work out your dates');
  await expectNoAxeViolations(page);
  await fitsAt320(page);

  await page.getByRole('button', { name: 'Show my dates' }).click();
  await expect(page).toHaveTitle(/^Error: /);
  await expect(page.locator('.error-summary').getByRole('link')).toHaveText([
    'Enter the date of the conference',
    'Choose which conference it is',
  ]);
  await expectNoAxeViolations(page);

  await page.getByLabel('Day').fill('5');
  await page.getByLabel('Month').fill('3');
  await page.getByLabel('Year').fill('2026');
  await page.getByLabel('The first conference (an initial conference)').check();
  await page.getByRole('button', { name: 'Show my dates' }).click();
  // The date is posted, never put in the address.
  await expect(page).toHaveURL(/\/en\/dates$/);
  await expect(page.locator('h1')).toHaveText('Your dates');
  await expect(page.locator('.dates-when')).toHaveText([
    'By Tuesday 3 March 2026',
    'On Thursday 5 March 2026',
    'On Thursday 5 March 2026',
    'By Thursday 19 March 2026',
    'By Thursday 2 April 2026',
    'By Thursday 30 April 2026',
    'By Friday 5 June 2026',
    'By Friday 4 December 2026',
  ]);
  await expectNoAxeViolations(page);
  await fitsAt320(page);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download calendar file' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('my-dates-2026-03-05.ics');
  const file = readFileSync(await download.path(), 'utf8');
  expect(file.match(/DTSTART;VALUE=DATE:\d{8}/g)).toEqual([
    'DTSTART;VALUE=DATE:20260303',
    'DTSTART;VALUE=DATE:20260305',
    'DTSTART;VALUE=DATE:20260305',
    'DTSTART;VALUE=DATE:20260319',
    'DTSTART;VALUE=DATE:20260402',
    'DTSTART;VALUE=DATE:20260430',
    'DTSTART;VALUE=DATE:20260605',
    'DTSTART;VALUE=DATE:20261204',
  ]);
  expect(file).not.toMatch(/SUMMARY:.*[Cc]hild protection/);

  await page.getByRole('button', { name: 'Change the date' }).click();
  await expect(page.getByLabel('Day')).toHaveValue('5');
});

test('your dates go into the report: the report opens at its dates part with the date filled in', async ({ page }) => {
  await page.goto('/en/dates');
  await page.getByLabel('Day').fill('5');
  await page.getByLabel('Month').fill('March');
  await page.getByLabel('Year').fill('2026');
  await page.getByLabel('The first conference (an initial conference)').check();
  await page.getByRole('button', { name: 'Show my dates' }).click();
  await page.getByRole('button', { name: 'Add the dates to my report' }).click();
  // Posted, so the date is not in the address; the page is the report's questions.
  await expect(page).toHaveURL(/\/en\/report(#your-dates)?$/);
  await expect(page.locator('.error-summary')).toHaveCount(0);
  await expect(page.locator('#conference-day')).toHaveValue('5');
  await expect(page.locator('#conference-month')).toHaveValue('3');
  await expect(page.getByLabel('Yes, add the dates to the end of my report')).toBeChecked();
  await expect(page.getByLabel('The first conference (an initial conference)')).toBeChecked();
  await expect(page.locator('#your-dates-heading, #your-dates').first()).toBeInViewport();
  await expectNoAxeViolations(page);

  await page.getByLabel('Your name').fill('Ann Example');
  await page.getByLabel('The child or children this report is about').fill('Sam');
  await page.getByLabel('What is going well for your child?').fill('Sam reads every night.');
  await page.getByRole('button', { name: 'Continue to check your answers' }).click();
  await expect(page.locator('h1')).toHaveText('Check your report');
  await expect(page.locator('main')).toContainText('Yes, add the dates to the end of my report');
});
