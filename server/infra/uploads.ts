// The one way an uploaded file comes in: the single part "file" of a multipart request,
// streamed to a file on disk and hashed on the way, with a size limit and a stall limit
// (a body that stops arriving — a lost closing boundary, a client gone quiet — is answered
// with a 408 instead of holding a file and a socket open forever). The part's file name and
// declared type are checked before a byte is written. Whatever fails, the partial file is
// removed before the error leaves this function; on success the caller owns the file.
import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { MultipartFile } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { AppError } from './errors.ts';
import { LONE_SURROGATE } from './input.ts';

export interface UploadLimits {
  /** Largest file accepted, in bytes. */
  maxBytes: number;
  /** Named in the 413 answer so that an operator knows which setting to raise. */
  maxBytesSetting: string;
  /** Longest wait for the next bytes of the body before the upload is given up. */
  stallMs: number;
}

export interface ReceivedUpload {
  /** The received file (in the directory given), now the caller's to rename or remove. */
  path: string;
  fileName: string;
  /** What the client said the type was: a hint only, never trusted for serving. */
  declaredType: string;
  size: number;
  sha256: string;
}

/** C0 controls, DEL and C1 controls: nothing a file name or a media type may hold. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this pattern's whole job.
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f]/;
export const MAX_FILE_NAME_LENGTH = 255;

// Refusals leave the connection open: Node reads and drops the rest of a body still
// arriving, so the client can finish sending and read the answer (closing at once makes
// it fail with EPIPE instead). Only a stalled body, whose client sends nothing, is closed.
const fieldError = (path: string, message: string) => new AppError('validation_failed', `${path}: ${message}`, [{ path, message }]);

/** A refusal of a file name: control characters, broken Unicode, or too long. */
export function fileNameProblem(name: string): string | undefined {
  if (CONTROL_CHARACTER.test(name)) return 'must not contain control characters';
  if (LONE_SURROGATE.test(name) || name.includes('\ufffd')) return 'is not valid Unicode';
  if (name.length > MAX_FILE_NAME_LENGTH) return `longer than ${MAX_FILE_NAME_LENGTH} characters`;
  return undefined;
}

/**
 * `multipart/form-data` with a boundary, or a clear 415/400 — busboy throws a bare Error
 * (a 500) on a multipart type without a boundary.
 */
export function assertMultipartWithBoundary(contentType: string | undefined) {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'multipart/form-data')
    throw new AppError('unsupported_media_type', 'Send the file as multipart/form-data', [{ path: 'headers.content-type', message: 'must be multipart/form-data' }]);
  const boundary = /;\s*boundary=("?)([^";]{1,70})\1\s*(;|$)/i.exec(contentType ?? '');
  if (!boundary) throw fieldError('headers.content-type', 'multipart/form-data needs a boundary parameter (1 to 70 characters)');
}

/**
 * After a refusal, the rest of a body still arriving is read and dropped, so that the
 * client can finish sending and read the answer, and the socket sees the client's end;
 * a body still coming after the stall limit is cut off with its connection.
 */
function drainRest(req: FastifyRequest, stallMs: number) {
  const raw = req.raw;
  if (raw.readableEnded || raw.destroyed) return;
  raw.unpipe();
  raw.resume();
  const cutOff = setTimeout(() => raw.socket?.destroy(), stallMs);
  cutOff.unref();
  raw.once('end', () => clearTimeout(cutOff));
  raw.once('close', () => clearTimeout(cutOff));
}

export async function receiveUpload(req: FastifyRequest, dir: string, limits: UploadLimits): Promise<ReceivedUpload> {
  assertMultipartWithBoundary(req.headers['content-type']);
  await mkdir(dir, { recursive: true });
  const path = join(dir, `.upload-${randomUUID()}`);

  // One stall timer for the whole body: restarted by every chunk of the file, it aborts
  // the wait for the part and the copy to disk alike, with the error to answer.
  const given = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const giveUp = (error: AppError) => {
    if (!given.signal.aborted) given.abort(error);
  };
  const stallError = () =>
    new AppError('request_timeout', `file: no data for ${Math.round(limits.stallMs / 1000)} s; the upload was given up`, [{ path: 'file', message: 'upload stalled' }], {
      connection: 'close',
    });
  const poke = () => {
    clearTimeout(timer);
    timer = setTimeout(() => giveUp(stallError()), limits.stallMs);
  };
  // A body that has ended while the file has not: its closing boundary never came. busboy
  // waits for it forever; the last bytes it has need a moment at most to reach the disk.
  const onBodyEnd = () => {
    clearTimeout(timer);
    timer = setTimeout(() => giveUp(fieldError('file', 'the body ended before the closing boundary of the file')), Math.min(1000, limits.stallMs));
  };
  req.raw.once('end', onBodyEnd);
  const whenGivenUp = new Promise<never>((_, reject) => given.signal.addEventListener('abort', () => reject(given.signal.reason)));
  whenGivenUp.catch(() => undefined);

  let part: MultipartFile | undefined;
  poke();
  try {
    part = await Promise.race([req.file({ limits: { fileSize: limits.maxBytes, files: 1 } }), whenGivenUp]);
    if (part?.fieldname !== 'file') throw fieldError('file', 'send one part named file');
    const fileName = part.filename || 'file';
    const nameProblem = fileNameProblem(fileName);
    if (nameProblem) throw fieldError('file.filename', nameProblem);
    const declaredType = part.mimetype ?? '';
    if (CONTROL_CHARACTER.test(declaredType) || LONE_SURROGATE.test(declaredType) || declaredType.length > 255)
      throw fieldError('file.contentType', 'must be a media type without control characters');

    const hash = createHash('sha256');
    let size = 0;
    const counter = new Transform({
      transform(chunk: Buffer, _enc, done) {
        if (!req.raw.readableEnded) poke();
        size += chunk.length;
        hash.update(chunk);
        done(null, chunk);
      },
    });
    await pipeline(part.file, counter, createWriteStream(path, { flags: 'wx' }), { signal: given.signal });
    if (part.file.truncated)
      throw new AppError('payload_too_large', `file: larger than the limit (${limits.maxBytesSetting}, ${Math.round(limits.maxBytes / 2 ** 20)} MB)`, [
        { path: 'file', message: 'too large' },
      ]);
    return { path, fileName, declaredType, size, sha256: hash.digest('hex') };
  } catch (err) {
    part?.file.destroy();
    drainRest(req, limits.stallMs);
    await rm(path, { force: true });
    if (given.signal.aborted) throw given.signal.reason;
    if (err instanceof AppError) throw err;
    // busboy's and the multipart plugin's own refusals (a body cut short, too many parts).
    const code = (err as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE')
      throw new AppError('payload_too_large', `file: larger than the limit (${limits.maxBytesSetting}, ${Math.round(limits.maxBytes / 2 ** 20)} MB)`, [
        { path: 'file', message: 'too large' },
      ]);
    const status = (err as { statusCode?: number }).statusCode;
    const message = (err as Error).message ?? '';
    if ((status && status >= 400 && status < 500) || /multipart|part terminated|unexpected end/i.test(message))
      throw fieldError('file', `not a complete multipart body (${message})`);
    throw err;
  } finally {
    clearTimeout(timer);
    req.raw.off('end', onBodyEnd);
  }
}

/**
 * The app's uploads: every route that takes a file receives it through one of these, so
 * that the stall limit is the same everywhere and the number of bodies being received at
 * once is bounded (a 429 with Retry-After beyond it, before a byte of the body is read).
 */
export class UploadReceiver {
  #inFlight = 0;
  constructor(private readonly opts: { maxConcurrent: number; stallMs: number }) {}

  get inFlight() {
    return this.#inFlight;
  }

  async receive(req: FastifyRequest, dir: string, limits: Omit<UploadLimits, 'stallMs'>): Promise<ReceivedUpload> {
    assertMultipartWithBoundary(req.headers['content-type']);
    if (this.#inFlight >= this.opts.maxConcurrent)
      throw new AppError('rate_limited', `${this.opts.maxConcurrent} uploads are being received already (MAX_CONCURRENT_UPLOADS); try again in a minute`, [], {
        'retry-after': '30',
      });
    this.#inFlight += 1;
    try {
      return await receiveUpload(req, dir, { ...limits, stallMs: this.opts.stallMs });
    } finally {
      this.#inFlight -= 1;
    }
  }
}
