// A dashboard tile's figures as the page draws them (the reading rule), and its files, CSV and
// PNG, computed under the export rule (indicators.tile-export.ts). The PNG is drawn by
// Chromium: where the server has none, 503 naming what to install. Registered by app.ts with
// the server's Chromium.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.ts';
import { ctxOf } from '../../infra/auth.ts';
import { attachmentDisposition } from '../../infra/downloads.ts';
import { problems } from '../../infra/openapi.ts';
import { PdfPrinter } from '../../infra/pdf.ts';
import { EXPORT_TYPES } from '../interchange/interchange.service.ts';
import * as s from './indicators.dashboards.schema.ts';
import { tileCsv, tileData, tileFileName, tilePng } from './indicators.tile-export.ts';

export async function tileFileRoutes(app: FastifyInstance, { db, chromiumPath, pdfTimeoutMs }: { db: Kysely<Database>; chromiumPath: string; pdfTimeoutMs: number }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['indicators'];
  const printer = new PdfPrinter({ executablePath: chromiumPath, timeoutMs: pdfTimeoutMs });
  app.addHook('onClose', async () => printer.close());

  r.get('/api/indicator-dashboard/tiles/:id/data', {
    schema: {
      tags,
      summary: 'What one of your tiles draws: its pivot as you may see it, with its indicators’ baselines and targets and its places',
      params: s.tileParams,
      response: { 200: s.tileDataOut, ...problems(400, 401, 404) },
    },
    handler: async (req) => tileData(db, ctxOf(req), req.params.id, 'read'),
  });
  r.get('/api/indicator-dashboard/tiles/:id.csv', {
    schema: {
      tags,
      summary: 'One of your tiles as a CSV file: its pivot under the export rule (RED and others’ AMBER+STRICT values count in no cell)',
      params: s.tileParams,
      produces: [EXPORT_TYPES.csv],
      response: { ...problems(400, 401, 404) },
    },
    handler: async (req, reply) => {
      const data = await tileData(db, ctxOf(req), req.params.id, 'export');
      return reply
        .type(EXPORT_TYPES.csv)
        .header('content-disposition', attachmentDisposition(tileFileName(data, 'csv')))
        .send(tileCsv(data) as never);
    },
  });
  r.get('/api/indicator-dashboard/tiles/:id.png', {
    schema: {
      tags,
      summary: 'One of your tiles as a PNG image: its chart, drawn on the server from its pivot under the export rule (503 where the server has no Chromium)',
      params: s.tileParams,
      produces: ['image/png'],
      response: { ...problems(400, 401, 404, 503) },
    },
    handler: async (req, reply) => {
      const data = await tileData(db, ctxOf(req), req.params.id, 'export');
      const png = await tilePng(printer, data);
      return reply
        .type('image/png')
        .header('content-disposition', attachmentDisposition(tileFileName(data, 'png')))
        .send(png as never);
    },
  });
}
