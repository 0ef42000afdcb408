import { Button, Group, Select, TextInput, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { CURRENCIES } from '../../../../common/currencies.ts';
import { CONTRIBUTION_TYPES, NEED_PRIORITIES } from '../../../../common/enums.ts';
import { parseDecimal, toMinorUnits } from '../../../../common/money.ts';
import { ApiError, api } from '../../api/client.ts';
import { type PlaceOption, PlacePicker } from '../../components/PlacePicker.tsx';
import { FormPage } from '../../components/FormPage.tsx';
import { SharingFields, defaultSharing } from '../../components/SharingFields.tsx';
import { useFrameworkOptions } from '../../hooks/useFrameworkOptions.ts';

export function NeedEditScene() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const nodes = useFrameworkOptions();
  const [form, setForm] = useState({
    frameworkNodeId: null as string | null,
    type: 'funding',
    description: '',
    quantity: '',
    unit: '',
    amount: '',
    currency: 'USD',
    place: [] as PlaceOption[],
    periodStart: '',
    periodEnd: '',
    priority: 'medium',
    sharing: defaultSharing(),
  });
  const set = <K extends keyof typeof form>(key: K, value: (typeof form)[K]) => setForm((f) => ({ ...f, [key]: value }));
  const save = useMutation({
    mutationFn: async () => {
      const decimal = form.amount.trim() ? parseDecimal(form.amount) : undefined;
      const minor = decimal ? toMinorUnits(decimal, form.currency) : undefined;
      if (form.amount.trim() && (minor === undefined || minor <= 0n))
        throw new ApiError(400, t('contributions.amount'), [{ path: 'body.money.amountMinor', message: '✗' }]);
      return await api.createNeed({
        frameworkNodeId: form.frameworkNodeId,
        locationId: form.place[0]?.value ?? null,
        type: form.type,
        description: form.description,
        quantity: form.quantity.trim() ? { value: Number(parseDecimal(form.quantity) ?? Number.NaN), unit: form.unit } : null,
        money: minor === undefined ? null : { amountMinor: Number(minor), currency: form.currency },
        periodStart: form.periodStart || null,
        periodEnd: form.periodEnd || null,
        priority: form.priority,
        sharing: form.sharing,
      });
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['needs'] });
      navigate('/needs');
    },
  });
  const err = save.error instanceof ApiError ? save.error : undefined;
  return (
    <FormPage backTo="/needs" backLabel={t('needs.back')} title={t('needs.createTitle')} onSubmit={() => save.mutate()} error={save.error}>
          <Select label={t('contributions.frameworkNode')} data={nodes} value={form.frameworkNodeId} onChange={(v) => set('frameworkNodeId', v)} searchable required error={err?.fieldError('frameworkNodeId')} />
          <Group grow>
            <Select label={t('contributions.type')} data={CONTRIBUTION_TYPES.map((k) => ({ value: k, label: t(`types.${k}`) }))} value={form.type} onChange={(v) => v && set('type', v)} allowDeselect={false} />
            <Select label={t('needs.priority')} data={NEED_PRIORITIES.map((k) => ({ value: k, label: t(`priorities.${k}`) }))} value={form.priority} onChange={(v) => v && set('priority', v)} allowDeselect={false} />
          </Group>
          <Textarea label={t('contributions.description')} autosize minRows={2} value={form.description} onChange={(e) => set('description', e.currentTarget.value)} error={err?.fieldError('description')} />
          <Group grow>
            <TextInput label={t('contributions.amount')} inputMode="decimal" value={form.amount} onChange={(e) => set('amount', e.currentTarget.value)} error={err?.fieldError('money')} />
            <Select label={t('contributions.currency')} data={[...CURRENCIES]} value={form.currency} onChange={(v) => v && set('currency', v)} searchable allowDeselect={false} />
          </Group>
          <Group grow>
            <TextInput label={t('contributions.quantity')} inputMode="decimal" value={form.quantity} onChange={(e) => set('quantity', e.currentTarget.value)} error={err?.fieldError('quantity')} />
            <TextInput label={t('contributions.unit')} value={form.unit} onChange={(e) => set('unit', e.currentTarget.value)} />
          </Group>
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
          </Group>
    </FormPage>
  );
}
