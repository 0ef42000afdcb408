// The fund's long work as jobs (ADR 0007): its IATI 2.03 activity file and its FTS-style flows
// CSV, built by whichever app process claims the job, as the user who started it (so with what
// they may pass on, no more), and downloaded by that user only (GET /api/jobs/:id/file).
// Registered from the fund's plugin (fund.routes.ts): `jobs/` names none of it.
import { createWriteStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { finished } from 'node:stream/promises';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../db/database.ts';
import type { Ctx } from '../../infra/actor.ts';
import { ctxOf } from '../../infra/auth.ts';
import { problems } from '../../infra/openapi.ts';
import { EXPORT_TYPES, writeTable } from '../interchange/interchange.service.ts';
import { jobOut } from '../jobs/jobs.schema.ts';
import type { JobOut, JobsHandle } from '../jobs/jobs.service.ts';
import { ftsTable, iatiFile } from './fund.projects.service.ts';
import { getFund } from './fund.service.ts';

/** The files a fund's job builds: the job kind, the file's name and media type. */
export const FUND_FILES = {
  iati: { kind: 'fund.iati', name: (fundId: string) => `fund-${fundId}-iati.xml`, type: 'application/xml; charset=utf-8' },
  flows: { kind: 'fund.flows', name: (fundId: string) => `fund-${fundId}-flows.csv`, type: EXPORT_TYPES.csv },
} as const;
export type FundFile = keyof typeof FUND_FILES;

const fundFileParams = z.object({ fundId: z.uuid() });
const fundFileQuery = z.object({
  file: z.enum(Object.keys(FUND_FILES) as [FundFile, ...FundFile[]]).describe('iati: the IATI 2.03 activity file; flows: the FTS-style flows CSV'),
});

/** Starts building one of a fund's files as a job: a fund the reader may not see is not found, like a missing one. */
export async function startFundFile(db: Kysely<Database>, jobs: JobsHandle, ctx: Ctx, fundId: string, file: FundFile): Promise<JobOut> {
  await getFund(db, ctx, fundId);
  return await jobs.start(ctx, FUND_FILES[file].kind, { fundId });
}

export function defineFundJobs(jobs: JobsHandle, db: Kysely<Database>) {
  jobs.define({
    kind: FUND_FILES.iati.kind,
    params: fundFileParams,
    run: async (ctx, { fundId }, control) => {
      const xml = await iatiFile(db, ctx, fundId);
      await writeFile(await control.resultFile(FUND_FILES.iati.name(fundId), FUND_FILES.iati.type), xml);
      return { bytes: Buffer.byteLength(xml) };
    },
  });
  jobs.define({
    kind: FUND_FILES.flows.kind,
    params: fundFileParams,
    run: async (ctx, { fundId }, control) => {
      const table = await ftsTable(db, ctx, fundId);
      const out = createWriteStream(await control.resultFile(FUND_FILES.flows.name(fundId), FUND_FILES.flows.type));
      const rows = await writeTable('csv', out, table.columns, table.fetch);
      await finished(out);
      return { rows };
    },
  });
}

/** The job kinds and the route that starts them: what the fund's plugin registers. */
export async function fundJobs(app: FastifyInstance, { db }: { db: Kysely<Database> }) {
  defineFundJobs(app.jobs, db);
  app.withTypeProvider<ZodTypeProvider>().post('/api/funds/:id/files', {
    schema: {
      tags: ['fund'],
      summary: "Build one of the fund's files (IATI XML, FTS flows CSV) as a job; its file is then yours to download from GET /api/jobs/{id}/file",
      params: z.object({ id: z.uuid() }),
      querystring: fundFileQuery,
      response: { 202: jobOut, ...problems(400, 401, 403, 404) },
    },
    handler: async (req, reply) => reply.code(202).send(await startFundFile(db, app.jobs, ctxOf(req), req.params.id, req.query.file)),
  });
}
