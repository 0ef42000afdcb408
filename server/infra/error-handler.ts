// The one error renderer: everything leaves as application/problem+json (RFC 9457).
import { randomUUID } from 'node:crypto';
import { STATUS_CODES, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, ERROR_STATUS, ERROR_TITLE, type ErrorCode, type FieldError } from './errors.ts';
import { API_HEADERS, applySecurityHeaders } from './security.ts';

const CONTEXT_NAMES: Record<string, string> = { querystring: 'query', body: 'body', params: 'params', headers: 'headers' };

function problem(code: ErrorCode, detail: string, instance: string, requestId: string, errors: FieldError[] = []) {
  return {
    type: `https://entente.invalid/problems/${code.replace(/_/g, '-')}`,
    title: ERROR_TITLE[code],
    status: ERROR_STATUS[code],
    code,
    detail,
    instance,
    requestId,
    ...(errors.length ? { errors } : {}),
  };
}

// Fastify's own client errors (bad JSON, wrong content type, oversized body) keep their 4xx,
// each naming the part of the request at fault.
const FASTIFY_CODES: Record<string, [ErrorCode, FieldError]> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: ['unsupported_media_type', { path: 'headers.content-type', message: 'is not a type this route accepts' }],
  FST_ERR_CTP_BODY_TOO_LARGE: ['payload_too_large', { path: 'body', message: 'is too large' }],
  FST_REQ_FILE_TOO_LARGE: ['payload_too_large', { path: 'body', message: 'the file is too large' }],
  FST_ERR_CTP_EMPTY_JSON_BODY: ['validation_failed', { path: 'body', message: 'is empty; send a JSON value or no content type' }],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: ['validation_failed', { path: 'headers.content-length', message: 'does not match the body' }],
  FST_INVALID_MULTIPART_CONTENT_TYPE: ['unsupported_media_type', { path: 'headers.content-type', message: 'must be multipart/form-data' }],
};

/**
 * Fastify's `frameworkErrors`: a path it cannot decode (`%FF`, `%ED%A0%80`) and a path
 * parameter over the router's 100 characters are answered before any hook runs, so the
 * security headers are set here, and the answer is the same problem+json as any other.
 */
export function frameworkErrorHandler(err: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  applySecurityHeaders(request.raw, reply.raw);
  const instance = (request.raw.url ?? '/').split('?')[0] ?? '/';
  if (err.code !== 'FST_ERR_MAX_PARAM_LENGTH' && err.code !== 'FST_ERR_BAD_URL') {
    request.log.error({ err, requestId: request.id }, 'unhandled framework error');
    return reply
      .code(500)
      .type('application/problem+json')
      .send(problem('internal', 'Something went wrong on our side.', instance, request.id));
  }
  const [code, message]: [ErrorCode, string] =
    err.code === 'FST_ERR_MAX_PARAM_LENGTH'
      ? ['uri_too_long', 'a part of the path is longer than 100 characters']
      : ['validation_failed', 'is not a valid path (bad percent-encoding or not UTF-8)'];
  return reply
    .code(ERROR_STATUS[code])
    .header('x-request-id', request.id)
    .type('application/problem+json')
    .send(problem(code, `params: ${message}`, instance, request.id, [{ path: 'params', message }]));
}

/** What Node reports before a request exists, as our code and the part of the request at fault. */
function clientProblem(errCode: string | undefined): [ErrorCode, FieldError] {
  if (errCode === 'HPE_HEADER_OVERFLOW') return ['headers_too_large', { path: 'headers', message: 'are larger than 16 KB together' }];
  if (errCode === 'ERR_HTTP_REQUEST_TIMEOUT' || errCode === 'ERR_HTTP_REQUEST_HEADERS_TIMEOUT')
    return ['request_timeout', { path: 'request', message: 'was not received in time' }];
  return ['validation_failed', { path: 'request', message: 'is not a valid HTTP request' }];
}

/**
 * Fastify's `clientErrorHandler`: a request Node's parser refuses (headers over 16 KB, bad
 * HTTP, too slow) never reaches Fastify's routes or hooks, so Fastify's default wrote a
 * bare JSON answer without the security headers. This one writes the same problem+json as
 * every other answer, with the security headers (security.ts's list), then closes the
 * connection, whose state is unknown. There is no request: no path, and a request id made
 * here, logged with the error.
 */
export function clientErrorHandler(this: FastifyInstance, err: NodeJS.ErrnoException, socket: Duplex): void {
  // A reset connection has no one to answer.
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const [code, field] = clientProblem(err.code);
  const requestId = randomUUID();
  this.log.info({ err: { code: err.code, message: err.message }, requestId }, 'client error');
  // Like Node: once an answer has begun on this connection, nothing more may be written to it.
  const answering = (socket as Duplex & { _httpMessage?: ServerResponse })._httpMessage;
  if (socket.writable && !answering?.headersSent) {
    const { instance: _noPath, ...body } = problem(code, `${field.path}: ${field.message}`, '', requestId, [field]);
    const text = JSON.stringify(body);
    const headers: Record<string, string> = {
      ...API_HEADERS,
      'content-type': 'application/problem+json; charset=utf-8',
      'content-length': String(Buffer.byteLength(text)),
      'x-request-id': requestId,
      connection: 'close',
    };
    const head = Object.entries(headers).map(([name, value]) => `${name}: ${value}`);
    socket.write(`HTTP/1.1 ${ERROR_STATUS[code]} ${STATUS_CODES[ERROR_STATUS[code]]}\r\n${head.join('\r\n')}\r\n\r\n${text}`);
  }
  socket.destroy(err);
}

/** The schema rule a value broke, as FieldError carries it (a bound only when it is a plain number or text). */
function ruleOf(keyword: string, params: Record<string, unknown>): Pick<FieldError, 'rule' | 'limit' | 'origin'> {
  const bound = params.minimum ?? params.maximum ?? params.format;
  const limit = typeof bound === 'number' || typeof bound === 'string' ? bound : typeof bound === 'bigint' ? bound.toString() : undefined;
  const origin = typeof params.origin === 'string' ? params.origin : typeof params.expected === 'string' ? params.expected : undefined;
  return { rule: keyword, ...(limit === undefined ? {} : { limit }), ...(origin === undefined ? {} : { origin }) };
}

export const errorHandlerPlugin = fp(async (app: FastifyInstance) => {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    const instance = request.url.split('?')[0] ?? request.url;
    const send = (code: ErrorCode, detail: string, errors: FieldError[] = [], headers: Record<string, string> = {}) =>
      reply
        .code(ERROR_STATUS[code])
        .headers(headers)
        .type('application/problem+json')
        .send(problem(code, detail, instance, request.id, errors));

    if (err instanceof AppError) return send(err.code, err.message, err.errors, err.headers);

    if (hasZodFastifySchemaValidationErrors(err)) {
      const where = CONTEXT_NAMES[err.validationContext ?? ''] ?? err.validationContext ?? 'request';
      const errors = err.validation.map((v) => {
        const pointer = v.instancePath.replace(/^\//, '').replace(/\//g, '.');
        return { path: pointer ? `${where}.${pointer}` : where, message: v.message ?? 'is not valid', ...ruleOf(v.keyword, v.params) };
      });
      return send('validation_failed', errors.map((e) => `${e.path}: ${e.message}`).join('; '), errors);
    }

    const known = err.code ? FASTIFY_CODES[err.code] : undefined;
    if (known) return send(known[0], `${known[1].path}: ${known[1].message}`, [known[1]]);
    if (err.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || (err instanceof SyntaxError && err.statusCode === 400))
      return send('validation_failed', 'body: is not valid JSON', [{ path: 'body', message: 'is not valid JSON' }]);
    if (typeof err.statusCode === 'number' && err.statusCode >= 400 && err.statusCode < 500) {
      const code = (Object.entries(ERROR_STATUS).find(([, s]) => s === err.statusCode)?.[0] ?? 'validation_failed') as ErrorCode;
      // A 400 from a plugin is about what the request carried: the body, as far as we can tell.
      return send(code, err.message, ERROR_STATUS[code] === 400 ? [{ path: 'body', message: err.message }] : []);
    }

    // Unknown: log everything with the request id, reveal nothing.
    request.log.error({ err, requestId: request.id }, 'unhandled error');
    return send('internal', `Something went wrong on our side. Quote request id ${request.id} when you report it.`);
  });

  app.setNotFoundHandler((request, reply) => {
    reply
      .code(404)
      .type('application/problem+json')
      .send(problem('not_found', `No route ${request.method} ${request.url.split('?')[0]}`, request.url, request.id));
  });
});
