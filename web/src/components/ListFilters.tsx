// The line-of-effort, type and status filters that the contributions list, the needs
// list and the coverage page share; their values live in the URL (useUrlState).
import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CONTRIBUTION_STATUSES, CONTRIBUTION_TYPES } from '../../../common/enums.ts';
import { useFrameworkOptions } from '../hooks/useFrameworkOptions.ts';

type Key = 'lineId' | 'type' | 'status';

export function ListFilters<K extends Key>({ values, set, keys }: { values: Partial<Record<Key, string>>; set: (key: K, value: string) => void; keys: K[] }) {
  const { t } = useTranslation();
  const lines = useFrameworkOptions({ linesOnly: true });
  const any = { value: '', label: t('contributions.any') };
  const shows = (key: Key) => (keys as Key[]).includes(key);
  // Only shown keys get a select, so `key` is one of K.
  const choose = (key: Key) => (v: string | null) => set(key as K, v ?? '');
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
    </>
  );
}
