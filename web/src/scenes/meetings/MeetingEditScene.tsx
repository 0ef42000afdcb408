// A meeting, new (/meetings/new, a draft) or changed (/meetings/:id/edit): its series (or a
// new one), title, kind, time zone (the viewer's by default), start and end as wall-clock
// times in that zone, venue or online link, host and invited organisations, and its sharing.
// Its time and place change only before it starts (the API says so with a 409 otherwise; the
// page shows those fields read-only then). Each refusal is shown by its field (FormPage).
import './i18n/index.ts';
import { Anchor, Button, Group, MultiSelect, Select, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { ApiError, type Meeting, api, request } from '../../api/client.ts';
import { FormPage } from '../../components/FormPage.tsx';
import { SharingFields, type SharingValue, defaultSharing, sharingFrom } from '../../components/SharingFields.tsx';
import { useFormGuard } from '../../hooks/useFormGuard.ts';
import { numberLocale } from '../../i18n/index.ts';
import { mayMove } from './meetingParts.tsx';
import './meetings.css';

const KINDS = ['plenary', 'small_group', 'working_group', 'ministerial', 'expert'] as const;
const viewerZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** Every zone the browser knows, the viewer's own among them (a machine in UTC says 'UTC', which the list may leave out). */
function zoneOptions(current: string) {
  const zones = new Set<string>(typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []);
  zones.add(viewerZone());
  if (current) zones.add(current);
  return [...zones].sort();
}

interface FormState {
  seriesId: string | null;
  title: string;
  kind: string;
  timeZone: string;
  start: string;
  end: string;
  venue: string;
  onlineUrl: string;
  hostOrgIds: string[];
  invitedOrgIds: string[];
  sharing: SharingValue;
}

const empty = (seriesId: string | null): FormState => ({
  seriesId,
  title: '',
  kind: 'small_group',
  timeZone: viewerZone(),
  start: '',
  end: '',
  venue: '',
  onlineUrl: '',
  hostOrgIds: [],
  invitedOrgIds: [],
  sharing: defaultSharing(),
});

const fromMeeting = (m: Meeting): FormState => ({
  seriesId: m.series.id,
  title: m.title,
  kind: m.kind,
  timeZone: m.start.timeZone,
  start: m.start.local,
  end: m.end.local,
  venue: m.venue ?? '',
  onlineUrl: m.onlineUrl ?? '',
  hostOrgIds: m.hosts.map((h) => h.id),
  invitedOrgIds: [...new Set(m.participants.map((p) => p.organisation.id))],
  sharing: sharingFrom(m.sharing),
});

export function MeetingEditScene() {
  const { t } = useTranslation();
  const { id } = useParams();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const existing = useQuery({ queryKey: ['meeting', id], queryFn: () => api.meeting(id!), enabled: Boolean(id) });
  const series = useQuery({ queryKey: ['meeting-series'], queryFn: () => api.meetingSeries() });
  const orgs = useQuery({ queryKey: ['organisations', 'all'], queryFn: () => api.organisations({ limit: 200 }) });
  const chosenSeries = params.get('seriesId');
  const [form, setForm] = useState<FormState>(() => empty(chosenSeries));
  useEffect(() => {
    if (existing.data) setForm(fromMeeting(existing.data));
  }, [existing.data]);
  const baseline = useMemo(() => (id ? (existing.data ? fromMeeting(existing.data) : undefined) : empty(chosenSeries)), [id, existing.data, chosenSeries]);
  // A draft kept while a new series was made comes back with that series chosen.
  const restore = useMemo(() => (v: FormState) => setForm({ ...v, seriesId: chosenSeries ?? v.seriesId }), [chosenSeries]);
  const guard = useFormGuard(form, baseline, restore);
  const set = <K extends keyof FormState>(key: K, value: FormState[K]) => setForm((f) => ({ ...f, [key]: value }));
  const [created, setCreated] = useState<string | null>(null);

  const save = useMutation({
    mutationFn: async () => {
      const fields = {
        title: form.title.trim(),
        kind: form.kind,
        timeZone: form.timeZone,
        start: form.start,
        end: form.end,
        venue: form.venue.trim() || null,
        onlineUrl: form.onlineUrl.trim() || null,
        hostOrgIds: form.hostOrgIds,
        sharing: form.sharing,
      };
      // A meeting made on an earlier try whose invitations failed is changed, not made twice.
      const meetingId = id ?? created;
      let m = meetingId
        ? await request<Meeting>('PATCH', `/api/meetings/${meetingId}`, fields)
        : await request<Meeting>('POST', '/api/meetings', { ...fields, seriesId: form.seriesId ?? '' });
      setCreated(m.id);
      const seated = new Set(m.participants.map((p) => p.organisation.id));
      for (const orgId of form.invitedOrgIds.filter((o) => !seated.has(o))) m = await request<Meeting>('POST', `/api/meetings/${m.id}/participants`, { orgId });
      return m;
    },
    onSuccess: async (m) => {
      guard.clear();
      queryClient.setQueryData(['meeting', m.id], m);
      await queryClient.invalidateQueries({ queryKey: ['meetings'] });
      navigate(`/meetings/${m.id}`);
    },
  });
  const err = save.error instanceof ApiError ? save.error : undefined;
  const state = existing.data?.state ?? 'draft';
  const fixed = !mayMove(state);
  const orgOptions = (orgs.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }));
  const seated = new Set(existing.data?.participants.map((p) => p.organisation.id) ?? []);
  const backTo = id ? `/meetings/${id}` : '/meetings';
  return (
    <FormPage
      guard={guard}
      backTo={backTo}
      backLabel={id ? t('meetings.edit.backToMeeting') : t('meetings.all')}
      title={id ? t('meetings.edit.editTitle') : t('meetings.edit.newTitle')}
      onSubmit={() => save.mutate()}
      error={save.error}
    >
      <Group align="flex-end">
        <Select
          label={t('meetings.series')}
          data={(series.data ?? []).map((s) => ({ value: s.id, label: `${s.name} (${s.code})` }))}
          value={form.seriesId}
          onChange={(v) => set('seriesId', v)}
          searchable
          required
          disabled={Boolean(id)}
          error={err?.fieldError('seriesId')}
          miw={320}
        />
        {!id && (
          <Anchor component={Link} to="/meeting-series/new" mb={8} data-testid="new-series">
            {t('meetings.edit.newSeries')}
          </Anchor>
        )}
      </Group>
      <TextInput label={t('meetings.edit.title')} value={form.title} onChange={(e) => set('title', e.currentTarget.value)} required error={err?.fieldError('title')} />
      <Select
        label={t('meetings.kind')}
        data={KINDS.map((k) => ({ value: k, label: t(`meetings.kinds.${k}`) }))}
        value={form.kind}
        onChange={(v) => v && set('kind', v)}
        allowDeselect={false}
        error={err?.fieldError('kind')}
        w={320}
      />
      <Select
        label={t('meetings.edit.timeZone')}
        description={t('meetings.edit.timeZoneHelp')}
        data={zoneOptions(form.timeZone)}
        value={form.timeZone}
        onChange={(v) => v && set('timeZone', v)}
        searchable
        allowDeselect={false}
        limit={100}
        disabled={fixed}
        error={err?.fieldError('timeZone')}
        w={320}
      />
      {!id && form.seriesId && <NextByRule seriesId={form.seriesId} onUse={(next) => setForm((f) => ({ ...f, ...next }))} />}
      <Group grow align="flex-start">
        <TextInput
          type="datetime-local"
          classNames={{ input: 'meetings-date' }}
          label={t('meetings.start')}
          value={form.start}
          onChange={(e) => set('start', e.currentTarget.value)}
          required
          readOnly={fixed}
          error={err?.fieldError('start')}
        />
        <TextInput
          type="datetime-local"
          classNames={{ input: 'meetings-date' }}
          label={t('meetings.end')}
          value={form.end}
          onChange={(e) => set('end', e.currentTarget.value)}
          required
          readOnly={fixed}
          error={err?.fieldError('end')}
        />
      </Group>
      <Group grow align="flex-start">
        <TextInput label={t('meetings.venue')} value={form.venue} onChange={(e) => set('venue', e.currentTarget.value)} readOnly={fixed} error={err?.fieldError('venue')} />
        <TextInput
          type="url"
          label={t('meetings.online')}
          placeholder="https://"
          value={form.onlineUrl}
          onChange={(e) => set('onlineUrl', e.currentTarget.value)}
          readOnly={fixed}
          error={err?.fieldError('onlineUrl')}
          dir="ltr"
        />
      </Group>
      <MultiSelect label={t('meetings.hosts')} data={orgOptions} value={form.hostOrgIds} onChange={(v) => set('hostOrgIds', v)} searchable error={err?.fieldError('hostOrgIds')} />
      <MultiSelect
        label={t('meetings.edit.invited')}
        description={id ? t('meetings.edit.invitedHelp') : undefined}
        data={orgOptions}
        value={form.invitedOrgIds}
        // An organisation with a seat keeps it here: attendance is changed on the meeting's page.
        onChange={(v) => set('invitedOrgIds', [...new Set([...seated, ...v])])}
        searchable
        error={err?.fieldError('orgId')}
        data-testid="invited"
      />
      <SharingFields value={form.sharing} onChange={(v) => set('sharing', v)} error={err} />
      <Group>
        <Button type="submit" loading={save.isPending}>
          {t('meetings.edit.save')}
        </Button>
        <Button variant="default" component={Link} to={backTo}>
          {t('meetings.edit.cancel')}
        </Button>
      </Group>
    </FormPage>
  );
}

/**
 * The next date the series' rule gives (ADR 0040), offered with a button rather than filled in:
 * a date nobody chose would also set off the warning before leaving a changed form.
 */
function NextByRule({ seriesId, onUse }: { seriesId: string; onUse: (next: { timeZone: string; start: string; end: string }) => void }) {
  const { t, i18n } = useTranslation();
  const next = useQuery({ queryKey: ['meeting-series', seriesId, 'next-dates'], queryFn: () => api.seriesNextDates(seriesId) });
  const first = next.data?.occurrences[0];
  const timeZone = next.data?.timeZone;
  if (!first || !timeZone) return null;
  // A wall-clock time in the meeting's zone, written as that zone's clock reads it: formatted as UTC so nothing moves it.
  const when = new Intl.DateTimeFormat(numberLocale(i18n.language), { dateStyle: 'full', timeStyle: 'short', timeZone: 'UTC' }).format(new Date(`${first.start}:00Z`));
  return (
    <Group gap="sm" data-testid="next-by-rule">
      <Text size="sm">
        <bdi>{t('meetings.edit.nextByRule', { when, zone: timeZone })}</bdi>
      </Text>
      <Button size="xs" variant="light" onClick={() => onUse({ timeZone, start: first.start, end: first.end })}>
        {t('meetings.edit.useNextByRule')}
      </Button>
    </Group>
  );
}
