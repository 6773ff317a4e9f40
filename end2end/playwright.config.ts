import { defineConfig } from '@playwright/test';
import path from 'node:path';
import os from 'node:os';

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

// .ci/test builds the server and passes its path here. Absolute, because some servers below
// run in a folder of their own.
const server = path.resolve(process.env.CONFERENCE_GUIDE_BIN || '../target/debug/conference_guide');
const siteRoot = path.resolve(process.env.LEPTOS_SITE_ROOT || '../target/site');
// The test SMTP server's Python (aiosmtpd), installed by .ci/common.sh.
const python =
  process.env.CONFERENCE_GUIDE_TEST_PYTHON || path.join(os.homedir(), '.cache/conference-guide/smtp-venv/bin/python');

export const ENGLAND_URL = 'http://127.0.0.1:3100';
export const WALES_URL = 'http://127.0.0.1:3101';
/** England again, but its mail server is down: every send fails. */
export const MAIL_DOWN_URL = 'http://127.0.0.1:3102';
const SMTP_PORT = 3125;
const CLOSED_PORT = 3126;
/** Where the test SMTP server writes what it accepts, and where the servers run and log. */
export const RUN_FOLDER = path.resolve('test-servers');
export const SMTP_INBOX = path.join(RUN_FOLDER, 'smtp-inbox');
export const WALES_FOLDER = path.join(RUN_FOLDER, 'wales');
export const ENGLAND_LOG = path.join(RUN_FOLDER, 'england.log');
export const WALES_LOG = path.join(RUN_FOLDER, 'wales.log');

// Sending from 127.0.0.1 again and again is the test, not abuse (the limit has its own tests).
const generousLimits = { CONFERENCE_GUIDE_SENDS_PER_HOUR: '1000', CONFERENCE_GUIDE_PDFS_PER_MINUTE: '1000' };
const smtpTo = (port: number) => ({
  CONFERENCE_GUIDE_SMTP_HOST: '127.0.0.1',
  CONFERENCE_GUIDE_SMTP_PORT: String(port),
  CONFERENCE_GUIDE_SMTP_SECURITY: 'plain',
  CONFERENCE_GUIDE_SMTP_TIMEOUT_SECONDS: '5',
  CONFERENCE_GUIDE_MAIL_FROM: 'reports@exampleshire.example',
});
/** Runs the server with its output appended to a log file the privacy tests read. */
const logged = (log: string) => `sh -c 'mkdir -p "${RUN_FOLDER}" && exec "$0" > "${log}" 2>&1' "${server}"`;

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
      // A real SMTP server (aiosmtpd), started fresh: it empties its inbox first.
      command: `"${python}" smtp/test_smtp_server.py --port ${SMTP_PORT} --inbox "${SMTP_INBOX}" --clear`,
      port: SMTP_PORT,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      // England, sending by SMTP to the test server.
      command: logged(ENGLAND_LOG),
      url: `${ENGLAND_URL}/healthz`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: {
        LEPTOS_SITE_ADDR: '127.0.0.1:3100',
        LEPTOS_SITE_ROOT: siteRoot,
        CONFERENCE_GUIDE_PROFILE: '',
        ...generousLimits,
        ...smtpTo(SMTP_PORT),
      },
    },
    {
      // Wales, with no mail settings at all: messages go to ./outbox in its own folder.
      command: `mkdir -p "${WALES_FOLDER}" && cd "${WALES_FOLDER}" && rm -rf outbox && ${logged(WALES_LOG)}`,
      url: `${WALES_URL}/healthz`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: {
        LEPTOS_SITE_ADDR: '127.0.0.1:3101',
        LEPTOS_SITE_ROOT: siteRoot,
        CONFERENCE_GUIDE_PROFILE: path.resolve('../src/server/profiles/example-wales.toml'),
        ...generousLimits,
      },
    },
    {
      // England, with a mail server that is not there.
      command: server,
      url: `${MAIL_DOWN_URL}/healthz`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: {
        LEPTOS_SITE_ADDR: '127.0.0.1:3102',
        LEPTOS_SITE_ROOT: siteRoot,
        CONFERENCE_GUIDE_PROFILE: '',
        ...generousLimits,
        ...smtpTo(CLOSED_PORT),
      },
    },
  ],
});
