import { Button, Group, Select, TextInput, Textarea } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { CURRENCIES } from '../../../../common/currencies.ts';
import { CONTRIBUTION_TYPES } from '../../../../common/enums.ts';
import { fromMinorUnits } from '../../../../common/money.ts';
import { ApiError, type ContributionDetail, api } from '../../api/client.ts';
import { moneyField, numberField } from '../../forms.ts';
import { PlacePicker } from '../../components/PlacePicker.tsx';
import { FormPage } from '../../components/FormPage.tsx';
import { useFormGuard } from '../../hooks/useFormGuard.ts';
import { SharingFields, type SharingValue, defaultSharing, sharingFrom } from '../../components/SharingFields.tsx';
import { useFrameworkOptions } from '../../hooks/useFrameworkOptions.ts';

interface FormState {
  frameworkNodeId: string | null;
  type: string;
  description: string;
  quantity: string;
  unit: string;
  amount: string;
  currency: string;
  locations: { value: string; label: string }[];
  startDate: string;
  endDate: string;
  status: string;
  externalId: string;
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
  locations: [],
  startDate: '',
  endDate: '',
  status: 'pledged',
  externalId: '',
  sharing: defaultSharing(),
});

const fromContribution = (c: ContributionDetail): FormState => ({
  frameworkNodeId: c.frameworkNode.id,
  type: c.type,
  description: c.description,
  quantity: c.quantity ? String(c.quantity.value) : '',
  unit: c.quantity?.unit ?? '',
  amount: c.money ? fromMinorUnits(c.money.amountMinor, c.money.currency) : '',
  currency: c.money?.currency ?? 'USD',
  locations: c.locations.map((l) => ({ value: l.id, label: l.name })),
  startDate: c.startDate ?? '',
  endDate: c.endDate ?? '',
  status: c.status,
  externalId: c.externalId ?? '',
  sharing: sharingFrom(c.sharing),
});

export function ContributionEditScene() {
  const { t } = useTranslation();
  const { id } = useParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const existing = useQuery({ queryKey: ['contribution', id], queryFn: () => api.contribution(id!), enabled: Boolean(id) });
  const nodes = useFrameworkOptions();
  const [form, setForm] = useState<FormState>(empty);
  const [localError, setLocalError] = useState<ApiError | undefined>();

  useEffect(() => {
    if (existing.data) setForm(fromContribution(existing.data));
  }, [existing.data]);
  const set = <K extends keyof FormState>(key: K, value: FormState[K]) => setForm((f) => ({ ...f, [key]: value }));
  // The form as loaded (empty for a new one; unknown while the saved one loads): changes against it are kept as a draft and guarded.
  const baseline = useMemo(() => (id ? (existing.data ? fromContribution(existing.data) : undefined) : empty), [id, existing.data]);
  const guard = useFormGuard(form, baseline, setForm);

  const save = useMutation({
    mutationFn: async () => {
      const money = moneyField(form.amount, form.currency, { path: 'body.money.amountMinor', label: t('contributions.amount') });
      const quantity = numberField(form.quantity);
      const body = {
        frameworkNodeId: form.frameworkNodeId,
        type: form.type,
        description: form.description,
        quantity: quantity === null ? null : { value: quantity, unit: form.unit },
        money,
        locationIds: form.locations.map((l) => l.value),
        startDate: form.startDate || null,
        endDate: form.endDate || null,
        externalId: form.externalId.trim() || null,
        sharing: form.sharing,
        ...(id ? {} : { status: form.status }),
      };
      return id ? await api.updateContribution(id, body) : await api.createContribution(body);
    },
    onSuccess: async (c) => {
      await queryClient.invalidateQueries({ queryKey: ['contributions'] });
      await queryClient.invalidateQueries({ queryKey: ['coverage'] });
      queryClient.setQueryData(['contribution', c.id], c);
      guard.clear();
      navigate(`/contributions/${c.id}`);
    },
    onError: (e) => setLocalError(e instanceof ApiError ? e : undefined),
  });
  const err = localError;
  return (
    <FormPage
      guard={guard}
      backTo={id ? `/contributions/${id}` : '/contributions'}
      backLabel={t('contributions.back')}
      title={id ? t('contributions.editTitle') : t('contributions.createTitle')}
      onSubmit={() => save.mutate()}
      error={save.error}
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
          error={err?.fieldError('type')}
        />
        {!id && (
          <Select
            label={t('contributions.initial')}
            data={['pledged', 'committed', 'delivered'].map((k) => ({ value: k, label: t(`contributionStatus.${k}`) }))}
            value={form.status}
            onChange={(v) => v && set('status', v)}
            allowDeselect={false}
          />
        )}
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
        <Select
          label={t('contributions.currency')}
          data={[...CURRENCIES]}
          value={form.currency}
          onChange={(v) => v && set('currency', v)}
          searchable
          allowDeselect={false}
          error={err?.fieldError('money.currency')}
        />
      </Group>
      <Group grow>
        <TextInput
          label={t('contributions.quantity')}
          inputMode="decimal"
          value={form.quantity}
          onChange={(e) => set('quantity', e.currentTarget.value)}
          error={err?.fieldError('quantity.value')}
        />
        <TextInput label={t('contributions.unit')} value={form.unit} onChange={(e) => set('unit', e.currentTarget.value)} error={err?.fieldError('quantity.unit')} />
      </Group>
      <PlacePicker label={t('contributions.places')} value={form.locations} onChange={(v) => set('locations', v)} error={err?.fieldError('locationIds')} />
      <Group grow>
        <TextInput
          label={t('contributions.start')}
          type="date"
          value={form.startDate}
          onChange={(e) => set('startDate', e.currentTarget.value)}
          error={err?.fieldError('startDate')}
        />
        <TextInput label={t('contributions.end')} type="date" value={form.endDate} onChange={(e) => set('endDate', e.currentTarget.value)} error={err?.fieldError('endDate')} />
      </Group>
      <TextInput label={t('contributions.externalId')} value={form.externalId} onChange={(e) => set('externalId', e.currentTarget.value)} error={err?.fieldError('externalId')} />
      <SharingFields value={form.sharing} onChange={(v) => set('sharing', v)} error={err} />
      <Group>
        <Button type="submit" loading={save.isPending}>
          {t('contributions.save')}
        </Button>
        <Button variant="default" component={Link} to={id ? `/contributions/${id}` : '/contributions'}>
          {t('contributions.cancel')}
        </Button>
      </Group>
    </FormPage>
  );
}
