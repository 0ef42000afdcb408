// `entente export` in the visibility matrix: the file a user writes from the command line
// holds what they may pass on — never a RED row (not even for its recipient or its
// author) and never another organisation's AMBER+STRICT row — in CSV, XLSX and JSON; and the
// JSON file imports back through `entente import` unchanged.
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MARKINGS } from '../../common/sharing.ts';
import { systemCtx } from '../../server/infra/actor.ts';
import { createFrameworkNodeIn } from '../../server/modules/framework/framework.service.ts';
import { type TestApp, buildTestApp } from '../../server/test/app.ts';
import { runCli } from '../../server/test/cli.ts';
import { type MatrixCast, type Reader, castReaders, exportableFor, markingsOfExport } from '../../server/test/visibility.ts';
import { ENTITY_EXPORT_FORMATS } from '../../server/modules/interchange/interchange.export.ts';

let t: TestApp;
let cast: MatrixCast;
const dir = mkdtempSync(join(tmpdir(), 'entente-export-'));

beforeAll(async () => {
  t = await buildTestApp();
  cast = await castReaders(t);
  const lineId = (
    await t.db.transaction().execute((trx) => createFrameworkNodeIn(trx, systemCtx, { parentId: null, kind: 'line', code: 'line', name: 'Line', description: '', position: 0 }))
  ).id;
  for (const marking of MARKINGS) {
    for (const kind of ['contributions', 'needs']) {
      const res = await cast.sessions.author.inject({
        method: 'POST',
        url: `/api/${kind}`,
        payload: { frameworkNodeId: lineId, type: 'funding', description: `${kind} ${marking}`, money: { amountMinor: 10, currency: 'USD' }, sharing: cast.sharing(marking) },
      });
      expect(res.statusCode, res.body).toBe(201);
    }
  }
});
afterAll(async () => {
  await t?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('entente export under the export rule', () => {
  // The two who read RED rows; the API's matrix covers every reader.
  const readers: Exclude<Reader, 'anonymous'>[] = ['redRecipient', 'author'];
  for (const reader of readers) {
    it(`${reader}: contributions and needs, as CSV, XLSX and JSON, without RED rows or other organisations’ AMBER+STRICT ones`, { timeout: 120_000 }, async () => {
      expect(ENTITY_EXPORT_FORMATS).toEqual(['csv', 'xlsx', 'json']);
      for (const kind of ['contributions', 'needs']) {
        for (const format of ENTITY_EXPORT_FORMATS) {
          const out = join(dir, `${reader}-${kind}.${format}`);
          const run = await runCli(['export', kind, '--as', cast.users[reader].email, '--out', out, '--format', format], { DATABASE_URL: t.url });
          expect(run.code, run.stderr).toBe(0);
          const file = readFileSync(out);
          const markings =
            format === 'json' ? (JSON.parse(file.toString('utf8')) as Record<string, string>[]).map((row) => row['#meta+marking']!).sort() : await markingsOfExport(format, file);
          expect(markings).toEqual([...exportableFor(reader)].sort());
        }
      }
    });
  }
});

describe('entente export and import as JSON', () => {
  it('writes JSON when --out ends in .json, and the file imports back unchanged (by its name, or by --format json)', { timeout: 180_000 }, async () => {
    const email = cast.users.author.email;
    const expected = exportableFor('author').length;
    for (const kind of ['contributions', 'needs']) {
      const out = join(dir, `round-trip-${kind}.json`);
      const run = await runCli(['export', kind, '--as', email, '--out', out], { DATABASE_URL: t.url });
      expect(run.stdout, run.stderr).toContain(`${expected} ${kind} written to ${out}`);
      const rows = JSON.parse(readFileSync(out, 'utf8')) as Record<string, string>[];
      expect(rows).toHaveLength(expected);
      expect(Object.keys(rows[0]!)).toContain('#meta+id');
      const back = await runCli(['import', kind, out, '--as', email, '--dry-run'], { DATABASE_URL: t.url });
      expect(back.stdout, back.stderr).toContain(`dry run: would have created 0, updated 0, left ${expected} unchanged`);
      expect(back.code).toBe(0);
    }
    // A name that does not say JSON (read as CSV by default) is read as JSON when told so.
    const unnamed = join(dir, 'round-trip-needs.txt');
    copyFileSync(join(dir, 'round-trip-needs.json'), unnamed);
    const asJson = await runCli(['import', 'needs', unnamed, '--as', email, '--dry-run', '--format', 'json'], { DATABASE_URL: t.url });
    expect(asJson.stdout, asJson.stderr).toContain(`dry run: would have created 0, updated 0, left ${expected} unchanged`);
    const wrong = await runCli(['import', 'needs', unnamed, '--as', email, '--format', 'yaml'], { DATABASE_URL: t.url });
    expect(wrong.code).not.toBe(0);
    expect(wrong.stderr).toContain('Allowed choices are csv, xlsx, json');
  });
});
