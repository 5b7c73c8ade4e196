import type { IncomingMessage, ServerResponse } from 'node:http';

export interface CaptureRequest {
  method: string;
  path: string;
  headers?: Record<string, string | undefined>;
}

export interface Capture {
  status: number;
  /** Every header as sent, in order and case, but Date and the connection's framing headers. */
  headers: [string, string][];
  /** The body as sent: compressed when the answer was. */
  body: Buffer;
}

export function startCapture(
  handle: (request: IncomingMessage, response: ServerResponse) => unknown,
): Promise<{ capture: (request: CaptureRequest) => Promise<Capture>; close: () => void }>;
export function recordAnswer(port: number, wanted: CaptureRequest): Promise<Capture>;
