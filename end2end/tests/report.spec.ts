import { test, expect, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { expectNoAxeViolations } from './helpers';

const STRENGTHS = 'Sam goes to school every day now. We read together at bedtime — ŵ ŷ â ą ę ł ż.';
const WORRIES = 'I agree the flat was not safe.\nI have fixed the heating and the lock.';

async function fillTheForm(page: Page) {
  await page.getByLabel('Your name').fill('Ann Example');
  await page.getByLabel('The child or children this report is about').fill('Sam and Zoë');
  await page.getByLabel('Day').fill('3');
  await page.getByLabel('Month').fill('12');
  await page.getByLabel('Year').fill('2026');
  await page.getByLabel('What is going well for your child?').fill(STRENGTHS);
  await page.getByLabel('What do you think needs to change so your child is safe and well?').fill(WORRIES);
}

test('the form, the error path, check your report and the PDF all work', async ({ page }) => {
  // The whole journey with four axe audits: about 25 s on a quiet 2-core machine, so the
  // default 30 s leaves no room when the machine is busy.
  test.setTimeout(60_000);
  await page.goto('/en/report');
  await expect(page.locator('h1')).toHaveText('Write down what you want the conference to hear');
  await expectNoAxeViolations(page);

  // Send it empty: the error summary takes focus and links to each field.
  await page.getByRole('button', { name: 'Continue to check your answers' }).click();
  await expect(page).toHaveTitle(/^Error: /);
  const summary = page.locator('.error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText([
    'Enter your name',
    'Enter the name of the child or children this report is about',
    'Write something in at least one of: strengths, worries, support you need, or next steps',
  ]);
  await expectNoAxeViolations(page);
  await summary.getByRole('link', { name: 'Enter your name' }).click();
  await expect(page.getByLabel('Your name')).toBeFocused();

  // One field over its limit: an error, and every word is still there.
  await fillTheForm(page);
  const tooLong = 'This is a long answer. '.repeat(230);
  await page.getByLabel('What could you, your family and the professionals each do?').fill(tooLong);
  await page.getByRole('button', { name: 'Continue to check your answers' }).click();
  await expect(page.locator('.error-summary')).toContainText('must be 5000 characters or fewer');
  await expect(page.getByLabel('What could you, your family and the professionals each do?')).toHaveValue(tooLong);
  await expect(page.getByLabel('What is going well for your child?')).toHaveValue(STRENGTHS);
  await page.getByLabel('What could you, your family and the professionals each do?').fill('My sister can take Sam to school.');
  await page.getByRole('button', { name: 'Continue to check your answers' }).click();

  // Check your report, change a section, come back.
  await expect(page.locator('h1')).toHaveText('Check your report');
  await expect(page.locator('main')).toContainText(STRENGTHS);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Change Strengths' }).click();
  await expect(page.getByLabel('What is going well for your child?')).toHaveValue(STRENGTHS);
  await expect(page.getByLabel('What do you think needs to change so your child is safe and well?')).toHaveValue(WORRIES);
  await page.getByRole('button', { name: 'Continue to check your answers' }).click();

  // Download: the file's text is what was typed.
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download PDF' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('conference-report-2026-12-03.pdf');
  const file = test.info().outputPath('report.pdf');
  await download.saveAs(file);
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  for (const expected of [STRENGTHS, WORRIES.replace('\n', ' '), 'Ann Example', 'Sam and Zoë', '3 December 2026', 'Exampleshire County Council', 'My sister can take Sam to school.']) {
    expect(text).toContain(expected);
  }
});

test('characters the PDF cannot show are named before download', async ({ page }) => {
  await page.goto('/en/report');
  await page.getByLabel('Your name').fill('Ann');
  await page.getByLabel('The child or children this report is about').fill('Sam');
  await page.getByLabel('What is going well for your child?').fill('Sam says مرحبا and 漢字');
  await page.getByRole('button', { name: 'Continue to check your answers' }).click();
  const notice = page.locator('.unprintable');
  await expect(notice).toContainText('Some characters will not print');
  await expect(notice).toContainText('“م”');
  await expect(notice).toContainText('“漢”');
  // It names the answer that holds them, so the parent knows where to look.
  await expect(notice.locator('li')).toHaveCount(1);
  await expect(notice.locator('li')).toContainText('In “What is going well for your child?”: “م”');
});

test('a month typed as a word and a day as "27th" are understood', async ({ page }) => {
  await page.goto('/en/report');
  await page.getByLabel('Your name').fill('Ann');
  await page.getByLabel('The child or children this report is about').fill('Sam');
  await page.getByLabel('Day').fill('27th');
  await page.getByLabel('Month').fill('Mar');
  await page.getByLabel('Year').fill('2027');
  await page.getByLabel('What is going well for your child?').fill('We read together.');
  await page.getByRole('button', { name: 'Continue to check your answers' }).click();
  await expect(page.locator('h1')).toHaveText('Check your report');
  await expect(page.locator('main')).toContainText('27 March 2027');
});

test('a month that cannot be read says exactly what to type', async ({ page }) => {
  await page.goto('/en/report');
  await page.getByLabel('Your name').fill('Ann');
  await page.getByLabel('The child or children this report is about').fill('Sam');
  await page.getByLabel('Day').fill('27');
  await page.getByLabel('Month').fill('Marhc');
  await page.getByLabel('Year').fill('2027');
  await page.getByLabel('What is going well for your child?').fill('We read together.');
  await page.getByRole('button', { name: 'Continue to check your answers' }).click();
  await expect(page.locator('.error-summary')).toContainText(
    'The date of the conference must be a real date, for example 27 3 2027 or 27 March 2027',
  );
});

test('the character count follows the typing @needs-js', async ({ page }) => {
  await page.goto('/en/report');
  const count = page.locator('#going-well-count');
  await expect(count).toHaveText('Characters left: 5000');
  await page.getByLabel('What is going well for your child?').fill('Twelve chars');
  await expect(count).toHaveText('Characters left: 4988');
  await page.getByLabel('What is going well for your child?').fill('x'.repeat(5003));
  await expect(count).toHaveText('Characters over the limit: 3');
});

test('nothing the parent typed goes into the address bar', async ({ page }) => {
  await page.goto('/en/report');
  await fillTheForm(page);
  await page.getByRole('button', { name: 'Continue to check your answers' }).click();
  await expect(page.locator('h1')).toHaveText('Check your report');
  expect(page.url()).toBe(new URL('/en/report', page.url()).href);
});
