import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatProblem } from '@/lib/i18n/messages';
import { validateContent } from '@/lib/content/validate';

// Variants of today's content/ as editors' programs save it, generated here (committed CRLF files would
// be normalized by .gitattributes). For each one the content check and the build's contentlayer step must give
// the same verdict, and a variant that builds must generate the documents the LF original generates.

const repo = process.cwd();
const work = join(repo, '.tmp', `encoding-variants-${process.pid}`);
/** The build's contentlayer step (`npm run content:build`); build-content.test.ts holds it to `contentlayer2 build`. */
const CONTENTLAYER = join(repo, 'scripts/build-content.mjs');
/** What a variant needs besides content/ to run the repository's contentlayer config. */
const PROJECT_FILES = ['contentlayer.config.ts', 'lib', 'tsconfig.json', 'package.json'];

type Files = Map<string, Buffer>;

const original: Files = new Map(
  readdirSync(join(repo, 'content'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
    .map((file) => [relative(repo, file).split(sep).join('/'), readFileSync(file)]),
);
const markdown = [...original.keys()].filter((path) => path.endsWith('.md') && !path.endsWith('README.md'));
// A session: no other file refers to it, so a file the build refuses yields exactly one problem.
// (An original, not a translation: its Chinese text is what a legacy code page garbles.)
const SESSION = markdown.find((path) => path.includes('/sessions/') && !path.endsWith('.en.md')) ?? '';
const utf8 = (path: string, files: Files) => (files.get(path) ?? Buffer.alloc(0)).toString('utf8');

/** Rewrites the text of every Markdown file (or only `only`). */
const eachText = (change: (text: string) => string, only?: string) => (files: Files) => {
  for (const path of only ? [only] : markdown) files.set(path, Buffer.from(change(utf8(path, files)), 'utf8'));
};
/** Rewrites the front matter's lines (between the first two `---`). */
const frontMatterLines = (change: (line: string) => string) =>
  eachText((text) => {
    const [, yaml = '', rest = ''] = /^---\n([\s\S]*?)\n(---\n[\s\S]*)$/.exec(text) ?? [];
    return `---\n${yaml.split('\n').map(change).join('\n')}\n${rest}`;
  });
const crlf = (text: string) => text.replace(/\n/g, '\r\n');

interface Variant {
  name: string;
  change?: (files: Files) => void;
  /** What an editor expects: a variant the site should read builds; one it cannot read is refused. */
  builds: boolean;
  /** A document whose body the variant empties on purpose. */
  emptied?: string;
}

const VARIANTS: Variant[] = [
  { name: 'lf-original', builds: true },
  { name: 'crlf-everywhere', change: eachText(crlf), builds: true },
  { name: 'crlf-in-one-file', change: eachText(crlf, SESSION), builds: true },
  { name: 'byte-order-mark', change: eachText((text) => `\uFEFF${text}`), builds: true },
  { name: 'byte-order-mark-and-crlf', change: eachText((text) => `\uFEFF${crlf(text)}`), builds: true },
  { name: 'mixed-line-endings-in-one-file', change: eachText((text) => text.split('\n').map((line, index) => (index % 2 ? `${line}\r` : line)).join('\n'), SESSION), builds: true },
  { name: 'trailing-whitespace-after-fences', change: eachText((text) => text.replace(/^---\n([\s\S]*?)\n---\n/, '--- \t\n$1\n---  \n')), builds: true },
  { name: 'last-line-without-newline', change: eachText((text) => text.replace(/\n+$/, '')), builds: true },
  { name: 'tabs-after-keys', change: frontMatterLines((line) => line.replace(/^([a-z]+):[ ]+/, '$1:\t')), builds: true },
  { name: 'empty-body', change: eachText((text) => text.replace(/^(---\n[\s\S]*?\n---\n)[\s\S]*$/, '$1'), SESSION), builds: true, emptied: SESSION },
  {
    name: 'utf-16-file',
    change: (files) => files.set(SESSION, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(utf8(SESSION, files), 'utf16le')])),
    builds: false,
  },
  {
    name: 'legacy-code-page-file',
    // What a Chinese file saved in a single-byte code page comes to: bytes that are not UTF-8.
    change: (files) => files.set(SESSION, Buffer.from(utf8(SESSION, files), 'latin1')),
    builds: false,
  },
];

interface Outcome {
  checkProblems: string[];
  builds: boolean;
  output: string;
  /** Generated documents by source path: fields (with `_id`, the path in content/) and HTML. */
  documents: Map<string, unknown>;
  generatedText: string;
}

function runContentlayer(dir: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    // contentlayer takes its project folder from $PWD, not from the process's working directory.
    const env: NodeJS.ProcessEnv = { ...process.env, PWD: dir, NODE_ENV: 'production' };
    const child = spawn(process.execPath, [CONTENTLAYER], { cwd: dir, env });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ code, output }));
  });
}

function generatedDocuments(dir: string): { documents: Map<string, unknown>; text: string } {
  const documents = new Map<string, unknown>();
  let text = '';
  for (const type of ['Event', 'Session', 'Speaker', 'EventTranslation', 'SessionTranslation', 'SpeakerTranslation']) {
    const index = join(dir, '.contentlayer/generated', type, '_index.json');
    if (!existsSync(index)) continue;
    text += readFileSync(index, 'utf8');
    const list = JSON.parse(readFileSync(index, 'utf8')) as { _id: string; _raw: { sourceFilePath: string }; body: { raw: string; html: string } }[];
    for (const { _raw, body, ...fields } of list) {
      // The raw body keeps the variant's spacing (a missing last newline); fields and HTML must match.
      documents.set(`content/${_raw.sourceFilePath}`, { ...fields, html: body.html });
    }
  }
  return { documents, text };
}

async function outcomeOf(variant: Variant): Promise<Outcome> {
  const dir = join(work, variant.name);
  const files: Files = new Map(original);
  variant.change?.(files);
  for (const [path, bytes] of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), bytes);
  }
  for (const file of PROJECT_FILES) symlinkSync(join(repo, file), join(dir, file));
  const checkProblems = validateContent(dir).problems.map((problem) => formatProblem(problem));
  const { code, output } = await runContentlayer(dir);
  const { documents, text } = generatedDocuments(dir);
  return { checkProblems, builds: code === 0, output, documents, generatedText: text };
}

const outcomes = new Map<string, Outcome>();

beforeAll(async () => {
  // A run that was cut short leaves its variants behind, where type checking and linting would find them.
  for (const stale of existsSync(dirname(work)) ? readdirSync(dirname(work)) : []) {
    if (stale.startsWith('encoding-variants-')) rmSync(join(dirname(work), stale), { recursive: true, force: true });
  }
  // Two at a time: the machines running this have two cores.
  const queue = [...VARIANTS];
  const worker = async () => {
    for (let variant = queue.shift(); variant; variant = queue.shift()) outcomes.set(variant.name, await outcomeOf(variant));
  };
  await Promise.all([worker(), worker()]);
}, 240_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the content check and contentlayer agree on every way an editor may save a file', () => {
  const outcome = (name: string) => outcomes.get(name) as Outcome;

  it('the variants really differ from the original where they say they do', () => {
    expect(SESSION).not.toBe('');
    expect(outcome('lf-original').documents.size).toBe(markdown.length);
  });

  it.each(VARIANTS)('$name: the check and contentlayer agree (it should build: $builds)', ({ name, builds }) => {
    const { checkProblems, builds: contentlayerBuilds, output } = outcome(name);
    expect({ check: checkProblems.length === 0, contentlayer: contentlayerBuilds }, output).toEqual({ check: builds, contentlayer: builds });
    if (!builds) {
      // Refused before contentlayer parses anything, with the check's own words.
      expect(checkProblems).toHaveLength(1);
      expect(checkProblems[0]).toMatch(new RegExp(`^${SESSION}: \\(file\\): `));
      expect(output).toContain(checkProblems[0]);
    }
  });

  it.each(VARIANTS.filter((variant) => variant.builds))('$name: generates the documents of the LF original', ({ name, emptied }) => {
    const { documents, generatedText } = outcome(name);
    expect(generatedText).not.toMatch(/[\r\uFEFF]/);
    const expected = new Map(outcome('lf-original').documents);
    if (emptied) expected.set(emptied, { ...(expected.get(emptied) as object), html: '' });
    expect(documents).toEqual(expected);
  });
});
