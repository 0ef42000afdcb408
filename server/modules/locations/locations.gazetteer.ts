// The gazetteer (ADR 0030): a country's administrative places with their OCHA P-codes and their
// names in English, French and Arabic, loaded from a Common Operational Dataset (COD-AB) table
// as OCHA publishes it on HDX — one row per lowest place, columns admin1Pcode, admin1Name_en,
// admin1Name_ar, admin2Pcode, … (or the shapefile style ADM1_PCODE, ADM1_EN, ADM1_AR, ADM1ALT1EN).
// A place the tree has already is found by its P-code, else by any of its names under the same
// parent (the ISO governorate "Ninawa" is the COD's "Ninewa" by its Arabic name, نينوى); it gets
// the P-code and keeps the COD's other spellings as aliases. A place the tree lacks is added with
// its P-code as its code. All or nothing, in one transaction, audited once.
import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database, Db } from '../../db/database.ts';
import type { Ctx } from '../../infra/actor.ts';
import { AppError, type FieldError, invalid } from '../../infra/errors.ts';
import { nameKey } from '../../infra/names.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { type TableFormat, readTable } from '../interchange/interchange.service.ts';
import type { JobOut, JobsHandle } from '../jobs/jobs.service.ts';
import countries from './data/countries.json' with { type: 'json' };
import { locationsPolicy } from './locations.policy.ts';
import * as q from './locations.queries.ts';
import type { GazetteerResult } from './locations.schema.ts';

type Lang = 'en' | 'fr' | 'ar';
const LEVELS = ['adm1', 'adm2', 'adm3'] as const;
const PCODE = /^[A-Z0-9][A-Z0-9_-]{1,31}$/;
/** Problems reported at most: a wrong file is usually wrong the same way on every row. */
const MAX_PROBLEMS = 20;

/** One place the file names (once, however many rows repeat it). */
export interface GazetteerPlace {
  level: 1 | 2 | 3;
  pcode: string;
  /** Its P-code's parent (null under the country). */
  parent: string | null;
  names: Partial<Record<Lang, string>>;
  /** Other spellings (ADM1ALT1EN, admin1RefName …). */
  alts: { name: string; lang: Lang | null }[];
  /** The first row that names it, for the report. */
  row: number;
}

export interface ParsedGazetteer {
  /** admin0Pcode of the file (IQ), when it has the column. */
  country?: string;
  places: GazetteerPlace[];
}

type Column = { index: number; header: string; level: number } & ({ kind: 'pcode' } | { kind: 'name'; lang: Lang } | { kind: 'alt'; lang: Lang | null });

/** What a header names: admin1Pcode, admin1Name_en, ADM1_AR, ADM2ALT1EN, admin3RefName …; anything else is ignored. */
function columnOf(header: string, index: number): Column | undefined {
  const h = header.toLowerCase().replace(/[^a-z0-9]/g, '');
  let m = /^adm(?:in)?([0-4])pcode$/.exec(h);
  if (m) return { index, header, level: Number(m[1]), kind: 'pcode' };
  m = /^adm(?:in)?([0-4])(?:name)?(en|fr|ar)$/.exec(h) ?? /^adm(?:in)?([0-4])name()$/.exec(h);
  if (m) return { index, header, level: Number(m[1]), kind: 'name', lang: (m[2] || 'en') as Lang };
  m = /^adm(?:in)?([1-4])(?:alt(?:name)?\d*|ref(?:name)?)(en|fr|ar)?$/.exec(h);
  if (m) return { index, header, level: Number(m[1]), kind: 'alt', lang: (m[2] || null) as Lang | null };
  return undefined;
}

/**
 * A file's problems, each a field error of `file` with its code (`rule`) and parameters — its
 * row and column among them — for the web app to word in its reader's language (ADR 0037).
 */
class Problems {
  readonly list: FieldError[] = [];
  add(row: number | undefined, column: string | undefined, message: string, rule: string, params: Record<string, string | number> = {}) {
    const where = [row === undefined ? undefined : `row ${row}`, column ? `column ${column}` : undefined].filter(Boolean).join(', ');
    const at = { ...(row === undefined ? {} : { row }), ...(column ? { column } : {}) };
    this.list.push({ path: 'file', message: where ? `${where}: ${message}` : message, rule, params: { ...at, ...params } });
    if (this.list.length >= MAX_PROBLEMS) this.throw();
  }
  throw(): never {
    throw new AppError('validation_failed', `file: ${this.list[0]!.message}${this.list.length > 1 ? ` (and ${this.list.length - 1} more)` : ''}`, this.list);
  }
}

/**
 * Reads a COD-AB table: the header row, an optional HXL row under it, then one row per place of
 * the lowest level. Refuses (400, each problem naming its row and column) a file without
 * P-codes, a place without a name, a P-code that is not one, or a P-code the file gives two
 * parents or two sets of names.
 */
export async function parseGazetteer(source: Readable, format: TableFormat): Promise<ParsedGazetteer> {
  const table = readTable(source, format);
  const problems = new Problems();
  const byPcode = new Map<string, GazetteerPlace>();
  let columns: Column[] | undefined;
  let country: string | undefined;
  let rowNo = 0;
  for await (const cells of table.rows as AsyncIterable<string[]>) {
    rowNo += 1;
    if (!columns) {
      columns = cells.flatMap((c, i) => columnOf(c.trim(), i) ?? []);
      for (let level = 1; level <= 3; level++) {
        const at = columns.filter((c) => c.level === level);
        if (!at.length) continue;
        if (!at.some((c) => c.kind === 'pcode'))
          problems.add(1, undefined, `admin${level}Pcode is missing: each level needs its P-codes`, 'gazetteer_level_pcode_missing', { level });
        if (!at.some((c) => c.kind === 'name'))
          problems.add(1, undefined, `admin${level}Name_en (or _fr, _ar) is missing: each level needs a name`, 'gazetteer_level_name_missing', { level });
      }
      if (!columns.some((c) => c.level === 1 && c.kind === 'pcode'))
        problems.add(
          1,
          undefined,
          'no admin1Pcode column: a Common Operational Dataset table names its columns admin1Pcode, admin1Name_en, admin1Name_ar, admin2Pcode …',
          'gazetteer_no_admin1',
        );
      if (problems.list.length) problems.throw();
      continue;
    }
    const text = (c: Column) => (cells[c.index] ?? '').trim();
    // The HXL row some COD tables carry under their header (#adm1+code …), and empty rows.
    const filled = cells.filter((c) => c.trim());
    if (!filled.length || filled.every((c) => c.trim().startsWith('#'))) continue;
    for (const c of columns.filter((c) => c.level === 0 && c.kind === 'pcode')) {
      const v = text(c).toUpperCase();
      if (!v) continue;
      if (country && v !== country)
        problems.add(rowNo, c.header, `another country (${v}) than on the rows before (${country}): one country a file`, 'gazetteer_country_mixed', { country: v, first: country });
      country ??= v;
    }
    let parent: string | null = null;
    for (let level = 1 as 1 | 2 | 3; level <= 3; level = (level + 1) as 1 | 2 | 3) {
      const at = columns.filter((c) => c.level === level);
      const pcodeCol = at.find((c) => c.kind === 'pcode');
      if (!pcodeCol) break;
      const pcode = text(pcodeCol).toUpperCase();
      const names: Partial<Record<Lang, string>> = {};
      const alts: GazetteerPlace['alts'] = [];
      for (const c of at) {
        const v = text(c);
        if (!v || c.kind === 'pcode') continue;
        if (v.length > 200) problems.add(rowNo, c.header, 'longer than 200 characters', 'too_long', { max: 200 });
        else if (c.kind === 'name') names[c.lang] ??= v;
        else alts.push({ name: v, lang: c.lang });
      }
      if (!pcode) {
        if (Object.keys(names).length) problems.add(rowNo, pcodeCol.header, 'missing: a place needs its P-code', 'gazetteer_pcode_missing');
        else if (level === 1) problems.add(rowNo, pcodeCol.header, 'missing: every row needs its first level', 'gazetteer_first_level_missing');
        break;
      }
      if (!PCODE.test(pcode)) {
        problems.add(rowNo, pcodeCol.header, `not a P-code: ${pcode} (letters, digits, - and _)`, 'gazetteer_not_pcode', { pcode });
        break;
      }
      const nameCol = at.find((c) => c.kind === 'name')!;
      if (!Object.keys(names).length) problems.add(rowNo, nameCol.header, `missing: ${pcode} needs a name`, 'gazetteer_name_missing', { pcode });
      const seen = byPcode.get(pcode);
      if (!seen) byPcode.set(pcode, { level, pcode, parent, names, alts, row: rowNo });
      else if (seen.level !== level || seen.parent !== parent)
        problems.add(
          rowNo,
          pcodeCol.header,
          `${pcode} is under ${parent ?? 'the country'} here but under ${seen.parent ?? 'the country'} on row ${seen.row}`,
          'gazetteer_parent_differs',
          {
            pcode,
            parent: parent ?? (country || '—'),
            otherParent: seen.parent ?? (country || '—'),
            otherRow: seen.row,
          },
        );
      else if ((['en', 'fr', 'ar'] as const).some((l) => names[l] && seen.names[l] && nameKey(names[l]) !== nameKey(seen.names[l])))
        problems.add(rowNo, nameCol.header, `${pcode} has another name here than on row ${seen.row}`, 'gazetteer_name_differs', { pcode, otherRow: seen.row });
      else for (const a of alts) if (!seen.alts.some((s) => s.name === a.name)) seen.alts.push(a);
      parent = pcode;
    }
  }
  if (!columns) problems.add(undefined, undefined, 'empty: no header row', 'gazetteer_empty');
  else if (!byPcode.size && !problems.list.length) problems.add(undefined, undefined, 'no places: the file has a header and no rows', 'gazetteer_no_rows');
  if (problems.list.length) problems.throw();
  return { country, places: [...byPcode.values()] };
}

/** The country a file is of: the one asked (IQ or IRQ), else its admin0Pcode; the two must agree. */
export async function gazetteerCountry(db: Db, asked: string | undefined, parsed: ParsedGazetteer) {
  const alpha3 = (code: string) => (code.length === 2 ? countries.find((c) => c.alpha2 === code)?.code : code);
  const fromFile = parsed.country ? alpha3(parsed.country) : undefined;
  const fromQuery = asked ? alpha3(asked) : undefined;
  if (asked && !fromQuery) throw invalid('query.country', `no country has the code ${asked}`, { rule: 'gazetteer_country_unknown', params: { code: asked } });
  if (fromQuery && fromFile && fromQuery !== fromFile)
    throw invalid('query.country', `the file is of ${parsed.country} (its admin0Pcode column)`, { rule: 'gazetteer_country_mismatch', params: { country: parsed.country ?? '' } });
  const code = fromQuery ?? fromFile;
  if (!code) throw invalid('query.country', 'name the country (IQ or IRQ): the file has no admin0Pcode column', { rule: 'gazetteer_country_needed' });
  const country = await q.findCountryByCode(db, code);
  if (!country)
    throw invalid(asked ? 'query.country' : 'file', `no country has the code ${parsed.country ?? asked}`, {
      rule: 'gazetteer_country_unknown',
      params: { code: parsed.country ?? asked ?? '' },
    });
  return country;
}

type Known = q.GazetteerPlaceRow & { keys: Set<string> };

/**
 * Loads a parsed gazetteer under `countryId` inside `trx`: one audit event. Refuses (409,
 * naming the row) a P-code some other place holds elsewhere in the tree, and a place two
 * places under its parent could be. `progress` hears of each level done.
 */
export async function loadGazetteerIn(
  trx: Db,
  ctx: Ctx,
  input: { countryId: string; countryCode: string; fileName: string; parsed: ParsedGazetteer },
  progress: (done: number, total: number) => void = () => undefined,
): Promise<GazetteerResult> {
  locationsPolicy.loadGazetteer(ctx.actor);
  await q.lockGazetteer(trx);
  const { places } = input.parsed;
  const keysOf = (p: Pick<q.GazetteerPlaceRow, 'name' | 'name_fr' | 'name_ar' | 'aliases'>) =>
    new Set([p.name, p.name_fr, p.name_ar, ...p.aliases].filter((n): n is string => !!n).map(nameKey));
  const known: Known[] = (await q.placesUnder(trx, input.countryId)).map((p) => ({ ...p, keys: keysOf(p) }));
  const knownById = new Map(known.map((k) => [k.id, k]));
  const children = new Map<string, Known[]>();
  for (const p of known) if (p.parent_id) children.set(p.parent_id, [...(children.get(p.parent_id) ?? []), p]);
  const byCode = new Map<string, { id: string; parent_id: string | null; level: string; name: string }>();
  for (const p of await q.placesByCodeOrPcode(
    trx,
    places.map((p) => p.pcode),
  )) {
    if (p.pcode) byCode.set(p.pcode, p);
    byCode.set(p.code.toUpperCase(), p);
  }
  const conflict = (row: number, message: string, rule: string, params: Record<string, string | number>) =>
    new AppError('conflict', `file: row ${row}: ${message}`, [{ path: 'file', message: `row ${row}: ${message}`, rule, params: { row, ...params } }]);

  const idOf = new Map<string, string>();
  const result = { country: input.countryCode, places: places.length, added: 0, updated: 0, unchanged: 0, aliases: 0 };
  const aliases: { location_id: string; name: string; lang: Lang | null }[] = [];
  const spellings = (p: GazetteerPlace) => [...(['en', 'fr', 'ar'] as const).flatMap((lang) => (p.names[lang] ? [{ name: p.names[lang]!, lang }] : [])), ...p.alts];
  let done = 0;
  for (const [i, level] of LEVELS.entries()) {
    const atLevel = places.filter((p) => p.level === i + 1);
    const toInsert: GazetteerPlace[] = [];
    for (const p of atLevel) {
      const parentId = p.parent ? idOf.get(p.parent)! : input.countryId;
      let match: { id: string; keys: Set<string>; pcode: string | null; name_fr: string | null; name_ar: string | null } | undefined;
      const byP = byCode.get(p.pcode);
      if (byP) {
        if (byP.parent_id !== parentId || byP.level !== level)
          throw conflict(
            p.row,
            `the P-code ${p.pcode} belongs to ${byP.name}, a ${byP.level} elsewhere in the tree: correct the file, or that place first`,
            'gazetteer_pcode_elsewhere',
            {
              pcode: p.pcode,
              place: byP.name,
            },
          );
        match = knownById.get(byP.id);
      } else {
        const keys = spellings(p).map((s) => nameKey(s.name));
        const candidates = (children.get(parentId) ?? []).filter((k) => k.level === level && !k.pcode && keys.some((key) => k.keys.has(key)));
        if (candidates.length > 1)
          throw conflict(
            p.row,
            `${p.pcode} could be any of ${candidates.map((c) => `${c.name} (${c.code})`).join(', ')}: give one of them this P-code first`,
            'gazetteer_pcode_ambiguous',
            {
              pcode: p.pcode,
              candidates: candidates.map((c) => `${c.name} (${c.code})`).join(', '),
            },
          );
        match = candidates[0];
      }
      if (!match) {
        toInsert.push(p);
        continue;
      }
      idOf.set(p.pcode, match.id);
      const set: { pcode?: string; name_fr?: string; name_ar?: string } = {};
      if (!match.pcode) set.pcode = p.pcode;
      if (!match.name_fr && p.names.fr) set.name_fr = p.names.fr;
      if (!match.name_ar && p.names.ar) set.name_ar = p.names.ar;
      if (Object.keys(set).length) await q.setGazetteerFields(trx, match.id, set);
      const before = aliases.length;
      for (const s of spellings(p)) {
        const key = nameKey(s.name);
        if (match.keys.has(key) || key === nameKey(set.name_fr ?? '') || key === nameKey(set.name_ar ?? '')) continue;
        match.keys.add(key);
        aliases.push({ location_id: match.id, name: s.name, lang: s.lang });
      }
      if (Object.keys(set).length || aliases.length > before) result.updated += 1;
      else result.unchanged += 1;
    }
    for (let at = 0; at < toInsert.length; at += 1000) {
      const batch = toInsert.slice(at, at + 1000);
      const inserted = await q.insertLocations(
        trx,
        batch.map((p) => ({
          parent_id: p.parent ? idOf.get(p.parent)! : input.countryId,
          level,
          code: p.pcode,
          pcode: p.pcode,
          name: p.names.en ?? p.names.fr ?? p.names.ar!,
          name_fr: p.names.fr ?? null,
          name_ar: p.names.ar ?? null,
          latitude: null,
          longitude: null,
        })),
      );
      for (const r of inserted) idOf.set(r.code, r.id);
      for (const p of batch) {
        const id = idOf.get(p.pcode)!;
        const own = new Set([p.names.en, p.names.fr, p.names.ar].filter((n): n is string => !!n).map(nameKey));
        for (const a of p.alts) if (!own.has(nameKey(a.name))) aliases.push({ location_id: id, name: a.name, lang: a.lang });
      }
    }
    result.added += toInsert.length;
    done += atLevel.length;
    progress(done, places.length);
  }
  for (let at = 0; at < aliases.length; at += 1000) result.aliases += await q.insertLocationAliases(trx, aliases.slice(at, at + 1000));
  await recordAudit(trx, ctx, {
    action: 'location.load_gazetteer',
    entity: 'location',
    entityId: input.countryId,
    after: { fileName: input.fileName, ...result },
  });
  return result;
}

/** The job that loads a checked file (the file is read again there: it may run in another process). */
export const GAZETTEER_JOB = 'locations.gazetteer';
const gazetteerJobParams = z.object({ file: z.string(), fileName: z.string(), format: z.enum(['csv', 'xlsx', 'json']), countryId: z.uuid(), countryCode: z.string() });

/**
 * Checks an uploaded COD table now (a bad file is a 400 naming its row and column, nothing
 * changed) and queues its load as a job, whose result says how many places were added and
 * updated. The upload is the caller's to receive (the route), after `locationsPolicy.loadGazetteer`.
 */
export async function startGazetteerLoad(
  db: Kysely<Database>,
  jobs: JobsHandle,
  ctx: Ctx,
  upload: { file: string; fileName: string; format: TableFormat },
  askedCountry: string | undefined,
): Promise<JobOut> {
  locationsPolicy.loadGazetteer(ctx.actor);
  const parsed = await parseGazetteer(createReadStream(upload.file), upload.format);
  const country = await gazetteerCountry(db, askedCountry, parsed);
  return await jobs.start(ctx, GAZETTEER_JOB, { ...upload, countryId: country.id, countryCode: country.code }, { total: parsed.places.length });
}

export function defineGazetteerJob(jobs: JobsHandle, db: Kysely<Database>) {
  jobs.define({
    kind: GAZETTEER_JOB,
    params: gazetteerJobParams,
    maxAttempts: 2,
    run: async (ctx, params, control) => {
      let keep = false;
      try {
        const parsed = await parseGazetteer(createReadStream(params.file), params.format);
        return await db.transaction().execute(async (trx) => {
          const result = await loadGazetteerIn(trx, ctx, { countryId: params.countryId, countryCode: params.countryCode, fileName: params.fileName, parsed }, (done, total) =>
            control.progress({ done, total, rows: done }),
          );
          // The places and the job's success commit together: a load that committed never runs twice.
          await control.completeIn(trx, result);
          return result;
        });
      } catch (err) {
        keep = !control.lastAttempt && typeof (err as { status?: unknown }).status !== 'number';
        throw err;
      } finally {
        if (!keep) await rm(params.file, { force: true });
      }
    },
  });
}
