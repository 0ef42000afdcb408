// Files sent as a browser sends them (one multipart/form-data part named "file"), and the
// wait for the job an import starts. Shared by every test that uploads, so that a change to
// the upload route's contract is made here once.
import type { Session } from './app.ts';

const TYPES: Record<string, string> = {
  csv: 'text/csv',
  json: 'application/json',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  txt: 'text/plain',
};

/** The type a browser would declare for `name`, from its extension. */
export const typeOf = (name: string) => TYPES[name.split('.').pop()!.toLowerCase()] ?? 'application/octet-stream';

/** The payload and headers of an upload of `content` as the form field "file" named `name`. */
export function multipartFile(name: string, content: string | Buffer, type = typeOf(name)) {
  const boundary = '----entente-test-boundary';
  return {
    payload: Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: ${type}\r\n\r\n`),
      Buffer.isBuffer(content) ? content : Buffer.from(content),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

/** Polls the job `jobId` as `session` until it has succeeded or failed (20 s at most). */
export async function waitForJob(session: Session, jobId: string) {
  for (let i = 0; i < 400; i++) {
    const job = (await session.inject({ method: 'GET', url: `/api/jobs/${jobId}` })).json();
    if (job.status === 'succeeded' || job.status === 'failed') return job;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`job ${jobId} did not finish`);
}
