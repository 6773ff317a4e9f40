#!/usr/bin/env node
// Every page the site can answer with, checked by the W3C's Nu HTML Checker (vnu.jar, from the
// npm package vnu-jar; it needs Java 11 or later on the PATH). Run by .ci/test after the server
// is built:
//
//   CONFERENCE_GUIDE_BIN=…/debug/conference_guide LEPTOS_SITE_ROOT=…/target/site node validate-html.mjs
//
// It starts the server three times on free loopback ports (England with mail to a folder, Wales
// likewise, England with its mail relay down), fetches every guide page in every published
// language (the contents links, followed from each start page, and every slug in the content
// table), the report form empty, with errors, on the check page, the confirmation, the 404 and
// every error page it can provoke, saves each into html-checker/pages/, and checks them all in
// one run of the checker, with the stylesheets as CSS. Pages the unit tests wrote (the 500 page,
// the timeout page: see src/server/valid_markup_tests.rs) are checked too when
// CONFERENCE_GUIDE_PAGES_FOR_CHECKER names their folder.
//
// It proves it can fail: a copy of the start page with one Leptos `<!>` marker put back is
// checked in the same run, and the run fails unless the checker finds that error.
//
// Exit status: 0 when every page has 0 errors; 1 otherwise. Warnings are printed, not fatal.

import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..');
const SERVER = path.resolve(process.env.CONFERENCE_GUIDE_BIN || path.join(ROOT, 'target/debug/conference_guide'));
const SITE_ROOT = path.resolve(process.env.LEPTOS_SITE_ROOT || path.join(ROOT, 'target/site'));
const VNU = path.join(HERE, 'node_modules/vnu-jar/build/dist/vnu.jar');
const WORK = path.join(HERE, 'html-checker');
const PAGES = path.join(WORK, 'pages');
const SELF_CHECK = 'self-check--start-page-with-a-marker.html';
const SELF_CHECK_CSS = 'self-check--misspelt-property.css';

/** The content table and the language table, read as the browser tests read them. */
const slugsIn = (file) =>
  [...fs.readFileSync(path.join(ROOT, 'src/content', file), 'utf8').matchAll(/slug:\s*"([a-z-]+)"/g)].map((match) => match[1]);
const SLUGS = slugsIn('pages.rs');
/** Easy read's pages, at /{lang}/easy/{slug}. */
const EASY_SLUGS = slugsIn('easy_pages.rs');
const LANGUAGES = [
  ...(fs.readFileSync(path.join(ROOT, 'src/i18n.rs'), 'utf8').match(/pub static LANGUAGES[\s\S]*?\];/)?.[0] ?? '').matchAll(
    /language!\("([a-z-]+)"\)/g,
  ),
].map((match) => match[1]);

/** Answers that pass the form's checks, as the browser tests type them. */
const VALID_ANSWERS = new URLSearchParams({
  'parent-name': 'Ann Example',
  'child-names': 'Sam',
  'going-well': 'Sam laughs a lot.\nHe likes school & <football>.',
}).toString();
const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

const children = [];
function stopServers() {
  for (const child of children) {
    if (child.exitCode === null) child.kill('SIGTERM');
  }
}
process.on('exit', stopServers);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopServers();
    process.exit(1);
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** Starts the server with `env` added and waits for /healthz. */
async function startServer(name, env) {
  const port = await freePort();
  const folder = path.join(WORK, 'run', name);
  fs.rmSync(folder, { recursive: true, force: true });
  fs.mkdirSync(folder, { recursive: true });
  const log = fs.openSync(path.join(folder, 'server.log'), 'w');
  const child = spawn(SERVER, [], {
    cwd: folder,
    stdio: ['ignore', log, log],
    env: {
      ...process.env,
      LEPTOS_SITE_ADDR: `127.0.0.1:${port}`,
      LEPTOS_SITE_ROOT: SITE_ROOT,
      CONFERENCE_GUIDE_PROFILE: '',
      ...(env.CONFERENCE_GUIDE_SMTP_HOST ? {} : { CONFERENCE_GUIDE_OUTBOX: path.join(folder, 'outbox') }),
      ...env,
    },
  });
  children.push(child);
  const base = `http://127.0.0.1:${port}`;
  for (let tries = 0; tries < 300; tries += 1) {
    if (child.exitCode !== null) break;
    try {
      if ((await fetch(`${base}/healthz`)).ok) return base;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the ${name} server did not start; see ${path.join(folder, 'server.log')}`);
}

/** Every page saved: { file, method, path, status }. */
const saved = [];
const problems = [];

function fileName(server, method, pagePath, label) {
  const slug = `${pagePath}${label ? `-${label}` : ''}`.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '');
  return `${server}--${method.toLowerCase()}--${slug || 'root'}.html`;
}

/** Fetches one page, checks its status, and saves it if it is HTML. */
async function savePage(server, base, { method = 'GET', path: pagePath, headers = {}, body, expect, label = '' }) {
  const what = `${server}: ${method} ${pagePath}${label ? ` (${label})` : ''}`;
  let response;
  let text;
  for (let attempt = 1; ; attempt += 1) {
    try {
      response = await fetch(base + pagePath, { method, headers, body, redirect: 'follow' });
      text = await response.text();
      break;
    } catch (error) {
      // A connection the server closed (after a refused 2 MB body) may be handed out again
      // once; a second failure is real.
      if (attempt === 2) {
        throw new Error(`${what}: ${error.message} (${error.cause?.code ?? error.cause?.message ?? 'no cause'})`);
      }
    }
  }
  if (expect !== undefined && response.status !== expect) {
    problems.push(`${what}: status ${response.status}, expected ${expect}`);
  }
  if (!(response.headers.get('content-type') || '').startsWith('text/html')) {
    problems.push(`${what}: not an HTML page (${response.headers.get('content-type')})`);
    return null;
  }
  const file = fileName(server, method, pagePath, label);
  if (saved.some((page) => page.file === file)) return { status: response.status, text, url: response.url };
  fs.writeFileSync(path.join(PAGES, file), text);
  saved.push({ file, what, status: response.status, bytes: Buffer.byteLength(text) });
  return { status: response.status, text, url: response.url };
}

/** Same-origin page links in `html` (no assets, no islands bundle, no fragment). */
function pageLinks(html) {
  return [...html.matchAll(/<a\b[^>]*?\shref="(\/[^"#?]*)[^"]*"/g)]
    .map((match) => match[1])
    .filter((href) => !href.startsWith('/assets/') && !href.startsWith('/pkg/'));
}

/** Every guide page in every language, standard and easy read: the tables' slugs and whatever the pages link to. */
async function guidePages(server, base) {
  const queue = LANGUAGES.flatMap((lang) => [
    ...SLUGS.map((slug) => `/${lang}/${slug}`),
    ...EASY_SLUGS.map((slug) => `/${lang}/easy/${slug}`),
  ]);
  const seen = new Set(queue);
  while (queue.length > 0) {
    const pagePath = queue.shift();
    const page = await savePage(server, base, { path: pagePath, expect: 200 });
    if (!page) continue;
    for (const link of pageLinks(page.text)) {
      if (!seen.has(link)) {
        seen.add(link);
        queue.push(link);
      }
    }
  }
  return seen.size;
}

/** The child's views: a screen with an error, a middle screen, the check page, and the check
 * page with a file that is not a picture (sent as multipart, as the browser sends it). */
async function childViewsPages(server, base) {
  const views = `/${LANGUAGES[0]}/child-views`;
  const answers = {
    'who-is-writing': 'with-helper',
    'child-name': 'Maya',
    'feel-worried': 'yes',
    worries: 'I worry when Mum is sad.',
  };
  await savePage(server, base, { method: 'POST', path: views, headers: FORM, body: 'screen=who', expect: 422, label: 'child-empty' });
  await savePage(server, base, {
    method: 'POST', path: views, headers: FORM, body: new URLSearchParams({ ...answers, change: 'worries' }), expect: 200, label: 'child-worries',
  });
  await savePage(server, base, {
    method: 'POST', path: views, headers: FORM, body: new URLSearchParams({ ...answers, screen: 'taking-part' }), expect: 200, label: 'child-check',
  });
  const withFile = new FormData();
  for (const [name, value] of Object.entries(answers)) withFile.append(name, value);
  withFile.append('drawing', new Blob(['not a picture'], { type: 'text/plain' }), 'notes.txt');
  await savePage(server, base, { method: 'POST', path: `${views}/pdf`, body: withFile, expect: 422, label: 'child-bad-drawing' });
}

/** The report form, every state of it, and every error page a request can provoke. */
async function reportAndErrorPages(server, base) {
  const lang = LANGUAGES[0];
  const report = `/${lang}/report`;
  await savePage(server, base, { path: report, expect: 200 });
  await savePage(server, base, { method: 'POST', path: report, headers: FORM, body: '', expect: 422, label: 'empty' });
  await savePage(server, base, { method: 'POST', path: report, headers: FORM, body: VALID_ANSWERS, expect: 200, label: 'check' });
  await savePage(server, base, { method: 'POST', path: `${report}/send`, headers: FORM, body: VALID_ANSWERS, expect: 200, label: 'sent' });
  // This server allows one send an hour and one PDF a minute: the second of each is a 429.
  await savePage(server, base, { method: 'POST', path: `${report}/send`, headers: FORM, body: VALID_ANSWERS, expect: 429, label: 'too-many-sends' });
  const pdf = await fetch(`${base}${report}/pdf`, { method: 'POST', headers: FORM, body: VALID_ANSWERS });
  if (pdf.status !== 200) problems.push(`${server}: the first PDF was refused (${pdf.status})`);
  await pdf.arrayBuffer();
  await savePage(server, base, { method: 'POST', path: `${report}/pdf`, headers: FORM, body: VALID_ANSWERS, expect: 429, label: 'too-many-pdfs' });

  await savePage(server, base, { path: `/${lang}/no-such-page`, expect: 404 });
  await savePage(server, base, { path: '/xx/start-here', expect: 404 });
  await savePage(server, base, { path: '/pkg/no-such-file.wasm', expect: 404 });
  await savePage(server, base, { method: 'POST', path: report, headers: FORM, body: Buffer.from([0x61, 0x3d, 0xff, 0xfe]), expect: 400, label: 'not-utf-8' });
  await savePage(server, base, { method: 'POST', path: report, headers: { ...FORM, 'sec-fetch-site': 'cross-site' }, body: VALID_ANSWERS, expect: 403, label: 'cross-site' });
  // A form's send address opened by GET: the page that says nothing was sent.
  await savePage(server, base, { path: `${report}/send`, expect: 200 });
  await savePage(server, base, { method: 'PUT', path: report, headers: FORM, body: VALID_ANSWERS, expect: 405 });
  await savePage(server, base, { method: 'POST', path: report, headers: { 'content-type': 'application/json' }, body: '{}', expect: 415, label: 'json' });
  // Last: the server closes the connection after refusing the body unread.
  await savePage(server, base, { method: 'POST', path: report, headers: FORM, body: `going-well=${'a'.repeat(2 * 1024 * 1024)}`, expect: 413, label: 'too-large' });
}

function runChecker(files) {
  const result = spawnSync('java', ['-Xss4m', '-jar', VNU, '--also-check-css', '--format', 'json', ...files], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw new Error(`could not run java: ${result.error.message}`);
  let report;
  try {
    report = JSON.parse(result.stderr || result.stdout);
  } catch {
    throw new Error(`the checker gave no report (exit ${result.status}):\n${result.stderr}\n${result.stdout}`);
  }
  return report.messages;
}

function describe(message) {
  const line = message.firstLine ?? message.lastLine;
  const where = line ? `line ${line}, column ${message.firstColumn ?? message.lastColumn}` : '-';
  const kind = message.type === 'info' ? message.subType || 'info' : message.type;
  const extract = message.extract ? `  «${message.extract.replace(/\s+/g, ' ').trim()}»` : '';
  return `${where}: ${kind}: ${message.message}${extract}`;
}

async function main() {
  for (const [what, file] of [
    ['the server binary', SERVER],
    ['the checker (npm ci in end2end/)', VNU],
  ]) {
    if (!fs.existsSync(file)) throw new Error(`${what} is missing: ${file}`);
  }
  if (LANGUAGES.length === 0 || SLUGS.length === 0 || EASY_SLUGS.length === 0) throw new Error('could not read the languages or the slugs');
  fs.rmSync(PAGES, { recursive: true, force: true });
  fs.mkdirSync(PAGES, { recursive: true });

  const oneEach = { CONFERENCE_GUIDE_SENDS_PER_HOUR: '1', CONFERENCE_GUIDE_PDFS_PER_MINUTE: '1' };
  const [england, wales, mailDown] = await Promise.all([
    startServer('england', oneEach),
    startServer('wales', { ...oneEach, CONFERENCE_GUIDE_PROFILE: path.join(ROOT, 'src/server/profiles/example-wales.toml') }),
    startServer('mail-down', {
      CONFERENCE_GUIDE_SMTP_HOST: '127.0.0.1',
      CONFERENCE_GUIDE_SMTP_PORT: String(await freePort()),
      CONFERENCE_GUIDE_SMTP_SECURITY: 'plain',
      CONFERENCE_GUIDE_SMTP_TIMEOUT_SECONDS: '5',
      CONFERENCE_GUIDE_MAIL_FROM: 'reports@exampleshire.example',
    }),
  ]);
  for (const [name, base] of [
    ['england', england],
    ['wales', wales],
  ]) {
    const count = await guidePages(name, base);
    console.log(`${name}: ${count} guide pages in ${LANGUAGES.join(', ')}`);
    await childViewsPages(name, base);
    await reportAndErrorPages(name, base);
  }
  await savePage('mail-down', mailDown, {
    method: 'POST',
    path: `/${LANGUAGES[0]}/report/send`,
    headers: FORM,
    body: VALID_ANSWERS,
    expect: 503,
    label: 'relay-down',
  });
  stopServers();

  // Pages only the unit tests can make (a panic, a timeout).
  const extra = process.env.CONFERENCE_GUIDE_PAGES_FOR_CHECKER;
  if (extra && fs.existsSync(extra)) {
    for (const file of fs.readdirSync(extra).filter((name) => name.endsWith('.html')).sort()) {
      fs.copyFileSync(path.join(extra, file), path.join(PAGES, `unit-tests--${file}`));
      saved.push({ file: `unit-tests--${file}`, what: `rendered by the unit tests: ${file}`, status: '-', bytes: fs.statSync(path.join(extra, file)).size });
    }
  } else {
    console.log('note: no pages from the unit tests (the 500 and timeout pages); .ci/test provides them');
  }

  // The self-check: the start page with one `<!>` put back must fail.
  const start = saved.find((page) => page.what === `england: GET /${LANGUAGES[0]}/start-here`);
  if (!start) throw new Error('the start page was not saved');
  const startHtml = fs.readFileSync(path.join(PAGES, start.file), 'utf8');
  fs.writeFileSync(path.join(PAGES, SELF_CHECK), startHtml.replace('<main', '<!><main'));
  fs.writeFileSync(path.join(PAGES, SELF_CHECK_CSS), 'p { colr: red; }\n');

  const stylesheets = fs
    .readdirSync(path.join(ROOT, 'style'))
    .filter((name) => name.endsWith('.css'))
    .map((name) => path.join(ROOT, 'style', name));
  const selfChecks = [SELF_CHECK, SELF_CHECK_CSS].map((name) => path.join(PAGES, name));
  const files = [...saved.map((page) => path.join(PAGES, page.file)), ...stylesheets, ...selfChecks];
  console.log(`\nChecking ${saved.length} pages and ${stylesheets.length} stylesheet(s) with the Nu HTML Checker…`);
  const messages = runChecker(files);
  const byFile = new Map();
  for (const message of messages) {
    const file = message.url ? fileURLToPath(message.url) : '(none)';
    if (!byFile.has(file)) byFile.set(file, []);
    byFile.get(file).push(message);
  }
  const isError = (message) => message.type === 'error' || message.type === 'non-document-error';

  let errors = 0;
  let warnings = 0;
  const row = (label, found, name) => {
    const fileErrors = found.filter(isError);
    const fileWarnings = found.filter((message) => !isError(message));
    errors += fileErrors.length;
    warnings += fileWarnings.length;
    const mark = fileErrors.length > 0 ? 'FAIL' : 'ok  ';
    console.log(`${mark} ${String(fileErrors.length).padStart(2)} errors ${String(fileWarnings.length).padStart(2)} warnings  ${label}  ${name}`);
    for (const message of found) console.log(`       ${describe(message)}`);
  };
  for (const page of saved) {
    const file = path.join(PAGES, page.file);
    row(`${String(page.status).padEnd(3)} ${String(page.bytes).padStart(6)} B`, byFile.get(file) ?? [], page.what);
  }
  for (const stylesheet of stylesheets) {
    row('css         ', byFile.get(stylesheet) ?? [], path.relative(ROOT, stylesheet));
  }
  for (const file of [...byFile.keys()].filter((file) => !files.includes(file))) {
    row('other       ', byFile.get(file), file);
  }

  // The self-checks: each must have an error, or the checker is not checking.
  console.log('');
  for (const [file, what] of [
    [selfChecks[0], 'the start page with one "<!>" put back'],
    [selfChecks[1], 'a stylesheet with a misspelt property'],
  ]) {
    const found = (byFile.get(file) ?? []).filter(isError);
    console.log(`Self-check: ${what}: ${found.length} error(s)${found.length > 0 ? `: ${describe(found[0])}` : ''}`);
    if (found.length === 0) problems.push(`the self-check passed (${what}): the checker would not notice an invalid file`);
  }

  for (const problem of problems) console.log(`problem: ${problem}`);
  console.log(
    `\n${saved.length} pages and ${stylesheets.length} stylesheet(s) checked: ${errors} errors, ${warnings} warnings` +
      (problems.length ? `, ${problems.length} other problem(s)` : ''),
  );
  return errors === 0 && problems.length === 0;
}

main().then(
  (passed) => process.exit(passed ? 0 : 1),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
