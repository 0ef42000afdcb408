// The briefing pack of a meeting and the decision register as printable documents (issue 10,
// items 5 and 8; ADR 0024). Everything comes from the module's reads under the sharing rule —
// getMeeting (the meeting, its agenda, decisions, action items and the carried review, each
// narrowed to what the reader may see), listMeetings (the previous meeting of the series) and
// the register's export rule — so the pack shows nothing its reader could not open in the app.
// An agenda item names what it links to (its line, and each document, need and indicator the
// reader may see and pack), so a linked paper's marking counts among what the pack holds.
// The pack is marked with the most restrictive marking of what it holds, written as TLP 2.0
// writes it, at the top and bottom of every page (CSS @page margin boxes, with "page i of n").
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { MARKING_RANK, type Marking } from '../../../common/sharing.ts';
import type { Db } from '../../db/database.ts';
import type { Ctx } from '../../infra/actor.ts';
import { notFound } from '../../infra/errors.ts';
import type { FetchBatch } from '../interchange/interchange.service.ts';
import * as q from './meetings.queries.ts';
import * as svc from './meetings.service.ts';

export const BRIEF_LANGUAGES = ['en', 'fr', 'ar'] as const;
export type BriefLanguage = (typeof BRIEF_LANGUAGES)[number];

/** The language asked by ?lang=, else the first known one of Accept-Language, else English. */
export function briefLanguage(lang: string | undefined, acceptLanguage: string | undefined): BriefLanguage {
  if (lang) return lang as BriefLanguage;
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part, i) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = Number(
        params
          .find((p) => p.trim().startsWith('q='))
          ?.trim()
          .slice(2) ?? '1',
      );
      return { base: tag.trim().toLowerCase().split('-')[0] ?? '', q: Number.isFinite(q) ? q : 0, i };
    })
    .filter((l) => l.q > 0 && (BRIEF_LANGUAGES as readonly string[]).includes(l.base))
    .sort((a, b) => b.q - a.q || a.i - b.i);
  return (ranked[0]?.base as BriefLanguage | undefined) ?? 'en';
}

const WORDS = {
  en: {
    pack: 'Briefing pack',
    register: 'Decision register',
    page: (i: string, n: string) => `"page " ${i} " of " ${n}`,
    series: 'Series',
    when: 'When',
    where: 'Where',
    online: 'Online',
    state: 'State',
    hosts: 'Hosts',
    organiser: 'Organiser',
    attendance: 'Attendance',
    organisation: 'Organisation',
    person: 'Person',
    role: 'Role',
    status: 'Status',
    agenda: 'Agenda',
    minutes: 'min',
    linked: { line: 'Line of effort', document: 'Document', need: 'Need', indicator: 'Indicator' },
    changes: 'What changed since the last meeting',
    noPrevious: 'This is the first meeting of the series you may see.',
    previous: 'Previous meeting',
    decisionsThen: 'Decisions registered then',
    actionsThen: 'Action items agreed then, as they stand now',
    reviewed: 'Outcomes of carried items at this meeting',
    openByOwner: 'Open action items by owner',
    noOpen: 'No open action items.',
    due: 'due',
    overdue: 'overdue',
    from: 'from',
    decisions: 'Annex: decisions of this meeting',
    none: 'None.',
    reference: 'Reference',
    date: 'Date',
    meeting: 'Meeting',
    decision: 'Decision',
    result: 'Result',
    nothing: 'No decisions you may pass on.',
  },
  fr: {
    pack: 'Dossier de réunion',
    register: 'Registre des décisions',
    page: (i: string, n: string) => `"page " ${i} " sur " ${n}`,
    series: 'Série',
    when: 'Date',
    where: 'Lieu',
    online: 'En ligne',
    state: 'État',
    hosts: 'Hôtes',
    organiser: 'Organisateur',
    attendance: 'Présences',
    organisation: 'Organisation',
    person: 'Personne',
    role: 'Rôle',
    status: 'Statut',
    agenda: 'Ordre du jour',
    minutes: 'min',
    linked: { line: 'Axe d’effort', document: 'Document', need: 'Besoin', indicator: 'Indicateur' },
    changes: 'Ce qui a changé depuis la dernière réunion',
    noPrevious: 'C’est la première réunion de la série que vous pouvez voir.',
    previous: 'Réunion précédente',
    decisionsThen: 'Décisions enregistrées alors',
    actionsThen: 'Actions convenues alors, où elles en sont',
    reviewed: 'Suite donnée aux actions reportées',
    openByOwner: 'Actions ouvertes par responsable',
    noOpen: 'Aucune action ouverte.',
    due: 'échéance',
    overdue: 'en retard',
    from: 'de',
    decisions: 'Annexe : décisions de cette réunion',
    none: 'Aucune.',
    reference: 'Référence',
    date: 'Date',
    meeting: 'Réunion',
    decision: 'Décision',
    result: 'Résultat',
    nothing: 'Aucune décision que vous puissiez transmettre.',
  },
  ar: {
    pack: 'ملف الإحاطة',
    register: 'سجل القرارات',
    page: (i: string, n: string) => `"صفحة " ${i} " من " ${n}`,
    series: 'السلسلة',
    when: 'الموعد',
    where: 'المكان',
    online: 'عبر الإنترنت',
    state: 'الحالة',
    hosts: 'المضيفون',
    organiser: 'المنظِّم',
    attendance: 'الحضور',
    organisation: 'المنظمة',
    person: 'الشخص',
    role: 'الدور',
    status: 'الحالة',
    agenda: 'جدول الأعمال',
    minutes: 'دقيقة',
    linked: { line: 'محور العمل', document: 'وثيقة', need: 'احتياج', indicator: 'مؤشر' },
    changes: 'ما تغيّر منذ الاجتماع السابق',
    noPrevious: 'هذا أول اجتماع في السلسلة يمكنك الاطلاع عليه.',
    previous: 'الاجتماع السابق',
    decisionsThen: 'القرارات المسجلة حينها',
    actionsThen: 'الإجراءات المتفق عليها حينها ووضعها الآن',
    reviewed: 'نتائج البنود المرحّلة في هذا الاجتماع',
    openByOwner: 'الإجراءات المفتوحة حسب المسؤول',
    noOpen: 'لا توجد إجراءات مفتوحة.',
    due: 'الاستحقاق',
    overdue: 'متأخر',
    from: 'من',
    decisions: 'ملحق: قرارات هذا الاجتماع',
    none: 'لا شيء.',
    reference: 'المرجع',
    date: 'التاريخ',
    meeting: 'الاجتماع',
    decision: 'القرار',
    result: 'النتيجة',
    nothing: 'لا توجد قرارات يمكنك نقلها.',
  },
} satisfies Record<BriefLanguage, Record<string, unknown>>;

/** TLP 2.0 writes a marking as `TLP:` and its name in capitals (`TLP:AMBER+STRICT`). */
export const tlpLabel = (m: Marking) => `TLP:${m}`;
const TLP_COLOUR: Record<Marking, string> = { CLEAR: '#ffffff', GREEN: '#33ff00', AMBER: '#ffc000', 'AMBER+STRICT': '#ffc000', RED: '#ff2b2b' };

/** The most restrictive of `markings` (CLEAR when there is none). */
export const mostRestrictive = (markings: Iterable<Marking>): Marking => [...markings].reduce<Marking>((worst, m) => (MARKING_RANK[m] > MARKING_RANK[worst] ? m : worst), 'CLEAR');

const esc = (s: string | number | null | undefined) => String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
/** A CSS string literal. */
const cssString = (s: string) => `"${s.replace(/["\\\n]/g, (c) => (c === '\n' ? ' ' : `\\${c}`))}"`;

// The font travels inside the page (data: URLs), so that printing needs no network and no
// font of the machine. Vazirmatn draws each Arabic letter, dots included, as one glyph: the PDF
// maps every glyph back to its letter, so Arabic text extracts whole (Noto Naskh Arabic draws
// dots as glyphs of their own, which the PDF maps to nothing: ADR 0024).
const FONT_SUBSETS = {
  arabic: 'U+0600-06FF,U+0750-077F,U+0870-088E,U+0890-0891,U+0898-08E1,U+08E3-08FF,U+200C-200E,U+2010-2011,U+204F,U+2E41,U+FB50-FDFF,U+FE70-FE74,U+FE76-FEFC',
  latin: 'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
};
let fontFaces: string | undefined;
function bundledFontFaces() {
  if (fontFaces === undefined) {
    const require = createRequire(import.meta.url);
    fontFaces = Object.entries(FONT_SUBSETS)
      .flatMap(([subset, range]) =>
        [400, 700].map((weight) => {
          const file = require.resolve(`@fontsource/vazirmatn/files/vazirmatn-${subset}-${weight}-normal.woff2`);
          return `@font-face{font-family:"Vazirmatn";font-style:normal;font-weight:${weight};font-display:block;src:url(data:font/woff2;base64,${readFileSync(file).toString('base64')}) format("woff2");unicode-range:${range};}`;
        }),
      )
      .join('\n');
  }
  return fontFaces;
}

interface Page {
  lang: BriefLanguage;
  title: string;
  marking: Marking;
  body: string;
}

/** A self-contained document: the marking and "page i of n" in the margin boxes of every page. */
function documentOf({ lang, title, marking, body }: Page) {
  const w = WORDS[lang];
  const label = tlpLabel(marking);
  const box = `font: 700 9pt "Vazirmatn", "DejaVu Sans", sans-serif; color: ${TLP_COLOUR[marking]}; background: #000; padding: 1mm 3mm;`;
  return `<!DOCTYPE html>
<html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}">
<head>
<meta charset="utf-8">
<meta name="tlp" content="${esc(label)}">
<title>${esc(`${label} ${title}`)}</title>
<style>
${bundledFontFaces()}
@page {
  size: A4;
  margin: 20mm 16mm;
  @top-center { content: ${cssString(label)}; ${box} }
  @bottom-center { content: ${cssString(`${label} · `)} ${w.page('counter(page)', 'counter(pages)')}; ${box} }
}
html { font-family: "Vazirmatn", "DejaVu Sans", sans-serif; font-size: 10.5pt; color: #111; }
body { margin: 0; }
.marking-banner { display: inline-block; font-weight: 700; color: ${TLP_COLOUR[marking]}; background: #000; padding: 1mm 3mm; }
h1 { font-size: 18pt; margin: 6mm 0 2mm; }
h2 { font-size: 13pt; margin: 6mm 0 2mm; border-bottom: 1px solid #999; break-after: avoid; }
h3 { font-size: 11pt; margin: 4mm 0 1mm; break-after: avoid; }
.cover { break-after: page; }
.annex { break-before: page; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #bbb; padding: 1mm 2mm; text-align: start; vertical-align: top; }
tr, .entry { break-inside: avoid; }
.entry p { margin: 1mm 0; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 1mm 4mm; }
dt { font-weight: 700; }
dd { margin: 0; }
.ref { unicode-bidi: isolate; direction: ltr; }
.muted { color: #555; }
</style>
</head>
<body>
${body}
</body>
</html>`;
}

const list = (items: string[], none: string) => (items.length ? `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>` : `<p class="muted">${esc(none)}</p>`);
const ref = (s: string) => `<span class="ref">${esc(s)}</span>`;
const words = (s: string) => esc(s.replaceAll('_', ' '));

type MeetingOut = Awaited<ReturnType<typeof svc.getMeeting>>;

/** The markings whose content a briefing pack carries only for the owner organisation's users. */
const PACK_OWNER_ONLY: ReadonlySet<Marking> = new Set(['AMBER+STRICT', 'RED']);
type ActionOut = MeetingOut['actionItems'][number];

export interface BriefDocument {
  html: string;
  title: string;
  marking: Marking;
  fileName: string;
}

/**
 * The briefing pack of meeting `id` as its reader may see it: a 404 when the meeting is hidden
 * (as a missing one), and within it only the carried items and the previous meeting they may read.
 */
export async function briefingPack(db: Db, ctx: Ctx, id: string, lang: BriefLanguage): Promise<BriefDocument> {
  // A pack is a file that travels: what is AMBER+STRICT or RED goes into it only for the owner
  // organisation's own users (issue 10), whoever else may read it on screen. A meeting that may
  // not go into the reader's pack is, for the pack, like a missing one.
  const mayPack = (marking: Marking, ownerOrgId: string) => !PACK_OWNER_ONLY.has(marking) || (ctx.actor.kind === 'user' && ctx.actor.orgId === ownerOrgId);
  const packable = (meeting: MeetingOut) => mayPack(meeting.marking, meeting.sharing.ownerOrgId);
  const found = await svc.getMeeting(db, ctx, id);
  if (!packable(found)) throw notFound('Meeting');
  const w = WORDS[lang];
  // The earlier meetings of the series the reader may see and pack: the previous one, and the
  // meetings the carried items come from (an item from a meeting that may not be packed is left out).
  const earlier = (await svc.listMeetings(db, ctx, { seriesId: found.series.id, to: found.start.instant.slice(0, 10), limit: 500 })).filter(
    (e) => e.start.instant < found.start.instant && e.id !== found.id,
  );
  let previous: MeetingOut | undefined;
  for (const e of [...earlier].reverse()) {
    const candidate = await svc.getMeeting(db, ctx, e.id);
    if (packable(candidate)) {
      previous = candidate;
      break;
    }
  }
  const origins = new Map<string, MeetingOut>();
  for (const mid of new Set(found.review.items.map((i) => i.meeting.id))) origins.set(mid, await svc.getMeeting(db, ctx, mid));
  const m = { ...found, review: { ...found.review, items: found.review.items.filter((i) => packable(origins.get(i.meeting.id)!)) } };
  const carriedFrom = [...origins.values()].filter(packable).map((o) => o.marking);
  // What the agenda links to goes in by name, under the same rule as a meeting: the line always
  // (the framework is public), a document, need or indicator the reader sees, and may pack.
  const linksOf = (a: MeetingOut['agenda'][number]) => {
    const shared = (['document', 'need', 'indicator'] as const).flatMap((kind) => {
      const link = a.links[kind];
      return link && mayPack(link.marking, link.ownerOrgId) ? [{ kind, name: link.name, marking: link.marking }] : [];
    });
    return [...(a.links.line ? [{ kind: 'line' as const, name: a.links.line.name, marking: 'CLEAR' as Marking }] : []), ...shared];
  };
  const linked = m.agenda.flatMap(linksOf);
  const marking = mostRestrictive([m.marking, ...(previous ? [previous.marking] : []), ...carriedFrom, ...linked.map((l) => l.marking)]);

  const linkLine = (a: MeetingOut['agenda'][number]) => {
    const links = linksOf(a);
    return links.length ? `<br><span class="muted">${links.map((l) => `${esc(w.linked[l.kind])}: <bdi>${esc(l.name)}</bdi>`).join(' · ')}</span>` : '';
  };
  const depth = new Map<string, number>();
  for (const a of m.agenda) depth.set(a.id, a.parentId ? (depth.get(a.parentId) ?? 0) + 1 : 0);
  const agenda = [
    ...m.agenda.map(
      (a) =>
        `<li style="margin-inline-start:${(depth.get(a.id) ?? 0) * 6}mm">${esc(a.title)}${a.durationMinutes ? ` <span class="muted">(${a.durationMinutes} ${esc(w.minutes)})</span>` : ''}${linkLine(a)}</li>`,
    ),
    ...(m.review.items.length ? [`<li>${esc(m.review.title)} (${m.review.items.length})</li>`] : []),
  ];

  const actionLine = (a: ActionOut & { ageDays?: number }) =>
    `${esc(a.text)} <span class="muted">— ${esc(w.due)} ${ref(a.dueDate)}${a.overdue ? `, ${esc(w.overdue)}` : ''}; ${esc(w.from)} ${esc(a.meeting.title)} (${ref(a.meeting.date)}); ${words(a.status)}</span>`;
  const open = [...m.review.items.filter((i) => !i.review || i.review.outcome === 'continued'), ...m.actionItems].filter((a) => a.status === 'open' || a.status === 'in_progress');
  const byOwner = new Map<string, { name: string; items: ActionOut[] }>();
  for (const a of open)
    for (const o of a.ownerOrganisations) {
      const entry = byOwner.get(o.id) ?? { name: o.name, items: [] };
      entry.items.push(a);
      byOwner.set(o.id, entry);
    }
  const owners = [...byOwner.values()].sort((a, b) => a.name.localeCompare(b.name));

  const changes = previous
    ? `<p>${esc(w.previous)}: ${esc(previous.title)} (${ref(previous.start.local.slice(0, 10))}, ${words(previous.state)})</p>
<h3>${esc(w.decisionsThen)}</h3>
${list(
  previous.decisions.map((d) => `${ref(d.reference)} ${esc(d.text)}`),
  w.none,
)}
<h3>${esc(w.actionsThen)}</h3>
${list(previous.actionItems.map(actionLine), w.none)}
<h3>${esc(w.reviewed)}</h3>
${list(
  m.review.items
    .filter((i) => i.review)
    .map(
      (i) => `${esc(i.text)} — ${words(i.review!.outcome)}${i.review!.newDueDate ? ` (${ref(i.review!.newDueDate)})` : ''}${i.review!.reason ? `: ${esc(i.review!.reason)}` : ''}`,
    ),
  w.none,
)}`
    : `<p class="muted">${esc(w.noPrevious)}</p>`;

  const body = `<section class="cover">
<p class="marking-banner">${esc(tlpLabel(marking))}</p>
<p>${esc(w.pack)}</p>
<h1>${esc(m.title)}</h1>
<dl>
<dt>${esc(w.series)}</dt><dd>${esc(m.series.name)} (${ref(m.series.code)})</dd>
<dt>${esc(w.when)}</dt><dd>${ref(`${m.start.local.replace('T', ' ')} – ${m.end.local.slice(11)} ${m.start.timeZone}`)}</dd>
${m.venue ? `<dt>${esc(w.where)}</dt><dd>${esc(m.venue)}</dd>` : ''}
${m.onlineUrl ? `<dt>${esc(w.online)}</dt><dd>${ref(m.onlineUrl)}</dd>` : ''}
<dt>${esc(w.state)}</dt><dd>${words(m.state)}</dd>
<dt>${esc(w.organiser)}</dt><dd>${esc(m.sharing.ownerOrgName)}</dd>
${m.hosts.length ? `<dt>${esc(w.hosts)}</dt><dd>${m.hosts.map((h) => esc(h.name)).join(', ')}</dd>` : ''}
</dl>
</section>
<section>
<h2>${esc(w.attendance)}</h2>
${
  m.participants.length
    ? `<table><thead><tr><th>${esc(w.organisation)}</th><th>${esc(w.person)}</th><th>${esc(w.role)}</th><th>${esc(w.status)}</th></tr></thead><tbody>
${m.participants.map((p) => `<tr><td>${esc(p.organisation.name)}</td><td>${esc(p.person?.name ?? '')}</td><td>${words(p.role)}</td><td>${words(p.status)}</td></tr>`).join('\n')}
</tbody></table>`
    : `<p class="muted">${esc(w.none)}</p>`
}
<h2>${esc(w.agenda)}</h2>
${list(agenda, w.none)}
<h2>${esc(w.changes)}</h2>
${changes}
<h2>${esc(w.openByOwner)}</h2>
${owners.length ? owners.map((o) => `<h3>${esc(o.name)}</h3>${list(o.items.map(actionLine), w.none)}`).join('\n') : `<p class="muted">${esc(w.noOpen)}</p>`}
</section>
<section class="annex">
<h2>${esc(w.decisions)}</h2>
${list(
  m.decisions.map((d) => `${ref(d.reference)} ${esc(d.text)}${d.votes ? ` <span class="muted">(${d.votes.for}–${d.votes.against}–${d.votes.abstentions})</span>` : ''}`),
  w.none,
)}
</section>`;
  const title = `${w.pack}: ${m.title}`;
  return { html: documentOf({ lang, title, marking, body }), title, marking, fileName: `brief-${m.series.code}-${m.start.local.slice(0, 10)}` };
}

/**
 * The decision register of a series as a printable document: the decisions the reader may pass
 * on (the export rule, as the CSV file), marked with the most restrictive marking of their meetings.
 */
export async function decisionRegisterDocument(db: Db, ctx: Ctx, seriesId: string, year: number | undefined, lang: BriefLanguage): Promise<BriefDocument> {
  // The file's own entry point checks the reader and the series (404); the rows are read here
  // under the same export rule with their meetings, whose markings label the document.
  const file = await svc.decisionRegisterFile(db, ctx, seriesId, year);
  const rows: q.RegisterRow[] = [];
  for (let after: Parameters<FetchBatch>[0] | undefined; ; ) {
    const batch = await q.decisionRegister(db, ctx.actor, seriesId, year, 'export', after, 1000);
    rows.push(...batch);
    if (batch.length < 1000) break;
    after = { created_at: batch.at(-1)!.created_at, id: batch.at(-1)!.id };
  }
  const series = (await svc.listSeries(db, ctx)).find((s) => s.id === seriesId);
  const markingOf = new Map<string, Marking>((await svc.listMeetings(db, ctx, { seriesId, limit: 500 })).map((mt) => [mt.id, mt.marking]));
  const marking = mostRestrictive(
    await Promise.all(rows.map(async (r) => markingOf.get(r.meeting_id) ?? (await q.findVisibleMeeting(db, ctx.actor, r.meeting_id))?.marking ?? 'RED')),
  );
  const w = WORDS[lang];
  const title = `${w.register}: ${series?.name ?? file.code}${year ? ` ${year}` : ''}`;
  const body = `<p class="marking-banner">${esc(tlpLabel(marking))}</p>
<h1>${esc(title)}</h1>
${
  rows.length
    ? rows
        .map(
          (r) => `<section class="entry">
<h3>${ref(r.reference)} · ${ref(r.meeting_day)} · ${esc(r.meeting_title)}</h3>
<p>${esc(r.text)}</p>
<p class="muted">${esc(w.result)}: ${words(r.result)}${r.result === 'vote' ? ` <span class="ref">${esc(`${r.votes_for ?? 0}–${r.votes_against ?? 0}–${r.abstentions ?? 0}`)}</span>` : ''}</p>
</section>`,
        )
        .join('\n')
    : `<p class="muted">${esc(w.nothing)}</p>`
}`;
  return { html: documentOf({ lang, title, marking, body }), title, marking, fileName: `decisions-${file.code}${year ? `-${year}` : ''}` };
}
