import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// Folders of lib/ import in one direction (content ← editor, content ← i18n …): a cycle between two
// folders means a piece sits in the wrong room. Files directly in lib/ count as their own room.

const lib = join(process.cwd(), 'lib');
const IMPORT = /(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

const roomOf = (file: string): string => relative(lib, file).split('/')[0]!.replace(/\.tsx?$/, '');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

function importedRooms(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(IMPORT)].flatMap((match) => {
    const specifier = match[1] ?? match[2] ?? '';
    const target = specifier.startsWith('@/lib/') ? join(lib, specifier.slice(6)) : specifier.startsWith('.') ? resolve(dirname(file), specifier) : undefined;
    if (!target || relative(lib, target).startsWith('..')) return [];
    return [roomOf(target)];
  });
}

function roomGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of sourceFiles(lib)) {
    const from = roomOf(file);
    const edges = graph.get(from) ?? new Set<string>();
    for (const to of importedRooms(file)) if (to !== from) edges.add(to);
    graph.set(from, edges);
  }
  return graph;
}

/** Every cycle as `a → b → a`, found by depth-first search. */
function cycles(graph: Map<string, Set<string>>): string[] {
  const found = new Set<string>();
  const walk = (room: string, path: string[]) => {
    for (const next of graph.get(room) ?? []) {
      const at = path.indexOf(next);
      if (at !== -1) found.add([...path.slice(at), next].join(' → '));
      else walk(next, [...path, next]);
    }
  };
  for (const room of graph.keys()) walk(room, [room]);
  return [...found];
}

describe('imports between folders of lib/', () => {
  it('form no cycle', () => expect(cycles(roomGraph())).toEqual([]));

  it('would notice one', () => {
    const graph = new Map([['content', new Set(['editor'])], ['editor', new Set(['content'])]]);
    expect(cycles(graph)).toContain('content → editor → content');
  });
});
