// The secretariat's organisations page (/admin/organisations, issue 9's console): every member,
// observer and partner, found by name, kind and membership; one added; one changed in place —
// its names, kind, ISO code, membership and the dates it joined and left — with the question
// asked first when its membership changes (members module: one audited PATCH each); and the
// other names it goes by — in French, in Arabic, acronyms and spellings — which imports match.
import '../../components/problems-i18n/index.ts';
import './places-i18n/index.ts';
import { Alert, Button, Card, Group, NativeSelect, Select, Stack, Table, TextInput, Textarea, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MEMBERSHIP_STATUSES, ORGANISATION_KINDS } from '../../../../common/enums.ts';
import { ApiError, type Organisation, type OrganisationPatch, api, fieldMessage } from '../../api/client.ts';
import { ConfirmAction } from '../../components/ConfirmAction.tsx';
import { LoadMore } from '../../components/LoadMore.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { usePagedList } from '../../hooks/usePagedList.ts';
import { useSession } from '../../hooks/useSession.ts';
import { useFormats } from '../../components/formats.ts';

type Fields = { name: string; shortName: string; kind: Organisation['kind']; iso3: string; membershipStatus: Organisation['membershipStatus']; joinedOn: string; leftOn: string };

const fieldsOf = (o?: Organisation): Fields => ({
  name: o?.name ?? '',
  shortName: o?.shortName ?? '',
  kind: o?.kind ?? 'state',
  iso3: o?.iso3 ?? '',
  membershipStatus: o?.membershipStatus ?? 'member',
  joinedOn: o?.joinedOn ?? '',
  leftOn: o?.leftOn ?? '',
});

/** What the API takes from the fields: empty text is "none". */
const bodyOf = (f: Fields) => ({
  name: f.name,
  shortName: f.shortName.trim() || null,
  kind: f.kind,
  iso3: f.iso3.trim() || null,
  membershipStatus: f.membershipStatus,
  joinedOn: f.joinedOn || null,
  leftOn: f.leftOn || null,
});

export function OrganisationsScene() {
  const { t } = useTranslation();
  const session = useSession();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const [kind, setKind] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const { query, rows } = usePagedList(
    ['organisations', 'admin', q, kind, status],
    (cursor) => api.organisations({ q: q || undefined, kind: kind ?? undefined, status: status ?? undefined, cursor, limit: 50 }),
    { keepRowsWhileFiltering: true },
  );
  const [editing, setEditing] = useState<string | null>(null);

  if (session.data && !session.data.abilities.manageMembers) return <Alert color="red">{t('admin.notAllowedMembers')}</Alert>;
  return (
    <Stack>
      <Title order={2}>{t('admin.organisations.title')}</Title>
      <Card withBorder component="section" aria-labelledby="new-organisation" maw={1000}>
        <Title order={3} size="h4" id="new-organisation" mb="sm">
          {t('admin.organisations.create')}
        </Title>
        <OrganisationForm onDone={() => undefined} />
      </Card>
      <Group align="end">
        <TextInput label={t('admin.organisations.search')} value={search} onChange={(e) => setSearch(e.currentTarget.value)} w={260} />
        <Select label={t('members.kind')} data={ORGANISATION_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))} value={kind} onChange={setKind} clearable w={220} />
        <Select
          label={t('members.status')}
          data={MEMBERSHIP_STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
          value={status}
          onChange={setStatus}
          clearable
          w={180}
        />
      </Group>
      <QueryState query={query}>
        {() => (
          <>
            <Table data-testid="organisations-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('members.name')}</Table.Th>
                  <Table.Th scope="col">{t('members.kind')}</Table.Th>
                  <Table.Th scope="col">{t('members.status')}</Table.Th>
                  <Table.Th scope="col">{t('members.joined')}</Table.Th>
                  <Table.Th scope="col">{t('admin.organisations.left')}</Table.Th>
                  <Table.Th scope="col">{t('admin.users.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((o) => (
                  <OrganisationRow key={o.id} organisation={o} editing={editing === o.id} onEdit={(open) => setEditing(open ? o.id : null)} />
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

function OrganisationRow({ organisation: o, editing, onEdit }: { organisation: Organisation; editing: boolean; onEdit: (open: boolean) => void }) {
  const { t } = useTranslation();
  const fmt = useFormats();
  return (
    <>
      <Table.Tr>
        <Table.Td>{o.shortName ? `${o.name} (${o.shortName})` : o.name}</Table.Td>
        <Table.Td>{t(`kinds.${o.kind}`)}</Table.Td>
        <Table.Td>{t(`statuses.${o.membershipStatus}`)}</Table.Td>
        <Table.Td>{fmt.day(o.joinedOn)}</Table.Td>
        <Table.Td>{fmt.day(o.leftOn)}</Table.Td>
        <Table.Td>
          <Button size="compact-sm" variant="default" onClick={() => onEdit(!editing)} aria-expanded={editing} aria-label={t('admin.organisations.editNamed', { name: o.name })}>
            {t('admin.organisations.edit')}
          </Button>
        </Table.Td>
      </Table.Tr>
      {editing && (
        <Table.Tr>
          <Table.Td colSpan={6}>
            <OrganisationForm organisation={o} onDone={() => onEdit(false)} />
          </Table.Td>
        </Table.Tr>
      )}
    </>
  );
}

type Alias = { name: string; lang: 'en' | 'fr' | 'ar' | null };
type AliasFields = { nameFr: string; nameAr: string; others: string };

/** The alias list as three fields: its first French name, its first Arabic name, the others one a line. */
const aliasFieldsOf = (aliases: Alias[]): AliasFields => {
  const fr = aliases.find((a) => a.lang === 'fr');
  const ar = aliases.find((a) => a.lang === 'ar');
  return {
    nameFr: fr?.name ?? '',
    nameAr: ar?.name ?? '',
    others: aliases
      .filter((a) => a !== fr && a !== ar)
      .map((a) => a.name)
      .join('\n'),
  };
};

/** The fields as the alias list the API takes, each with the field it came from (where its refusal is shown). */
const aliasesOf = (f: AliasFields, before: Alias[]) => {
  const out: (Alias & { field: keyof AliasFields })[] = [];
  if (f.nameFr.trim()) out.push({ name: f.nameFr.trim(), lang: 'fr', field: 'nameFr' });
  if (f.nameAr.trim()) out.push({ name: f.nameAr.trim(), lang: 'ar', field: 'nameAr' });
  for (const line of f.others.split('\n').map((l) => l.trim()))
    if (line) out.push({ name: line, lang: before.find((a) => a.name === line && a.lang !== 'fr' && a.lang !== 'ar')?.lang ?? null, field: 'others' });
  return out;
};

/** Adds an organisation, or changes `organisation`; a change of membership is asked first. */
function OrganisationForm({ organisation, onDone }: { organisation?: Organisation; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [f, setF] = useState<Fields>(fieldsOf(organisation));
  const [confirming, setConfirming] = useState(false);
  const set = <K extends keyof Fields>(key: K, value: Fields[K]) => setF((x) => ({ ...x, [key]: value }));
  // The other names are the organisation's detail's, read when it is opened for a change.
  const detail = useQuery({ queryKey: ['organisations', 'detail', organisation?.id], queryFn: () => api.organisation(organisation!.id), enabled: Boolean(organisation) });
  const [names, setNames] = useState<AliasFields>();
  useEffect(() => {
    if (detail.data && !names) setNames(aliasFieldsOf(detail.data.aliases));
  }, [detail.data, names]);
  const setName = (key: keyof AliasFields, value: string) => setNames((x) => ({ ...(x ?? { nameFr: '', nameAr: '', others: '' }), [key]: value }));
  const aliases = names && detail.data ? aliasesOf(names, detail.data.aliases) : undefined;
  const save = useMutation({
    mutationFn: async () => {
      const body = bodyOf(f);
      return organisation
        ? await api.updateOrganisation(organisation.id, { ...body, ...(aliases ? { aliases: aliases.map(({ name, lang }) => ({ name, lang })) } : {}) } as OrganisationPatch)
        : await api.createOrganisation(body);
    },
    onSuccess: async () => {
      setConfirming(false);
      if (!organisation) setF(fieldsOf());
      await queryClient.invalidateQueries({ queryKey: ['organisations'] });
      onDone();
    },
    onError: () => setConfirming(false),
  });
  const err = save.error instanceof ApiError ? save.error : undefined;
  /** A refused alias is shown next to the field it came from. */
  const aliasError = (field: keyof AliasFields) => {
    const found = err?.errors.find((e) => {
      const m = /^body\.aliases\.(\d+)/.exec(e.path);
      return m && aliases?.[Number(m[1])]?.field === field;
    });
    return found && fieldMessage(found);
  };
  const membershipChanges = organisation && (f.membershipStatus !== organisation.membershipStatus || (f.leftOn || null) !== organisation.leftOn);
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (membershipChanges) setConfirming(true);
        else save.mutate();
      }}
    >
      {save.isError && !err?.errors.length && (
        <Alert color="red" role="alert" mb="sm">
          {save.error.message}
        </Alert>
      )}
      <Group align="start">
        <TextInput label={t('members.name')} value={f.name} onChange={(e) => set('name', e.currentTarget.value)} error={err?.fieldError('name')} required w={240} />
        <TextInput
          label={t('admin.organisations.shortName')}
          value={f.shortName}
          onChange={(e) => set('shortName', e.currentTarget.value)}
          error={err?.fieldError('shortName')}
          w={120}
        />
        <NativeSelect
          label={t('members.kind')}
          data={ORGANISATION_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
          value={f.kind}
          onChange={(e) => set('kind', e.currentTarget.value as Fields['kind'])}
          error={err?.fieldError('kind')}
          w={200}
        />
        <TextInput label={t('members.iso3')} value={f.iso3} onChange={(e) => set('iso3', e.currentTarget.value.toUpperCase())} error={err?.fieldError('iso3')} w={90} />
        <NativeSelect
          label={t('members.status')}
          data={MEMBERSHIP_STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
          value={f.membershipStatus}
          onChange={(e) => set('membershipStatus', e.currentTarget.value as Fields['membershipStatus'])}
          error={err?.fieldError('membershipStatus')}
          w={160}
        />
        <TextInput
          label={t('members.joined')}
          type="date"
          value={f.joinedOn}
          onChange={(e) => set('joinedOn', e.currentTarget.value)}
          error={err?.fieldError('joinedOn')}
          w={160}
        />
        <TextInput
          label={t('admin.organisations.left')}
          type="date"
          value={f.leftOn}
          onChange={(e) => set('leftOn', e.currentTarget.value)}
          error={err?.fieldError('leftOn')}
          w={160}
        />
      </Group>
      {organisation && names && (
        <Group align="start" mt="sm">
          <TextInput
            label={t('orgAliases.nameFr')}
            value={names.nameFr}
            onChange={(e) => setName('nameFr', e.currentTarget.value)}
            error={aliasError('nameFr')}
            lang="fr"
            w={280}
          />
          <TextInput
            label={t('orgAliases.nameAr')}
            value={names.nameAr}
            onChange={(e) => setName('nameAr', e.currentTarget.value)}
            error={aliasError('nameAr')}
            lang="ar"
            dir="rtl"
            w={280}
          />
          <Textarea
            label={t('orgAliases.others')}
            description={t('orgAliases.othersHint')}
            value={names.others}
            onChange={(e) => setName('others', e.currentTarget.value)}
            error={aliasError('others')}
            autosize
            minRows={2}
            w={360}
          />
        </Group>
      )}
      <Group mt="sm">
        <Button type="submit" loading={save.isPending && !confirming}>
          {organisation ? t('admin.organisations.save') : t('admin.organisations.createButton')}
        </Button>
        {organisation && (
          <Button variant="default" onClick={onDone}>
            {t('admin.cancel')}
          </Button>
        )}
      </Group>
      {confirming && organisation && (
        <ConfirmAction
          title={t('admin.users.confirmTitle')}
          message={t('admin.organisations.confirmMembership', { name: organisation.name, status: t(`statuses.${f.membershipStatus}`) })}
          confirmLabel={t('admin.users.confirmYes')}
          cancelLabel={t('admin.cancel')}
          onConfirm={() => save.mutate()}
          onCancel={() => setConfirming(false)}
          loading={save.isPending}
        />
      )}
    </form>
  );
}
