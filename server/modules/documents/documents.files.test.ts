// Attached files are typed from their content against an allow-list, never from what the
// uploader declared, and always download as attachments; a row stored before these checks
// with a broken content type downloads as application/octet-stream instead of a 500.
import { mkdirSync, writeFileSync } from 'node:fs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Session, type TestApp, buildTestApp, signIn } from '../../test/app.ts';
import { TEST_PASSWORD, buildOrganisation, buildUser } from '../../test/factories.ts';
import { zipFile } from '../../test/zip.ts';
import { DocumentFiles } from './documents.service.ts';
import { multipartFile } from '../../test/upload.ts';

let t: TestApp;
let owner: Session;

beforeAll(async () => {
  t = await buildTestApp();
  const org = await buildOrganisation(t.db);
  owner = await signIn(t.app, (await buildUser(t.db, org.id, 'focal_point')).email, TEST_PASSWORD);
});
afterAll(async () => t?.close());

async function newDocument(title = 'Minutes') {
  const res = await owner.inject({ method: 'POST', url: '/api/documents', payload: { title, kind: 'minutes', documentDate: '2015-04-01', sharing: { marking: 'GREEN' } } });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

const multipart = (name: string, type: string, content: Buffer | string) => multipartFile(name, content, type);
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(32, 1)]);
const DOCX = zipFile([
  { name: '[Content_Types].xml', data: '<Types/>' },
  { name: 'word/document.xml', data: '<w:document/>' },
]);
const ODT = zipFile([
  { name: 'mimetype', data: 'application/vnd.oasis.opendocument.text' },
  { name: 'content.xml', data: '<office:document-content/>' },
]);

describe('attached files', () => {
  const cases: { name: string; declared: string; content: Buffer | string; served: string }[] = [
    { name: 'page.html', declared: 'text/html', content: '<html><script>alert(document.cookie)</script></html>', served: 'text/plain' },
    { name: 'drawing.svg', declared: 'image/svg+xml', content: '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>', served: 'text/plain' },
    { name: 'photo.html', declared: 'text/html', content: PNG, served: 'image/png' },
    { name: 'report.pdf', declared: 'text/html', content: '%PDF-1.7\n%âãÏÓ\n1 0 obj\n', served: 'application/pdf' },
    { name: 'fake.pdf', declared: 'application/pdf', content: Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0xff, 0xfe]), served: 'application/octet-stream' },
    { name: 'letter.docx', declared: 'application/octet-stream', content: DOCX, served: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
    { name: 'letter.odt', declared: 'text/html', content: ODT, served: 'application/vnd.oasis.opendocument.text' },
    {
      name: 'archive.docx',
      declared: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      content: zipFile([{ name: 'run.sh', data: 'rm -rf /' }]),
      served: 'application/octet-stream',
    },
    { name: 'table.csv', declared: 'application/x-msdownload', content: 'a,b\n1,2\n', served: 'text/csv' },
  ];

  for (const c of cases) {
    it(`serves ${c.name} declared as ${c.declared} as ${c.served}, as an attachment`, async () => {
      const id = await newDocument();
      const up = await owner.inject({ method: 'PUT', url: `/api/documents/${id}/file`, ...multipart(c.name, c.declared, c.content) });
      expect(up.statusCode, up.body).toBe(200);
      expect(up.json().file.type).toBe(c.served);
      const down = await owner.inject({ method: 'GET', url: `/api/documents/${id}/file` });
      expect(down.statusCode).toBe(200);
      expect(down.headers['content-type']).toBe(c.served.startsWith('text/') ? `${c.served}; charset=utf-8` : c.served);
      expect(down.headers['content-disposition']).toMatch(/^attachment; /);
      expect(down.headers['x-content-type-options']).toBe('nosniff');
      expect(down.headers['content-security-policy']).toContain('sandbox');
      expect(down.rawPayload.equals(Buffer.from(c.content))).toBe(true);
    });
  }

  it('downloads a file whose stored type is broken (stored before types were checked) as application/octet-stream', async () => {
    const id = await newDocument();
    // As an old row holds it: the uploader's type with a control character, and a name with one.
    const sha = 'a'.repeat(64);
    const files = new DocumentFiles(`${t.config.dataDir}/files`);
    mkdirSync(files.dir, { recursive: true });
    writeFileSync(files.pathOf(id, sha), 'old content');
    await sql`UPDATE document SET file_name = ${'old\u0001name.html'}, file_type = ${'text/html\u0001x'}, file_size = 11, file_sha256 = ${sha} WHERE id = ${id}`.execute(t.db);
    const down = await owner.inject({ method: 'GET', url: `/api/documents/${id}/file` });
    expect(down.statusCode, down.body).toBe(200);
    expect(down.headers['content-type']).toBe('application/octet-stream');
    expect(down.headers['content-disposition']).toBe(`attachment; filename="old_name.html"`);
    expect(down.body).toBe('old content');
    const doc = await owner.inject({ method: 'GET', url: `/api/documents/${id}` });
    expect(doc.json().file.type).toBe('application/octet-stream');
    // A type that is fine but off the list is not served as itself either.
    await sql`UPDATE document SET file_type = 'text/html' WHERE id = ${id}`.execute(t.db);
    expect((await owner.inject({ method: 'GET', url: `/api/documents/${id}/file` })).headers['content-type']).toBe('application/octet-stream');
  });

  it('names a file in both forms, whatever characters it holds', async () => {
    const id = await newDocument();
    const up = await owner.inject({ method: 'PUT', url: `/api/documents/${id}/file`, ...multipart("bilan (été) 'v2'.txt", 'text/plain', 'x') });
    expect(up.statusCode, up.body).toBe(200);
    const down = await owner.inject({ method: 'GET', url: `/api/documents/${id}/file` });
    expect(down.headers['content-disposition']).toBe(`attachment; filename="bilan (_t_) 'v2'.txt"; filename*=UTF-8''bilan%20%28%C3%A9t%C3%A9%29%20%27v2%27.txt`);
  });
});
