import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fields } from '@keystatic/core';

// Keystatic's own read-and-write path for an entry, as its browser app runs it: loadDataFile (its
// front-matter split and js-yaml load), parseProps with parseEntry's field callback, then
// serializeEntryToFiles (serializeProps, js-yaml dump, `---` + yaml + `---` + body). The functions are
// Keystatic's, loaded from its 0.6.9 build; the few lines of glue mirror its parseEntry/serializeEntryToFiles.
// The chunks have hashed names: an upgrade fails here loudly instead of testing something else.

const require = createRequire(import.meta.url);
const dist = join(require.resolve('@keystatic/core/package.json'), '..', 'dist');

type Schema = Record<string, unknown>;
interface KeystaticInternals {
  loadDataFile: (data: Uint8Array, format: unknown, requireFrontmatter?: boolean) => { loaded: unknown; extraFakeFile?: { contents: Uint8Array } };
  parseProps: (...args: unknown[]) => unknown;
  serializeProps: (...args: unknown[]) => { value: unknown; extraFiles: { path: string; contents: Uint8Array }[] };
  dump: (value: unknown) => string;
}

let internals: Promise<KeystaticInternals> | undefined;

/** Keystatic's functions, checked by name so that a changed build is noticed. */
export function loadKeystaticInternals(): Promise<KeystaticInternals> {
  internals ??= (async () => {
    const version = (require('@keystatic/core/package.json') as { version: string }).version;
    if (version !== '0.6.9') throw new Error(`tests/support/keystatic-entry.ts reads @keystatic/core 0.6.9's build; found ${version}: update it`);
    const load = (file: string) => import(pathToFileURL(join(dist, file)).href) as Promise<Record<string, { name: string }>>;
    const [ui, files] = await Promise.all([load('index-3c244051.js'), load('required-files-bd819871.js')]);
    const yaml = (await import(pathToFileURL(createRequire(join(dist, 'x.js')).resolve('js-yaml')).href)) as { dump: KeystaticInternals['dump'] };
    const named = { parseProps: ui.p, serializeProps: ui.c, loadDataFile: files.l };
    const expected = { parseProps: 'parseProps', serializeProps: 'serializeProps$1', loadDataFile: 'loadDataFile' };
    for (const [key, fn] of Object.entries(named)) {
      if (fn?.name !== expected[key as keyof typeof expected]) throw new Error(`Keystatic's ${key} is not where 0.6.9 keeps it`);
    }
    return { ...(named as unknown as Omit<KeystaticInternals, 'dump'>), dump: yaml.dump };
  })();
  return internals;
}

export interface EntryFormat {
  schema: Schema;
  slugField: string;
  slug: string;
}

const FORMAT = { data: 'yaml', contentField: { path: ['body'], contentExtension: '.md' } };
const SPLIT = new TextEncoder().encode('---\n');

/** A file as Keystatic's editor would send it back after opening and saving it unchanged. */
export async function keystaticResave(file: Uint8Array, { schema, slugField, slug }: EntryFormat): Promise<Uint8Array> {
  const { loadDataFile, parseProps, serializeProps, dump } = await loadKeystaticInternals();
  const { loaded, extraFakeFile } = loadDataFile(file, FORMAT, true);
  type Field = { formKind?: string; parse: (value: unknown, extra?: unknown) => unknown };
  const state = parseProps(fields.object(schema as never), loaded, [], [], (field: Field, value: unknown, path: string[]) => {
    if (path.length === 1 && path[0] === slugField) return field.parse(value, { slug });
    if (field.formKind === 'content') return field.parse(value, { content: extraFakeFile?.contents, other: new Map(), external: new Map(), slug });
    return field.parse(value);
  });
  const { value, extraFiles } = serializeProps(state, fields.object(schema as never), slugField, slug, true);
  const frontMatter = new TextEncoder().encode(dump(value));
  const body = extraFiles.find((extra) => extra.path === 'body.md')?.contents ?? new Uint8Array();
  const out = new Uint8Array(SPLIT.length * 2 + frontMatter.length + body.length);
  out.set(SPLIT);
  out.set(frontMatter, SPLIT.length);
  out.set(SPLIT, SPLIT.length + frontMatter.length);
  out.set(body, SPLIT.length * 2 + frontMatter.length);
  return out;
}
