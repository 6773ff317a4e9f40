import { test, expect } from '@playwright/test';
import { expectNoAxeViolations, walkNextLinks } from './helpers';
import { EASY_SLUGS, SLUGS } from './slugs';

// Easy read: every guide page again, at /en/easy/{slug}, with a picture beside each idea.
// These run with JavaScript on and off (the two Playwright projects).

/** Easy-read pages that explain a form: their twin is the form. */
const FORM_TWINS: Record<string, string> = { 'writing-your-views': '/en/report', dates: '/en/dates' };

test('every standard page has an easy-read twin, plus the pages that explain the two forms', () => {
  expect(EASY_SLUGS.filter((slug) => !(slug in FORM_TWINS))).toEqual(SLUGS);
  for (const slug of Object.keys(FORM_TWINS)) expect(EASY_SLUGS).toContain(slug);
});

for (const slug of EASY_SLUGS) {
  test(`easy/${slug}: renders, is accessible, pictures beside words, no wasm, fits 320 px`, async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    const response = await page.goto(`/en/easy/${slug}`);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page).toHaveTitle(/Child protection conference guide$/);
    await expect(page.locator('#exit-this-page')).toBeVisible();
    await expect(page.locator('.phase-banner')).toBeVisible();
    await expectNoAxeViolations(page);
    expect(requested.filter((url) => url.endsWith('.wasm') || url.includes('/pkg/'))).toEqual([]);
    expect(await page.locator('script:not([src])').count()).toBe(0);

    // Each idea has its picture, loaded, on the left of its words, and the text is bigger
    // than a standard page's 19px.
    const steps = page.locator('.picture-step');
    expect(await steps.count()).toBeGreaterThanOrEqual(4);
    await expect(page.locator('.for-you')).toHaveCount(1);
    for (const step of await steps.all()) {
      const picture = step.locator('img');
      await expect(picture).toHaveAttribute('alt', '');
      expect(await picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
      const pictureBox = await picture.boundingBox();
      const textBox = await step.locator('.picture-step-text').boundingBox();
      expect(pictureBox && textBox && pictureBox.x + pictureBox.width <= textBox.x, 'picture left, words right').toBe(true);
    }
    const fontSize = await steps.first().locator('p').evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
    expect(fontSize).toBeGreaterThanOrEqual(22);

    await page.setViewportSize({ width: 320, height: 640 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'nothing sticks out sideways at 320 px').toBeLessThanOrEqual(0);
    for (const step of await steps.all()) {
      const pictureBox = await step.locator('img').boundingBox();
      const textBox = await step.locator('.picture-step-text').boundingBox();
      expect(pictureBox && textBox && pictureBox.x + pictureBox.width <= textBox.x, 'still side by side at 320 px').toBe(true);
    }
  });
}

test('each page links to its twin near the top, in one tap each way', async ({ page }) => {
  test.setTimeout(120_000); // 22 pages, 3 page loads each
  for (const slug of SLUGS) {
    await page.goto(`/en/${slug}`);
    const toEasy = page.locator('main a').first();
    await expect(toEasy).toHaveText('Easy read');
    await toEasy.click();
    await expect(page).toHaveURL(new RegExp(`/en/easy/${slug}$`));
    const toStandard = page.locator('main a').first();
    await expect(toStandard).toHaveText('Standard version');
    await toStandard.click();
    await expect(page).toHaveURL(new RegExp(`/en/${slug}$`));
  }
});

test('next links walk the whole easy-read guide and stay in easy read', async ({ page }) => {
  const visited = await walkNextLinks(page, '/en/easy/start-here');
  expect(visited).toEqual(EASY_SLUGS.map((slug) => `/en/easy/${slug}`));
  await page.locator('a[rel="prev"]').click();
  expect(new URL(page.url()).pathname).toBe(`/en/easy/${EASY_SLUGS[EASY_SLUGS.length - 2]}`);
});

test('the contents, the footer, the header and glossary words stay in easy read', async ({ page }) => {
  await page.goto('/en/easy/start-here');
  const contents = await page.locator('.contents ul a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  expect(contents).toEqual(EASY_SLUGS.slice(1).map((slug) => `/en/easy/${slug}`));
  for (const href of await page.locator('.footer-links a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))) {
    expect(href).toMatch(/^\/en\/easy\//);
  }
  await expect(page.locator('.header-name')).toHaveAttribute('href', '/en/easy/start-here');

  const word = page.locator('main a[href^="/en/easy/glossary#"]').first();
  const anchor = ((await word.getAttribute('href')) || '').split('#')[1];
  await word.click();
  await expect(page).toHaveURL(new RegExp(`/en/easy/glossary#${anchor}$`));
  await expect(page.locator(`h2[id="${anchor}"]`)).toBeVisible();
});

test('the start page and the contents offer both versions', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/en\/start-here$/);
  await page.getByRole('link', { name: 'Easy read', exact: true }).click();
  await expect(page).toHaveURL(/\/en\/easy\/start-here$/);
  await page.goto('/en/start-here');
  await page.locator('.contents-other-version a').click();
  await expect(page).toHaveURL(/\/en\/easy\/start-here#contents$/);
  await page.locator('.contents-other-version a').click();
  await expect(page).toHaveURL(/\/en\/start-here#contents$/);
});

const FORM_GUIDES = [
  { form: '/en/report', link: 'writing your views for the meeting', easy: '/en/easy/writing-your-views' },
  { form: '/en/dates', link: 'what your dates mean', easy: '/en/easy/dates' },
];
for (const { form, link, easy } of FORM_GUIDES) {
  test(`${form} says where its easy-read guide is, above the questions, and the guide leads back`, async ({ page }) => {
    await page.goto(form);
    const guide = page.getByRole('link', { name: link });
    const top = await guide.boundingBox();
    const questions = await page.locator('main form').first().boundingBox();
    expect(top && questions && top.y < questions.y, 'above the questions').toBe(true);
    await guide.click();
    await expect(page).toHaveURL(new RegExp(`${easy}$`));
    await page.getByRole('link', { name: 'Standard version' }).click();
    await expect(page).toHaveURL(new RegExp(`${form}$`));
  });
}

test('printed, an easy-read page keeps its pictures and its big words', async ({ page }) => {
  await page.goto('/en/easy/on-the-day');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.picture-step img').first()).toBeVisible();
  await expect(page.locator('.twin-link')).toBeHidden();
  const points = await page.locator('.picture-step-text').first().evaluate((p) => parseFloat(getComputedStyle(p).fontSize) * 0.75);
  expect(points).toBeGreaterThanOrEqual(14);
});
