// The secretariat's groups page (/admin/groups, issue 9's console): the working groups with
// their line of effort, co-lead organisations and members, one created or changed in place
// (framework module: one audited POST or PATCH, the membership group kept with it), and every
// group of organisations by kind, one made or changed in place (members module), except a
// working group's, which changes with it. Taking an organisation out of either is asked first.
import './console-i18n/index.ts';
import './console.css';
import { Alert, Button, Card, Group, MultiSelect, NativeSelect, Select, Stack, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Fragment, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GROUP_KINDS } from '../../../../common/enums.ts';
import { ApiError, type GroupDetail, type GroupInput, type WorkingGroup, type WorkingGroupDetail, api } from '../../api/client.ts';
import { ConfirmAction } from '../../components/ConfirmAction.tsx';
import { LoadMore } from '../../components/LoadMore.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { useFormats } from '../../components/formats.ts';
import { useFormGuard } from '../../hooks/useFormGuard.ts';
import { useLeaveGuard } from '../../hooks/useLeaveGuard.ts';
import { useFrameworkOptions } from '../../hooks/useFrameworkOptions.ts';
import { usePagedList } from '../../hooks/usePagedList.ts';
import { useSession } from '../../hooks/useSession.ts';
import { useUrlState } from '../../hooks/useUrlState.ts';
import { useFrameworkName, useLocalName } from '../../hooks/useLocalName.ts';
import { TranslatedNameFields, translatedNamesBody } from '../../components/TranslatedNameFields.tsx';

type Fields = { name: string; nameFr: string; nameAr: string; lineId: string; formedOn: string; coLeadOrgIds: string[]; memberOrgIds: string[] };

const EMPTY: Fields = { name: '', nameFr: '', nameAr: '', lineId: '', formedOn: '', coLeadOrgIds: [], memberOrgIds: [] };

/** The fields of a working group: its members without its co-leads (who are always members). */
const fieldsOf = (w: WorkingGroupDetail): Fields => {
  const coLeads = w.coLeads.map((c) => c.id);
  return {
    name: w.name,
    nameFr: w.nameFr ?? '',
    nameAr: w.nameAr ?? '',
    lineId: w.lineId,
    formedOn: w.formedOn ?? '',
    coLeadOrgIds: coLeads,
    memberOrgIds: w.members.map((m) => m.id).filter((id) => !coLeads.includes(id)),
  };
};

export function GroupsScene() {
  const { t } = useTranslation();
  const session = useSession();
  const [{ edit }, setUrl] = useUrlState(['edit'] as const);
  const workingGroups = useQuery({ queryKey: ['working-groups'], queryFn: api.workingGroups });
  const [saved, setSaved] = useState<string | null>(null);
  const editor = useRef<HTMLDivElement>(null);

  if (session.data && !session.data.abilities.manageFramework) return <Alert color="red">{t('adminConsole.notAllowed')}</Alert>;
  const open = (id: string) => {
    setSaved(null);
    setUrl('edit', id);
    requestAnimationFrame(() => editor.current?.querySelector<HTMLElement>('input')?.focus());
  };
  return (
    <Stack>
      <Title order={2}>{t('adminConsole.groups.title')}</Title>
      <Card withBorder component="section" aria-labelledby="wg-editor" maw={1100} ref={editor}>
        <Title order={3} size="h4" id="wg-editor" mb="sm">
          {edit ? t('adminConsole.groups.editTitle') : t('adminConsole.groups.create')}
        </Title>
        {saved && (
          <Alert color="green" role="status" mb="sm">
            {t('adminConsole.groups.saved', { name: saved })}
          </Alert>
        )}
        {edit ? (
          <EditWorkingGroup
            key={edit}
            id={edit}
            onDone={(name) => {
              setSaved(name);
              setUrl('edit', '');
            }}
          />
        ) : (
          <WorkingGroupForm onDone={setSaved} />
        )}
      </Card>
      <section aria-labelledby="wg-list">
        <Title order={3} id="wg-list" mb="sm">
          {t('adminConsole.groups.workingGroups')}
        </Title>
        <QueryState query={workingGroups}>{(rows) => <WorkingGroupsTable rows={rows} editing={edit} onEdit={open} />}</QueryState>
      </section>
      <GroupsList />
    </Stack>
  );
}

function WorkingGroupsTable({ rows, editing, onEdit }: { rows: WorkingGroup[]; editing: string; onEdit: (id: string) => void }) {
  const { t } = useTranslation();
  const name = useLocalName();
  const lineName = useFrameworkName();
  const fmt = useFormats();
  return (
    <Table.ScrollContainer minWidth={700}>
      <Table data-testid="working-groups-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('adminConsole.groups.name')}</Table.Th>
            <Table.Th scope="col">{t('adminConsole.groups.line')}</Table.Th>
            <Table.Th scope="col">{t('adminConsole.groups.coLeads')}</Table.Th>
            <Table.Th scope="col">{t('adminConsole.groups.memberCount')}</Table.Th>
            <Table.Th scope="col">{t('adminConsole.groups.formedOn')}</Table.Th>
            <Table.Th scope="col">{t('adminConsole.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((w) => (
            <Table.Tr key={w.id}>
              <Table.Td>
                <bdi>{name(w)}</bdi>
              </Table.Td>
              <Table.Td>
                <bdi>{lineName({ id: w.lineId, name: w.lineName })}</bdi>
              </Table.Td>
              <Table.Td>
                <bdi>{w.coLeads.map((c) => c.name).join(', ')}</bdi>
              </Table.Td>
              <Table.Td>{fmt.number(w.memberCount)}</Table.Td>
              <Table.Td>{fmt.day(w.formedOn)}</Table.Td>
              <Table.Td>
                <Button
                  size="compact-sm"
                  variant="default"
                  onClick={() => onEdit(w.id)}
                  aria-pressed={editing === w.id}
                  aria-label={t('adminConsole.groups.editNamed', { name: name(w) })}
                >
                  {t('adminConsole.edit')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function EditWorkingGroup({ id, onDone }: { id: string; onDone: (name: string | null) => void }) {
  const detail = useQuery({ queryKey: ['working-groups', id], queryFn: () => api.workingGroup(id) });
  return <QueryState query={detail}>{(w) => <WorkingGroupForm workingGroup={w} onDone={onDone} />}</QueryState>;
}

/** Creates a working group, or changes `workingGroup`; taking an organisation out is asked first. */
function WorkingGroupForm({ workingGroup, onDone }: { workingGroup?: WorkingGroupDetail; onDone: (name: string | null) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const baseline = useMemo<Fields>(() => (workingGroup ? fieldsOf(workingGroup) : EMPTY), [workingGroup]);
  const [f, setF] = useState<Fields>(baseline);
  // Each form keeps its own draft: the new working group's, or the one changed's.
  const guard = useFormGuard(f, baseline, setF, workingGroup?.id ?? 'new');
  useLeaveGuard(guard.dirty);
  const [confirming, setConfirming] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const set = <K extends keyof Fields>(key: K, value: Fields[K]) => setF((x) => ({ ...x, [key]: value }));
  const lines = useFrameworkOptions({ linesOnly: true });
  const orgs = useQuery({ queryKey: ['organisations', 'all'], queryFn: () => api.organisations({ limit: 200 }) });
  const orgOptions = (orgs.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }));

  const save = useMutation({
    mutationFn: async () => {
      const common = { name: f.name, ...translatedNamesBody(f), formedOn: f.formedOn || null, coLeadOrgIds: f.coLeadOrgIds, memberOrgIds: f.memberOrgIds };
      return workingGroup ? await api.updateWorkingGroup(workingGroup.id, common) : await api.createWorkingGroup({ ...common, lineId: f.lineId });
    },
    onSuccess: async (w) => {
      setConfirming(false);
      guard.clear();
      if (!workingGroup) setF(EMPTY);
      await queryClient.invalidateQueries({ queryKey: ['working-groups'] });
      await queryClient.invalidateQueries({ queryKey: ['groups'] });
      onDone(w.name);
    },
    onError: () => setConfirming(false),
  });
  const err = save.error instanceof ApiError ? save.error : undefined;

  // After a refusal the first field it names takes the focus, so its message is read where it is.
  useEffect(() => {
    if (!save.error) return;
    const frame = requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
    return () => cancelAnimationFrame(frame);
  }, [save.error]);

  // Organisations leaving the working group altogether (neither co-lead nor member any more).
  const leaving = useMemo(() => {
    if (!workingGroup) return [];
    const staying = new Set([...f.coLeadOrgIds, ...f.memberOrgIds]);
    return workingGroup.members.filter((m) => !staying.has(m.id)).map((m) => m.name);
  }, [workingGroup, f.coLeadOrgIds, f.memberOrgIds]);
  const droppedCoLeads = workingGroup ? workingGroup.coLeads.filter((c) => !f.coLeadOrgIds.includes(c.id)).map((c) => c.name) : [];
  const asks = leaving.length > 0 || droppedCoLeads.length > 0;

  return (
    <form
      ref={formRef}
      noValidate
      aria-labelledby="wg-editor"
      onSubmit={(e) => {
        e.preventDefault();
        if (asks) setConfirming(true);
        else save.mutate();
      }}
    >
      {guard.restored && (
        <Alert color="blue" role="status" mb="sm">
          <Text size="sm">{t('forms.draftRestored')}</Text>
          <Button variant="subtle" size="compact-sm" onClick={guard.discard}>
            {t('forms.discardDraft')}
          </Button>
        </Alert>
      )}
      {save.isError && (
        <Alert color="red" role="alert" mb="sm">
          {err?.errors.length ? t('forms.invalid', { count: err.errors.length }) : save.error.message}
        </Alert>
      )}
      <Group align="start">
        <TextInput
          label={t('adminConsole.groups.name')}
          value={f.name}
          onChange={(e) => set('name', e.currentTarget.value)}
          error={err?.status === 409 && err.fieldError('name') ? t('adminConsole.groups.nameTaken') : err?.fieldError('name')}
          required
          w={300}
        />
        <TranslatedNameFields value={f} onChange={set} error={(field) => err?.fieldError(field)} w={300} />
        <Select
          label={t('adminConsole.groups.line')}
          data={lines}
          value={f.lineId || null}
          onChange={(v) => set('lineId', v ?? '')}
          // No line chosen is said as such, not as a malformed id.
          error={err?.fieldError('lineId') && (f.lineId ? err.fieldError('lineId') : t('forms.rule.required'))}
          disabled={!!workingGroup}
          description={workingGroup ? t('adminConsole.groups.lineFixed') : undefined}
          required
          searchable
          w={300}
        />
        <TextInput
          label={t('adminConsole.groups.formedOn')}
          type="date"
          value={f.formedOn}
          onChange={(e) => set('formedOn', e.currentTarget.value)}
          error={err?.fieldError('formedOn')}
          classNames={{ input: 'console-date' }}
          w={170}
        />
      </Group>
      <Group align="start" mt="sm" grow>
        <MultiSelect
          label={t('adminConsole.groups.coLeads')}
          description={t('adminConsole.groups.coLeadsHelp')}
          data={orgOptions}
          value={f.coLeadOrgIds}
          onChange={(v) => setF((x) => ({ ...x, coLeadOrgIds: v, memberOrgIds: x.memberOrgIds.filter((m) => !v.includes(m)) }))}
          error={err?.fieldError('coLeadOrgIds')}
          searchable
          required
          data-testid="wg-co-leads"
        />
        <MultiSelect
          label={t('adminConsole.groups.members')}
          description={t('adminConsole.groups.membersHelp')}
          data={orgOptions.filter((o) => !f.coLeadOrgIds.includes(o.value))}
          value={f.memberOrgIds}
          onChange={(v) => set('memberOrgIds', v)}
          error={err?.fieldError('memberOrgIds')}
          searchable
          data-testid="wg-members"
        />
      </Group>
      <Group mt="sm">
        <Button type="submit" loading={save.isPending && !confirming}>
          {workingGroup ? t('adminConsole.save') : t('adminConsole.groups.createButton')}
        </Button>
        {workingGroup && (
          <Button
            variant="default"
            onClick={() => {
              guard.discard();
              onDone(null);
            }}
          >
            {t('adminConsole.cancel')}
          </Button>
        )}
      </Group>
      {confirming && workingGroup && (
        <ConfirmAction
          title={t('adminConsole.groups.confirmTitle')}
          message={[
            droppedCoLeads.length ? t('adminConsole.groups.confirmCoLeads', { names: droppedCoLeads.join(', '), name: workingGroup.name }) : '',
            leaving.length ? t('adminConsole.groups.confirmLeaving', { names: leaving.join(', '), name: workingGroup.name }) : '',
          ]
            .filter(Boolean)
            .join(' ')}
          confirmLabel={t('adminConsole.groups.confirmYes')}
          cancelLabel={t('adminConsole.cancel')}
          onConfirm={() => save.mutate()}
          onCancel={() => setConfirming(false)}
          loading={save.isPending}
          danger
        />
      )}
    </form>
  );
}

/** Kinds a group may be made with here: a working group's membership is made with the working group. */
const NEW_GROUP_KINDS = GROUP_KINDS.filter((k) => k !== 'working_group');

function GroupsList() {
  const { t } = useTranslation();
  const name = useLocalName();
  const fmt = useFormats();
  const session = useSession();
  const manage = !!session.data?.abilities.manageMembers;
  const [kind, setKind] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const { query, rows } = usePagedList(['groups', 'admin', kind], (cursor) => api.groups({ kind: kind ?? undefined, cursor, limit: 50 }));
  return (
    <section aria-labelledby="groups-list">
      <Title order={3} id="groups-list" mb="sm">
        {t('adminConsole.groups.groups')}
      </Title>
      {saved && (
        <Alert color="green" role="status" mb="sm">
          {t('adminConsole.groups.saved', { name: saved })}
        </Alert>
      )}
      {manage && (
        <Card withBorder component="section" aria-labelledby="new-group" maw={1100} mb="md">
          <Title order={4} size="h5" id="new-group" mb="sm">
            {t('adminConsole.groups.createGroup')}
          </Title>
          <GroupForm onDone={setSaved} />
        </Card>
      )}
      <Select
        label={t('adminConsole.groups.kind')}
        data={GROUP_KINDS.map((k) => ({ value: k, label: t(`adminConsole.groupKinds.${k}`) }))}
        value={kind}
        onChange={setKind}
        clearable
        w={240}
        mb="sm"
      />
      <QueryState query={query}>
        {() => (
          <>
            <Table data-testid="groups-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('adminConsole.groups.name')}</Table.Th>
                  <Table.Th scope="col">{t('adminConsole.groups.kind')}</Table.Th>
                  <Table.Th scope="col">{t('adminConsole.groups.memberCount')}</Table.Th>
                  {manage && <Table.Th scope="col">{t('adminConsole.actions')}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((g) => (
                  <Fragment key={g.id}>
                    <Table.Tr>
                      <Table.Td>
                        <bdi>{name(g)}</bdi>
                      </Table.Td>
                      <Table.Td>{t(`adminConsole.groupKinds.${g.kind}`)}</Table.Td>
                      <Table.Td>{fmt.number(g.memberCount)}</Table.Td>
                      {manage && (
                        <Table.Td>
                          {g.kind === 'working_group' ? (
                            <Text size="sm">{t('adminConsole.groups.withItsWorkingGroup')}</Text>
                          ) : (
                            <Button
                              size="compact-sm"
                              variant="default"
                              aria-expanded={editing === g.id}
                              aria-label={t('adminConsole.groups.editNamed', { name: name(g) })}
                              onClick={() => {
                                setSaved(null);
                                setEditing(editing === g.id ? null : g.id);
                              }}
                            >
                              {t('adminConsole.edit')}
                            </Button>
                          )}
                        </Table.Td>
                      )}
                    </Table.Tr>
                    {editing === g.id && (
                      <Table.Tr>
                        <Table.Td colSpan={4}>
                          <EditGroup
                            id={g.id}
                            onDone={(name) => {
                              setEditing(null);
                              setSaved(name);
                            }}
                          />
                        </Table.Td>
                      </Table.Tr>
                    )}
                  </Fragment>
                ))}
              </Table.Tbody>
            </Table>
            <LoadMore query={query} />
          </>
        )}
      </QueryState>
    </section>
  );
}

function EditGroup({ id, onDone }: { id: string; onDone: (name: string | null) => void }) {
  const detail = useQuery({ queryKey: ['groups', 'one', id], queryFn: () => api.group(id) });
  return <QueryState query={detail}>{(g) => <GroupForm group={g} onDone={onDone} />}</QueryState>;
}

type GroupFields = { name: string; nameFr: string; nameAr: string; kind: string; description: string; memberOrgIds: string[] };
const EMPTY_GROUP: GroupFields = { name: '', nameFr: '', nameAr: '', kind: 'custom', description: '', memberOrgIds: [] };

/** Makes a group of organisations, or changes `group` (its kind stays); taking members out is asked first. */
function GroupForm({ group, onDone }: { group?: GroupDetail; onDone: (name: string | null) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const baseline = useMemo<GroupFields>(
    () =>
      group
        ? {
            name: group.name,
            nameFr: group.nameFr ?? '',
            nameAr: group.nameAr ?? '',
            kind: group.kind,
            description: group.description,
            memberOrgIds: group.members.map((m) => m.id),
          }
        : EMPTY_GROUP,
    [group],
  );
  const [f, setF] = useState<GroupFields>(baseline);
  const guard = useFormGuard(f, baseline, setF, `group:${group?.id ?? 'new'}`);
  useLeaveGuard(guard.dirty);
  const [confirming, setConfirming] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const set = <K extends keyof GroupFields>(key: K, value: GroupFields[K]) => setF((x) => ({ ...x, [key]: value }));
  const orgs = useQuery({ queryKey: ['organisations', 'all'], queryFn: () => api.organisations({ limit: 200 }) });
  const save = useMutation({
    mutationFn: async () =>
      group
        ? await api.updateGroup(group.id, { name: f.name, ...translatedNamesBody(f), description: f.description, memberOrgIds: f.memberOrgIds })
        : await api.createGroup({ name: f.name, ...translatedNamesBody(f), kind: f.kind as GroupInput['kind'], description: f.description, memberOrgIds: f.memberOrgIds }),
    onSuccess: async (g) => {
      setConfirming(false);
      guard.clear();
      if (!group) setF(EMPTY_GROUP);
      await queryClient.invalidateQueries({ queryKey: ['groups'] });
      onDone(g.name);
    },
    onError: () => setConfirming(false),
  });
  const err = save.error instanceof ApiError ? save.error : undefined;
  useEffect(() => {
    if (!save.error) return;
    const frame = requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
    return () => cancelAnimationFrame(frame);
  }, [save.error]);
  const leaving = group ? group.members.filter((m) => !f.memberOrgIds.includes(m.id)).map((m) => m.name) : [];
  const titleId = group ? `group-form-${group.id}` : 'new-group';
  return (
    <form
      ref={formRef}
      noValidate
      aria-labelledby={titleId}
      onSubmit={(e) => {
        e.preventDefault();
        if (leaving.length) setConfirming(true);
        else save.mutate();
      }}
    >
      {group && (
        <Title order={4} size="h5" id={titleId} mb="xs">
          {t('adminConsole.groups.editNamed', { name: group.name })}
        </Title>
      )}
      {guard.restored && (
        <Alert color="blue" role="status" mb="sm">
          <Text size="sm">{t('forms.draftRestored')}</Text>
          <Button variant="subtle" size="compact-sm" onClick={guard.discard}>
            {t('forms.discardDraft')}
          </Button>
        </Alert>
      )}
      {save.isError && (
        <Alert color="red" role="alert" mb="sm">
          {err?.errors.length ? t('forms.invalid', { count: err.errors.length }) : save.error.message}
        </Alert>
      )}
      <Group align="start">
        <TextInput
          label={t('adminConsole.groups.name')}
          value={f.name}
          onChange={(e) => set('name', e.currentTarget.value)}
          error={err?.status === 409 && err.fieldError('name') ? t('adminConsole.groups.groupNameTaken') : err?.fieldError('name')}
          required
          w={300}
        />
        <TranslatedNameFields value={f} onChange={set} error={(field) => err?.fieldError(field)} w={300} />
        {!group && (
          <NativeSelect
            label={t('adminConsole.groups.kind')}
            data={NEW_GROUP_KINDS.map((k) => ({ value: k, label: t(`adminConsole.groupKinds.${k}`) }))}
            value={f.kind}
            onChange={(e) => set('kind', e.currentTarget.value)}
            error={err?.fieldError('kind')}
            w={220}
          />
        )}
      </Group>
      <Textarea
        label={t('adminConsole.groups.description')}
        value={f.description}
        onChange={(e) => set('description', e.currentTarget.value)}
        error={err?.fieldError('description')}
        autosize
        minRows={2}
        mt="sm"
        maw={700}
      />
      <MultiSelect
        label={t('adminConsole.groups.groupMembers')}
        data={(orgs.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }))}
        value={f.memberOrgIds}
        onChange={(v) => set('memberOrgIds', v)}
        error={err?.fieldError('memberOrgIds')}
        searchable
        mt="sm"
        maw={700}
      />
      <Group mt="sm">
        <Button type="submit" loading={save.isPending && !confirming}>
          {group ? t('adminConsole.save') : t('adminConsole.groups.createGroupButton')}
        </Button>
        {group && (
          <Button
            variant="default"
            onClick={() => {
              guard.discard();
              onDone(null);
            }}
          >
            {t('adminConsole.cancel')}
          </Button>
        )}
      </Group>
      {confirming && group && (
        <ConfirmAction
          title={t('adminConsole.groups.confirmGroupTitle')}
          message={t('adminConsole.groups.confirmLeaving', { names: leaving.join(', '), name: group.name })}
          confirmLabel={t('adminConsole.groups.confirmYes')}
          cancelLabel={t('adminConsole.cancel')}
          onConfirm={() => save.mutate()}
          onCancel={() => setConfirming(false)}
          loading={save.isPending}
          danger
        />
      )}
    </form>
  );
}
