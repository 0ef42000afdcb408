// "Save this view" and the menu of my views of a list page: a view is the page's query string
// (its filters and order, as useUrlState keeps them), saved under a name; opening one is
// following a link to the page with that query. The name's refusal (empty, taken) is said
// next to the field, in the reader's language.
import { Anchor, Button, Group, List, Popover, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { ApiError } from '../api/client.ts';
import { type SavedViewPage, listsApi, savedViewHref } from '../api/lists.ts';
import '../scenes/contributions/lists-i18n/index.ts';

export function SavedViews({ page }: { page: SavedViewPage }) {
  const { t } = useTranslation();
  const location = useLocation();
  const client = useQueryClient();
  const views = useQuery({ queryKey: ['saved-views', page], queryFn: () => listsApi.savedViews(page) });
  const [open, setOpen] = useState(false);
  const [listOpen, setListOpen] = useState(false);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [done, setDone] = useState<string | undefined>();
  const save = useMutation({
    mutationFn: () => listsApi.saveView({ page, name: name.trim(), query: location.search.replace(/^\?/, '') }),
    onSuccess: (v) => {
      setOpen(false);
      setName('');
      setError(undefined);
      setDone(t('lists.saved', { name: v.name }));
      void client.invalidateQueries({ queryKey: ['saved-views'] });
    },
    onError: (e) => setError(e instanceof ApiError && e.status === 409 ? t('lists.nameTaken') : e instanceof ApiError ? (e.fieldError('name') ?? e.message) : String(e)),
  });
  const submit = () => {
    if (!name.trim()) return setError(t('lists.required'));
    save.mutate();
  };
  const items = views.data?.items ?? [];
  return (
    <Group align="end" gap="xs">
      <Popover position="bottom-end" withinPortal={false} opened={listOpen} onChange={setListOpen}>
        <Popover.Target>
          <Button variant="default" onClick={() => setListOpen((o) => !o)} aria-expanded={listOpen}>
            {t('lists.myViews')}
          </Button>
        </Popover.Target>
        <Popover.Dropdown
          onKeyDown={(e) => {
            if (e.key === 'Escape') setListOpen(false);
          }}
        >
          <nav aria-label={t('lists.viewsOf')}>
            {items.length === 0 ? (
              <Text size="sm">{t('lists.noViews')}</Text>
            ) : (
              <List listStyleType="none" spacing={4} data-testid="views-menu">
                {items.map((v) => (
                  <List.Item key={v.id}>
                    <Anchor component={Link} to={savedViewHref(v)} onClick={() => setListOpen(false)}>
                      {v.name}
                    </Anchor>
                  </List.Item>
                ))}
              </List>
            )}
          </nav>
        </Popover.Dropdown>
      </Popover>
      {open ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <Group align="start" gap="xs">
            <TextInput
              label={t('lists.viewName')}
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              error={error}
              maxLength={100}
              data-autofocus
              autoFocus
              onKeyDown={(e) => {
                if (e.key === 'Escape') setOpen(false);
              }}
              w={220}
            />
            <Button type="submit" mt={25} loading={save.isPending}>
              {t('lists.save')}
            </Button>
            <Button variant="default" mt={25} onClick={() => setOpen(false)}>
              {t('lists.cancel')}
            </Button>
          </Group>
        </form>
      ) : (
        <Button
          variant="light"
          onClick={() => {
            setDone(undefined);
            setError(undefined);
            setOpen(true);
          }}
        >
          {t('lists.saveView')}
        </Button>
      )}
      <Text size="sm" role="status">
        {done}
      </Text>
    </Group>
  );
}
