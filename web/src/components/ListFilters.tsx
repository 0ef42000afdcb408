// The filters that the contributions list, the needs list and the coverage page share: line of
// effort, type, status, organisation, place (with everything under it), period and marking;
// their values live in the URL (useUrlState), so a filtered list can be bookmarked or saved.
import { Select, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { CONTRIBUTION_STATUSES, CONTRIBUTION_TYPES } from '../../../common/enums.ts';
import { MARKINGS } from '../../../common/sharing.ts';
import { api } from '../api/client.ts';
import { useFrameworkOptions } from '../hooks/useFrameworkOptions.ts';
import '../scenes/contributions/lists-i18n/index.ts';
import { PlacePicker } from './PlacePicker.tsx';

type Key = 'lineId' | 'type' | 'status' | 'orgId' | 'locationId' | 'from' | 'to' | 'marking';

export function ListFilters<K extends Key>({ values, set, keys }: { values: Partial<Record<Key, string>>; set: (key: K, value: string) => void; keys: K[] }) {
  const { t } = useTranslation();
  const lines = useFrameworkOptions({ linesOnly: true });
  const any = { value: '', label: t('contributions.any') };
  const shows = (key: Key) => (keys as Key[]).includes(key);
  // Only shown keys get a select, so `key` is one of K.
  const choose = (key: Key) => (v: string | null) => set(key as K, v ?? '');
  const orgs = useQuery({ queryKey: ['organisations', 'filter'], queryFn: () => api.organisations({ limit: 200 }), enabled: shows('orgId') });
  const placeId = values.locationId ?? '';
  const place = useQuery({ queryKey: ['location', placeId], queryFn: () => api.location(placeId), enabled: shows('locationId') && Boolean(placeId) });
  return (
    <>
      {shows('lineId') && <Select label={t('contributions.line')} data={[any, ...lines]} value={values.lineId ?? ''} onChange={choose('lineId')} allowDeselect={false} w={260} />}
      {shows('type') && (
        <Select
          label={t('contributions.type')}
          data={[any, ...CONTRIBUTION_TYPES.map((k) => ({ value: k, label: t(`types.${k}`) }))]}
          value={values.type ?? ''}
          onChange={choose('type')}
          allowDeselect={false}
          w={180}
        />
      )}
      {shows('status') && (
        <Select
          label={t('contributions.status')}
          data={[any, ...CONTRIBUTION_STATUSES.map((k) => ({ value: k, label: t(`contributionStatus.${k}`) }))]}
          value={values.status ?? ''}
          onChange={choose('status')}
          allowDeselect={false}
          w={160}
        />
      )}
      {shows('orgId') && (
        <Select
          label={t('lists.organisation')}
          data={[{ value: '', label: t('lists.anyOrganisation') }, ...(orgs.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }))]}
          value={values.orgId ?? ''}
          onChange={choose('orgId')}
          allowDeselect={false}
          searchable
          w={220}
        />
      )}
      {shows('locationId') && (
        <div style={{ width: 240 }}>
          <PlacePicker
            label={t('lists.place')}
            value={placeId ? [{ value: placeId, label: place.data?.name ?? '…' }] : []}
            onChange={(v) => choose('locationId')(v.at(-1)?.value ?? '')}
            max={1}
          />
        </div>
      )}
      {shows('from') && <TextInput type="date" label={t('lists.from')} value={values.from ?? ''} onChange={(e) => set('from' as K, e.currentTarget.value)} w={170} />}
      {shows('to') && <TextInput type="date" label={t('lists.to')} value={values.to ?? ''} onChange={(e) => set('to' as K, e.currentTarget.value)} w={170} />}
      {shows('marking') && (
        <Select
          label={t('lists.marking')}
          data={[{ value: '', label: t('lists.anyMarking') }, ...MARKINGS.map((m) => ({ value: m, label: t(`markings.${m}`) }))]}
          value={values.marking ?? ''}
          onChange={choose('marking')}
          allowDeselect={false}
          w={190}
        />
      )}
    </>
  );
}
