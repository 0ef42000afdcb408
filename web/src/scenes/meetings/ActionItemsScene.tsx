// The follow-up of action items: my organisation's, and the overdue ones across the coalition
// (as far as the reader may see them).
import './i18n/index.ts';
import { Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { QueryState } from '../../components/QueryState.tsx';
import { ActionItemsTable } from './meetingParts.tsx';

export function ActionItemsScene() {
  const { t } = useTranslation();
  const mine = useQuery({ queryKey: ['action-items', 'mine'], queryFn: () => api.myActionItems({ limit: 500 }) });
  const overdue = useQuery({ queryKey: ['action-items', 'overdue'], queryFn: () => api.actionItems({ overdue: 'true', limit: 500 }) });
  return (
    <Stack>
      <Title order={2}>{t('meetings.follow.title')}</Title>
      <Title order={3}>{t('meetings.follow.mine')}</Title>
      <QueryState query={mine}>
        {(items) => (items.length === 0 ? <Text>{t('meetings.follow.noneMine')}</Text> : <ActionItemsTable items={items} withMeeting testId="my-action-items" />)}
      </QueryState>
      <Title order={3}>{t('meetings.follow.overdue')}</Title>
      <QueryState query={overdue}>
        {(items) => (items.length === 0 ? <Text>{t('meetings.follow.noneOverdue')}</Text> : <ActionItemsTable items={items} withMeeting testId="overdue-action-items" />)}
      </QueryState>
    </Stack>
  );
}
