import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** What a checkout outside git would hold besides the repository's own files: never copied. */
const GENERATED = new Set(['.git', 'node_modules', '.next', '.contentlayer', '.bench-work', '.dev', '.tmp', 'out', 'bench-results', 'reports', 'test-results', 'playwright-report', 'coverage']);

/**
 * Every file of the repository (tracked, or new and not ignored), as they are on disk: a copy builds
 * and runs like the checkout itself, whatever a config or script comes to need. Outside git, every
 * top-level entry that is not generated.
 */
function repositoryFiles(repo: string): string[] {
  const git = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: repo, encoding: 'utf8' });
  const files =
    git.status === 0 && git.stdout ? git.stdout.split('\0').filter((file) => file && existsSync(join(repo, file))) : readdirSync(repo).filter((name) => !GENERATED.has(name));
  // A second lockfile would make Next ask which folder is the workspace root; the copy uses the repository's.
  return files.filter((file) => file !== 'package-lock.json');
}

/**
 * A copy of the site at `<repo>/.bench-work/<name>` (deleted first). Inside the repository, so the copy
 * finds the repository's node_modules by walking up, and Turbopack takes the repository as its root.
 */
export function copySite(repo: string, name: string): string {
  const dir = join(repo, '.bench-work', name);
  rmSync(dir, { recursive: true, force: true });
  for (const file of repositoryFiles(repo)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    cpSync(join(repo, file), join(dir, file), { recursive: true });
  }
  return dir;
}
