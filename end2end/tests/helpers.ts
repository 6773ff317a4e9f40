import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

// GOV.UK's tag set: WCAG 2.0, 2.1 and 2.2 at A and AA, and axe's best practices. No rule is
// switched off; if one ever is, the reason goes next to it.
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return results.violations.map(
    (violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
}

/**
 * axe runs inside the page, so it cannot run where JavaScript is off. There, the page exactly as
 * the browser built it without script (its DOM, with the same styles) is audited in a second
 * page that may run axe but loads none of the site's own scripts.
 */
export async function expectNoAxeViolations(page: Page) {
  const javaScriptOff = test.info().project.use.javaScriptEnabled === false;
  if (!javaScriptOff) {
    expect(await axeViolations(page), `axe violations on ${page.url()}`).toEqual([]);
    return;
  }
  const url = page.url();
  const html = await page.content();
  const browser = page.context().browser();
  if (!browser) throw new Error('no browser to audit the page in');
  const auditContext = await browser.newContext({ javaScriptEnabled: true, viewport: page.viewportSize() });
  try {
    const audit = await auditContext.newPage();
    await audit.route('**/*', (route) => {
      const request = route.request();
      if (request.resourceType() === 'document' && request.url() === url) {
        return route.fulfill({ contentType: 'text/html; charset=utf-8', body: html });
      }
      if (request.resourceType() === 'script') return route.abort();
      return route.continue();
    });
    await audit.goto(url);
    expect(await axeViolations(audit), `axe violations on ${url} as rendered with JavaScript off`).toEqual([]);
  } finally {
    await auditContext.close();
  }
}

/** Every guide page, read from the contents list on the start page (so a new page is tested without editing this file). */
export async function guidePaths(page: Page, lang = 'en'): Promise<string[]> {
  await page.goto(`/${lang}/start-here`);
  const hrefs = await page.locator('.contents ul a').evaluateAll((links) => links.map((link) => link.getAttribute('href') || ''));
  return [`/${lang}/start-here`, ...hrefs];
}

/** The neutral site Exit this page goes to, answered locally: these machines have no internet. */
export const EXIT_URL = 'https://www.bbc.co.uk/weather';
export async function stubNeutralSite(page: Page) {
  await page.route('https://www.bbc.co.uk/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!DOCTYPE html><title>Weather</title><h1>Weather</h1>' }),
  );
}

/** Follows the "Next" links from `startPath` to the last page; returns every path visited, in order. */
export async function walkNextLinks(page: Page, startPath: string): Promise<string[]> {
  await page.goto(startPath);
  const visited = [new URL(page.url()).pathname];
  for (;;) {
    const next = page.locator('a[rel="next"]');
    if ((await next.count()) === 0) break;
    await next.click();
    visited.push(new URL(page.url()).pathname);
  }
  return visited;
}
