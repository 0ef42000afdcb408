// States a new need, or changes or deletes one of your organisation's (/needs/:id/edit).
import { Button, Group, Select, TextInput, Textarea } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { CURRENCIES } from '../../../../common/currencies.ts';
import { CONTRIBUTION_TYPES, NEED_PRIORITIES } from '../../../../common/enums.ts';
import { fromMinorUnits } from '../../../../common/money.ts';
import { ApiError, type Need, api } from '../../api/client.ts';
import { useSession } from '../../hooks/useSession.ts';
import { moneyField, numberField } from '../../forms.ts';
import { type PlaceOption, PlacePicker } from '../../components/PlacePicker.tsx';
import { ConfirmAction } from '../../components/ConfirmAction.tsx';
import { FormPage } from '../../components/FormPage.tsx';
import { useFormGuard } from '../../hooks/useFormGuard.ts';
import { SharingFields, type SharingValue, defaultSharing, sharingFrom } from '../../components/SharingFields.tsx';
import { useFrameworkOptions } from '../../hooks/useFrameworkOptions.ts';
import { useLocalName } from '../../hooks/useLocalName.ts';

interface FormState {
  frameworkNodeId: string | null;
  type: string;
  description: string;
  quantity: string;
  unit: string;
  amount: string;
  currency: string;
  place: PlaceOption[];
  workingGroupId: string | null;
  periodStart: string;
  periodEnd: string;
  priority: string;
  sharing: SharingValue;
}

const empty = (): FormState => ({
  frameworkNodeId: null,
  type: 'funding',
  description: '',
  quantity: '',
  unit: '',
  amount: '',
  currency: 'USD',
  place: [],
  workingGroupId: null,
  periodStart: '',
  periodEnd: '',
  priority: 'medium',
  sharing: defaultSharing(),
});

const fromNeed = (n: Need): FormState => ({
  frameworkNodeId: n.frameworkNode.id,
  type: n.type,
  description: n.description,
  quantity: n.quantity ? String(n.quantity.value) : '',
  unit: n.quantity?.unit ?? '',
  amount: n.money ? fromMinorUnits(n.money.amountMinor, n.money.currency) : '',
  currency: n.money?.currency ?? 'USD',
  place: n.location ? [{ value: n.location.id, label: n.location.name }] : [],
  workingGroupId: n.workingGroup?.id ?? null,
  periodStart: n.periodStart ?? '',
  periodEnd: n.periodEnd ?? '',
  priority: n.priority,
  sharing: sharingFrom(n.sharing),
});

export function NeedEditScene() {
  const { t } = useTranslation();
  const localName = useLocalName();
  const { id } = useParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const nodes = useFrameworkOptions();
  const existing = useQuery({ queryKey: ['need', id], queryFn: () => api.need(id!), enabled: Boolean(id) });
  const [form, setForm] = useState<FormState>(empty);
  const [confirming, setConfirming] = useState(false);
  useEffect(() => {
    if (existing.data) setForm(fromNeed(existing.data));
  }, [existing.data]);
  const session = useSession();
  const workingGroups = useQuery({ queryKey: ['working-groups'], queryFn: api.workingGroups });
  // A need speaks for a working group its organisation co-leads (the secretariat: any, as the session says).
  const user = session.data?.user;
  const anyGroup = session.data?.abilities.stateNeedsForAnyWorkingGroup ?? false;
  const speakableGroups = (workingGroups.data ?? [])
    .filter((g) => anyGroup || g.coLeads.some((c) => c.id === user?.orgId) || g.id === form.workingGroupId)
    .map((g) => ({ value: g.id, label: localName(g) }));
  const set = <K extends keyof FormState>(key: K, value: FormState[K]) => setForm((f) => ({ ...f, [key]: value }));
  // The form as loaded (empty for a new one; unknown while the saved one loads): changes against it are kept as a draft and guarded.
  const baseline = useMemo(() => (id ? (existing.data ? fromNeed(existing.data) : undefined) : empty), [id, existing.data]);
  const guard = useFormGuard(form, baseline, setForm);
  const done = async () => {
    await queryClient.invalidateQueries({ queryKey: ['needs'] });
    await queryClient.invalidateQueries({ queryKey: ['coverage'] });
    guard.clear();
    navigate('/needs');
  };
  const remove = useMutation({ mutationFn: () => api.deleteNeed(id!), onSuccess: done });
  const save = useMutation({
    mutationFn: async () => {
      const money = moneyField(form.amount, form.currency, { path: 'body.money.amountMinor', label: t('contributions.amount'), positive: true });
      const quantity = numberField(form.quantity);
      const body = {
        frameworkNodeId: form.frameworkNodeId,
        locationId: form.place[0]?.value ?? null,
        workingGroupId: form.workingGroupId,
        type: form.type,
        description: form.description,
        quantity: quantity === null ? null : { value: quantity, unit: form.unit },
        money,
        periodStart: form.periodStart || null,
        periodEnd: form.periodEnd || null,
        priority: form.priority,
        sharing: form.sharing,
      };
      return id ? await api.updateNeed(id, body) : await api.createNeed(body);
    },
    onSuccess: done,
  });
  const err = save.error instanceof ApiError ? save.error : undefined;
  return (
    <FormPage
      guard={guard}
      backTo="/needs"
      backLabel={t('needs.back')}
      title={id ? t('needs.editTitle') : t('needs.createTitle')}
      onSubmit={() => save.mutate()}
      error={save.error ?? remove.error}
    >
      <Select
        label={t('contributions.frameworkNode')}
        data={nodes}
        value={form.frameworkNodeId}
        onChange={(v) => set('frameworkNodeId', v)}
        searchable
        required
        error={err?.fieldError('frameworkNodeId')}
      />
      <Group grow>
        <Select
          label={t('contributions.type')}
          data={CONTRIBUTION_TYPES.map((k) => ({ value: k, label: t(`types.${k}`) }))}
          value={form.type}
          onChange={(v) => v && set('type', v)}
          allowDeselect={false}
        />
        <Select
          label={t('needs.priority')}
          data={NEED_PRIORITIES.map((k) => ({ value: k, label: t(`priorities.${k}`) }))}
          value={form.priority}
          onChange={(v) => v && set('priority', v)}
          allowDeselect={false}
        />
      </Group>
      <Textarea
        label={t('contributions.description')}
        autosize
        minRows={2}
        value={form.description}
        onChange={(e) => set('description', e.currentTarget.value)}
        error={err?.fieldError('description')}
      />
      <Group grow>
        <TextInput
          label={t('contributions.amount')}
          inputMode="decimal"
          value={form.amount}
          onChange={(e) => set('amount', e.currentTarget.value)}
          error={err?.fieldError('money')}
        />
        <Select label={t('contributions.currency')} data={[...CURRENCIES]} value={form.currency} onChange={(v) => v && set('currency', v)} searchable allowDeselect={false} />
      </Group>
      <Group grow>
        <TextInput
          label={t('contributions.quantity')}
          inputMode="decimal"
          value={form.quantity}
          onChange={(e) => set('quantity', e.currentTarget.value)}
          error={err?.fieldError('quantity')}
        />
        <TextInput label={t('contributions.unit')} value={form.unit} onChange={(e) => set('unit', e.currentTarget.value)} />
      </Group>
      {speakableGroups.length > 0 && (
        <Select
          label={t('needs.workingGroup')}
          description={t('needs.workingGroupHelp')}
          data={speakableGroups}
          value={form.workingGroupId}
          onChange={(v) => set('workingGroupId', v)}
          clearable
          error={err?.fieldError('workingGroupId')}
        />
      )}
      <PlacePicker label={t('needs.place')} value={form.place} onChange={(v) => set('place', v)} max={1} error={err?.fieldError('locationId')} />
      <Group grow>
        <TextInput label={t('needs.periodStart')} type="date" value={form.periodStart} onChange={(e) => set('periodStart', e.currentTarget.value)} />
        <TextInput label={t('needs.periodEnd')} type="date" value={form.periodEnd} onChange={(e) => set('periodEnd', e.currentTarget.value)} error={err?.fieldError('periodEnd')} />
      </Group>
      <SharingFields value={form.sharing} onChange={(v) => set('sharing', v)} error={err} />
      <Group>
        <Button type="submit" loading={save.isPending}>
          {t('needs.save')}
        </Button>
        <Button variant="default" component={Link} to="/needs">
          {t('needs.cancel')}
        </Button>
        {id && existing.data?.abilities.delete && (
          <Button variant="subtle" color="red" onClick={() => setConfirming(true)} ms="auto">
            {t('needs.delete')}
          </Button>
        )}
      </Group>
      {confirming && (
        <ConfirmAction
          danger
          title={t('needs.delete')}
          message={t('needs.deleteConfirm')}
          confirmLabel={t('needs.confirmDelete')}
          cancelLabel={t('needs.cancel')}
          onConfirm={() => remove.mutate()}
          onCancel={() => setConfirming(false)}
          loading={remove.isPending}
        />
      )}
    </FormPage>
  );
}
