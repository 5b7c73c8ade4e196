#!/usr/bin/env node
/**
 * node scripts/serve-static.mjs [dir=out] [--port 3000]
 * A plain static file server for the export, as a static host would serve it: tries $uri, $uri.html,
 * $uri/index.html, else 404.html with status 404, and sends the headers of deploy/_headers.
 * For tests and benchmarks on loopback; production hosts use deploy/nginx.conf or deploy/_headers.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const args = process.argv.slice(2);
const portFlag = args.indexOf('--port');
const port = Number(portFlag === -1 ? (process.env.PORT ?? 3000) : args[portFlag + 1]);
const root = resolve(
  args.find((arg, index) => !arg.startsWith('--') && index !== portFlag + 1) ?? 'out',
);

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};

/** deploy/_headers as [path pattern, headers] rules; `*` matches any run of characters, as on the hosts. */
function readHeaderRules(path) {
  const rules = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    if (!line.startsWith(' ')) rules.push({ pattern: line.trim(), headers: {} });
    else {
      const colon = line.indexOf(':');
      rules.at(-1).headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
    }
  }
  return rules;
}

const rules = readHeaderRules(new URL('../deploy/_headers', import.meta.url));
const matches = (pattern, path) =>
  new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(path);

function findFile(pathname) {
  const candidates = [pathname, `${pathname}.html`, join(pathname, 'index.html')];
  for (const candidate of candidates) {
    const file = join(root, normalize(candidate));
    if (!file.startsWith(root)) return undefined;
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  return undefined;
}

if (!existsSync(join(root, '404.html'))) {
  console.error(`${root} has no 404.html: run \`npm run build:static\` first.`);
  process.exit(1);
}

createServer((request, response) => {
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
  } catch {
    pathname = '/404';
  }
  const file = findFile(pathname);
  // The English edition's missing pages get its own not-found page, as deploy/nginx.conf does.
  const english = pathname.startsWith('/en/') && existsSync(join(root, 'en/404.html'));
  const served = file ?? join(root, english ? 'en/404.html' : '404.html');
  response.statusCode = file ? 200 : 404;
  for (const rule of rules) {
    if (matches(rule.pattern, pathname))
      for (const [name, value] of Object.entries(rule.headers)) response.setHeader(name, value);
  }
  response.setHeader('Content-Type', TYPES[extname(served)] ?? 'application/octet-stream');
  response.setHeader('Content-Length', statSync(served).size);
  if (request.method === 'HEAD') return response.end();
  createReadStream(served).pipe(response);
}).listen(port, '127.0.0.1', () => console.log(`serving ${root} on http://127.0.0.1:${port}`));
