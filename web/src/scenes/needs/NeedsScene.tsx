import { Anchor, Button, Group, Select, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api } from '../../api/client.ts';
import { useSession } from '../../hooks/useSession.ts';
import { HxlButtons } from '../../components/HxlButtons.tsx';
import { LoadMore } from '../../components/LoadMore.tsx';
import { MarkingBadge } from '../../components/MarkingBadge.tsx';
import { GapFigure } from '../../components/GapFigure.tsx';
import { ListFilters } from '../../components/ListFilters.tsx';
import { SavedViews } from '../../components/SavedViews.tsx';
import { usePagedList } from '../../hooks/usePagedList.ts';
import { useUrlState } from '../../hooks/useUrlState.ts';

export function NeedsScene() {
  const { t } = useTranslation();
  const session = useSession();
  const [filters, setFilter] = useUrlState(['lineId', 'type', 'orgId', 'locationId', 'from', 'to', 'marking', 'sort'] as const);
  const sort = filters.sort || 'gap';
  const { sort: _sort, ...chosen } = filters;
  const filter = Object.fromEntries(Object.entries(chosen).filter(([, v]) => v)) as Partial<typeof chosen>;
  const { query, rows } = usePagedList(['needs', filter, sort], (cursor) => api.needs({ ...filter, sort, cursor }));
  // What the user may do comes with the session, from the server's policies.
  const abilities = session.data?.abilities;
  const canWrite = abilities?.createNeed ?? false;
  const canImport = abilities ? abilities.importFor.ownOrganisation || abilities.importFor.anyOrganisation : false;
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t('needs.title')}</Title>
        <Group>
          <SavedViews page="needs" />
          <HxlButtons kind="needs" filter={{ lineId: filters.lineId || undefined, type: filters.type || undefined }} canImport={canImport} />
          {canWrite && (
            <Button component={Link} to="/needs/new">
              {t('needs.new')}
            </Button>
          )}
        </Group>
      </Group>
      <Group align="end">
        <ListFilters values={filters} set={setFilter} keys={['lineId', 'type', 'orgId', 'locationId', 'from', 'to', 'marking']} />
        <Select
          label={t('needs.sort')}
          data={[
            { value: 'gap', label: t('needs.byGap') },
            { value: 'priority', label: t('needs.byPriority') },
          ]}
          value={sort}
          onChange={(v) => setFilter('sort', v === 'gap' ? '' : (v ?? ''))}
          allowDeselect={false}
          w={240}
        />
      </Group>
      <Text aria-live="polite">{query.data ? t('needs.results', { count: rows.length }) : t('app.loading')}</Text>
      <Table.ScrollContainer minWidth={900}>
        <Table striped data-testid="needs-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('coverage.need')}</Table.Th>
              <Table.Th scope="col">{t('needs.stated')}</Table.Th>
              <Table.Th scope="col">{t('needs.place')}</Table.Th>
              <Table.Th scope="col">{t('needs.priority')}</Table.Th>
              <Table.Th scope="col">{t('coverage.unmet')}</Table.Th>
              <Table.Th scope="col">{t('coverage.committed')}</Table.Th>
              <Table.Th scope="col">{t('coverage.delivered')}</Table.Th>
              <Table.Th scope="col">{t('coverage.oversubscribed')}</Table.Th>
              <Table.Th scope="col">{t('documents.marking')}</Table.Th>
              <Table.Th scope="col">
                <VisuallyHidden>{t('needs.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((n) => (
              <Table.Tr key={n.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/needs/${n.id}`}>
                    {n.description || t(`types.${n.type}`)}
                  </Anchor>
                </Table.Td>
                <Table.Td>{n.workingGroup ? t('needs.statedFor', { group: n.workingGroup.name, organisation: n.organisation.name }) : n.organisation.name}</Table.Td>
                <Table.Td>{n.location?.name ?? '—'}</Table.Td>
                <Table.Td>{t(`priorities.${n.priority}`)}</Table.Td>
                <Table.Td fw={600}>
                  <GapFigure need={n} gap={n.gap.unmet} />
                </Table.Td>
                <Table.Td>
                  <GapFigure need={n} gap={n.gap.committed} />
                </Table.Td>
                <Table.Td>
                  <GapFigure need={n} gap={n.gap.delivered} />
                </Table.Td>
                <Table.Td>
                  <GapFigure need={n} gap={n.gap.oversubscribed} />
                </Table.Td>
                <Table.Td>
                  <MarkingBadge marking={n.sharing.marking} />
                </Table.Td>
                <Table.Td>
                  {n.abilities.update && (
                    <Anchor component={Link} to={`/needs/${n.id}/edit`} aria-label={t('needs.editNamed', { name: n.description || t(`types.${n.type}`) })}>
                      {t('needs.edit')}
                    </Anchor>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <LoadMore query={query} />
    </Stack>
  );
}
