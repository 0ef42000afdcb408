import { rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../db/database.ts';
import { ctxOf } from '../../infra/auth.ts';
import { problems } from '../../infra/openapi.ts';
import { pageOf } from '../../infra/pagination.ts';
import type { UploadReceiver } from '../../infra/uploads.ts';
import { formatOf } from '../interchange/interchange.service.ts';
import { jobOut } from '../jobs/jobs.schema.ts';
import type { JobsHandle } from '../jobs/jobs.service.ts';
import { defineGazetteerJob, startGazetteerLoad } from './locations.gazetteer.ts';
import { locationsPolicy } from './locations.policy.ts';
import * as s from './locations.schema.ts';
import * as svc from './locations.service.ts';

export interface LocationsOptions {
  db: Kysely<Database>;
  jobs: JobsHandle;
  receiver: UploadReceiver;
  dataDir: string;
  maxImportBytes: number;
}

export async function locationsRoutes(app: FastifyInstance, { db, jobs, receiver, dataDir, maxImportBytes }: LocationsOptions) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  defineGazetteerJob(jobs, db);
  const tags = ['locations'];
  r.get('/api/locations', {
    schema: { tags, summary: 'Search or browse locations', querystring: s.locationListQuery, response: { 200: pageOf(s.location), ...problems(400, 401) } },
    handler: async (req) => svc.listLocations(db, ctxOf(req), req.query),
  });
  r.get('/api/locations/:id', {
    schema: { tags, summary: 'One location with its ancestors', params: z.object({ id: z.uuid() }), response: { 200: s.locationDetail, ...problems(400, 401, 404) } },
    handler: async (req) => svc.getLocation(db, ctxOf(req), req.params.id),
  });
  r.post('/api/locations', {
    schema: {
      tags,
      summary: 'Add a lower administrative level or a community (admin, coordinator)',
      body: s.locationInput,
      response: { 201: s.locationDetail, ...problems(400, 401, 403, 409) },
    },
    handler: async (req, reply) => reply.code(201).send(await svc.createLocation(db, ctxOf(req), req.body)),
  });
  r.post('/api/locations/gazetteer', {
    schema: {
      tags,
      summary:
        'Load a gazetteer (admin): a Common Operational Dataset table (CSV or XLSX, multipart part "file") of a country’s places with P-codes and names in English, French and Arabic; checked now (400 naming the row and column), loaded by a job whose result counts the places added and updated',
      querystring: s.gazetteerQuery,
      consumes: ['multipart/form-data'],
      response: { 202: jobOut, ...problems(400, 401, 403, 408, 413, 415, 429) },
    },
    handler: async (req, reply) => {
      const ctx = ctxOf(req);
      // Before a byte is received.
      locationsPolicy.loadGazetteer(ctx.actor);
      const dir = join(dataDir, 'gazetteer');
      const received = await receiver.receive(req, dir, { maxBytes: maxImportBytes, maxBytesSetting: 'MAX_IMPORT_MB' });
      const format = formatOf(received.fileName, received.declaredType);
      const file = join(dir, `${crypto.randomUUID()}.${format}`);
      await rename(received.path, file);
      try {
        return reply.code(202).send(await startGazetteerLoad(db, jobs, ctx, { file, fileName: received.fileName, format }, req.query.country));
      } catch (err) {
        await rm(file, { force: true });
        throw err;
      }
    },
  });
}
