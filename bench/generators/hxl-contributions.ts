// Writes an HXL-tagged CSV of contributions: valid, deterministic (seeded), any size,
// streamed to disk so a million rows need no memory. Used by the import benchmark and by
// the import crash test.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

export interface HxlGeneratorOptions {
  rows: number;
  organisation: string;
  sectors: string[];
  locations: string[];
  seed?: number;
}

const TYPES = ['funding', 'training', 'equipment', 'humanitarian_aid', 'in_kind', 'personnel'];
const STATUSES = ['pledged', 'committed', 'delivered'];

export async function writeHxlContributions(path: string, opts: HxlGeneratorOptions): Promise<void> {
  let state = opts.seed ?? 42;
  const random = () => {
    // mulberry32: small, fast, reproducible
    state = (state + 0x6d2b79f5) | 0;
    let x = Math.imul(state ^ (state >>> 15), 1 | state);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]!;
  const out = createWriteStream(path);
  const write = async (line: string) => {
    if (!out.write(line)) await once(out, 'drain');
  };
  await write('Organisation,Line,Place,Description,Type,Amount,Currency,Start,End,Status,Id\n');
  await write('#org,#sector,#adm1+code,#activity+description,#activity+type,#value,#currency,#date+start,#date+end,#status,#meta+id\n');
  for (let i = 0; i < opts.rows; i++) {
    const month = 1 + Math.floor(random() * 12);
    const start = `2015-${String(month).padStart(2, '0')}-01`;
    const end = `2016-${String(month).padStart(2, '0')}-28`;
    const amount = (Math.floor(random() * 10_000_000) / 100).toFixed(2);
    await write(
      `${opts.organisation},${pick(opts.sectors)},${pick(opts.locations)},Generated contribution ${i},${pick(TYPES)},${amount},USD,${start},${end},${pick(STATUSES)},GEN-${i}\n`,
    );
  }
  out.end();
  await once(out, 'finish');
}
