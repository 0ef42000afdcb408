// Places: country → first administrative level → lower levels and communities.
// Every country (ISO 3166-1) and the governorates of Iraq and Syria (ISO 3166-2) ship
// with the app in ./data and are loaded by loadReferenceLocations.
import type { Kysely } from 'kysely';
import type { Database, Db } from '../../db/database.ts';
import type { Ctx } from '../../infra/actor.ts';
import { type ConstraintFields, translateDbError } from '../../infra/db-errors.ts';
import { invalid, notFound } from '../../infra/errors.ts';
import { toPage } from '../../infra/pagination.ts';
import { recordAudit } from '../audit/audit.service.ts';
import countries from './data/countries.json' with { type: 'json' };
import subdivisions from './data/subdivisions.json' with { type: 'json' };
import { locationsPolicy } from './locations.policy.ts';
import * as q from './locations.queries.ts';
import type { LocationInput } from './locations.schema.ts';

const CONSTRAINTS: ConstraintFields = {
  location_code_key: ['body.code', 'another location has this code'],
  location_pcode_key: ['body.pcode', 'another location has this P-code'],
};
const LEVEL_BELOW = { country: 'adm1', adm1: 'adm2', adm2: 'adm3', adm3: 'community', community: null } as const;

type Row = NonNullable<Awaited<ReturnType<typeof q.findLocation>>>;
const toLocation = (l: Row) => ({
  id: l.id,
  parentId: l.parent_id,
  level: l.level,
  code: l.code,
  pcode: l.pcode,
  name: l.name,
  nameFr: l.name_fr,
  nameAr: l.name_ar,
  latitude: l.latitude,
  longitude: l.longitude,
  childCount: Number(l.child_count ?? 0),
});

/**
 * `ids` at `path` (a list: the 400 names `path.N`), or one id at `path` when given a string:
 * the check every module storing places (contributions, needs) makes inside its own
 * transaction. No policy of its own: the caller's service asked its own.
 */
export async function assertLocations(db: Db, ids: string[] | string, path: string) {
  const list = typeof ids === 'string' ? [ids] : ids;
  if (!list.length) return;
  const found = await db.selectFrom('location').select('id').where('id', 'in', list).execute();
  const known = new Set(found.map((r) => r.id));
  const missing = list.findIndex((id) => !known.has(id));
  if (missing >= 0) throw invalid(typeof ids === 'string' ? path : `${path}.${missing}`, 'no such location');
}

export async function listLocations(db: Db, ctx: Ctx, filter: Parameters<typeof q.listLocations>[1]) {
  locationsPolicy.read(ctx.actor);
  const rows = await q.listLocations(db, filter);
  return toPage(rows, filter.limit, (r) => [r.name, r.id], toLocation);
}

export async function getLocation(db: Db, ctx: Ctx, id: string) {
  locationsPolicy.read(ctx.actor);
  const row = await q.findLocation(db, id);
  if (!row) throw notFound('Location');
  return { ...toLocation(row), ancestors: await q.ancestorsOf(db, id) };
}

export async function createLocation(db: Kysely<Database>, ctx: Ctx, input: LocationInput) {
  locationsPolicy.create(ctx.actor);
  const id = await db.transaction().execute(async (trx) => {
    const parent = await q.findLocation(trx, input.parentId);
    if (!parent) throw invalid('body.parentId', 'no such location');
    const below = LEVEL_BELOW[parent.level];
    const allowed = below === 'adm2' || below === 'adm3' ? [below, 'community'] : below ? [below] : [];
    if (!allowed.includes(input.level)) throw invalid('body.level', `under a ${parent.level} comes ${allowed.join(' or ') || 'nothing'}`);
    const [row] = await q
      .insertLocations(trx, [
        {
          parent_id: input.parentId,
          level: input.level,
          code: input.code,
          pcode: input.pcode,
          name: input.name,
          name_fr: input.nameFr,
          name_ar: input.nameAr,
          latitude: input.latitude,
          longitude: input.longitude,
        },
      ])
      .catch((e) => translateDbError(e, CONSTRAINTS));
    await recordAudit(trx, ctx, { action: 'location.create', entity: 'location', entityId: row!.id, after: input });
    return row!.id;
  });
  return await getLocation(db, ctx, id);
}

/** Loads the shipped countries and subdivisions that are not there yet; idempotent. */
export async function loadReferenceLocations(trx: Db, ctx: Ctx): Promise<number> {
  locationsPolicy.create(ctx.actor);
  const existing = await q.locationIdsByCode(
    trx,
    countries.map((c) => c.code),
  );
  const newCountries = countries.filter((c) => !existing.has(c.code));
  const inserted = await q.insertLocations(
    trx,
    newCountries.map((c) => ({
      parent_id: null,
      level: 'country' as const,
      code: c.code,
      name: c.name,
      name_fr: c.name_fr,
      name_ar: c.name_ar,
      latitude: c.lat,
      longitude: c.lng,
    })),
  );
  for (const r of inserted) existing.set(r.code, r.id);
  const existingSubs = await q.locationIdsByCode(
    trx,
    subdivisions.map((s) => s.code),
  );
  const newSubs = subdivisions.filter((s) => !existingSubs.has(s.code));
  await q.insertLocations(
    trx,
    newSubs.map((s) => ({
      parent_id: existing.get(s.country)!,
      level: 'adm1' as const,
      code: s.code,
      name: s.name,
      name_fr: s.name_fr,
      name_ar: s.name_ar,
      latitude: s.lat,
      longitude: s.lng,
    })),
  );
  const added = newCountries.length + newSubs.length;
  if (added)
    await recordAudit(trx, ctx, {
      action: 'location.load_reference',
      entity: 'location',
      after: { countries: newCountries.length, subdivisions: newSubs.length },
    });
  return added;
}
