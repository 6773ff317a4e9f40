import { defineConfig } from '@playwright/test';

// Debian's Chromium, never a downloaded browser. The flags keep it off the network, which is
// closed on these machines (it would otherwise retry Google's hosts at every start).
const chromium = {
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

// .ci/test builds the server and passes its path here.
const server = process.env.CONFERENCE_GUIDE_BIN || '../target/debug/conference_guide';
const siteRoot = process.env.LEPTOS_SITE_ROOT || '../target/site';

export const ENGLAND_URL = 'http://127.0.0.1:3100';
export const WALES_URL = 'http://127.0.0.1:3101';

export default defineConfig({
  testDir: './tests',
  timeout: 30_000,
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: ENGLAND_URL,
    launchOptions: chromium,
    // A small phone: the pages must work here first.
    viewport: { width: 360, height: 740 },
  },
  projects: [
    { name: 'javascript-on', use: { javaScriptEnabled: true } },
    // Every page and form must work with no script at all; tests that need script say @needs-js.
    { name: 'javascript-off', use: { javaScriptEnabled: false }, grepInvert: /@needs-js/ },
  ],
  webServer: [
    {
      command: server,
      url: `${ENGLAND_URL}/healthz`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: { LEPTOS_SITE_ADDR: '127.0.0.1:3100', LEPTOS_SITE_ROOT: siteRoot, CONFERENCE_GUIDE_PROFILE: '' },
    },
    {
      command: server,
      url: `${WALES_URL}/healthz`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: {
        LEPTOS_SITE_ADDR: '127.0.0.1:3101',
        LEPTOS_SITE_ROOT: siteRoot,
        CONFERENCE_GUIDE_PROFILE: '../src/server/profiles/example-wales.toml',
      },
    },
  ],
});
