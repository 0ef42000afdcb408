// The home's list of my saved views (every page's), each a link that opens its page with the
// view's filters and order; a view is renamed here (in place: Enter saves, Escape cancels, a
// taken or empty name said next to the field) or deleted, asked in place first.
import { ActionIcon, Anchor, Button, Card, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ApiError } from '../api/client.ts';
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
  const [renaming, setRenaming] = useState<SavedView | undefined>();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [done, setDone] = useState<string | undefined>();
  // After a rename or a cancel, focus goes back to the row's rename button (keyboard users stay where they were).
  const [focusId, setFocusId] = useState<string | undefined>();
  useEffect(() => {
    if (focusId && !renaming) document.getElementById(`rename-view-${focusId}`)?.focus();
  }, [focusId, renaming]);
  const rename = useMutation({
    mutationFn: (v: SavedView) => listsApi.renameView(v.id, name.trim()),
    onSuccess: (v) => {
      setRenaming(undefined);
      setError(undefined);
      setDone(t('lists.renamed', { name: v.name }));
      setFocusId(v.id);
      void client.invalidateQueries({ queryKey: ['saved-views'] });
    },
    onError: (e) => setError(e instanceof ApiError && e.status === 409 ? t('lists.nameTaken') : e instanceof ApiError ? (e.fieldError('name') ?? e.message) : String(e)),
  });
  const startRename = (v: SavedView) => {
    setRenaming(v);
    setName(v.name);
    setError(undefined);
    setDone(undefined);
  };
  const cancelRename = () => {
    setFocusId(renaming?.id);
    setRenaming(undefined);
    setError(undefined);
  };
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
                    {renaming?.id === v.id ? (
                      <form
                        onSubmit={(e) => {
                          e.preventDefault();
                          if (!name.trim()) return setError(t('lists.required'));
                          rename.mutate(v);
                        }}
                      >
                        <Group align="start" gap="xs" wrap="nowrap">
                          <TextInput
                            label={t('lists.viewName')}
                            value={name}
                            onChange={(e) => setName(e.currentTarget.value)}
                            error={error}
                            maxLength={100}
                            autoFocus
                            onKeyDown={(e) => {
                              if (e.key === 'Escape') cancelRename();
                            }}
                            w={220}
                          />
                          <Button type="submit" mt={25} loading={rename.isPending}>
                            {t('lists.save')}
                          </Button>
                          <Button variant="default" mt={25} onClick={cancelRename}>
                            {t('lists.cancel')}
                          </Button>
                        </Group>
                      </form>
                    ) : (
                      <Anchor component={Link} to={savedViewHref(v)}>
                        {v.name}
                      </Anchor>
                    )}
                  </Table.Td>
                  <Table.Td>{t(`lists.pages.${v.page}`)}</Table.Td>
                  <Table.Td>
                    <Group justify="flex-end" wrap="nowrap">
                      <ActionIcon id={`rename-view-${v.id}`} variant="subtle" onClick={() => startRename(v)} aria-label={t('lists.renameView', { name: v.name })}>
                        <span aria-hidden="true">✎</span>
                      </ActionIcon>
                      <ActionIcon variant="subtle" color="red" onClick={() => setAsking(v)} aria-label={t('lists.deleteView', { name: v.name })}>
                        <span aria-hidden="true">✕</span>
                      </ActionIcon>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Text size="sm" role="status">
            {done}
          </Text>
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
