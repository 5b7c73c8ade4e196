/**
 * Writes the static hosts' header configurations under deploy/ from lib/security, the one source
 * of the header values. `--check` only compares, for CI: the files must match what this writes.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { headersFile, nginxServerBlock } from '../lib/security/static-host';

const files: Record<string, string> = {
  'deploy/_headers': headersFile(),
  'deploy/nginx.conf': nginxServerBlock(),
};

const check = process.argv.includes('--check');
const stale: string[] = [];
mkdirSync('deploy', { recursive: true });
for (const [path, text] of Object.entries(files)) {
  let current = '';
  try {
    current = readFileSync(path, 'utf8');
  } catch {
    // Missing counts as stale.
  }
  if (current === text) continue;
  if (check) stale.push(path);
  else writeFileSync(path, text);
}
if (stale.length > 0) {
  console.error(
    `✗ ${stale.join(', ')} differ from lib/security: run \`npm run build:static:deploy\` and commit.`,
  );
  process.exit(1);
}
console.log(
  check ? '✓ deploy/ headers match lib/security' : `✓ wrote ${Object.keys(files).join(', ')}`,
);
