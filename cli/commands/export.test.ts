// `entente export` in the visibility matrix: the file a user writes from the command line
// holds what they may pass on — never a RED row (not even for its recipient or its
// author) and never another organisation's AMBER+STRICT row — in CSV and in XLSX.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MARKINGS } from '../../common/sharing.ts';
import { systemCtx } from '../../server/infra/actor.ts';
import { createFrameworkNodeIn } from '../../server/modules/framework/framework.service.ts';
import { type TestApp, buildTestApp } from '../../server/test/app.ts';
import { runCli } from '../../server/test/cli.ts';
import { type MatrixCast, type Reader, castReaders, exportableFor, markingsOfExport } from '../../server/test/visibility.ts';

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
    it(`${reader}: contributions and needs, as CSV and XLSX, without RED rows or other organisations’ AMBER+STRICT ones`, { timeout: 120_000 }, async () => {
      for (const kind of ['contributions', 'needs']) {
        for (const format of ['csv', 'xlsx'] as const) {
          const out = join(dir, `${reader}-${kind}.${format}`);
          const run = await runCli(['export', kind, '--as', cast.users[reader].email, '--out', out, '--format', format], { DATABASE_URL: t.url });
          expect(run.code, run.stderr).toBe(0);
          expect(await markingsOfExport(format, readFileSync(out))).toEqual([...exportableFor(reader)].sort());
        }
      }
    });
  }
});
