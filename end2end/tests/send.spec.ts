import fs from 'node:fs';
import { test, expect, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';
import { attachedPdfText, filesContaining, messageWithReference } from './mail';
import { ENGLAND_LOG, MAIL_DOWN_URL, RUN_FOLDER, SMTP_INBOX, WALES_FOLDER, WALES_LOG, WALES_URL } from '../playwright.config';

// Each test types its own sentence, so parallel runs never find each other's messages.
function sentinel(name: string) {
  return `SENTINEL ${name} ${test.info().project.name} ${Math.random().toString(36).slice(2, 8)}`;
}

async function writeAndCheck(page: Page, base: string, strengths: string) {
  await page.goto(`${base}/en/report`);
  await page.getByLabel('Your name').fill('Ann Example');
  await page.getByLabel('The child or children this report is about').fill('Sam');
  await page.getByLabel('What is going well for your child?').fill(strengths);
  await page.getByRole('button', { name: 'Continue to check your answers' }).click();
  await expect(page.locator('h1')).toHaveText('Check your report');
}

test('a report sent to the chair arrives by SMTP with its PDF, to the chair only', async ({ page }) => {
  const words = sentinel('smtp');
  await writeAndCheck(page, '', words);
  await expect(page.locator('main')).toContainText(
    'We can email your report as a PDF to the conference chair at Exampleshire County Council.',
  );
  await expect(page.locator('main')).not.toContainText('@exampleshire.example');
  await page.getByRole('button', { name: 'Send to the conference chair' }).click();

  await expect(page.locator('h1')).toHaveText('Your report has been sent');
  await expect(page).toHaveTitle(/^Your report has been sent/);
  const reference = (await page.locator('.panel-reference').textContent())!.trim();
  expect(reference).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{2}$/);
  await expect(page.locator('main')).toContainText('What happens next');
  expect(new URL(page.url()).search, 'nothing typed goes into the address').toBe('');
  await expectNoAxeViolations(page);

  const message = await messageWithReference(SMTP_INBOX, reference);
  expect(message.envelope).toEqual({
    mail_from: 'reports@exampleshire.example',
    rcpt_tos: ['conference-chair@exampleshire.example'],
    encrypted: false,
    login: null,
  });
  const text = attachedPdfText(message.eml, test.info().outputPath('sent.pdf'));
  expect(text).toContain(words);
  expect(text).toContain('Ann Example');

  // The parent's own copy, from the confirmation page.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download your own copy (PDF)' }).click();
  expect((await download).suggestedFilename()).toMatch(/^conference-report-\d{4}-\d{2}-\d{2}\.pdf$/);

  // Nothing the parent typed is in the server's log or any other file it wrote.
  expect(fs.readFileSync(ENGLAND_LOG, 'utf8')).toContain(reference);
  expect(filesContaining(RUN_FOLDER, words, [message.file])).toEqual([]);
});

test('when the mail server is down, the parent keeps every word and can download the PDF', async ({ page }) => {
  const words = sentinel('down');
  await writeAndCheck(page, MAIL_DOWN_URL, words);
  await page.getByRole('button', { name: 'Send to the conference chair' }).click();

  const problem = page.locator('.send-problem');
  await expect(problem).toBeFocused();
  await expect(problem).toContainText('Your report has not been sent yet');
  await expect(problem).toContainText('How to send it yourself');
  await expect(problem).toContainText('Send it to your social worker');
  await expect(page).toHaveTitle(/^Error: Check your report/);
  await expect(page.locator('main')).toContainText(words);
  await expectNoAxeViolations(page);

  // The notice has its own Download PDF button, so the parent need not scroll for it.
  const download = page.waitForEvent('download');
  await problem.getByRole('button', { name: 'Download PDF' }).click();
  const file = test.info().outputPath('kept.pdf');
  await (await download).saveAs(file);
  expect(fs.readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');

  await page.getByRole('button', { name: 'Change Strengths' }).click();
  await expect(page.getByLabel('What is going well for your child?')).toHaveValue(words);
});

test('with no mail settings, the message is written to the outbox folder', async ({ page }) => {
  const words = sentinel('outbox');
  await writeAndCheck(page, WALES_URL, words);
  await expect(page.locator('main')).toContainText('conference-chair@enghraifft.example');
  await page.getByRole('button', { name: 'Send to the conference chair' }).click();
  await expect(page.locator('h1')).toHaveText('Your report has been sent');
  const reference = (await page.locator('.panel-reference').textContent())!.trim();

  const message = await messageWithReference(`${WALES_FOLDER}/outbox`, reference);
  expect(message.eml).toContain('To: conference-chair@enghraifft.example\r\n');
  expect(attachedPdfText(message.eml, test.info().outputPath('outbox.pdf'))).toContain(words);
  expect(fs.readFileSync(WALES_LOG, 'utf8')).toContain(reference);
  expect(filesContaining(RUN_FOLDER, words, [message.file])).toEqual([]);
});
