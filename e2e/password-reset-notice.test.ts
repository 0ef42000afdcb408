// An admin's password reset is never silent: the user reads when it happened at their
// next sign-in, once, before the app opens.
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

async function signInThroughTheForm(h: Harness, email: string, password: string) {
  const { page, context } = await h.newPage();
  await page.goto(`${h.base}/members`);
  await page.getByLabel(/E-mail address/).fill(email);
  await page.getByLabel(/^Password/).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  return { page, context };
}

describe('password reset notice', () => {
  it('tells the user once, at the next sign-in, that an admin set their password', async () => {
    const admin = await signIn(h.app.app, 'admin@secretariat.demo', DEMO_PASSWORD);
    const viewer = await h.app.db.selectFrom('app_user').select('id').where('email', '=', 'viewer@pa.demo').executeTakeFirstOrThrow();
    const reset = await admin.inject({ method: 'PATCH', url: `/api/users/${viewer.id}`, payload: { password: NEW_PASSWORD } });
    expect(reset.statusCode, reset.body).toBe(200);

    const first = await signInThroughTheForm(h, 'viewer@pa.demo', NEW_PASSWORD);
    const notice = first.page.getByRole('alert').filter({ hasText: 'Your password was reset by an administrator' });
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(/set a new password for your account on .*20\d\d/);
    await first.page.getByRole('button', { name: 'Continue' }).click();
    await first.page.getByRole('heading', { name: 'Members' }).waitFor();
    await first.context.close();

    const second = await signInThroughTheForm(h, 'viewer@pa.demo', NEW_PASSWORD);
    await second.page.getByRole('heading', { name: 'Members' }).waitFor();
    expect(await second.page.getByText('Your password was reset by an administrator').count()).toBe(0);
    await second.context.close();
  });
});
