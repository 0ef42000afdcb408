import { Anchor, Badge, Button, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api } from '../../api/client.ts';
import { useSession } from '../../hooks/useSession.ts';
import { MarkingBadge } from '../../components/MarkingBadge.tsx';
import { Money } from '../../components/Money.tsx';
import { HxlButtons } from '../../components/HxlButtons.tsx';
import { ListFilters } from '../../components/ListFilters.tsx';
import { LoadMore } from '../../components/LoadMore.tsx';
import { usePagedList } from '../../hooks/usePagedList.ts';
import { useUrlState } from '../../hooks/useUrlState.ts';
import { useFormats } from '../../components/formats.ts';

export function ContributionsScene() {
  const { t } = useTranslation();
  const fmt = useFormats();
  const session = useSession();
  const [filters, setFilter] = useUrlState(['q', 'lineId', 'type', 'status'] as const);
  const [q] = useDebouncedValue(filters.q.trim(), 300);
  const filter = { q: q || undefined, lineId: filters.lineId || undefined, type: filters.type || undefined, status: filters.status || undefined };
  const { query, rows } = usePagedList(['contributions', filter], (cursor) => api.contributions({ ...filter, cursor }));
  // What the user may do comes with the session, from the server's policies.
  const abilities = session.data?.abilities;
  const canWrite = abilities?.createContribution ?? false;
  const canImport = abilities ? abilities.importFor.ownOrganisation || abilities.importFor.anyOrganisation : false;

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t('contributions.title')}</Title>
        <Group>
          <HxlButtons kind="contributions" filter={filter} canImport={canImport} />
          {canWrite && (
            <Button component={Link} to="/contributions/new">
              {t('contributions.new')}
            </Button>
          )}
        </Group>
      </Group>
      <Group align="end">
        <TextInput label={t('contributions.search')} value={filters.q} onChange={(e) => setFilter('q', e.currentTarget.value)} type="search" w={220} />
        <ListFilters values={filters} set={setFilter} keys={['lineId', 'type', 'status']} />
      </Group>
      <Text aria-live="polite">{query.data ? t('contributions.results', { count: rows.length }) : t('app.loading')}</Text>
      <Table.ScrollContainer minWidth={800}>
        <Table striped highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('contributions.organisation')}</Table.Th>
              <Table.Th scope="col">{t('contributions.description')}</Table.Th>
              <Table.Th scope="col">{t('contributions.line')}</Table.Th>
              <Table.Th scope="col">{t('contributions.type')}</Table.Th>
              <Table.Th scope="col">{t('contributions.amount')}</Table.Th>
              <Table.Th scope="col">{t('contributions.places')}</Table.Th>
              <Table.Th scope="col">{t('contributions.status')}</Table.Th>
              <Table.Th scope="col">{t('documents.marking')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td>{c.organisation.name}</Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={`/contributions/${c.id}`}>
                    {c.description || t(`types.${c.type}`)}
                  </Anchor>
                </Table.Td>
                <Table.Td>{c.line.name}</Table.Td>
                <Table.Td>{t(`types.${c.type}`)}</Table.Td>
                <Table.Td>
                  <Money value={c.money} />
                  {c.quantity && <Text size="sm">{fmt.quantity(c.quantity.value, c.quantity.unit)}</Text>}
                </Table.Td>
                <Table.Td>{c.locations.map((l) => l.name).join(', ') || '—'}</Table.Td>
                <Table.Td>
                  <Badge variant="outline" color="dark">
                    {t(`contributionStatus.${c.status}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <MarkingBadge marking={c.sharing.marking} />
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
