import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface RunningServer {
  url: string;
  kind: string;
  stop: () => void;
}

/** Resolves once `url` answers 200; fails when `child` (its server) exits first, or after a minute. */
export async function waitFor(url: string, child?: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 120; attempt += 1) {
    if (child && child.exitCode !== null)
      throw new Error(`server for ${url} exited with ${child.exitCode}`);
    const status = await fetch(url).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) return;
    await new Promise((done) => setTimeout(done, 500));
  }
  throw new Error(`no answer from ${url}`);
}

/** `npm start` (server.mjs around Next's request handler) over the build in `cwd`, on loopback. */
export async function startNext(
  _repo: string,
  cwd: string,
  port: number,
  env: Record<string, string> = {},
): Promise<RunningServer> {
  const child = spawn(process.execPath, [join(cwd, 'server.mjs')], {
    cwd,
    stdio: 'ignore',
    detached: true,
    env: { ...process.env, ...env, PORT: String(port), HOSTNAME: '127.0.0.1' },
  });
  const url = `http://127.0.0.1:${port}`;
  await waitFor(url, child);
  // detached: the server is its own process group, so stopping it ends next and next-server together.
  return { url, kind: 'npm start', stop: () => process.kill(-(child.pid as number), 'SIGTERM') };
}

/**
 * out/ under nginx with deploy/nginx.conf (what a static host runs) when nginx is installed,
 * else under scripts/serve-static.mjs.
 */
export async function startStatic(repo: string, port: number): Promise<RunningServer> {
  const url = `http://127.0.0.1:${port}`;
  const nginx = spawnSync('nginx', ['-v'], { encoding: 'utf8' });
  if (nginx.status === 0) {
    const prefix = mkdtempSync(join(tmpdir(), 'bench-nginx-'));
    for (const dir of ['body', 'proxy', 'fcgi', 'uwsgi', 'scgi']) mkdirSync(join(prefix, dir));
    const site = readFileSync(join(repo, 'deploy', 'nginx.conf'), 'utf8')
      .replace('listen 80;', `listen 127.0.0.1:${port};`)
      .replace('root /srv/npcon/out;', `root ${resolve(repo, 'out')};`);
    writeFileSync(join(prefix, 'site.conf'), site);
    writeFileSync(
      join(prefix, 'nginx.conf'),
      `worker_processes 2;\npid ${prefix}/nginx.pid;\nerror_log ${prefix}/error.log;\ndaemon off;\nevents { worker_connections 1024; }\nhttp {\n  include /etc/nginx/mime.types;\n  access_log off;\n` +
        ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
          .map(
            (kind, index) =>
              `  ${kind === 'body' ? 'client_body' : kind}_temp_path ${prefix}/${['body', 'proxy', 'fcgi', 'uwsgi', 'scgi'][index]};\n`,
          )
          .join('') +
        `  include ${prefix}/site.conf;\n}\n`,
    );
    const child = spawn('nginx', ['-p', prefix, '-c', join(prefix, 'nginx.conf')], {
      stdio: 'ignore',
    });
    await waitFor(url, child);
    return {
      url,
      kind: `nginx ${nginx.stderr.trim().replace(/^nginx version: nginx\//, '')} (deploy/nginx.conf)`,
      stop: () => child.kill('SIGQUIT'),
    };
  }
  const child = spawn(
    'node',
    [join(repo, 'scripts', 'serve-static.mjs'), join(repo, 'out'), '--port', String(port)],
    { stdio: 'ignore' },
  );
  await waitFor(url, child);
  return { url, kind: 'scripts/serve-static.mjs (nginx not installed)', stop: () => child.kill() };
}
