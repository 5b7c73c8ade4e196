/**
 * Asks Next's own request handler how it answers a request, and records the answer as sent on the
 * wire: status, headers and body bytes (compressed when the request accepted compression). The
 * production server (server.mjs) replays those answers for prerendered pages instead of running the
 * handler again, so what it sends is Next's answer by construction, not a copy of Next's rules.
 * The handler listens on a loopback port of its own, reachable only with this process's random token.
 */
import { randomBytes } from 'node:crypto';
import { createServer, request as httpRequest } from 'node:http';

const TOKEN_HEADER = 'x-npcon-capture';
/** Framing headers Node writes for every response itself; they are not part of the recorded answer. */
const FRAMING = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding']);

/**
 * @param {(request: import('node:http').IncomingMessage, response: import('node:http').ServerResponse) => unknown} handle the production server's handler, which catches its own errors
 * @returns {Promise<{ capture: (request: CaptureRequest) => Promise<Capture>, close: () => void }>}
 */
export async function startCapture(handle) {
  const token = randomBytes(16).toString('hex');
  const server = createServer((request, response) => {
    if (request.headers[TOKEN_HEADER] !== token) {
      response.statusCode = 403;
      response.end();
      return;
    }
    delete request.headers[TOKEN_HEADER];
    handle(request, response);
  });
  await new Promise((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());

  /** @param {CaptureRequest} wanted */
  const capture = (wanted) =>
    recordAnswer(port, { ...wanted, headers: { ...wanted.headers, [TOKEN_HEADER]: token } });
  return { capture, close: () => server.close() };
}

/**
 * Sends one request to a server on a loopback port and records its answer as it came on the wire
 * (the body not decompressed; Date and the connection's framing headers left out).
 * @param {number} port
 * @param {CaptureRequest} wanted
 * @returns {Promise<Capture>}
 */
export function recordAnswer(port, wanted) {
  return new Promise((resolve, reject) => {
    const headers = {};
    for (const [name, value] of Object.entries(wanted.headers ?? {}))
      if (value !== undefined) headers[name] = value;
    const outgoing = httpRequest(
      { host: '127.0.0.1', port, method: wanted.method, path: wanted.path, headers, agent: false },
      (incoming) => {
        const chunks = [];
        incoming.on('data', (chunk) => chunks.push(chunk));
        incoming.on('error', reject);
        incoming.on('end', () => {
          /** @type {[string, string][]} */
          const entries = [];
          for (let n = 0; n < incoming.rawHeaders.length; n += 2) {
            const name = incoming.rawHeaders[n];
            if (!FRAMING.has(name.toLowerCase())) entries.push([name, incoming.rawHeaders[n + 1]]);
          }
          resolve({ status: incoming.statusCode ?? 0, headers: entries, body: Buffer.concat(chunks) });
        });
      },
    );
    outgoing.on('error', reject);
    outgoing.end();
  });
}

/**
 * @typedef {{ method: string, path: string, headers?: Record<string, string | undefined> }} CaptureRequest
 * @typedef {{ status: number, headers: [string, string][], body: Buffer }} Capture
 */
