import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ErrorCode } from '../errors/error-codes.ts';

/**
 * Reads a request body up to `limit` bytes. Past the limit the rest of the upload is read and dropped (not
 * buffered) so a 413 can still be sent; the server's request timeout bounds a never-ending upload.
 */
export function readBody(request: IncomingMessage, limit: number): Promise<Buffer | 'too-large'> {
  return new Promise((resolve, reject) => {
    const declared = Number(request.headers['content-length']);
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = Number.isFinite(declared) && declared > limit;
    if (tooLarge) resolve('too-large');
    request.on('data', (chunk: Buffer) => {
      if (tooLarge) return;
      size += chunk.length;
      if (size > limit) {
        tooLarge = true;
        chunks.length = 0;
        resolve('too-large');
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(tooLarge ? 'too-large' : Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

/** Sends a JSON body that no cache keeps. */
export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end(JSON.stringify(body));
}

/** Sends an error in the GraphQL response shape, so clients handle it like any other; `details` go beside the code in `extensions`. */
export function sendErrors(response: ServerResponse, status: number, code: ErrorCode, message: string, details: Record<string, unknown> = {}): void {
  sendJson(response, status, { errors: [{ message, extensions: { ...details, code } }] });
}

/** Serves a static page or asset when the path names one; returns false otherwise. */
export type StaticHandler = (request: IncomingMessage, response: ServerResponse, pathname: string) => Promise<boolean>;
