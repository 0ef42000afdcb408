// What an attached file is, decided from its bytes, never from what the uploader said, and
// how it is served. Only the types below are served as themselves; anything else — HTML,
// SVG, scripts, archives, executables, and every type stored before this check existed
// that is not on the list — goes out as application/octet-stream. Every file is served as
// an attachment (downloaded, never shown in the app's origin), with nosniff and a sandbox
// policy, so no uploaded file can run in the app's pages whatever it contains.
import { open } from 'node:fs/promises';
import { extname } from 'node:path';
import { openZip } from '../../infra/zip.ts';

export const OCTET_STREAM = 'application/octet-stream';

/** The allow-list: types served as themselves. */
export const SERVED_TYPES = new Set([
  'application/pdf',
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/vnd.oasis.opendocument.presentation',
  'text/plain',
  'text/csv',
]);

const SIGNATURES: { type: string; test: (head: Buffer) => boolean }[] = [
  { type: 'application/pdf', test: (h) => h.subarray(0, 5).toString('latin1') === '%PDF-' },
  { type: 'image/png', test: (h) => h.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
  { type: 'image/jpeg', test: (h) => h[0] === 0xff && h[1] === 0xd8 && h[2] === 0xff },
  { type: 'image/gif', test: (h) => ['GIF87a', 'GIF89a'].includes(h.subarray(0, 6).toString('latin1')) },
  { type: 'image/webp', test: (h) => h.subarray(0, 4).toString('latin1') === 'RIFF' && h.subarray(8, 12).toString('latin1') === 'WEBP' },
];

const OOXML_MAIN_PARTS: [string, string][] = [
  ['word/document.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  ['xl/workbook.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
  ['ppt/presentation.xml', 'application/vnd.openxmlformats-officedocument.presentationml.presentation'],
];
const ODF_TYPES = ['application/vnd.oasis.opendocument.text', 'application/vnd.oasis.opendocument.spreadsheet', 'application/vnd.oasis.opendocument.presentation'];

/** Office documents are ZIP files: which one is told by the parts inside (OOXML) or its `mimetype` part (ODF). */
async function officeType(path: string): Promise<string> {
  const zip = await openZip(path).catch(() => undefined);
  if (!zip) return OCTET_STREAM;
  try {
    if (zip.entries.has('[Content_Types].xml')) for (const [part, type] of OOXML_MAIN_PARTS) if (zip.entries.has(part)) return type;
    if (zip.entries.has('mimetype')) {
      let declared = '';
      for await (const chunk of await zip.open('mimetype', 200)) declared += (chunk as Buffer).toString('latin1');
      if (ODF_TYPES.includes(declared.trim())) return declared.trim();
    }
    return OCTET_STREAM;
  } catch {
    return OCTET_STREAM;
  } finally {
    zip.close();
  }
}

/** UTF-8 text without control characters (tabs, line ends and form feeds apart), judged on its first 64 KB. */
function isPlainText(head: Buffer, wholeFile: boolean): boolean {
  try {
    // A character cut at the 64 KB mark is not an error unless the file ends there.
    const text = new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: !wholeFile });
    // biome-ignore lint/suspicious/noControlCharactersInRegex: text with control characters is not served as text.
    return !/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.test(text);
  } catch {
    return false;
  }
}

/** The type of a stored file, from its content; the file name only tells CSV from other text. */
export async function detectFileType(path: string, fileName: string): Promise<string> {
  const handle = await open(path, 'r');
  let head: Buffer;
  let size: number;
  try {
    size = (await handle.stat()).size;
    const buffer = Buffer.alloc(Math.min(size, 64 * 1024));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    head = buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
  for (const { type, test } of SIGNATURES) if (test(head)) return type;
  if (head.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return await officeType(path);
  if (size > 0 && isPlainText(head, head.length === size)) return extname(fileName).toLowerCase() === '.csv' ? 'text/csv' : 'text/plain';
  return OCTET_STREAM;
}

/** The type a stored file is served with: itself when on the allow-list, octet-stream otherwise. */
export function servedType(stored: string | null | undefined): string {
  return stored && SERVED_TYPES.has(stored) ? stored : OCTET_STREAM;
}

/** The Content-Type header: texts say they are UTF-8 (detection made sure they are). */
export function contentTypeHeader(stored: string | null | undefined): string {
  const type = servedType(stored);
  return type.startsWith('text/') ? `${type}; charset=utf-8` : type;
}
