// The briefing pack and the decision register as documents (issue 10, items 5 and 8): only what
// the reader may see (a hidden meeting answers 404; a working group's meeting lends nothing to
// an outsider's pack of a later, visible meeting), marked with the most restrictive marking of
// what it holds; the PDF (printed by Chromium) shows that marking at the top and bottom of every
// page with "page i of n", carries it in its metadata, and extracts Arabic in logical order.
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Session, type TestApp, buildTestApp, signIn } from '../../test/app.ts';
import { TEST_PASSWORD, buildGroup, buildOrganisation, buildUser } from '../../test/factories.ts';

// The test app prints with CHROMIUM_PATH's default (server/config.ts). On a developer's machine
// without it the PDF tests are skipped with a warning; on CI (CI=true or 1) they run and fail,
// so that a build without Chromium cannot pass without having printed a single pack.
const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
const onCi = ['true', '1'].includes((process.env.CI ?? '').toLowerCase());
if (!hasChromium && !onCi) console.warn(`meetings.brief.test: the PDF tests are skipped: no Chromium at ${CHROMIUM} (apt-get install chromium)`);

let t: TestApp;
let owner: Session;
let member: Session;
let outsider: Session;
let ids: { ownerOrg: string; memberOrg: string; group: string; seriesId: string; internal: string; visible: string; hidden: string };
const YEAR = new Date().getUTCFullYear() + 1;
const ARABIC_TITLE = 'اجتماع المجموعة الصغيرة SG-2015-003';
const INTERNAL = 'Stabilisation group internal';

async function ok(session: Session, method: 'GET' | 'POST', url: string, payload?: unknown, status = 200) {
  const res = await session.inject({ method, url, payload: payload as never });
  expect(res.statusCode, `${method} ${url}: ${res.body}`).toBe(status);
  return res;
}

async function meetingOf(title: string, day: string, sharing: Record<string, unknown>) {
  return (
    await ok(
      owner,
      'POST',
      '/api/meetings',
      { seriesId: ids.seriesId, title, kind: 'small_group', timeZone: 'Europe/Brussels', start: `${day}T10:00`, end: `${day}T12:00`, venue: 'Egmont Palace', sharing },
      201,
    )
  ).json().id as string;
}

beforeAll(async () => {
  t = await buildTestApp();
  const ownerOrg = (await buildOrganisation(t.db, { name: 'Owner ministry' })).id;
  const memberOrg = (await buildOrganisation(t.db, { name: 'Member agency' })).id;
  const outsiderOrg = (await buildOrganisation(t.db)).id;
  const group = (await buildGroup(t.db, [memberOrg], 'Working group on stabilisation')).id;
  owner = await signIn(t.app, (await buildUser(t.db, ownerOrg, 'coordinator')).email, TEST_PASSWORD);
  member = await signIn(t.app, (await buildUser(t.db, memberOrg)).email, TEST_PASSWORD);
  outsider = await signIn(t.app, (await buildUser(t.db, outsiderOrg)).email, TEST_PASSWORD);
  const seriesId = (await ok(owner, 'POST', '/api/meeting-series', { name: 'Small group', code: 'SG' }, 201)).json().id;
  ids = { ownerOrg, memberOrg, group, seriesId, internal: '', visible: '', hidden: '' };

  // The working group's own meeting (AMBER+STRICT, its group as audience), with an agenda item,
  // a decision and an open action item that is carried into the next meeting of the series.
  ids.internal = await meetingOf(`${INTERNAL} meeting`, `${YEAR}-01-10`, { marking: 'AMBER+STRICT', audienceGroupIds: [group] });
  await ok(owner, 'POST', `/api/meetings/${ids.internal}/agenda`, { title: `${INTERNAL} agenda item` });
  for (const to of ['scheduled', 'in_progress']) await ok(owner, 'POST', `/api/meetings/${ids.internal}/transition`, { to });
  await ok(owner, 'POST', `/api/meetings/${ids.internal}/decisions`, { text: `${INTERNAL} decision`, result: 'consensus' }, 201);
  await ok(owner, 'POST', `/api/meetings/${ids.internal}/action-items`, { text: `${INTERNAL} action`, ownerOrgIds: [ownerOrg], dueDate: `${YEAR}-02-01` }, 201);

  // The next meeting, which everyone signed in sees (GREEN), titled in Arabic with a reference number.
  ids.visible = await meetingOf(ARABIC_TITLE, `${YEAR}-02-12`, { marking: 'GREEN' });
  await ok(owner, 'POST', `/api/meetings/${ids.visible}/participants`, { orgId: memberOrg, status: 'accepted' });
  for (const title of ['Opening', 'Expert working groups', 'Training from spring']) await ok(owner, 'POST', `/api/meetings/${ids.visible}/agenda`, { title });
  for (const to of ['scheduled', 'in_progress']) await ok(owner, 'POST', `/api/meetings/${ids.visible}/transition`, { to });
  await ok(owner, 'POST', `/api/meetings/${ids.visible}/decisions`, { text: 'تشكيل مجموعات عمل من الخبراء', result: 'consensus' }, 201);
  await ok(owner, 'POST', `/api/meetings/${ids.visible}/action-items`, { text: 'Convene the plenary', ownerOrgIds: [memberOrg], dueDate: `${YEAR}-06-01` }, 201);

  // A meeting the outsider may not see at all.
  ids.hidden = await meetingOf(`${INTERNAL} retreat`, `${YEAR}-03-05`, { marking: 'AMBER', audienceGroupIds: [group] });
}, 120_000);
afterAll(async () => t?.close());

describe('the briefing pack as HTML', () => {
  it('holds attendance, agenda, what changed since the last meeting and open items by owner; marked with the most restrictive marking it holds', async () => {
    const res = await ok(owner, 'GET', `/api/meetings/${ids.visible}/brief.html`);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.headers['x-tlp']).toBe('TLP:AMBER+STRICT');
    // Its own CSP replaces the API answers' "nothing": its inline styles and its font are allowed, nothing else.
    expect(res.headers['content-security-policy']).toMatch(/^default-src 'none'; style-src 'unsafe-inline'; font-src data:;/);
    const html = res.body;
    for (const text of ['Attendance', 'Member agency', 'Expert working groups', 'What changed since the last meeting', `${INTERNAL} decision`, 'Open action items by owner'])
      expect(html).toContain(text);
    expect(html).toContain(`${INTERNAL} action`);
    expect(html).toContain('Convene the plenary');
    expect(html).toMatch(/@top-center \{ content: "TLP:AMBER\+STRICT"/);
    expect(html).toContain('counter(pages)');
    expect(html).toContain('<html lang="en" dir="ltr">');
    // The font travels in the page: no address outside it.
    expect(html).toContain('src:url(data:font/woff2;base64,');
    expect(html).not.toMatch(/https?:\/\//);
  });

  it('is right to left in Arabic (?lang=ar, or Accept-Language)', async () => {
    expect((await ok(owner, 'GET', `/api/meetings/${ids.visible}/brief.html?lang=ar`)).body).toContain('<html lang="ar" dir="rtl">');
    const res = await owner.inject({ method: 'GET', url: `/api/meetings/${ids.visible}/brief.html`, headers: { 'accept-language': 'de;q=1, ar-SA;q=0.8, en;q=0.5' } });
    expect(res.body).toContain('<html lang="ar" dir="rtl">');
    expect(res.body).toContain('ملف الإحاطة');
  });

  it("shows an outsider nothing of the working group's meeting, and the hidden meeting's brief as a missing one (404)", async () => {
    const res = await ok(outsider, 'GET', `/api/meetings/${ids.visible}/brief.html`);
    expect(res.headers['x-tlp']).toBe('TLP:GREEN');
    expect(res.body).toContain(ARABIC_TITLE);
    expect(res.body).not.toContain(INTERNAL);
    expect(res.body).not.toContain('AMBER');
    const hidden = await outsider.inject({ method: 'GET', url: `/api/meetings/${ids.hidden}/brief.html` });
    const missing = await outsider.inject({ method: 'GET', url: '/api/meetings/00000000-0000-4000-8000-000000000000/brief.html' });
    expect(hidden.statusCode).toBe(404);
    expect(hidden.body).not.toContain(INTERNAL);
    expect(JSON.parse(hidden.body).detail).toBe(JSON.parse(missing.body).detail);
    expect((await outsider.inject({ method: 'GET', url: `/api/meetings/${ids.hidden}/brief.pdf` })).statusCode).toBe(404);
    // A pack travels: AMBER+STRICT content goes into it only for the owner organisation's users.
    // The working group's member reads the internal meeting on screen, but its pack is missing
    // to them, and the next meeting's pack holds nothing of it.
    expect((await member.inject({ method: 'GET', url: `/api/meetings/${ids.internal}` })).statusCode).toBe(200);
    expect((await member.inject({ method: 'GET', url: `/api/meetings/${ids.internal}/brief.html` })).statusCode).toBe(404);
    const m = await ok(member, 'GET', `/api/meetings/${ids.visible}/brief.html`);
    expect(m.headers['x-tlp']).toBe('TLP:GREEN');
    expect(m.body).not.toContain(INTERNAL);
    // Its owner organisation's users get all of it.
    const o = await ok(owner, 'GET', `/api/meetings/${ids.internal}/brief.html`);
    expect(o.body).toContain(`${INTERNAL} agenda item`);
  });

  it('names what each agenda item links to, only what the reader may pack, and is marked with the most restrictive of them', async () => {
    const seriesId = (await ok(owner, 'POST', '/api/meeting-series', { name: 'Linked papers', code: 'LP' }, 201)).json().id;
    const doc = async (title: string, sharing: Record<string, unknown>) =>
      (await ok(owner, 'POST', '/api/documents', { title, kind: 'report', documentDate: `${YEAR}-01-20`, sharing }, 201)).json().id as string;
    const open = await doc('Open stabilisation report', { marking: 'GREEN' });
    const shared = await doc('Assessment shared with the agency', { marking: 'AMBER', audienceOrgIds: [ids.memberOrg] });
    const strict = await doc('Strict note for the agency', { marking: 'AMBER+STRICT', audienceOrgIds: [ids.memberOrg] });
    const meeting = (
      await ok(
        owner,
        'POST',
        '/api/meetings',
        { seriesId, title: 'Papers review', kind: 'expert', timeZone: 'Europe/Brussels', start: `${YEAR}-04-09T10:00`, end: `${YEAR}-04-09T12:00`, sharing: { marking: 'GREEN' } },
        201,
      )
    ).json().id as string;
    for (const [title, documentId] of [
      ['The open report', open],
      ['The shared assessment', shared],
      ['The strict note', strict],
    ])
      await ok(owner, 'POST', `/api/meetings/${meeting}/agenda`, { title, documentId });

    const packOf = async (s: Session) => {
      const res = await ok(s, 'GET', `/api/meetings/${meeting}/brief.html`);
      return { tlp: res.headers['x-tlp'], html: res.body };
    };
    // The owner's pack: every paper by name, so marked AMBER+STRICT.
    const mine = await packOf(owner);
    for (const title of ['Open stabilisation report', 'Assessment shared with the agency', 'Strict note for the agency'])
      expect(mine.html).toContain(`Document: <bdi>${title}</bdi>`);
    expect(mine.tlp).toBe('TLP:AMBER+STRICT');
    // The agency reads all three on screen, but the strict note travels in no pack of theirs.
    expect((await member.inject({ method: 'GET', url: `/api/documents/${strict}` })).statusCode).toBe(200);
    const theirs = await packOf(member);
    expect(theirs.html).toContain('Assessment shared with the agency');
    expect(theirs.html).not.toContain('Strict note for the agency');
    expect(theirs.tlp).toBe('TLP:AMBER');
    // An outsider's pack names the open report only, and stays GREEN.
    const outside = await packOf(outsider);
    expect(outside.html).toContain('Open stabilisation report');
    expect(outside.html).not.toContain('Assessment shared');
    expect(outside.html).not.toContain('Strict note');
    expect(outside.tlp).toBe('TLP:GREEN');
    // In Arabic, the link is named in Arabic.
    expect((await ok(owner, 'GET', `/api/meetings/${meeting}/brief.html?lang=ar`)).body).toContain('وثيقة: <bdi>Open stabilisation report</bdi>');
  });

  it('answers 401 signed out, 400 for a bad id or language (naming the field)', async () => {
    expect((await t.app.inject({ method: 'GET', url: `/api/meetings/${ids.visible}/brief.html` })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: `/api/meetings/${ids.visible}/brief.pdf` })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: `/api/meeting-series/${ids.seriesId}/decisions.pdf` })).statusCode).toBe(401);
    const badId = await owner.inject({ method: 'GET', url: '/api/meetings/nope/brief.pdf' });
    expect(badId.statusCode).toBe(400);
    expect(badId.body).toContain('params.id');
    const badLang = await owner.inject({ method: 'GET', url: `/api/meetings/${ids.visible}/brief.html?lang=de` });
    expect(badLang.statusCode).toBe(400);
    expect(badLang.body).toContain('query.lang');
    const badYear = await owner.inject({ method: 'GET', url: `/api/meeting-series/${ids.seriesId}/decisions.pdf?year=12` });
    expect(badYear.statusCode).toBe(400);
    expect(badYear.body).toContain('query.year');
    expect((await owner.inject({ method: 'GET', url: '/api/meeting-series/00000000-0000-4000-8000-000000000000/decisions.pdf' })).statusCode).toBe(404);
  });
});

// ---- the PDF, read back as its text

if (!('withResolvers' in Promise))
  // pdfjs-dist 6 calls Promise.withResolvers, which Node 20 lacks (Node 22 has it).
  Object.assign(Promise, {
    withResolvers<T>() {
      let resolve!: (v: T) => void;
      let reject!: (e: unknown) => void;
      const promise = new Promise<T>((a, b) => {
        resolve = a;
        reject = b;
      });
      return { promise, resolve, reject };
    },
  });

interface Extracted {
  info: Record<string, unknown>;
  /** Each page's lines, top to bottom, each read in its direction. */
  pages: string[][];
}

const ARABIC = /[\u0600-\u06FF\uFB50-\uFDFF\uFE70-\uFEFF]/;

const isSpace = (s: string) => /^\s*$/.test(s);

/** Reverses, in place, each maximal run of `strong` pieces (with the blanks between two of them). */
function reverseRuns(pieces: string[], strong: (s: string) => boolean) {
  for (let i = 0; i < pieces.length; i++) {
    if (!strong(pieces[i]!)) continue;
    let j = i;
    for (let k = i + 1; k < pieces.length; k++) {
      if (strong(pieces[k]!)) j = k;
      else if (!isSpace(pieces[k]!)) break;
    }
    pieces.splice(i, j - i + 1, ...pieces.slice(i, j + 1).reverse());
    i = j;
  }
  return pieces;
}

/**
 * The text of every page as a reader takes it. Chromium, like every PDF writer, lays glyphs out
 * in visual order; a reader puts them back in logical order knowing the document's direction
 * (`base`): glyph runs are grouped into lines by their baseline and taken left to right; in a
 * left-to-right document each stretch of Arabic is turned round, in a right-to-left one the whole
 * line is, then each stretch of Latin back. Arabic presentation forms fold to their letters (NFKC).
 */
async function extract(pdf: Buffer, base: 'ltr' | 'rtl' = 'ltr'): Promise<Extracted> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = getDocument({ data: new Uint8Array(pdf), useSystemFonts: false });
  const doc = await task.promise;
  const pages: string[][] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    const lines = new Map<number, { x: number; s: string }[]>();
    for (const item of content.items) {
      if (!('str' in item) || item.str === '') continue;
      const y = Math.round(item.transform[5]);
      const key = [...lines.keys()].find((k) => Math.abs(k - y) <= 2) ?? y;
      lines.set(key, [...(lines.get(key) ?? []), { x: item.transform[4], s: item.str }]);
    }
    pages.push(
      [...lines.entries()]
        .sort(([a], [b]) => b - a)
        .map(([, runs]) => {
          const visual = runs.sort((a, b) => a.x - b.x).map((r) => r.s);
          const logical = base === 'ltr' ? reverseRuns(visual, (s) => ARABIC.test(s)) : reverseRuns(visual.reverse(), (s) => /[A-Za-z0-9]/.test(s));
          return logical.join('').normalize('NFKC').replace(/\s+/g, ' ').trim();
        }),
    );
  }
  const { info } = await doc.getMetadata();
  await task.destroy();
  if (process.env.DEBUG_BRIEF) console.log(JSON.stringify(pages, null, 1));
  return { info: info as Record<string, unknown>, pages };
}

function expectMarkedPages({ pages }: Extracted, label: string, pageWord: (i: number, n: number) => string) {
  expect(pages.length).toBeGreaterThanOrEqual(3); // cover, body, annex
  pages.forEach((lines, i) => {
    expect(lines[0], `top of page ${i + 1}`).toBe(label);
    expect(lines.at(-1), `bottom of page ${i + 1}`).toBe(`${label} · ${pageWord(i + 1, pages.length)}`);
  });
}

describe.skipIf(!hasChromium && !onCi)('the briefing pack as a PDF', () => {
  it('has Chromium to print with (on CI a missing one fails here, not skips)', () => {
    expect(hasChromium, `no Chromium at ${CHROMIUM}: install it (apt-get install chromium) or set CHROMIUM_PATH`).toBe(true);
  });

  it('shows the marking top and bottom of every page with "page i of n", in its metadata too; the Arabic title reads in logical order', async () => {
    const res = await ok(owner, 'GET', `/api/meetings/${ids.visible}/brief.pdf`);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toContain(`brief-SG-${YEAR}-02-12.pdf`);
    const pdf = await extract(res.rawPayload);
    expectMarkedPages(pdf, 'TLP:AMBER+STRICT', (i, n) => `page ${i} of ${n}`);
    expect(pdf.info.Subject).toBe('TLP:AMBER+STRICT');
    expect(pdf.info.Keywords).toBe('TLP:AMBER+STRICT');
    expect(pdf.info.Title).toContain('TLP:AMBER+STRICT');
    const text = pdf.pages.flat();
    expect(text).toContain(ARABIC_TITLE);
    expect(text.join('\n')).toContain(`${INTERNAL} action`);
    expect(text.at(-2)).toMatch(new RegExp(`^SG-${YEAR}-002 تشكيل مجموعات عمل من الخبراء$`));
  }, 60_000);

  it('in Arabic: right to left, Arabic words in the margins', async () => {
    const pdf = await extract((await ok(owner, 'GET', `/api/meetings/${ids.visible}/brief.pdf?lang=ar`)).rawPayload, 'rtl');
    expectMarkedPages(pdf, 'TLP:AMBER+STRICT', (i, n) => `صفحة ${i} من ${n}`);
    expect(pdf.pages[0]).toContain('ملف الإحاطة');
    expect(pdf.pages[0]).toContain(ARABIC_TITLE);
  }, 60_000);

  it("gives an outsider a GREEN pack without a word of the working group's meeting", async () => {
    const pdf = await extract((await ok(outsider, 'GET', `/api/meetings/${ids.visible}/brief.pdf`)).rawPayload);
    expectMarkedPages(pdf, 'TLP:GREEN', (i, n) => `page ${i} of ${n}`);
    const text = pdf.pages.flat().join('\n');
    expect(text).toContain(ARABIC_TITLE);
    expect(text).not.toContain('Stabilisation');
    expect(text).not.toContain('AMBER');
    expect(pdf.info.Subject).toBe('TLP:GREEN');
  }, 60_000);

  it('prints the decision register under the export rule: the AMBER+STRICT decision only for its owner', async () => {
    const own = await extract((await ok(owner, 'GET', `/api/meeting-series/${ids.seriesId}/decisions.pdf`)).rawPayload);
    expect(own.info.Subject).toBe('TLP:AMBER+STRICT');
    expect(own.pages.flat().join('\n')).toContain(`${INTERNAL} decision`);
    for (const reader of [member, outsider]) {
      const pdf = await extract((await ok(reader, 'GET', `/api/meeting-series/${ids.seriesId}/decisions.pdf`)).rawPayload);
      expect(pdf.info.Subject).toBe('TLP:GREEN');
      expect(pdf.pages[0]?.[0]).toBe('TLP:GREEN');
      expect(pdf.pages.at(-1)?.at(-1)).toBe(`TLP:GREEN · page ${pdf.pages.length} of ${pdf.pages.length}`);
      const text = pdf.pages.flat().join('\n');
      expect(text).not.toContain(INTERNAL);
      expect(text).toContain(`SG-${YEAR}-002`);
      expect(text).not.toContain(`SG-${YEAR}-001`);
    }
  }, 60_000);
});

describe('without Chromium', () => {
  it('answers 503 naming what to install, never a 500; the HTML still works', async () => {
    const bare = await buildTestApp({ CHROMIUM_PATH: '/nowhere/chromium' });
    try {
      const org = (await buildOrganisation(bare.db)).id;
      const s = await signIn(bare.app, (await buildUser(bare.db, org, 'coordinator')).email, TEST_PASSWORD);
      const seriesId = (await s.inject({ method: 'POST', url: '/api/meeting-series', payload: { name: 'S', code: 'S' } })).json().id;
      const id = (
        await s.inject({
          method: 'POST',
          url: '/api/meetings',
          payload: { seriesId, title: 'M', kind: 'small_group', timeZone: 'UTC', start: '2026-01-01T10:00', end: '2026-01-01T11:00', sharing: { marking: 'GREEN' } },
        })
      ).json().id;
      for (const url of [`/api/meetings/${id}/brief.pdf`, `/api/meeting-series/${seriesId}/decisions.pdf`]) {
        const res = await s.inject({ method: 'GET', url });
        expect(res.statusCode, res.body).toBe(503);
        expect(res.headers['content-type']).toContain('application/problem+json');
        expect(res.json().detail).toContain('apt-get install chromium');
        expect(res.json().detail).toContain('CHROMIUM_PATH');
      }
      expect((await s.inject({ method: 'GET', url: `/api/meetings/${id}/brief.html` })).statusCode).toBe(200);
    } finally {
      await bare.close();
    }
  }, 60_000);
});
