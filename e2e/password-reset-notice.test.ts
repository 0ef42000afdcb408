// An admin's password reset is never silent: the user reads when it happened at their
// every sign-in, before the app opens, until they set a password of their own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../server/seed/demo.ts';
import { signIn } from '../server/test/app.ts';
import { type Harness, startHarness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.close());

const NEW_PASSWORD = 'set by the secretariat in 2015';
const OWN_PASSWORD = 'chosen by the viewer herself';

async function signInThroughTheForm(h: Harness, email: string, password: string) {
  const { page, context } = await h.newPage();
  await page.goto(`${h.base}/members`);
  await page.getByLabel(/E-mail address/).fill(email);
  await page.getByLabel(/^Password/).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  return { page, context };
}

describe('password reset notice', () => {
  it('tells the user at every sign-in that an admin set their password, until they set their own through the form it leads to', async () => {
    const admin = await signIn(h.app.app, 'admin@secretariat.demo', DEMO_PASSWORD);
    const viewer = await h.app.db.selectFrom('app_user').select('id').where('email', '=', 'viewer@pa.demo').executeTakeFirstOrThrow();
    const reset = await admin.inject({ method: 'PATCH', url: `/api/users/${viewer.id}`, payload: { password: NEW_PASSWORD } });
    expect(reset.statusCode, reset.body).toBe(200);

    const first = await signInThroughTheForm(h, 'viewer@pa.demo', NEW_PASSWORD);
    const notice = first.page.getByRole('alert').filter({ hasText: 'Your password was reset by an administrator' });
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(/set a new password for your account on .*20\d\d/);
    await first.page.getByRole('button', { name: 'Later' }).click();
    await first.page.getByRole('heading', { name: 'Members' }).waitFor();
    await first.context.close();

    // Not used up: the notice comes again, and leads to the change-password form.
    const second = await signInThroughTheForm(h, 'viewer@pa.demo', NEW_PASSWORD);
    await second.page.getByRole('alert').filter({ hasText: 'Your password was reset by an administrator' }).waitFor();
    expect(await second.page.getByLabel(/^Current password/).inputValue()).toBe(NEW_PASSWORD);
    await second.page.getByLabel(/^New password\W*$/).fill(OWN_PASSWORD);
    await second.page.getByLabel(/^New password, again/).fill(OWN_PASSWORD);
    await second.page.getByRole('button', { name: 'Change password' }).click();
    await second.page.getByRole('status').filter({ hasText: 'Your password is changed' }).waitFor();
    await second.page.getByRole('button', { name: 'Continue' }).click();
    await second.page.getByRole('heading', { name: 'Members' }).waitFor();
    await second.context.close();

    // The admin's password no longer opens the account; the user's own does, without the notice.
    expect((await h.app.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: 'viewer@pa.demo', password: NEW_PASSWORD } })).statusCode).toBe(401);
    const third = await signInThroughTheForm(h, 'viewer@pa.demo', OWN_PASSWORD);
    await third.page.getByRole('heading', { name: 'Members' }).waitFor();
    expect(await third.page.getByText('Your password was reset by an administrator').count()).toBe(0);
    await third.context.close();
  });
});
