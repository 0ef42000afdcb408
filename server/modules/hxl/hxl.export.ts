// Exports contributions as HXL-tagged CSV, in the columns the import reads, so that
// export → import is a round trip (rows without an external id carry their own id in
// #meta+id, which the import matches). Streams in keyset batches: memory stays flat.
import type { Writable } from 'node:stream';
import { stringify } from 'csv-stringify';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { Ctx } from '../../infra/actor.ts';
import { assertSignedIn } from '../../infra/policy.ts';
import type { CoverageQuery } from '../contributions/contributions.schema.ts';
import { exportableBy } from '../sharing/sharing.sql.ts';
import { fromMinorUnits } from '../../../common/money.ts';

export const EXPORT_COLUMNS = [
  ['Organisation', '#org'],
  ['Line or objective', '#sector+code'],
  ['Places', '#loc+code'],
  ['Description', '#activity+description'],
  ['Type', '#activity+type'],
  ['Quantity', '#output+num'],
  ['Unit', '#output+unit'],
  ['Amount', '#value'],
  ['Currency', '#currency'],
  ['Start', '#date+start'],
  ['End', '#date+end'],
  ['Status', '#status'],
  ['Id', '#meta+id'],
  ['Marking', '#meta+marking'],
] as const;

const BATCH = 5000;

export async function exportContributions(db: Kysely<Database>, ctx: Ctx, filter: CoverageQuery, out: Writable): Promise<number> {
  assertSignedIn(ctx.actor);
  const csv = stringify();
  csv.pipe(out);
  csv.write(EXPORT_COLUMNS.map((c) => c[0]));
  csv.write(EXPORT_COLUMNS.map((c) => c[1]));
  let after: { created_at: Date; id: string } | undefined;
  let count = 0;
  const conditions = [sql`${exportableBy(ctx.actor, 'contribution', 'c')}`];
  if (filter.orgId) conditions.push(sql`c.owner_org_id = ${filter.orgId}`);
  if (filter.lineId) conditions.push(sql`c.line_id = ${filter.lineId}`);
  if (filter.type) conditions.push(sql`c.type = ${filter.type}`);
  if (filter.status) conditions.push(sql`c.status = ${filter.status}`);
  for (;;) {
    const keyset = after ? sql`AND (c.created_at, c.id) > (${after.created_at}, ${after.id}::uuid)` : sql``;
    const { rows } = await sql<{
      id: string; created_at: Date; org: string; node_code: string; places: string | null; description: string; type: string;
      quantity: string | null; unit: string | null; amount_minor: string | null; currency: string | null;
      start_date: string | null; end_date: string | null; status: string; external_id: string | null; marking: string;
    }>`
      SELECT c.id, c.created_at, o.name AS org, fn.code AS node_code,
             (SELECT string_agg(l.code, '|' ORDER BY l.code) FROM contribution_location cl JOIN location l ON l.id = cl.location_id WHERE cl.contribution_id = c.id) AS places,
             c.description, c.type, c.quantity, c.unit, c.amount_minor, c.currency, c.start_date, c.end_date, c.status, c.external_id, c.marking
      FROM contribution c
      JOIN organisation o ON o.id = c.owner_org_id
      JOIN framework_node fn ON fn.id = c.framework_node_id
      WHERE ${sql.join(conditions, sql` AND `)} ${keyset}
      ORDER BY c.created_at, c.id
      LIMIT ${BATCH}`.execute(db);
    for (const r of rows) {
      const ok = csv.write([
        r.org, r.node_code, r.places ?? '', r.description, r.type,
        r.quantity === null ? '' : String(Number(r.quantity)), r.unit ?? '',
        r.amount_minor === null || !r.currency ? '' : fromMinorUnits(r.amount_minor, r.currency), r.currency ?? '',
        r.start_date ?? '', r.end_date ?? '', r.status, r.external_id ?? r.id, r.marking,
      ]);
      if (!ok) await new Promise((resolve) => csv.once('drain', resolve));
    }
    count += rows.length;
    if (rows.length < BATCH) break;
    after = rows[rows.length - 1];
  }
  csv.end();
  await new Promise<void>((resolve, reject) => {
    out.once('finish', resolve);
    out.once('error', reject);
  });
  return count;
}
