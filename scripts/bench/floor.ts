import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The framework's own floor: an App Router app with one page and nothing else. The page shows one word:
 * a page that paints nothing has no first paint for Lighthouse to time (it fails with NO_FCP).
 */
export function makeFloorApp(repo: string): string {
  const dir = join(repo, '.bench-work', 'floor');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'app'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), '{ "private": true, "type": "module" }\n');
  // Its own (empty) config, or Next would pick up the site's from the folder above.
  writeFileSync(join(dir, 'next.config.mjs'), 'export default {};\n');
  writeFileSync(
    join(dir, 'app', 'layout.jsx'),
    'export default function RootLayout({ children }) {\n  return (\n    <html lang="en">\n      <body>{children}</body>\n    </html>\n  );\n}\n',
  );
  writeFileSync(
    join(dir, 'app', 'page.jsx'),
    'export default function Page() {\n  return <h1>NPCon</h1>;\n}\n',
  );
  return dir;
}
