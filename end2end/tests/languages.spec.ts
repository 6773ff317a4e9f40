import { test, expect, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';
import { EASY_SLUGS, SLUGS } from './slugs';
import { WALES_URL } from '../playwright.config';

// Welsh, Polish and Somali: every page in both versions and every form, with JavaScript on and
// off (the two projects). English runs through every other spec.

const LANGUAGES = [
  { code: 'cy', name: 'Cymraeg' },
  { code: 'pl', name: 'Polski' },
  { code: 'so', name: 'Soomaali' },
];

const ROUTES = [
  ...SLUGS.map((slug) => `/${slug}`),
  ...EASY_SLUGS.map((slug) => `/easy/${slug}`),
  '/report',
  '/child-views',
  '/dates',
];

async function expectFitsAt320(page: Page) {
  await page.setViewportSize({ width: 320, height: 640 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `nothing sticks out sideways at 320 px on ${page.url()}`).toBeLessThanOrEqual(0);
}

for (const language of LANGUAGES) {
  for (const route of ROUTES) {
    test(`${language.code}${route}: in ${language.name}, accessible, fits 320 px`, async ({ page }) => {
      const response = await page.goto(`/${language.code}${route}`);
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', language.code);
      await expect(page.locator('h1')).toHaveCount(1);
      // The translation is a draft, and says so, on every page.
      await expect(page.locator('.translation-notice')).toBeVisible();
      // The picker names each language in itself and marks this one.
      const picker = page.locator('.language-picker');
      for (const own of ['English', 'Cymraeg', 'Polski', 'Soomaali']) await expect(picker).toContainText(own);
      await expect(page.locator(`link[rel="alternate"][hreflang="${language.code}"]`)).toHaveAttribute(
        'href',
        `https://guide.exampleshire.example/${language.code}${route}`,
      );
      await expectNoAxeViolations(page);
      await expectFitsAt320(page);
    });
  }
}

test('switching language on the report keeps every word typed, with no errors shown', async ({ page }) => {
  await page.goto('/en/report');
  await page.locator('#parent-name').fill('Zoë Łukasiewicz');
  await page.locator('#going-well').fill('Zosia lubi szkołę; źle śpi, ale żółw i gęś ją cieszą.');
  await page.locator('.language-picker').getByRole('button', { name: 'Polski' }).click();
  await expect(page).toHaveURL(/\/pl\/report$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
  await expect(page.locator('#parent-name')).toHaveValue('Zoë Łukasiewicz');
  await expect(page.locator('#going-well')).toHaveValue('Zosia lubi szkołę; źle śpi, ale żółw i gęś ją cieszą.');
  await expect(page.locator('.error-summary')).toHaveCount(0);
  await expectNoAxeViolations(page);
  // And on to Welsh, then back to English: still every word.
  await page.locator('.language-picker').getByRole('button', { name: 'Cymraeg' }).click();
  await expect(page).toHaveURL(/\/cy\/report$/);
  await page.locator('.language-picker').getByRole('button', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en\/report$/);
  await expect(page.locator('#going-well')).toHaveValue('Zosia lubi szkołę; źle śpi, ale żółw i gęś ją cieszą.');
});

test('switching language on the check page shows the check page again, in that language', async ({ page }) => {
  await page.goto('/cy/report');
  await page.locator('#parent-name').fill('Siôn');
  await page.locator('#child-names').fill('Ŵyn');
  await page.locator('#going-well').fill("Mae'n hoffi'r ŵyl a'r tŷ.");
  await page.locator('form#answers button[type="submit"]').last().click();
  await expect(page.locator('#answers-check, form[id]').first()).toBeVisible();
  const welshTitle = await page.locator('h1').textContent();
  await page.locator('.language-picker').getByRole('button', { name: 'Soomaali' }).click();
  await expect(page).toHaveURL(/\/so\/report$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'so');
  await expect(page.locator('h1')).not.toHaveText(welshTitle || '');
  await expect(page.locator('main')).toContainText("Mae'n hoffi'r ŵyl a'r tŷ.");
  await expect(page.locator('main')).toContainText('Ŵyn');
  await expectNoAxeViolations(page);
});

test('a Polish report with mistakes shows its errors in Polish and fits 320 px', async ({ page }) => {
  await page.goto('/pl/report');
  await page.locator('#going-well').fill('Bardzo długie słowa: niezrozumiałość, konstantynopolitańczykowianeczka.');
  await page.locator('form#answers button[type="submit"]').last().click();
  const summary = page.locator('.error-summary');
  await expect(summary).toBeVisible();
  await expect(summary.locator('a').first()).not.toHaveText(/Enter|must/);
  await expect(page.locator('#going-well')).toHaveValue(/konstantynopolitańczykowianeczka/);
  await expectNoAxeViolations(page);
  await expectFitsAt320(page);
});

test('the Welsh dates page works out the dates in Welsh', async ({ page }) => {
  await page.goto('/cy/dates');
  await page.locator('#conference-day').fill('10');
  await page.locator('#conference-month').fill('Rhagfyr');
  await page.locator('#conference-year').fill('2026');
  await page.locator('input[name="conference-kind"][value="initial"]').check();
  await page.locator('form#answers button[type="submit"]').last().click();
  await expect(page.locator('main')).toContainText('ddydd Iau 10 Rhagfyr 2026');
  await expectNoAxeViolations(page);
  await expectFitsAt320(page);
});

test.describe('the start address', () => {
  test.describe('with a Polish browser', () => {
    test.use({ locale: 'pl-PL' });
    test('opens in Polish, then in the language read last', async ({ page }) => {
      await page.goto('/');
      await expect(page).toHaveURL(/\/pl\/start-here$/);
      await page.goto('/so/glossary');
      await page.goto('/');
      await expect(page).toHaveURL(/\/so\/start-here$/);
    });
  });
  test.describe('with a French browser', () => {
    test.use({ locale: 'fr-FR' });
    test("opens in the council's first language: English in England, Welsh in the Welsh example", async ({ page }) => {
      await page.goto('/');
      await expect(page).toHaveURL(/\/en\/start-here$/);
      // Cookies ignore the port, so the English page just read would be remembered for Wales too.
      await page.context().clearCookies();
      await page.goto(`${WALES_URL}/`);
      await expect(page).toHaveURL(/\/cy\/start-here$/);
      // The Welsh council lists Welsh first in the picker.
      await expect(page.locator('.language-picker li').first()).toHaveText('Cymraeg');
    });
  });
});

test('the picker on a guide page links to the same page in each language', async ({ page }) => {
  await page.goto('/cy/easy/on-the-day');
  await page.locator('.language-picker').getByRole('link', { name: 'Polski' }).click();
  await expect(page).toHaveURL(/\/pl\/easy\/on-the-day$/);
  await page.locator('.translation-notice a').click();
  await expect(page).toHaveURL(/\/en\/easy\/on-the-day$/);
  await expect(page.locator('.translation-notice')).toHaveCount(0);
});

test("pressing Enter in a box on a form means Continue, never another language", async ({ page }) => {
  await page.goto('/cy/report');
  await page.locator('#parent-name').fill('Siôn');
  await page.locator('#parent-name').press('Enter');
  await expect(page).toHaveURL(/\/cy\/report$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
  // Continue checked the answers: the other questions are missing.
  await expect(page.locator('.error-summary')).toBeVisible();
  await expect(page.locator('#parent-name')).toHaveValue('Siôn');
});
