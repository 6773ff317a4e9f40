import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The guide's page slugs, read from the content table itself so tests follow the table. */
export const SLUGS: string[] = [
  ...readFileSync(join(__dirname, '..', '..', 'src', 'content', 'pages.rs'), 'utf8').matchAll(/slug:\s*"([a-z-]+)"/g),
].map((match) => match[1]);
