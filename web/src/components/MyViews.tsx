// The home's list of my saved views (every page's), each a link that opens its page with the
// view's filters and order; a view is deleted from here, asked in place first.
import { ActionIcon, Anchor, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { type SavedView, listsApi, savedViewHref } from '../api/lists.ts';
import '../scenes/contributions/lists-i18n/index.ts';
import { ConfirmAction } from './ConfirmAction.tsx';

export function MyViews() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const views = useQuery({ queryKey: ['saved-views', 'all'], queryFn: () => listsApi.savedViews() });
  const [asking, setAsking] = useState<SavedView | undefined>();
  const remove = useMutation({
    mutationFn: (id: string) => listsApi.deleteView(id),
    onSuccess: () => {
      setAsking(undefined);
      void client.invalidateQueries({ queryKey: ['saved-views'] });
    },
  });
  const items = views.data?.items ?? [];
  return (
    <Card withBorder component="section" aria-labelledby="home-my-views">
      <Title order={3} size="h4" id="home-my-views">
        {t('lists.myViews')}
      </Title>
      {views.data && items.length === 0 && (
        <Text size="sm" mt="xs">
          {t('lists.noViews')}
        </Text>
      )}
      {items.length > 0 && (
        <Stack gap="xs" mt="xs">
          <Table data-testid="home-views">
            <Table.Tbody>
              {items.map((v) => (
                <Table.Tr key={v.id}>
                  <Table.Td>
                    <Anchor component={Link} to={savedViewHref(v)}>
                      {v.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{t(`lists.pages.${v.page}`)}</Table.Td>
                  <Table.Td>
                    <Group justify="flex-end">
                      <ActionIcon variant="subtle" color="red" onClick={() => setAsking(v)} aria-label={t('lists.deleteView', { name: v.name })}>
                        <span aria-hidden="true">✕</span>
                      </ActionIcon>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {asking && (
            <ConfirmAction
              title={t('lists.deleteView', { name: asking.name })}
              message={t('lists.deleteAsk', { name: asking.name })}
              confirmLabel={t('lists.deleteView', { name: asking.name })}
              cancelLabel={t('lists.cancel')}
              onConfirm={() => remove.mutate(asking.id)}
              onCancel={() => setAsking(undefined)}
              loading={remove.isPending}
              danger
            />
          )}
        </Stack>
      )}
    </Card>
  );
}
