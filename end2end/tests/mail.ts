import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { expect } from '@playwright/test';

export interface ReceivedMessage {
  file: string;
  eml: string;
  envelope: { mail_from: string; rcpt_tos: string[] } | null;
}

/** The message in `folder` (the test SMTP server's inbox, or an outbox) sent under `reference`. */
export async function messageWithReference(folder: string, reference: string): Promise<ReceivedMessage> {
  let found: ReceivedMessage | undefined;
  await expect
    .poll(() => {
      const files = fs.existsSync(folder) ? fs.readdirSync(folder).filter((name) => name.endsWith('.eml')) : [];
      for (const name of files) {
        const file = path.join(folder, name);
        const eml = fs.readFileSync(file, 'utf8');
        if (eml.includes(`Reference: ${reference}`)) {
          const envelopeFile = file.replace(/\.eml$/, '.json');
          const envelope = fs.existsSync(envelopeFile) ? JSON.parse(fs.readFileSync(envelopeFile, 'utf8')) : null;
          found = { file, eml, envelope };
          return true;
        }
      }
      return false;
    }, { message: `a message with reference ${reference} in ${folder}` })
    .toBe(true);
  return found!;
}

/** The text of the PDF attached to a message, through pdftotext. */
export function attachedPdfText(eml: string, saveAs: string): string {
  const part = eml.split('Content-Type: application/pdf')[1];
  const encoded = part.split(/\r?\n\r?\n/)[1].split(/\r?\n--/)[0].replace(/\s+/g, '');
  fs.writeFileSync(saveAs, Buffer.from(encoded, 'base64'));
  return execFileSync('pdftotext', [saveAs, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

/** Every file under `folder` whose bytes contain `text`, except those in `allowed`. */
export function filesContaining(folder: string, text: string, allowed: string[] = []): string[] {
  const hits: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (!allowed.includes(full) && fs.readFileSync(full).includes(text)) hits.push(full);
    }
  };
  if (fs.existsSync(folder)) walk(folder);
  return hits;
}
