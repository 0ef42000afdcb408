// The secretariat's users page (/admin/users, issue 9's console): every account, found by name
// or e-mail and by organisation; an account created with a one-time password the admin hands
// over (the user must set their own at first sign-in, auth module); a role changed; an account
// deactivated or reactivated; a password reset to a new one-time one. Each change asks first and
// is one audited PATCH (users module); the page shows only what the API lets the admin do.
import { Alert, Button, Card, Code, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LOCALES, ROLES } from '../../../../common/enums.ts';
import { ApiError, type User, type UserPatch, api } from '../../api/client.ts';
import { ConfirmAction } from '../../components/ConfirmAction.tsx';
import { LoadMore } from '../../components/LoadMore.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { usePagedList } from '../../hooks/usePagedList.ts';
import { useSession } from '../../hooks/useSession.ts';

/** A one-time password of 20 characters from the browser's CSPRNG (no look-alike characters). */
function oneTimePassword(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';
  const bytes = crypto.getRandomValues(new Uint8Array(20));
  // 256 is not a multiple of 56: values past the last whole multiple are drawn again, so every character is equally likely.
  return Array.from(bytes, (b) => {
    let v = b;
    while (v >= 224) v = crypto.getRandomValues(new Uint8Array(1))[0]!;
    return alphabet[v % alphabet.length];
  }).join('');
}

export function UsersScene() {
  const { t } = useTranslation();
  const session = useSession();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const [orgId, setOrgId] = useState<string | null>(null);
  const orgs = useQuery({ queryKey: ['organisations', 'all'], queryFn: () => api.organisations({ limit: 200 }) });
  const orgOptions = (orgs.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }));
  const { query, rows } = usePagedList(['users', q, orgId], (cursor) => api.users({ q: q || undefined, orgId: orgId ?? undefined, cursor, limit: 50 }));
  // A one-time password just set, shown once to the admin who set it.
  const [handOver, setHandOver] = useState<{ name: string; password: string } | null>(null);

  if (session.data && !session.data.abilities.manageUsers) return <Alert color="red">{t('admin.notAllowed')}</Alert>;
  return (
    <Stack>
      <Title order={2}>{t('admin.users.title')}</Title>
      {handOver && (
        <Alert
          styles={{ title: { color: 'var(--mantine-color-text)' } }}
          color="green"
          role="status"
          title={t('admin.users.handOverTitle', { name: handOver.name })}
          withCloseButton
          onClose={() => setHandOver(null)}
          closeButtonLabel={t('admin.close')}
        >
          <Text size="sm">{t('admin.users.handOver')}</Text>
          <Code fz="lg" data-testid="one-time-password">
            {handOver.password}
          </Code>
        </Alert>
      )}
      <CreateUser orgOptions={orgOptions} onCreated={setHandOver} />
      <Group align="end">
        <TextInput label={t('admin.users.search')} value={search} onChange={(e) => setSearch(e.currentTarget.value)} w={280} />
        <Select label={t('admin.users.organisation')} data={orgOptions} value={orgId} onChange={setOrgId} searchable clearable w={280} />
      </Group>
      <QueryState query={query}>
        {() => (
          <>
            <Table data-testid="users-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('admin.users.name')}</Table.Th>
                  <Table.Th scope="col">{t('admin.users.email')}</Table.Th>
                  <Table.Th scope="col">{t('admin.users.organisation')}</Table.Th>
                  <Table.Th scope="col">{t('admin.users.role')}</Table.Th>
                  <Table.Th scope="col">{t('admin.users.state')}</Table.Th>
                  <Table.Th scope="col">{t('admin.users.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((u) => (
                  <UserRow key={u.id} user={u} self={u.id === session.data?.user.id} onPassword={setHandOver} />
                ))}
              </Table.Tbody>
            </Table>
            <LoadMore query={query} />
          </>
        )}
      </QueryState>
    </Stack>
  );
}

/** One account: its role changed in place, deactivated or reactivated, its password reset — each asked first. */
function UserRow({ user: u, self, onPassword }: { user: User; self: boolean; onPassword: (p: { name: string; password: string }) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [pending, setPending] = useState<{ patch: UserPatch; question: string } | null>(null);
  const change = useMutation({
    mutationFn: (patch: UserPatch) => api.updateUser(u.id, patch),
    onSuccess: async (_user, patch) => {
      setPending(null);
      if (patch.password) onPassword({ name: u.displayName, password: patch.password });
      await queryClient.invalidateQueries({ queryKey: ['users'] });
    },
  });
  const ask = (patch: UserPatch, question: string) => {
    change.reset();
    setPending({ patch, question });
  };
  return (
    <>
      <Table.Tr>
        <Table.Td>{u.displayName}</Table.Td>
        <Table.Td>{u.email ?? '—'}</Table.Td>
        <Table.Td>{u.orgName}</Table.Td>
        <Table.Td>
          <Select
            aria-label={t('admin.users.roleOf', { name: u.displayName })}
            data={ROLES.map((r) => ({ value: r, label: t(`admin.roles.${r}`) }))}
            value={u.role}
            // An admin does not take their own admin role away: another admin must.
            disabled={self}
            onChange={(role) =>
              role && role !== u.role && ask({ role: role as User['role'] }, t('admin.users.confirmRole', { name: u.displayName, role: t(`admin.roles.${role}`) }))
            }
            allowDeselect={false}
            w={170}
          />
        </Table.Td>
        <Table.Td>{u.disabled ? t('admin.users.disabled') : t('admin.users.active')}</Table.Td>
        <Table.Td>
          <Group gap="xs" wrap="nowrap">
            <Button
              size="compact-sm"
              variant="default"
              disabled={self}
              onClick={() =>
                ask({ disabled: !u.disabled }, u.disabled ? t('admin.users.confirmEnable', { name: u.displayName }) : t('admin.users.confirmDisable', { name: u.displayName }))
              }
            >
              {u.disabled ? t('admin.users.enable') : t('admin.users.disable')}
            </Button>
            <Button size="compact-sm" variant="default" onClick={() => ask({ password: oneTimePassword() }, t('admin.users.confirmReset', { name: u.displayName }))}>
              {t('admin.users.reset')}
            </Button>
          </Group>
        </Table.Td>
      </Table.Tr>
      {pending && (
        <Table.Tr>
          <Table.Td colSpan={6}>
            {change.isError && (
              <Alert color="red" role="alert" mb="xs">
                {change.error.message}
              </Alert>
            )}
            <ConfirmAction
              title={t('admin.users.confirmTitle')}
              message={pending.question}
              confirmLabel={t('admin.users.confirmYes')}
              cancelLabel={t('admin.cancel')}
              onConfirm={() => change.mutate(pending.patch)}
              onCancel={() => setPending(null)}
              loading={change.isPending}
              danger={pending.patch.disabled === true}
            />
          </Table.Td>
        </Table.Tr>
      )}
    </>
  );
}

/** A new account: name, e-mail, organisation, role and language; its first password is one-time, shown once. */
function CreateUser({ orgOptions, onCreated }: { orgOptions: { value: string; label: string }[]; onCreated: (p: { name: string; password: string }) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const empty = { email: '', displayName: '', orgId: null as string | null, role: 'focal_point' as User['role'], locale: 'en' as User['locale'] };
  const [form, setForm] = useState(empty);
  const create = useMutation({
    mutationFn: async () => {
      const password = oneTimePassword();
      await api.createUser({ ...form, orgId: form.orgId ?? '', password });
      return password;
    },
    onSuccess: async (password) => {
      onCreated({ name: form.displayName, password });
      setForm(empty);
      await queryClient.invalidateQueries({ queryKey: ['users'] });
    },
  });
  const err = create.error instanceof ApiError ? create.error : undefined;
  return (
    <Card withBorder component="section" aria-labelledby="new-user" maw={900}>
      <Title order={3} size="h4" id="new-user" mb="sm">
        {t('admin.users.create')}
      </Title>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          create.mutate();
        }}
      >
        {create.isError && !err?.errors.length && (
          <Alert color="red" role="alert" mb="sm">
            {create.error.message}
          </Alert>
        )}
        <Group align="start">
          <TextInput
            label={t('admin.users.name')}
            value={form.displayName}
            onChange={(e) => setForm({ ...form, displayName: e.currentTarget.value })}
            error={err?.fieldError('displayName')}
            required
            w={200}
          />
          <TextInput
            label={t('admin.users.email')}
            type="email"
            value={form.email}
            onChange={(e) => setForm({ ...form, email: e.currentTarget.value })}
            error={err?.fieldError('email')}
            required
            w={220}
          />
          <Select
            label={t('admin.users.organisation')}
            data={orgOptions}
            value={form.orgId}
            onChange={(orgId) => setForm({ ...form, orgId })}
            searchable
            error={err?.fieldError('orgId')}
            required
            w={220}
          />
          <Select
            label={t('admin.users.role')}
            data={ROLES.map((r) => ({ value: r, label: t(`admin.roles.${r}`) }))}
            value={form.role}
            onChange={(role) => role && setForm({ ...form, role: role as User['role'] })}
            allowDeselect={false}
            w={160}
          />
          <Select
            label={t('admin.users.language')}
            data={LOCALES.map((l) => ({ value: l, label: t(`admin.locales.${l}`) }))}
            value={form.locale}
            onChange={(locale) => locale && setForm({ ...form, locale: locale as User['locale'] })}
            allowDeselect={false}
            w={130}
          />
        </Group>
        <Button type="submit" mt="sm" loading={create.isPending}>
          {t('admin.users.createButton')}
        </Button>
      </form>
    </Card>
  );
}
