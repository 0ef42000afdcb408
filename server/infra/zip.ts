// Reading a ZIP file (an XLSX workbook, a DOCX…) by random access from its central
// directory, with yauzl: parts are opened in the order we choose, not the order they were
// written, so nothing has to be unpacked to disk to wait for a part stored later. Every
// part states its unpacked size; a part is refused before it is opened when it states more
// than the caller allows, and yauzl stops a part that unpacks to more than it stated, so a
// zip bomb costs at most the stated limit of reading, never memory or disk.
import type { Readable } from 'node:stream';
import yauzl, { type Entry, type ZipFile } from 'yauzl';

/** A workbook has a few dozen parts; more than this is not an office document. */
export const MAX_ZIP_ENTRIES = 10_000;

export class ZipProblem extends Error {}

export interface OpenedZip {
  /** Parts by name (as stored, forward slashes). */
  entries: Map<string, Entry>;
  /** Streams one part unpacked; refused (ZipProblem) when it states more than `maxBytes`. */
  open: (name: string, maxBytes: number) => Promise<Readable>;
  close: () => void;
}

export async function openZip(path: string, maxEntries = MAX_ZIP_ENTRIES): Promise<OpenedZip> {
  let zip: ZipFile;
  try {
    zip = await yauzl.openPromise(path, { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: false, decodeStrings: true });
  } catch (err) {
    throw new ZipProblem(`not a ZIP file (${(err as Error).message})`);
  }
  try {
    if (zip.entryCount > maxEntries) throw new ZipProblem(`more than ${maxEntries} parts`);
    const entries = new Map<string, Entry>();
    for await (const entry of zip.eachEntry()) entries.set(entry.fileName, entry);
    return {
      entries,
      open: async (name, maxBytes) => {
        const entry = entries.get(name);
        if (!entry) throw new ZipProblem(`no part ${name}`);
        if (entry.uncompressedSize > maxBytes)
          throw new ZipProblem(`${name} unpacks to ${Math.ceil(entry.uncompressedSize / 2 ** 20)} MB, more than the ${Math.floor(maxBytes / 2 ** 20)} MB allowed`);
        if (!entry.canDecodeFileData()) throw new ZipProblem(`${name} is encrypted or compressed in a way we cannot read`);
        return await zip.openReadStreamPromise(entry);
      },
      close: () => zip.close(),
    };
  } catch (err) {
    zip.close();
    if (err instanceof ZipProblem) throw err;
    throw new ZipProblem(`not a readable ZIP file (${(err as Error).message})`);
  }
}
