// The API contract as real clients see it: builds the app without a database, takes
// /api/openapi.json, validates it with a standard validator (@apidevtools/swagger-parser)
// and generates the web app's typed client types with openapi-typescript.
//
//   npm run api:client           writes web/src/api/schema.d.ts
//   npm run api:client -- --check fails (one line) if the document is invalid or the file is stale
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SwaggerParser from '@apidevtools/swagger-parser';
import { DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler } from 'kysely';
import openapiTS, { astToString } from 'openapi-typescript';
import type { OpenAPIV3_1 } from 'openapi-types';
import { buildApp } from '../server/app.ts';
import { loadConfig } from '../server/config.ts';
import type { Database } from '../server/db/database.ts';

export const clientTypesFile = 'web/src/api/schema.d.ts';

/** A Kysely that compiles but never connects: enough to register every route. */
export function compileOnlyDb(): Kysely<Database> {
  return new Kysely<Database>({
    dialect: {
      createAdapter: () => new PostgresAdapter(),
      createDriver: () => new DummyDriver(),
      createIntrospector: (db) => new PostgresIntrospector(db),
      createQueryCompiler: () => new PostgresQueryCompiler(),
    },
  });
}

/** The OpenAPI document the server publishes at /api/openapi.json. */
export async function openApiDocument(): Promise<OpenAPIV3_1.Document> {
  const dataDir = mkdtempSync(join(tmpdir(), 'entente-openapi-'));
  const app = await buildApp(loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', LOAD_DEMO: 'false' }), compileOnlyDb(), {
    logger: false,
  });
  try {
    await app.ready();
    const res = await app.inject({ method: 'GET', url: '/api/openapi.json' });
    if (res.statusCode !== 200) throw new Error(`/api/openapi.json answered ${res.statusCode}`);
    return res.json() as OpenAPIV3_1.Document;
  } finally {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Throws the validator's message when the document is not valid OpenAPI. */
export async function validateOpenApi(doc: OpenAPIV3_1.Document): Promise<void> {
  // The validator dereferences in place: give it a copy.
  await SwaggerParser.validate(structuredClone(doc) as never);
}

export async function clientTypes(doc: OpenAPIV3_1.Document): Promise<string> {
  const ast = await openapiTS(structuredClone(doc) as never, { alphabetize: true });
  return (
    '// Generated from /api/openapi.json by `npm run api:client` (scripts/openapi.ts). Do not edit:\n' +
    '// change the zod schemas of the routes and run it again.\n' +
    astToString(ast)
  );
}

async function main() {
  const check = process.argv.includes('--check');
  const doc = await openApiDocument();
  try {
    await validateOpenApi(doc);
  } catch (err) {
    console.error(`openapi: /api/openapi.json is not valid OpenAPI: ${(err as Error).message}`);
    process.exit(1);
  }
  const types = await clientTypes(doc);
  if (!check) {
    writeFileSync(clientTypesFile, types);
    console.log(`openapi: valid; wrote ${clientTypesFile}`);
    return;
  }
  let committed = '';
  try {
    committed = readFileSync(clientTypesFile, 'utf8');
  } catch {}
  if (committed !== types) {
    console.error(`openapi: ${clientTypesFile} is stale (the API changed): run \`npm run api:client\` and commit it`);
    process.exit(1);
  }
  console.log(`openapi: valid; ${clientTypesFile} is up to date`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
