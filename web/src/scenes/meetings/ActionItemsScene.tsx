// The follow-up of action items: a board by status (open, in progress, done, dropped) of my
// organisation's items or of all those the reader may see, filtered by owner organisation,
// the overdue ones marked; an item its owners may report on is closed from its card (a note,
// then done); below, the overdue ones across the coalition (as far as the reader may see them).
import './i18n/index.ts';
import { Anchor, Badge, Button, Card, Group, NativeSelect, SegmentedControl, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { type ActionItem, api, type Page } from '../../api/client.ts';
import { QueryState } from '../../components/QueryState.tsx';
import { ActionItemsTable, useDayText } from './meetingParts.tsx';

const COLUMNS: ActionItem['status'][] = ['open', 'in_progress', 'done', 'dropped'];

/** The board shows the items at once: the list's pages one after another, up to 1,000 items. */
async function everyPage(page: (cursor: string | undefined) => Promise<Page<ActionItem>>): Promise<ActionItem[]> {
  const items: ActionItem[] = [];
  let cursor: string | undefined;
  for (let n = 0; n < 5; n++) {
    const p = await page(cursor);
    items.push(...p.items);
    if (!p.nextCursor) break;
    cursor = p.nextCursor;
  }
  return items;
}

export function ActionItemsScene() {
  const { t } = useTranslation();
  const [scope, setScope] = useState<'mine' | 'all'>('mine');
  const [owner, setOwner] = useState('');
  const items = useQuery({
    queryKey: ['action-items', scope],
    queryFn: () => everyPage((cursor) => (scope === 'mine' ? api.myActionItems({ cursor, limit: 200 }) : api.actionItems({ cursor, limit: 200 }))),
  });
  const overdue = useQuery({ queryKey: ['action-items', 'overdue'], queryFn: () => everyPage((cursor) => api.actionItems({ overdue: 'true', cursor, limit: 200 })) });
  return (
    <Stack>
      <Title order={2}>{t('meetings.follow.title')}</Title>
      <Group align="flex-end">
        <SegmentedControl
          aria-label={t('meetings.board.scope')}
          value={scope}
          onChange={(v) => setScope(v as 'mine' | 'all')}
          data={[
            { value: 'mine', label: t('meetings.follow.mine') },
            { value: 'all', label: t('meetings.board.all') },
          ]}
        />
        <NativeSelect
          label={t('meetings.board.owner')}
          value={owner}
          onChange={(e) => setOwner(e.currentTarget.value)}
          data={[
            { value: '', label: t('meetings.board.anyOwner') },
            ...[...new Map((items.data ?? []).flatMap((a) => a.ownerOrganisations.map((o) => [o.id, o.name] as const))).entries()]
              .sort((a, b) => a[1].localeCompare(b[1]))
              .map(([value, label]) => ({ value, label })),
          ]}
        />
      </Group>
      <QueryState query={items}>{(all) => <Board items={owner ? all.filter((a) => a.ownerOrganisations.some((o) => o.id === owner)) : all} />}</QueryState>
      <Title order={3}>{t('meetings.follow.overdue')}</Title>
      <QueryState query={overdue}>
        {(list) => (list.length === 0 ? <Text>{t('meetings.follow.noneOverdue')}</Text> : <ActionItemsTable items={list} withMeeting testId="overdue-action-items" />)}
      </QueryState>
    </Stack>
  );
}

function Board({ items }: { items: ActionItem[] }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} data-testid="action-board">
      {COLUMNS.map((status) => {
        const column = items.filter((a) => a.status === status);
        return (
          <section key={status} aria-labelledby={`column-${status}`} data-column={status}>
            <Title order={3} size="h4" id={`column-${status}`}>
              {t(`meetings.actionStatuses.${status}`)} ({column.length})
            </Title>
            <Stack gap="xs" mt="xs">
              {column.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('meetings.board.empty')}
                </Text>
              ) : (
                column.map((a) => <ItemCard key={a.id} item={a} />)
              )}
            </Stack>
          </section>
        );
      })}
    </SimpleGrid>
  );
}

function ItemCard({ item: a }: { item: ActionItem }) {
  const { t } = useTranslation();
  const day = useDayText();
  const queryClient = useQueryClient();
  const [closing, setClosing] = useState(false);
  const [note, setNote] = useState('');
  const close = useMutation({
    mutationFn: () => api.updateActionItem(a.id, { body: note.trim(), status: 'done' }),
    onSuccess: async () => {
      setClosing(false);
      await queryClient.invalidateQueries({ queryKey: ['action-items'] });
      await queryClient.invalidateQueries({ queryKey: ['meeting'] });
    },
  });
  const open = a.status === 'open' || a.status === 'in_progress';
  return (
    <Card
      withBorder
      padding="sm"
      data-item={a.id}
      data-overdue={a.overdue || undefined}
      style={a.overdue ? { borderColor: 'var(--mantine-color-red-9)', borderWidth: 2 } : undefined}
    >
      <Text fw={500}>{a.text}</Text>
      <Anchor component={Link} to={`/meetings/${a.meeting.id}`} size="sm">
        {a.meeting.title}
      </Anchor>
      <Text size="sm">{a.ownerOrganisations.map((o) => o.name).join(', ')}</Text>
      {a.ownerPerson && <Text size="sm">{a.ownerPerson.name}</Text>}
      <Group gap="xs">
        <Text size="sm">{t('meetings.board.due', { day: day(a.dueDate) })}</Text>
        {a.overdue && (
          <Badge color="red.9" variant="filled" radius="sm" styles={{ root: { textTransform: 'none' } }}>
            {t('meetings.overdue')}
          </Badge>
        )}
      </Group>
      {open && a.abilities.report && !closing && (
        <Button size="xs" variant="light" mt="xs" onClick={() => setClosing(true)}>
          {t('meetings.board.markDone')}
        </Button>
      )}
      {closing && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            close.mutate();
          }}
          noValidate
        >
          <Stack gap={4} mt="xs">
            <TextInput
              size="xs"
              label={t('meetings.board.note')}
              value={note}
              onChange={(e) => setNote(e.currentTarget.value)}
              error={close.error?.message}
              required
              data-autofocus
            />
            <Group gap="xs">
              <Button size="xs" type="submit" loading={close.isPending}>
                {t('meetings.board.confirmDone')}
              </Button>
              <Button size="xs" variant="subtle" onClick={() => setClosing(false)}>
                {t('meetings.cancelAsk')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Card>
  );
}
