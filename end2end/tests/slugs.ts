import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const slugsIn = (file: string) =>
  [...readFileSync(join(__dirname, '..', '..', 'src', 'content', file), 'utf8').matchAll(/slug:\s*"([a-z-]+)"/g)].map(
    (match) => match[1],
  );

/** The guide's page slugs, read from the content table itself so tests follow the table. */
export const SLUGS: string[] = slugsIn('pages.rs');

/** The easy-read pages' slugs, in reading order, from the easy-read table. */
export const EASY_SLUGS: string[] = slugsIn('easy_pages.rs');
