import { expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

// GOV.UK's tag set: WCAG 2.0, 2.1 and 2.2 at A and AA, and axe's best practices. No rule is
// switched off; if one ever is, the reason goes next to it.
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const summary = results.violations.map(
    (violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/** Every guide page, read from the contents list on the start page (so a new page is tested without editing this file). */
export async function guidePaths(page: Page, lang = 'en'): Promise<string[]> {
  await page.goto(`/${lang}/start-here`);
  const hrefs = await page.locator('.contents a').evaluateAll((links) => links.map((link) => link.getAttribute('href') || ''));
  return [`/${lang}/start-here`, ...hrefs];
}

/** The neutral site Exit this page goes to, answered locally: these machines have no internet. */
export const EXIT_URL = 'https://www.bbc.co.uk/weather';
export async function stubNeutralSite(page: Page) {
  await page.route('https://www.bbc.co.uk/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!DOCTYPE html><title>Weather</title><h1>Weather</h1>' }),
  );
}
