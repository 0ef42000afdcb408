// What the session tells the web app about meetings (its "New meeting" and "New series"
// buttons): asked of the meetings' policy, so it says what the routes then allow.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, buildTestApp, signIn } from '../../test/app.ts';
import { TEST_PASSWORD, buildOrganisation, buildUser } from '../../test/factories.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => t?.close());

describe('the session abilities createMeeting and createMeetingSeries', () => {
  for (const [role, createMeeting, createMeetingSeries] of [
    ['coordinator', true, true],
    ['focal_point', true, false],
    ['viewer', false, false],
  ] as const) {
    it(`are ${createMeeting} and ${createMeetingSeries} for a ${role}, as the routes answer`, async () => {
      const org = (await buildOrganisation(t.db)).id;
      const s = await signIn(t.app, (await buildUser(t.db, org, role)).email, TEST_PASSWORD);
      const { abilities } = (await s.inject({ method: 'GET', url: '/api/auth/session' })).json();
      expect({ createMeeting: abilities.createMeeting, createMeetingSeries: abilities.createMeetingSeries }).toEqual({ createMeeting, createMeetingSeries });
      const series = await s.inject({ method: 'POST', url: '/api/meeting-series', payload: { name: `Series of a ${role}`, code: `S${role.length}${role[0]!.toUpperCase()}` } });
      expect(series.statusCode, series.body).toBe(createMeetingSeries ? 201 : 403);
    });
  }
});
