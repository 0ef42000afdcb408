// The briefing pack (HTML and PDF) and the decision register as a PDF. The PDF is the HTML
// printed by Chromium (infra/pdf.ts); one browser serves the app, launched on first use and
// closed with it. Where Chromium is missing the PDF routes answer 503 naming what to install.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../db/database.ts';
import { ctxOf } from '../../infra/auth.ts';
import { attachmentDisposition } from '../../infra/downloads.ts';
import { problems } from '../../infra/openapi.ts';
import { PdfPrinter } from '../../infra/pdf.ts';
import { BRIEF_LANGUAGES, type BriefDocument, briefLanguage, briefingPack, decisionRegisterDocument, tlpLabel } from './meetings.brief.ts';
import { meetingPdfJobRoutes } from './meetings.jobs.ts';
import { registerQuery } from './meetings.schema.ts';

const idParams = z.object({ id: z.uuid() });
const langQuery = z.object({ lang: z.enum(BRIEF_LANGUAGES).optional().describe('The language of the document; else from Accept-Language') });
const PDF = 'application/pdf';
/** The page carries its own styles and fonts (data: URLs) and nothing else. */
const BRIEF_CSP = "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

export async function meetingBriefRoutes(app: FastifyInstance, { db, chromiumPath, pdfTimeoutMs }: { db: Kysely<Database>; chromiumPath: string; pdfTimeoutMs: number }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['meetings'];
  const printer = new PdfPrinter({ executablePath: chromiumPath, timeoutMs: pdfTimeoutMs });
  app.addHook('onClose', async () => printer.close());

  const pdfOf = async (doc: BriefDocument) =>
    printer.print(doc.html, { title: `${tlpLabel(doc.marking)} ${doc.title}`, subject: tlpLabel(doc.marking), keywords: [tlpLabel(doc.marking)] });
  // The same prints as jobs (long work the web app follows by its status): meetings.jobs.ts.
  await meetingPdfJobRoutes(app, { db, print: pdfOf });

  r.get('/api/meetings/:id/brief.html', {
    schema: {
      tags,
      summary: 'The briefing pack of a meeting as a self-contained HTML page, marked with the most restrictive marking of what it holds',
      params: idParams,
      querystring: langQuery,
      produces: ['text/html'],
      response: { ...problems(400, 401, 404) },
    },
    handler: async (req, reply) => {
      const doc = await briefingPack(db, ctxOf(req), req.params.id, briefLanguage(req.query.lang, req.headers['accept-language']));
      return reply
        .type('text/html; charset=utf-8')
        .header('content-security-policy', BRIEF_CSP)
        .header('x-tlp', tlpLabel(doc.marking))
        .send(doc.html as never);
    },
  });
  r.get('/api/meetings/:id/brief.pdf', {
    schema: {
      tags,
      summary: 'The briefing pack printed to PDF (503 where the server has no Chromium)',
      params: idParams,
      querystring: langQuery,
      produces: [PDF],
      response: { ...problems(400, 401, 404, 503) },
    },
    handler: async (req, reply) => {
      const doc = await briefingPack(db, ctxOf(req), req.params.id, briefLanguage(req.query.lang, req.headers['accept-language']));
      const pdf = await pdfOf(doc);
      return reply
        .type(PDF)
        .header('content-disposition', attachmentDisposition(`${doc.fileName}.pdf`))
        .header('x-tlp', tlpLabel(doc.marking))
        .send(pdf as never);
    },
  });
  r.get('/api/meeting-series/:id/decisions.pdf', {
    schema: {
      tags,
      summary: 'The decision register as a PDF: the decisions of meetings you may pass on (503 where the server has no Chromium)',
      params: idParams,
      querystring: registerQuery.extend(langQuery.shape),
      produces: [PDF],
      response: { ...problems(400, 401, 404, 503) },
    },
    handler: async (req, reply) => {
      const doc = await decisionRegisterDocument(db, ctxOf(req), req.params.id, req.query.year, briefLanguage(req.query.lang, req.headers['accept-language']));
      const pdf = await pdfOf(doc);
      return reply
        .type(PDF)
        .header('content-disposition', attachmentDisposition(`${doc.fileName}.pdf`))
        .header('x-tlp', tlpLabel(doc.marking))
        .send(pdf as never);
    },
  });
}
