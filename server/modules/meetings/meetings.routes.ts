import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../db/database.ts';
import { ctxOf } from '../../infra/auth.ts';
import { attachmentDisposition } from '../../infra/downloads.ts';
import { problems } from '../../infra/openapi.ts';
import { EXPORT_TYPES, exportLang, sendTable } from '../interchange/interchange.service.ts';
import * as s from './meetings.schema.ts';
import * as svc from './meetings.service.ts';

const idParams = z.object({ id: z.uuid() });
const ICS = 'text/calendar; charset=utf-8';

export async function meetingsRoutes(app: FastifyInstance, { db }: { db: Kysely<Database> }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['meetings'];

  r.get('/api/meeting-series', {
    schema: { tags, summary: 'Meeting series', response: { 200: z.array(s.seriesOut), ...problems(401) } },
    handler: async (req) => svc.listSeries(db, ctxOf(req)),
  });
  r.post('/api/meeting-series', {
    schema: { tags, summary: 'Set up a meeting series (admins and coordinators)', body: s.seriesInput, response: { 201: s.seriesOut, ...problems(400, 401, 403, 409) } },
    handler: async (req, reply) => reply.code(201).send(await svc.createSeries(db, ctxOf(req), req.body)),
  });
  r.patch('/api/meeting-series/:id', {
    schema: { tags, summary: 'Change a series', params: idParams, body: s.seriesPatch, response: { 200: s.seriesOut, ...problems(400, 401, 403, 404, 409) } },
    handler: async (req) => svc.updateSeries(db, ctxOf(req), req.params.id, req.body),
  });

  r.get('/api/meeting-series/:id/decisions.csv', {
    schema: {
      tags,
      summary: 'The decision register as a CSV file: the decisions of meetings you may pass on',
      params: idParams,
      querystring: s.registerQuery.extend({ lang: exportLang }),
      produces: [EXPORT_TYPES.csv],
      response: { ...problems(400, 401, 404) },
    },
    handler: async (req, reply) => {
      const file = await svc.decisionRegisterFile(db, ctxOf(req), req.params.id, req.query.year);
      return sendTable(req, reply, `decisions-${file.code}${req.query.year ? `-${req.query.year}` : ''}.csv`, 'csv', file);
    },
  });
  r.get('/api/meeting-series/:id/decisions', {
    schema: {
      tags,
      summary: 'The decision register of a series: the decisions you may see, in number order',
      params: idParams,
      querystring: s.registerQuery,
      response: { 200: z.array(s.registerEntryOut), ...problems(400, 401, 404) },
    },
    handler: async (req) => svc.decisionRegister(db, ctxOf(req), req.params.id, req.query.year),
  });

  r.get('/api/meeting-series/:id/next-dates', {
    schema: {
      tags,
      summary: "The next dates by a series' rule (RRULE), after its latest meeting you may see and after now, for its next meeting",
      params: idParams,
      querystring: s.seriesNextQuery,
      response: { 200: s.seriesNextOut, ...problems(400, 401, 404) },
    },
    handler: async (req) => svc.seriesNextDates(db, ctxOf(req), req.params.id, req.query.count),
  });
  r.get('/api/meeting-series/:id/timeline', {
    schema: {
      tags,
      summary: "A series' meetings you may see, in time order: each one's decisions and its action items created, carried in, closed and still open",
      params: idParams,
      response: { 200: s.seriesTimelineOut, ...problems(400, 401, 404) },
    },
    handler: async (req) => svc.seriesTimeline(db, ctxOf(req), req.params.id),
  });

  r.get('/api/meetings', {
    schema: { tags, summary: 'Meetings visible to you, by start', querystring: s.meetingListQuery, response: { 200: z.array(s.meetingSummary), ...problems(400, 401) } },
    handler: async (req) => svc.listMeetings(db, ctxOf(req), req.query),
  });
  r.post('/api/meetings', {
    schema: { tags, summary: 'Create a meeting of your organisation (a draft)', body: s.meetingInput, response: { 201: s.meetingOut, ...problems(400, 401, 403) } },
    handler: async (req, reply) => reply.code(201).send(await svc.createMeeting(db, ctxOf(req), req.body)),
  });
  r.get('/api/meetings/:id.ics', {
    schema: { tags, summary: 'The meeting as an iCalendar file', params: idParams, produces: ['text/calendar'], response: { ...problems(400, 401, 404) } },
    handler: async (req, reply) => {
      const body = await svc.meetingIcs(db, ctxOf(req), req.params.id);
      return reply
        .type(ICS)
        .header('content-disposition', attachmentDisposition(`meeting-${req.params.id}.ics`))
        .send(body as never);
    },
  });
  r.get('/api/meetings/:id', {
    schema: {
      tags,
      summary: 'A meeting: attendance, agenda with its review of open action items, decisions, action items',
      params: idParams,
      response: { 200: s.meetingOut, ...problems(400, 401, 404) },
    },
    handler: async (req) => svc.getMeeting(db, ctxOf(req), req.params.id),
  });
  r.patch('/api/meetings/:id', {
    schema: {
      tags,
      summary: 'Change a meeting (its time and place only before it starts)',
      params: idParams,
      body: s.meetingPatch,
      response: { 200: s.meetingOut, ...problems(400, 401, 403, 404, 409) },
    },
    handler: async (req) => svc.updateMeeting(db, ctxOf(req), req.params.id, req.body),
  });
  r.post('/api/meetings/:id/transition', {
    schema: {
      tags,
      summary: 'Move a meeting along draft → scheduled → in progress → held → minutes circulated → minutes approved, or cancel it',
      params: idParams,
      body: s.transitionInput,
      response: { 200: s.meetingOut, ...problems(400, 401, 403, 404, 409) },
    },
    handler: async (req) => svc.transitionMeeting(db, ctxOf(req), req.params.id, req.body),
  });
  r.post('/api/meetings/:id/participants', {
    schema: {
      tags,
      summary: 'Invite an organisation or a person',
      params: idParams,
      body: s.participantInput,
      response: { 200: s.meetingOut, ...problems(400, 401, 403, 404, 409) },
    },
    handler: async (req) => svc.addParticipant(db, ctxOf(req), req.params.id, req.body),
  });
  r.patch('/api/meetings/:id/participants/:participantId', {
    schema: {
      tags,
      summary: "Change a participant's role or attendance",
      params: z.object({ id: z.uuid(), participantId: z.uuid() }),
      body: s.participantPatch,
      response: { 200: s.meetingOut, ...problems(400, 401, 403, 404) },
    },
    handler: async (req) => svc.updateParticipant(db, ctxOf(req), req.params.id, req.params.participantId, req.body),
  });
  r.post('/api/meetings/:id/agenda', {
    schema: { tags, summary: 'Add an agenda item', params: idParams, body: s.agendaItemInput, response: { 200: s.meetingOut, ...problems(400, 401, 403, 404, 409) } },
    handler: async (req) => svc.addAgendaItem(db, ctxOf(req), req.params.id, req.body),
  });
  r.post('/api/meetings/:id/decisions', {
    schema: {
      tags,
      summary: 'Register a decision (numbered per series and year)',
      params: idParams,
      body: s.decisionInput,
      response: { 201: s.decisionOut, ...problems(400, 401, 403, 404, 409) },
    },
    handler: async (req, reply) => reply.code(201).send(await svc.recordDecision(db, ctxOf(req), req.params.id, req.body)),
  });
  r.post('/api/meetings/:id/action-items', {
    schema: { tags, summary: 'Record an action item', params: idParams, body: s.actionItemInput, response: { 201: s.actionItemDetailOut, ...problems(400, 401, 403, 404, 409) } },
    handler: async (req, reply) => reply.code(201).send(await svc.createActionItem(db, ctxOf(req), req.params.id, req.body)),
  });
  r.put('/api/meetings/:id/reviews/:itemId', {
    schema: {
      tags,
      summary: "A carried action item's outcome at this meeting: done, continued with a new due date, or dropped with a reason",
      params: z.object({ id: z.uuid(), itemId: z.uuid() }),
      body: s.reviewInput,
      response: { 200: s.meetingOut, ...problems(400, 401, 403, 404, 409) },
    },
    handler: async (req) => svc.reviewActionItem(db, ctxOf(req), req.params.id, req.params.itemId, req.body),
  });

  r.get('/api/action-items', {
    schema: {
      tags,
      summary: 'Action items visible to you, by due date, a page at a time: filtered by owner, status, series, due date, overdue',
      querystring: s.actionListQuery,
      response: { 200: s.actionItemPage, ...problems(400, 401) },
    },
    handler: async (req) => svc.listActionItems(db, ctxOf(req), req.query),
  });
  r.get('/api/action-items/mine', {
    schema: {
      tags,
      summary: "Your organisation's action items, as GET /api/action-items pages them",
      querystring: s.actionListQuery,
      response: { 200: s.actionItemPage, ...problems(400, 401) },
    },
    handler: async (req) => svc.listActionItems(db, ctxOf(req), { ...req.query, mine: true }),
  });
  r.get('/api/action-items/:id', {
    schema: {
      tags,
      summary: 'An action item, its updates and the meetings that reviewed it',
      params: idParams,
      response: { 200: s.actionItemDetailOut, ...problems(400, 401, 404) },
    },
    handler: async (req) => svc.getActionItem(db, ctxOf(req), req.params.id),
  });
  r.post('/api/action-items/:id/updates', {
    schema: {
      tags,
      summary: 'A dated update on an action item (its owner organisations), with its status',
      params: idParams,
      body: s.actionUpdateInput,
      response: { 200: s.actionItemDetailOut, ...problems(400, 401, 403, 404, 409) },
    },
    handler: async (req) => svc.reportOnActionItem(db, ctxOf(req), req.params.id, req.body),
  });
  r.get('/api/meeting-scorecard', {
    schema: {
      tags,
      summary: 'Per organisation over a period: attendance and action items',
      querystring: s.scorecardQuery,
      response: { 200: s.scorecardOut, ...problems(400, 401) },
    },
    handler: async (req) => svc.getScorecard(db, ctxOf(req), req.query),
  });

  r.get('/api/calendar/tokens', {
    schema: { tags, summary: 'Your calendar feed tokens (not the tokens themselves)', response: { 200: z.array(s.calendarTokenOut), ...problems(401) } },
    handler: async (req) => svc.listCalendarTokens(db, ctxOf(req)),
  });
  r.post('/api/calendar/tokens', {
    schema: {
      tags,
      summary: 'A new personal calendar feed: its address is shown once',
      body: s.calendarTokenInput,
      response: { 201: s.calendarTokenCreated, ...problems(400, 401, 403) },
    },
    handler: async (req, reply) => reply.code(201).send(await svc.createCalendarToken(db, ctxOf(req), req.body.label)),
  });
  r.delete('/api/calendar/tokens/:id', {
    schema: { tags, summary: 'Revoke a calendar feed', params: idParams, response: { 204: z.null(), ...problems(400, 401, 404) } },
    handler: async (req, reply) => {
      await svc.revokeCalendarToken(db, ctxOf(req), req.params.id);
      return reply.code(204).send(null);
    },
  });
  // The feed is read by calendar programs, without a session: its token is the credential.
  r.get('/api/calendar/:token.ics', {
    config: { public: true },
    schema: {
      tags,
      summary: 'A personal calendar feed: the meetings its owner may see',
      params: z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'not a calendar token') }),
      produces: ['text/calendar'],
      response: { ...problems(400, 404) },
    },
    handler: async (req, reply) => reply.type(ICS).send((await svc.feedIcs(db, req.params.token)) as never),
  });
}
