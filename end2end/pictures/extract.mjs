// Writes the site's pictures from one icon set, so the set stays one style and the files can be
// made again: `node end2end/pictures/extract.mjs` from the repository root (after `npm ci` in
// end2end/). It reads pictures.json (our name by meaning -> the icon's name), takes each icon
// from @iconify-json/fluent-emoji-flat (Microsoft's Fluent Emoji, flat style, MIT), optimises it
// with svgo and writes:
//   public/pictures/<name>.svg   the pictures (committed: the server build needs no npm)
//   public/pictures/LICENCE.md   source package and version, licence, each file's original icon
//   src/content/pictures.rs      the `Picture` type the page table names pictures with
//   src/assets/pictures.rs       the pictures as fingerprinted assets
import { readFileSync, writeFileSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { optimize } from "svgo";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const require = createRequire(import.meta.url);
const setDir = dirname(require.resolve("@iconify-json/fluent-emoji-flat/icons.json"));
const set = JSON.parse(readFileSync(join(setDir, "icons.json"), "utf8"));
const info = JSON.parse(readFileSync(join(setDir, "info.json"), "utf8"));
const pkg = JSON.parse(readFileSync(join(setDir, "package.json"), "utf8"));

const wanted = Object.entries(JSON.parse(readFileSync(join(here, "pictures.json"), "utf8")))
  .filter(([name]) => !name.startsWith("_"))
  .sort(([a], [b]) => a.localeCompare(b));

// An icon, following aliases; an alias that flips or rotates is refused (none is needed).
function icon(name) {
  if (set.icons[name]) return set.icons[name];
  const alias = set.aliases?.[name];
  if (!alias) throw new Error(`no icon called ${name} in ${pkg.name}`);
  const { parent, ...changes } = alias;
  if (Object.keys(changes).length) throw new Error(`${name} is a changed alias: not supported`);
  return icon(parent);
}

const outDir = join(root, "public", "pictures");
mkdirSync(outDir, { recursive: true });
for (const old of readdirSync(outDir)) rmSync(join(outDir, old));

for (const [name, source] of wanted) {
  if (!/^[a-z]+(-[a-z]+)*$/.test(name)) throw new Error(`picture names are lower-case words with dashes: ${name}`);
  const data = icon(source);
  const width = data.width ?? set.width ?? 16;
  const height = data.height ?? set.height ?? 16;
  const raw = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${data.left ?? 0} ${data.top ?? 0} ${width} ${height}">${data.body}</svg>`;
  const { data: svg } = optimize(raw, {
    multipass: true,
    floatPrecision: 2,
    // svgo 4's preset keeps the viewBox, which lets the page size the picture.
    plugins: ["preset-default"],
  });
  writeFileSync(join(outDir, `${name}.svg`), svg + "\n");
}

const licence = `# Pictures

Made by \`end2end/pictures/extract.mjs\` from \`end2end/pictures/pictures.json\`; do not edit by hand.

- Source: ${info.name}, by ${info.author.name} (${info.author.url}), taken from the npm package
  \`${pkg.name}\` version ${pkg.version}, optimised with svgo.
- Licence: ${info.license.title} (${info.license.url}). The package's own licence field says
  \`${pkg.license}\`. The MIT licence lets anyone, a council included, use, copy, change and publish
  the pictures, provided this notice is kept:

> MIT License
>
> Copyright (c) Microsoft Corporation.
>
> Permission is hereby granted, free of charge, to any person obtaining a copy of this software and
> associated documentation files (the "Software"), to deal in the Software without restriction,
> including without limitation the rights to use, copy, modify, merge, publish, distribute,
> sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is
> furnished to do so, subject to the following conditions:
>
> The above copyright notice and this permission notice shall be included in all copies or
> substantial portions of the Software.
>
> THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT
> NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND
> NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES
> OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN
> CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.

## Each file and the icon it came from

| File | Original icon |
| --- | --- |
${wanted.map(([name, source]) => `| ${name}.svg | ${source} |`).join("\n")}
`;
writeFileSync(join(outDir, "LICENCE.md"), licence);

const variant = (name) => name.split("-").map((w) => w[0].toUpperCase() + w.slice(1)).join("");
const header = "// Written by end2end/pictures/extract.mjs from end2end/pictures/pictures.json: do not edit.\n";
writeFileSync(
  join(root, "src", "content", "pictures.rs"),
  `${header}//! The pictures easy-read steps are drawn with, by meaning. A name here has a file in
//! \`public/pictures/\`, so a step cannot name a picture that does not exist.

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Picture {
${wanted.map(([name]) => `    ${variant(name)},`).join("\n")}
}

impl Picture {
    /// Every picture, in the order of \`assets::pictures::PICTURES\`.
    pub const ALL: [Picture; ${wanted.length}] = [
${wanted.map(([name]) => `        Picture::${variant(name)},`).join("\n")}
    ];

    /// The file's name without \`.svg\`.
    pub fn name(self) -> &'static str {
        match self {
${wanted.map(([name]) => `            Picture::${variant(name)} => "${name}",`).join("\n")}
        }
    }
}
`,
);
mkdirSync(join(root, "src", "assets"), { recursive: true });
writeFileSync(
  join(root, "src", "assets", "pictures.rs"),
  `${header}//! The pictures as fingerprinted assets, in the order of \`content::Picture::ALL\`.

use super::Asset;

pub static PICTURES: [Asset; ${wanted.length}] = [
${wanted
  .map(
    ([name]) => `    Asset {
        stem: "picture-${name}",
        extension: "svg",
        content_type: "image/svg+xml",
        body: include_str!("../../public/pictures/${name}.svg"),
    },`,
  )
  .join("\n")}
];
`,
);
console.log(`wrote ${wanted.length} pictures to public/pictures/`);
