// A meeting series, new or changed: its name, its code (the decisions' numbers start with it:
// SG-2015-003) and an optional recurrence rule as RFC 5545 writes it (FREQ=MONTHLY;BYDAY=2TH),
// picked from the usual ones or written out. A new series goes on to its first meeting.
import './i18n/index.ts';
import { Button, Group, Select, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { ApiError, api, request } from '../../api/client.ts';
import { FormPage } from '../../components/FormPage.tsx';
import { useFormGuard } from '../../hooks/useFormGuard.ts';

type Series = Awaited<ReturnType<typeof api.meetingSeries>>[number];
interface FormState {
  name: string;
  code: string;
  rrule: string;
}
const empty = (): FormState => ({ name: '', code: '', rrule: '' });
const fromSeries = (s: Series): FormState => ({ name: s.name, code: s.code, rrule: s.rrule ?? '' });

/** The usual rhythms, as RFC 5545 RRULE values; any other is written out. */
const RHYTHMS = ['FREQ=WEEKLY', 'FREQ=WEEKLY;INTERVAL=2', 'FREQ=MONTHLY', 'FREQ=MONTHLY;INTERVAL=3', 'FREQ=YEARLY'] as const;

export function SeriesEditScene() {
  const { t } = useTranslation();
  const { id } = useParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const all = useQuery({ queryKey: ['meeting-series'], queryFn: () => api.meetingSeries(), enabled: Boolean(id) });
  const existing = id ? all.data?.find((s) => s.id === id) : undefined;
  const [form, setForm] = useState<FormState>(empty);
  useEffect(() => {
    if (existing) setForm(fromSeries(existing));
  }, [existing]);
  const baseline = useMemo(() => (id ? (existing ? fromSeries(existing) : undefined) : empty()), [id, existing]);
  const guard = useFormGuard(form, baseline, setForm);
  const set = <K extends keyof FormState>(key: K, value: FormState[K]) => setForm((f) => ({ ...f, [key]: value }));

  const save = useMutation({
    mutationFn: () => {
      const body = { name: form.name.trim(), code: form.code.trim(), rrule: form.rrule.trim() || null };
      return id ? request<Series>('PATCH', `/api/meeting-series/${id}`, body) : request<Series>('POST', '/api/meeting-series', body);
    },
    onSuccess: async (s) => {
      guard.clear();
      await queryClient.invalidateQueries({ queryKey: ['meeting-series'] });
      navigate(id ? '/meetings' : `/meetings/new?seriesId=${s.id}`);
    },
  });
  const err = save.error instanceof ApiError ? save.error : undefined;
  const rhythm = RHYTHMS.includes(form.rrule as (typeof RHYTHMS)[number]) ? form.rrule : form.rrule ? 'other' : 'none';
  return (
    <FormPage
      guard={guard}
      backTo="/meetings"
      backLabel={t('meetings.all')}
      title={id ? t('meetings.edit.seriesEditTitle') : t('meetings.edit.seriesNewTitle')}
      onSubmit={() => save.mutate()}
      error={save.error}
    >
      <TextInput label={t('meetings.edit.seriesName')} value={form.name} onChange={(e) => set('name', e.currentTarget.value)} required error={err?.fieldError('name')} />
      <TextInput
        label={t('meetings.edit.seriesCode')}
        description={t('meetings.edit.seriesCodeHelp')}
        value={form.code}
        onChange={(e) => set('code', e.currentTarget.value.toUpperCase())}
        required
        maxLength={10}
        error={err?.fieldError('code')}
        w={240}
      />
      <Group align="flex-start" grow>
        <Select
          label={t('meetings.edit.rhythm')}
          data={[
            { value: 'none', label: t('meetings.edit.rhythms.none') },
            ...RHYTHMS.map((r) => ({ value: r, label: t(`meetings.edit.rhythms.${r.replace(/[=;]/g, '_')}`) })),
            { value: 'other', label: t('meetings.edit.rhythms.other') },
          ]}
          value={rhythm}
          onChange={(v) => set('rrule', v === 'none' || !v ? '' : v === 'other' ? form.rrule || 'FREQ=MONTHLY;BYDAY=2TH' : v)}
          allowDeselect={false}
        />
        <TextInput
          label={t('meetings.edit.rrule')}
          description={t('meetings.edit.rruleHelp')}
          value={form.rrule}
          onChange={(e) => set('rrule', e.currentTarget.value.toUpperCase())}
          error={err?.fieldError('rrule')}
          dir="ltr"
        />
      </Group>
      <Group>
        <Button type="submit" loading={save.isPending}>
          {t('meetings.edit.save')}
        </Button>
        <Button variant="default" component={Link} to="/meetings">
          {t('meetings.edit.cancel')}
        </Button>
      </Group>
    </FormPage>
  );
}
