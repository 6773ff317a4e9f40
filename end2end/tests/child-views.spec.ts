import { test, expect, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { expectNoAxeViolations } from './helpers';

// The child's words, exactly as typed, with characters a child might use.
const GOOD = 'My cat Biscuit & Nain’s garden — ŵ ŷ ł 😀 <b>';
const WORRY = 'I worry when Mum is sad.\nI don’t like shouting.';
const DREAM = 'Everyone at home laughing together.';

async function next(page: Page) {
  await page.getByRole('button', { name: 'Next' }).click();
}

/** Nothing wider than the screen at 320 px. */
async function expectNoSidewaysScrolling(page: Page) {
  await page.setViewportSize({ width: 320, height: 700 });
  const wider = await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
  expect(wider, `sideways scrolling on ${page.url()}`).toBe(false);
  await page.setViewportSize({ width: 360, height: 740 });
}

test('a child and a helper go through every screen, fix a mistake, check, and get the PDF', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/en/child-views');
  await expect(page.locator('h1')).toHaveText('My views for the meeting');
  await expect(page.getByRole('link', { name: 'If you feel unsafe now' })).toHaveAttribute('href', '/en/feeling-unsafe');
  await expectNoAxeViolations(page);
  await expectNoSidewaysScrolling(page);

  // Next without choosing: the error, then the choice.
  await next(page);
  await expect(page).toHaveTitle(/^Error: /);
  await expect(page.locator('.error-summary')).toBeFocused();
  await expectNoAxeViolations(page);
  await page.getByLabel('A helper is writing down what the child says').check();
  await next(page);

  await expect(page.locator('h1')).toHaveText('Who is helping?');
  await page.getByLabel("Helper's name (optional)").fill('Sam Advocate');
  await page.getByLabel('An advocate').check();
  await next(page);

  await expect(page.locator('h1')).toHaveText('About you');
  await page.getByLabel('Your first name').fill('Maya');
  await page.getByLabel('How old are you? (optional)').fill('9');
  await next(page);

  await expect(page.locator('h1')).toHaveText('When is the meeting?');
  await page.getByLabel('Day').fill('14');
  await page.getByLabel('Month').fill('3');
  await page.getByLabel('Year').fill('2030');
  await next(page);

  await expect(page.locator('h1')).toHaveText('My house of good things');
  await page.getByLabel('My friends').check();
  await page.getByLabel('What is good in my life').fill(GOOD);
  await expectNoAxeViolations(page);
  await expectNoSidewaysScrolling(page);
  await next(page);
  await next(page); // who helps me: skipped
  await next(page); // what I like doing: skipped

  await expect(page.locator('h1')).toHaveText('My house of worries');
  await page.getByLabel('Worried').check();
  await page.getByLabel('What worries me').fill(WORRY);
  await next(page);
  await next(page); // what I wish would change: skipped

  await expect(page.locator('h1')).toHaveText('My house of dreams');
  // Back, and forward again: every word kept.
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.locator('h1')).toHaveText('My house of worries: what I wish would change');
  await next(page);
  await page.getByLabel('What is good in my life').count().then((count) => expect(count).toBe(0));
  await page.getByLabel('I feel safe').check();
  await page.getByLabel('How I would like things to be').fill(DREAM);
  await next(page);
  await next(page); // what I want the meeting to know
  await expect(page.locator('h1')).toHaveText('How I want to take part');
  await page.getByLabel('I want to write or draw something instead').check();
  await next(page);

  await expect(page.locator('h1')).toHaveText('Check your answers');
  await expect(page.locator('main')).toContainText(GOOD);
  await expectNoAxeViolations(page);
  await expectNoSidewaysScrolling(page);

  // A file that is not a picture: the error, and every word still there.
  const notAPicture = test.info().outputPath('notes.txt');
  writeFileSync(notAPicture, 'not a picture');
  await page.getByLabel('Add a photo of a drawing (optional)').setInputFiles(notAPicture);
  await page.getByRole('button', { name: 'Download PDF' }).click();
  await expect(page).toHaveTitle(/^Error: Check your answers/);
  await expect(page.locator('.error-summary')).toContainText('The file must be a photo in JPEG or PNG format');
  await expect(page.locator('main')).toContainText(DREAM);
  await expectNoAxeViolations(page);

  // Change a house and come straight back.
  await page.getByRole('button', { name: 'Change My house of dreams' }).click();
  await expect(page.getByLabel('How I would like things to be')).toHaveValue(DREAM);
  await next(page);
  await expect(page.locator('h1')).toHaveText('Check your answers');

  // A real PNG, then the PDF: its text is every word as typed.
  const drawing = test.info().outputPath('drawing.png');
  execFileSync('python3', ['-c', `
import zlib, struct, sys
w, h = 60, 40
raw = b''.join(b'\\x00' + b'\\xc8\\x32\\x32' * w for _ in range(h))
def chunk(kind, data):
    return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data))
png = b'\\x89PNG\\r\\n\\x1a\\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0)) + chunk(b'IDAT', zlib.compress(raw)) + chunk(b'IEND', b'')
open(sys.argv[1], 'wb').write(png)
`, drawing]);
  await page.getByLabel('Add a photo of a drawing (optional)').setInputFiles(drawing);
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download PDF' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('my-views-2030-03-14.pdf');
  const file = test.info().outputPath('views.pdf');
  await download.saveAs(file);
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  for (const expected of [GOOD, WORRY.replace('\n', ' '), DREAM, 'Maya', 'Sam Advocate', 'A helper is writing down what the child says', '14 March 2030', 'My friends', 'Worried', 'I feel safe']) {
    expect(text).toContain(expected);
  }
});

test('every screen works from the keyboard alone', async ({ page }) => {
  await page.goto('/en/child-views');
  // Tab to the first choice, pick it with Space, and press Enter to go on.
  const first = page.getByLabel('I am writing this on my own');
  for (let i = 0; i < 60 && !(await first.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(first).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('Enter');
  await expect(page.locator('h1')).toHaveText('Who is helping?');
});

test('the feeling unsafe and helpers pages pass axe', async ({ page }) => {
  for (const path of ['/en/feeling-unsafe', '/en/helping-a-child']) {
    await page.goto(path);
    await expectNoAxeViolations(page);
    await expectNoSidewaysScrolling(page);
  }
});
