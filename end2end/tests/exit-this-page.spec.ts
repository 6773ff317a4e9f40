import { test, expect } from '@playwright/test';
import { EXIT_URL, expectNoAxeViolations, stubNeutralSite } from './helpers';

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

/** The Exit button is wholly inside the screen, and nothing else sits on top of it. */
async function expectExitOnScreen(page: import('@playwright/test').Page) {
  const button = page.locator('#exit-this-page');
  await expect(button).toBeInViewport({ ratio: 1 });
  const onTop = await button.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return !!hit && element.contains(hit);
  });
  expect(onTop, 'the button is the thing under a tap').toBe(true);
}

for (const width of [320, 360, 1024]) {
  test(`Exit this page stays on screen to the bottom of the long report page at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 740 });
    await page.goto('/en/report');
    await expectExitOnScreen(page);
    await page.locator('footer').scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expectExitOnScreen(page);
    if (width === 360) await page.screenshot({ path: test.info().outputPath('exit-at-the-bottom.png') });
    await page.locator('#exit-this-page').click();
    await expect(page).toHaveURL(EXIT_URL);
  });
}

test('Exit this page stays on screen on a guide page, and the field a link leads to is not under it', async ({ page }) => {
  await page.goto('/en/who-will-be-there');
  await page.mouse.wheel(0, 3000);
  await expectExitOnScreen(page);
  // Scrolled to from the skip link or a #link, the target starts below the bar.
  await page.goto('/en/report#worries');
  const bar = await page.locator('.exit-this-page').boundingBox();
  const heading = await page.locator('#worries-heading').boundingBox();
  expect(bar && heading && heading.y >= bar.y + bar.height, 'the heading starts below the bar').toBe(true);
  await expectNoAxeViolations(page);
});

const SECRET = 'Zebediah Quillfeather';

/** Every field of the page in front of us is empty, and no word typed is anywhere in it. */
async function expectNothingTyped(page: import('@playwright/test').Page) {
  const html = await page.content().catch(() => '');
  expect(html).not.toContain('Zebediah');
  for (const field of await page.locator('input[type=text], textarea').all()) {
    await expect(field).toHaveValue('');
  }
  for (const choice of await page.locator('input[type=radio], input[type=checkbox]').all()) {
    await expect(choice).not.toBeChecked();
  }
}

async function goBack(page: import('@playwright/test').Page) {
  // Back to a page that was the answer to a post gives the browser's own page, which is a
  // failed navigation for Playwright; what it shows is what matters.
  await page.goBack().catch(() => null);
  await page.waitForTimeout(500);
}

test('after Exit, Back does not bring back words typed on the questions', async ({ page }) => {
  await page.goto('/en/start-here');
  await page.goto('/en/report');
  await page.getByLabel('Your name').fill(SECRET);
  await page.getByLabel('What is going well for your child?').fill(`${SECRET} reads with Sam.`);
  await page.locator('#exit-this-page').click();
  await expect(page).toHaveURL(EXIT_URL);
  await goBack(page);
  await expectNothingTyped(page);
});

// With script, Exit empties the page and takes it out of the history. Without script, Back to
// the answer of a POST is Chromium's "Confirm form resubmission" page, with no words on it.
// Playwright's request interception (`page.route`) makes Chromium resend the POST on Back
// without asking, so this test leaves the neutral site unstubbed: with no network it is an
// error page, which is all the test needs. (With the stub, the page came back with its words.)
test('after Exit, Back does not bring back the check page with its answers', async ({ page, context }) => {
  await page.unrouteAll();
  await context.unrouteAll();
  await page.goto('/en/start-here');
  await page.goto('/en/report');
  await page.getByLabel('Your name').fill(SECRET);
  await page.getByLabel('The child or children this report is about').fill('Sam');
  await page.getByLabel('What is going well for your child?').fill(`${SECRET} reads with Sam.`);
  await page.getByRole('button', { name: 'Continue to check your answers' }).click();
  await expect(page.locator('h1')).toHaveText('Check your report');
  await page.locator('#exit-this-page').click();
  await page.waitForURL((url) => !url.href.startsWith('http://127.0.0.1'));
  await goBack(page);
  await expectNothingTyped(page);
  // And one step further back, to the questions as they were sent.
  await goBack(page);
  await expectNothingTyped(page);
});

test('the PDF and send addresses opened from the history say that nothing was sent', async ({ page }) => {
  for (const path of ['/en/report/send', '/en/report/pdf']) {
    await page.goto(path);
    await expect(page.locator('h1')).toHaveText('Nothing was sent');
    await expectExitOnScreen(page);
    await page.getByRole('link', { name: 'Write down what you want the conference to hear' }).click();
    await expect(page).toHaveURL(/\/en\/report$/);
  }
  await page.goto('/en/report/send');
  await expectNoAxeViolations(page);
});

test('screen readers hear of the Shift shortcut only when the script runs', async ({ page }) => {
  await page.goto('/en/start-here');
  const javaScriptOn = test.info().project.use.javaScriptEnabled !== false;
  const exit = page.locator('#exit-this-page');
  if (javaScriptOn) {
    await expect(exit).toHaveAccessibleName(/^Exit this page\s*, or press the Shift key 3 times, to leave this site quickly$/);
  } else {
    await expect(exit).toHaveAccessibleName(/^Exit this page\s*, to leave this site quickly$/);
  }
});
