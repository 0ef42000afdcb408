// The marking and audience pickers of every shared record (documents, contributions…).
import { MultiSelect, Radio, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { MARKINGS, type Marking } from '../../../common/sharing.ts';
import { type ApiError, type SharingInput, api } from '../api/client.ts';
import { MarkingBadge } from './MarkingBadge.tsx';
import { useLocalName } from '../hooks/useLocalName.ts';

export type SharingValue = Required<Pick<SharingInput, 'marking'>> & {
  audienceGroupIds: string[];
  audienceOrgIds: string[];
  recipientUserIds: string[];
};

export const defaultSharing = (): SharingValue => ({ marking: 'GREEN', audienceGroupIds: [], audienceOrgIds: [], recipientUserIds: [] });

export function sharingFrom(s: { marking: Marking; audienceGroups: { id: string }[]; audienceOrgs: { id: string }[]; recipients: { id: string }[] }): SharingValue {
  return {
    marking: s.marking,
    audienceGroupIds: s.audienceGroups.map((g) => g.id),
    audienceOrgIds: s.audienceOrgs.map((o) => o.id),
    recipientUserIds: s.recipients.map((u) => u.id),
  };
}

export function SharingFields({ value, onChange, error }: { value: SharingValue; onChange: (v: SharingValue) => void; error?: ApiError }) {
  const { t } = useTranslation();
  const localName = useLocalName();
  const groups = useQuery({ queryKey: ['groups', 'all'], queryFn: () => api.groups({ limit: 200 }) });
  const orgs = useQuery({ queryKey: ['organisations', 'picker'], queryFn: () => api.organisations({ limit: 200 }) });
  const users = useQuery({ queryKey: ['users', 'picker'], queryFn: () => api.users({ limit: 200 }), enabled: value.marking === 'RED' });
  const set = <K extends keyof SharingValue>(key: K, v: SharingValue[K]) => onChange({ ...value, [key]: v });
  const amber = value.marking === 'AMBER' || value.marking === 'AMBER+STRICT';
  return (
    <Stack>
      <Radio.Group label={t('documents.sharing')} value={value.marking} onChange={(v) => set('marking', v as Marking)} error={error?.fieldError('sharing.marking')}>
        <Stack gap="xs" mt="xs">
          {MARKINGS.map((m) => (
            <Radio key={m} value={m} label={<MarkingBadge marking={m} />} description={t(`markings.help.${m}`)} />
          ))}
        </Stack>
      </Radio.Group>
      {amber && (
        <>
          <MultiSelect
            label={t('documents.audienceGroups')}
            data={(groups.data?.items ?? []).map((g) => ({ value: g.id, label: localName(g) }))}
            value={value.audienceGroupIds}
            onChange={(v) => set('audienceGroupIds', v)}
            searchable
            error={error?.fieldError('sharing.audienceGroupIds')}
          />
          <MultiSelect
            label={t('documents.audienceOrgs')}
            data={(orgs.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }))}
            value={value.audienceOrgIds}
            onChange={(v) => set('audienceOrgIds', v)}
            searchable
            error={error?.fieldError('sharing.audienceOrgIds')}
          />
        </>
      )}
      {value.marking === 'RED' && (
        <MultiSelect
          label={t('documents.recipients')}
          data={(users.data?.items ?? []).map((u) => ({ value: u.id, label: `${u.displayName} (${u.orgName})` }))}
          value={value.recipientUserIds}
          onChange={(v) => set('recipientUserIds', v)}
          searchable
          error={error?.fieldError('sharing.recipientUserIds')}
        />
      )}
    </Stack>
  );
}
