// Compressed answers (ADR 0029): on a field connection (400 kbit/s) a JSON list is text that
// brotli or gzip shrinks five to ten times. Registered before the routes (its onRoute hook
// wraps each route registered after it). What it leaves alone, and why:
// - answers under 1 KB: the encoding's header and framing cost about what they would save;
// - files already compressed — XLSX, PDF, ZIP, images, fonts — and octet-stream (an uploaded
//   document of any kind): their types are not in COMPRESSIBLE, so they stream as they are,
//   with their length;
// - server-sent events (text/event-stream): compression would hold events back in its buffer;
// - the built web app: its files are compressed at build time (web/precompress.ts) and sent
//   with their content-encoding set, which this plugin never compresses twice;
// - request bodies: a compressed upload would unpack past the body limit's intent (a small
//   body growing large), so requests are not decompressed (globalDecompression: false).
// Streamed answers (a CSV export) are compressed as they stream, chunk by chunk.
import fastifyCompress from '@fastify/compress';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/** The content types worth compressing: text (not event streams), JSON, XML, JavaScript, CSV, iCalendar. */
export const COMPRESSIBLE = /^(?:text\/(?!event-stream)|application\/(?:[a-z0-9.+-]+\+)?(?:json|xml)(?:;|$)|application\/javascript)/i;

export const compressPlugin = fp(async (app: FastifyInstance) => {
  await app.register(fastifyCompress, {
    global: true,
    globalDecompression: false,
    // brotli first (smaller at the same speed at the plugin's quality 4), then gzip for older clients.
    encodings: ['br', 'gzip'],
    threshold: 1024,
    customTypes: COMPRESSIBLE,
  });
});
