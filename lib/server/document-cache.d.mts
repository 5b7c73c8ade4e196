import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Capture, CaptureRequest } from './next-capture.mjs';

export interface DocumentRequest {
  method: string;
  path: string;
  acceptEncoding: string;
  ifNoneMatch: string | undefined;
}

export interface Answer {
  status: number;
  flat: string[];
  body: Buffer;
  etag?: string;
  notModified?: Answer;
}

export function documentRequest(request: IncomingMessage): DocumentRequest | undefined;
export function replay(response: ServerResponse, answer: Answer): true;
export function documentCache(options: {
  capture: (request: CaptureRequest) => Promise<Capture>;
  isStaticRoute: (path: string) => boolean;
  maxBytes?: number;
}): {
  serve(request: IncomingMessage, response: ServerResponse): boolean;
  answerOf(wanted: DocumentRequest): Promise<Answer | undefined>;
  readonly size: { answers: number; bytes: number };
};
