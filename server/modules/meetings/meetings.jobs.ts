// The meetings' long work as jobs (ADR 0007): a briefing pack or a decision register printed to
// PDF by Chromium, which can take seconds for a long pack. The job runs as the user who started
// it (reloaded when it runs, so it holds what they may see then, no more), in whichever app
// process claims it, and its file is downloaded by that user only (GET /api/jobs/:id/file).
// The direct routes (meetings.brief.routes.ts) stay for a quick print; the web app starts a job
// and shows its status. Registered from the brief's plugin: `jobs/` names none of it.
import { writeFile } from 'node:fs/promises';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../db/database.ts';
import type { Ctx } from '../../infra/actor.ts';
import { ctxOf } from '../../infra/auth.ts';
import { problems } from '../../infra/openapi.ts';
import { jobOut } from '../jobs/jobs.schema.ts';
import type { JobOut, JobsHandle } from '../jobs/jobs.service.ts';
import { BRIEF_LANGUAGES, type BriefDocument, briefLanguage, briefingPack, decisionRegisterDocument } from './meetings.brief.ts';
import { registerQuery } from './meetings.schema.ts';
import { decisionRegister, getMeeting } from './meetings.service.ts';

const PDF = 'application/pdf';
export const MEETING_PDF_JOBS = { brief: 'meetings.brief-pdf', register: 'meetings.register-pdf' } as const;

const briefParams = z.object({ meetingId: z.uuid(), lang: z.enum(BRIEF_LANGUAGES) });
const registerParams = z.object({ seriesId: z.uuid(), year: z.number().int().min(1900).max(9999).optional(), lang: z.enum(BRIEF_LANGUAGES) });
const langQuery = z.object({ lang: z.enum(BRIEF_LANGUAGES).optional().describe('The language of the document; else from Accept-Language') });

/** Prints a document to PDF with its marking in the metadata (the brief's printer). */
export type PrintPdf = (doc: BriefDocument) => Promise<Buffer>;

/** Queues a meeting's briefing pack as a PDF job: a meeting the reader may not see is not found, like a missing one. */
export async function startBriefPdf(db: Kysely<Database>, jobs: JobsHandle, ctx: Ctx, meetingId: string, lang: (typeof BRIEF_LANGUAGES)[number]): Promise<JobOut> {
  await getMeeting(db, ctx, meetingId);
  return await jobs.start(ctx, MEETING_PDF_JOBS.brief, { meetingId, lang }, { total: 1 });
}

/** Queues a series' decision register as a PDF job: an unknown series is not found. */
export async function startRegisterPdf(
  db: Kysely<Database>,
  jobs: JobsHandle,
  ctx: Ctx,
  seriesId: string,
  year: number | undefined,
  lang: (typeof BRIEF_LANGUAGES)[number],
): Promise<JobOut> {
  await decisionRegister(db, ctx, seriesId, year);
  return await jobs.start(ctx, MEETING_PDF_JOBS.register, { seriesId, year, lang }, { total: 1 });
}

export function defineMeetingPdfJobs(jobs: JobsHandle, db: Kysely<Database>, print: PrintPdf) {
  const printTo = async (doc: BriefDocument, control: { resultFile: (name: string, type: string) => Promise<string>; progress: (p: { done: number; total: number }) => void }) => {
    const pdf = await print(doc);
    await writeFile(await control.resultFile(`${doc.fileName}.pdf`, PDF), pdf);
    control.progress({ done: 1, total: 1 });
    return { bytes: pdf.length, marking: doc.marking };
  };
  // A missing Chromium is the server's answer (503, naming what to install): the job fails at once with it.
  jobs.define({
    kind: MEETING_PDF_JOBS.brief,
    params: briefParams,
    maxAttempts: 2,
    run: async (ctx, { meetingId, lang }, control) => printTo(await briefingPack(db, ctx, meetingId, lang), control),
  });
  jobs.define({
    kind: MEETING_PDF_JOBS.register,
    params: registerParams,
    maxAttempts: 2,
    run: async (ctx, { seriesId, year, lang }, control) => printTo(await decisionRegisterDocument(db, ctx, seriesId, year, lang), control),
  });
}

/** The job kinds and the routes that start them. */
export async function meetingPdfJobRoutes(app: FastifyInstance, { db, print }: { db: Kysely<Database>; print: PrintPdf }) {
  defineMeetingPdfJobs(app.jobs, db, print);
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post('/api/meetings/:id/brief.pdf/jobs', {
    schema: {
      tags: ['meetings'],
      summary: "Print the meeting's briefing pack to PDF as a job; its file is then yours to download from GET /api/jobs/{id}/file",
      params: z.object({ id: z.uuid() }),
      querystring: langQuery,
      response: { 202: jobOut, ...problems(400, 401, 403, 404) },
    },
    handler: async (req, reply) =>
      reply.code(202).send(await startBriefPdf(db, app.jobs, ctxOf(req), req.params.id, briefLanguage(req.query.lang, req.headers['accept-language']))),
  });
  r.post('/api/meeting-series/:id/decisions.pdf/jobs', {
    schema: {
      tags: ['meetings'],
      summary: "Print the series' decision register to PDF as a job; its file is then yours to download from GET /api/jobs/{id}/file",
      params: z.object({ id: z.uuid() }),
      querystring: registerQuery.extend(langQuery.shape),
      response: { 202: jobOut, ...problems(400, 401, 403, 404) },
    },
    handler: async (req, reply) =>
      reply.code(202).send(await startRegisterPdf(db, app.jobs, ctxOf(req), req.params.id, req.query.year, briefLanguage(req.query.lang, req.headers['accept-language']))),
  });
}
