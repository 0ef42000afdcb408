// Running a meeting from its page, for whom the API says may run it (`abilities.run`): the
// moves its life allows now (`abilities.transitions`, each confirmed first: a meeting only
// moves forward), the agenda, decisions and action items recorded, attendance, and the
// outcome of each carried action item. Each form shows the server's refusal beside the field
// it names; a 409 on `held` names the carried items still without an outcome, which the
// review table marks beside them.
import './i18n/index.ts';
import { Alert, Button, Group, List, MultiSelect, NativeSelect, NumberInput, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, type Meeting, type MeetingState, api } from '../../api/client.ts';
import { ConfirmAction } from '../../components/ConfirmAction.tsx';
import { type AgendaLinkValue, AgendaLinkFields, LINK_FIELDS, linkFields, noLinks } from './AgendaLinks.tsx';
import './meetings.css';

type Carried = Meeting['review']['items'][number];
type Participant = Meeting['participants'][number];

const ATTENDANCE: Participant['status'][] = ['invited', 'accepted', 'declined', 'attended', 'excused', 'proxy'];

/** After a change, the meeting and the lists it appears in are read again. */
function useRefresh(meetingId: string) {
  const queryClient = useQueryClient();
  return async (updated?: Meeting) => {
    if (updated) queryClient.setQueryData(['meeting', meetingId], updated);
    await queryClient.invalidateQueries({ queryKey: ['meeting', meetingId] });
    await queryClient.invalidateQueries({ queryKey: ['meetings'] });
    await queryClient.invalidateQueries({ queryKey: ['action-items'] });
  };
}

const apiError = (e: unknown) => (e instanceof ApiError ? e : null);

/** The server's refusal of a whole form, when it names no field of it. */
function Refusal({ error, fields }: { error: unknown; fields: string[] }) {
  const { t } = useTranslation();
  if (!error) return null;
  const e = apiError(error);
  if (e && fields.some((f) => e.fieldError(f))) return null;
  return (
    <Alert color="red" title={t('meetings.refused')} role="alert">
      {(error as Error).message}
    </Alert>
  );
}

/**
 * The moves the meeting's life allows now, one button each; each asks first (a meeting never
 * moves back). Cancelling asks why. `onPending` hears the carried items a refused `held` names.
 */
export function Transitions({ meeting: m, onPending }: { meeting: Meeting; onPending: (ids: string[]) => void }) {
  const { t } = useTranslation();
  const refresh = useRefresh(m.id);
  const [asking, setAsking] = useState<MeetingState | null>(null);
  const [reason, setReason] = useState('');
  const change = useMutation({
    mutationFn: (to: MeetingState) => api.transitionMeeting(m.id, to === 'cancelled' ? { to, reason: reason.trim() || undefined } : { to }),
    onSuccess: async (updated) => {
      setAsking(null);
      onPending([]);
      await refresh(updated);
    },
    onError: (e) => {
      // A cancellation without its reason stays open, the field named.
      if (!apiError(e)?.fieldError('reason')) setAsking(null);
      onPending(
        apiError(e)
          ?.errors.filter((f) => f.path.startsWith('actionItems.'))
          .map((f) => f.path.slice('actionItems.'.length)) ?? [],
      );
    },
  });
  // A refusal takes the focus, so a keyboard or screen reader user lands on it.
  const refusal = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (change.error) refusal.current?.focus();
  }, [change.error]);
  if (m.abilities.transitions.length === 0) return null;
  const error = apiError(change.error);
  const pending = error?.errors.filter((e) => e.path.startsWith('actionItems.')) ?? [];
  return (
    <Stack gap="xs" data-testid="state-change">
      <Title order={3}>{t('meetings.changeState')}</Title>
      <Group>
        {m.abilities.transitions.map((to) => (
          <Button
            key={to}
            variant="light"
            color={to === 'cancelled' ? 'red' : undefined}
            onClick={() => {
              change.reset();
              setAsking(to);
            }}
            disabled={change.isPending}
            data-testid={`move-${to}`}
          >
            {t(`meetings.moveTo.${to}`)}
          </Button>
        ))}
      </Group>
      {asking && (
        <>
          {asking === 'cancelled' && (
            <TextInput label={t('meetings.reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={error?.fieldError('reason')} required />
          )}
          <ConfirmAction
            title={t(`meetings.moveTo.${asking}`)}
            message={t('meetings.confirmMove', { state: t(`meetings.states.${asking}`) })}
            confirmLabel={t(`meetings.moveTo.${asking}`)}
            cancelLabel={t('meetings.cancelAsk')}
            danger={asking === 'cancelled'}
            loading={change.isPending}
            onConfirm={() => change.mutate(asking)}
            onCancel={() => setAsking(null)}
          />
        </>
      )}
      {change.error && (
        <Alert ref={refusal} color="red" title={t('meetings.refused')} role="alert" tabIndex={-1} data-testid="state-refused">
          <Text size="sm">{change.error.message}</Text>
          {pending.length > 0 && (
            <>
              <Text size="sm">{t('meetings.pendingItems')}</Text>
              <List size="sm" data-testid="pending-items">
                {pending.map((p) => (
                  <List.Item key={p.path}>{p.message}</List.Item>
                ))}
              </List>
            </>
          )}
        </Alert>
      )}
    </Stack>
  );
}

function Section({ title, testId, onSubmit, children }: { title: string; testId: string; onSubmit: (e: FormEvent) => void; children: ReactNode }) {
  return (
    <form data-testid={testId} onSubmit={onSubmit} noValidate aria-label={title}>
      <Stack gap="xs">
        <Title order={4}>{title}</Title>
        {children}
      </Stack>
    </form>
  );
}

/** A new agenda item, last of the agenda: its title, duration, and what it discusses (AgendaLinks.tsx). */
export function AgendaForm({ meeting: m }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const refresh = useRefresh(m.id);
  const [title, setTitle] = useState('');
  const [duration, setDuration] = useState<number | string>('');
  const [links, setLinks] = useState<AgendaLinkValue>(noLinks);
  const add = useMutation({
    mutationFn: () => api.addAgendaItem(m.id, { title: title.trim(), durationMinutes: typeof duration === 'number' ? duration : null, ...linkFields(links) }),
    onSuccess: async (updated) => {
      setTitle('');
      setDuration('');
      setLinks(noLinks());
      await refresh(updated);
    },
  });
  const error = apiError(add.error);
  return (
    <Section
      title={t('meetings.addAgenda')}
      testId="agenda-form"
      onSubmit={(e) => {
        e.preventDefault();
        add.mutate();
      }}
    >
      <Group align="flex-start">
        <TextInput label={t('meetings.itemTitle')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} error={error?.fieldError('title')} required />
        <NumberInput label={t('meetings.duration')} value={duration} onChange={setDuration} min={1} max={1440} error={error?.fieldError('durationMinutes')} w={160} />
      </Group>
      <AgendaLinkFields value={links} onChange={setLinks} error={error} />
      <Group>
        <Button type="submit" loading={add.isPending}>
          {t('meetings.add')}
        </Button>
      </Group>
      <Refusal error={add.error} fields={['title', 'durationMinutes', ...LINK_FIELDS]} />
    </Section>
  );
}

/** A decision: the agenda item it settles, its text, and its result (consensus, or the votes). */
export function DecisionForm({ meeting: m }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const refresh = useRefresh(m.id);
  const [agendaItemId, setAgendaItemId] = useState('');
  const [text, setText] = useState('');
  const [result, setResult] = useState<'consensus' | 'vote'>('consensus');
  const [votes, setVotes] = useState({ for: 0, against: 0, abstentions: 0 });
  const add = useMutation({
    mutationFn: () => api.addDecision(m.id, { agendaItemId: agendaItemId || null, text: text.trim(), result, votes: result === 'vote' ? votes : null }),
    onSuccess: async () => {
      setText('');
      await refresh();
    },
  });
  const error = apiError(add.error);
  const count = (key: keyof typeof votes) => (
    <NumberInput
      label={t(`meetings.voteCounts.${key}`)}
      value={votes[key]}
      onChange={(v) => setVotes({ ...votes, [key]: typeof v === 'number' ? v : 0 })}
      min={0}
      w={120}
      error={error?.fieldError(`votes.${key}`)}
    />
  );
  return (
    <Section
      title={t('meetings.addDecision')}
      testId="decision-form"
      onSubmit={(e) => {
        e.preventDefault();
        add.mutate();
      }}
    >
      <NativeSelect
        label={t('meetings.agendaItem')}
        value={agendaItemId}
        onChange={(e) => setAgendaItemId(e.currentTarget.value)}
        data={[{ value: '', label: t('meetings.noLink') }, ...m.agenda.map((a) => ({ value: a.id, label: a.title }))]}
        error={error?.fieldError('agendaItemId')}
      />
      <Textarea label={t('meetings.decision')} value={text} onChange={(e) => setText(e.currentTarget.value)} error={error?.fieldError('text')} required autosize minRows={2} />
      <Group align="flex-start">
        <NativeSelect
          label={t('meetings.result')}
          value={result}
          onChange={(e) => setResult(e.currentTarget.value as 'consensus' | 'vote')}
          data={(['consensus', 'vote'] as const).map((r) => ({ value: r, label: t(`meetings.results.${r}`) }))}
        />
        {result === 'vote' && (
          <>
            {count('for')}
            {count('against')}
            {count('abstentions')}
          </>
        )}
      </Group>
      {error?.fieldError('votes') && !['for', 'against', 'abstentions'].some((k) => error.fieldError(`votes.${k}`)) && (
        <Text c="red.8" size="sm" role="alert">
          {error.fieldError('votes')}
        </Text>
      )}
      <Group>
        <Button type="submit" loading={add.isPending}>
          {t('meetings.record')}
        </Button>
      </Group>
      <Refusal error={add.error} fields={['agendaItemId', 'text', 'votes']} />
    </Section>
  );
}

/** An action item: what, which organisations own it, and by when (a day in the meeting's zone). */
export function ActionItemForm({ meeting: m }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const refresh = useRefresh(m.id);
  const orgs = useQuery({ queryKey: ['organisations', 'all'], queryFn: () => api.organisations({ limit: 200 }) });
  const [text, setText] = useState('');
  const [owners, setOwners] = useState<string[]>([]);
  const [person, setPerson] = useState('');
  const [dueDate, setDueDate] = useState('');
  // The people named on the meeting, of an owner organisation: who may own the item in person.
  const people = m.participants.filter((p) => p.person && owners.includes(p.organisation.id));
  const add = useMutation({
    mutationFn: () => api.addActionItem(m.id, { text: text.trim(), ownerOrgIds: owners, ownerUserId: person || null, dueDate }),
    onSuccess: async () => {
      setText('');
      setOwners([]);
      setPerson('');
      setDueDate('');
      await refresh();
    },
  });
  const error = apiError(add.error);
  return (
    <Section
      title={t('meetings.addActionItem')}
      testId="action-form"
      onSubmit={(e) => {
        e.preventDefault();
        add.mutate();
      }}
    >
      <Textarea label={t('meetings.actionItem')} value={text} onChange={(e) => setText(e.currentTarget.value)} error={error?.fieldError('text')} required autosize minRows={2} />
      <Group align="flex-start">
        <MultiSelect
          label={t('meetings.owners')}
          value={owners}
          onChange={setOwners}
          data={(orgs.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }))}
          searchable
          error={error?.fieldError('ownerOrgIds')}
          required
          miw={260}
        />
        <NativeSelect
          label={t('meetings.ownerPerson')}
          value={person}
          onChange={(e) => setPerson(e.currentTarget.value)}
          data={[{ value: '', label: t('meetings.nobody') }, ...people.map((p) => ({ value: p.person!.id, label: p.person!.name }))]}
          error={error?.fieldError('ownerUserId')}
        />
        <TextInput
          type="date"
          classNames={{ input: 'meetings-date' }}
          label={t('meetings.dueDate')}
          value={dueDate}
          onChange={(e) => setDueDate(e.currentTarget.value)}
          error={error?.fieldError('dueDate')}
          required
        />
      </Group>
      <Group>
        <Button type="submit" loading={add.isPending}>
          {t('meetings.record')}
        </Button>
      </Group>
      <Refusal error={add.error} fields={['text', 'ownerOrgIds', 'ownerUserId', 'dueDate']} />
    </Section>
  );
}

/** A participant's attendance, changed in place. */
export function AttendanceSelect({ meeting: m, participant: p }: { meeting: Meeting; participant: Participant }) {
  const { t } = useTranslation();
  const refresh = useRefresh(m.id);
  const set = useMutation({
    mutationFn: (status: Participant['status']) => api.setAttendance(m.id, p.id, { status }),
    onSuccess: async () => await refresh(),
  });
  return (
    <NativeSelect
      aria-label={t('meetings.attendanceOf', { name: p.person?.name ?? p.organisation.name })}
      value={p.status}
      onChange={(e) => set.mutate(e.currentTarget.value as Participant['status'])}
      data={ATTENDANCE.map((s) => ({ value: s, label: t(`meetings.attendance.${s}`) }))}
      error={set.error?.message}
      disabled={set.isPending}
    />
  );
}

/** A carried item's outcome at this meeting: done, continued with a new due date, or dropped with a reason. */
export function OutcomeForm({ meeting: m, item }: { meeting: Meeting; item: Carried }) {
  const { t } = useTranslation();
  const refresh = useRefresh(m.id);
  const [outcome, setOutcome] = useState<'done' | 'continued' | 'dropped'>(item.review?.outcome ?? 'done');
  const [newDueDate, setNewDueDate] = useState(item.review?.newDueDate ?? '');
  const [reason, setReason] = useState(item.review?.reason ?? '');
  const save = useMutation({
    mutationFn: () =>
      api.reviewActionItem(m.id, item.id, {
        outcome,
        newDueDate: outcome === 'continued' ? newDueDate : undefined,
        reason: reason.trim() ? reason.trim() : undefined,
      }),
    onSuccess: async (updated) => await refresh(updated),
  });
  const error = apiError(save.error);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
      noValidate
      aria-label={t('meetings.outcomeOf', { text: item.text })}
      data-testid="outcome-form"
    >
      <Stack gap={4}>
        <NativeSelect
          aria-label={t('meetings.outcome')}
          value={outcome}
          onChange={(e) => setOutcome(e.currentTarget.value as typeof outcome)}
          data={(['done', 'continued', 'dropped'] as const).map((o) => ({ value: o, label: t(`meetings.outcomes.${o}`) }))}
          size="xs"
        />
        {outcome === 'continued' && (
          <TextInput
            type="date"
            classNames={{ input: 'meetings-date' }}
            size="xs"
            label={t('meetings.newDueDate')}
            value={newDueDate}
            onChange={(e) => setNewDueDate(e.currentTarget.value)}
            error={error?.fieldError('newDueDate')}
          />
        )}
        {outcome === 'dropped' && (
          <TextInput size="xs" label={t('meetings.reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={error?.fieldError('reason')} />
        )}
        <Button type="submit" size="xs" variant="light" loading={save.isPending}>
          {t('meetings.saveOutcome')}
        </Button>
        <Refusal error={save.error} fields={['newDueDate', 'reason']} />
      </Stack>
    </form>
  );
}

/** The states in which the page offers each form (the server checks again). */
export const mayEditAgenda = (s: MeetingState) => s !== 'minutes_approved' && s !== 'cancelled';
export const mayRecord = (s: MeetingState) => s === 'in_progress' || s === 'held' || s === 'minutes_circulated';
export const mayReview = (s: MeetingState) => s === 'scheduled' || s === 'in_progress';
