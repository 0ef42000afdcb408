// Once per test run: a PostgreSQL server (TEST_DATABASE_URL, or an embedded one in a
// temporary directory) holding a migrated template database. Each test file then
// creates its own database from the template (see database.ts), so files run in parallel.
// The app under test connects as the app's own role (server/db/roles.ts), as in production.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { type EmbeddedServer, startEmbeddedServer } from '../db/embedded.ts';
import { prepareDatabase } from '../db/roles.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    adminUrl: string;
    templateName: string;
    databaseKind: string;
  }
}

function withDatabase(url: string, name: string) {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

export default async function setup(project: TestProject) {
  let server: EmbeddedServer | undefined;
  let dir: string | undefined;
  let adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    dir = mkdtempSync(join(tmpdir(), 'entente-test-'));
    server = await startEmbeddedServer(dir);
    adminUrl = server.url('postgres');
  }
  const templateName = `entente_template_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${templateName}`);
  await admin.query(`CREATE DATABASE ${templateName}`);
  await admin.end();
  // Migrated as the owner, with the app role's grants, which every copy keeps.
  await prepareDatabase(withDatabase(adminUrl, templateName));

  project.provide('adminUrl', adminUrl);
  project.provide('templateName', templateName);
  project.provide('databaseKind', server ? 'embedded' : 'TEST_DATABASE_URL');

  return async () => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    const { rows } = await client.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE 'entente_t_${process.pid}_%' OR datname = $1`, [templateName]);
    for (const r of rows) await client.query(`DROP DATABASE IF EXISTS "${r.datname}" WITH (FORCE)`);
    await client.end();
    await server?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  };
}
