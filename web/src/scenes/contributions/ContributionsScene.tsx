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
import { SavedViews } from '../../components/SavedViews.tsx';
import { SortHeader } from '../../components/SortHeader.tsx';
import { PlaceFilter } from '../../components/PlaceFilter.tsx';
import { LoadMore } from '../../components/LoadMore.tsx';
import { usePagedList } from '../../hooks/usePagedList.ts';
import { useUrlState } from '../../hooks/useUrlState.ts';
import { useFormats } from '../../components/formats.ts';
import { useFrameworkName } from '../../hooks/useLocalName.ts';

/** The filters as a query string, for the pivot over the same contributions (words in the description are the list's only). */
const filterQuery = (f: Record<string, string | undefined>) => {
  const params = new URLSearchParams(Object.entries(f).filter((e): e is [string, string] => Boolean(e[1]) && e[0] !== 'q'));
  return params.size ? `?${params}` : '';
};

export function ContributionsScene() {
  const { t } = useTranslation();
  const fmt = useFormats();
  const lineName = useFrameworkName();
  const session = useSession();
  const [filters, setFilter] = useUrlState(['q', 'lineId', 'type', 'status', 'locationId', 'orgId', 'from', 'to', 'marking', 'sort'] as const);
  const [q] = useDebouncedValue(filters.q.trim(), 300);
  const filter = {
    q: q || undefined,
    lineId: filters.lineId || undefined,
    type: filters.type || undefined,
    status: filters.status || undefined,
    locationId: filters.locationId || undefined,
    orgId: filters.orgId || undefined,
    from: filters.from || undefined,
    to: filters.to || undefined,
    marking: filters.marking || undefined,
  };
  // The order is not a filter: exports and the pivot take the filters only.
  const sort = filters.sort || '-createdAt';
  const { query, rows } = usePagedList(['contributions', filter, sort], (cursor) => api.contributions({ ...filter, sort, cursor }));
  const sortBy = (s: string) => setFilter('sort', s === '-createdAt' ? '' : s);
  // What the user may do comes with the session, from the server's policies.
  const abilities = session.data?.abilities;
  const canWrite = abilities?.createContribution ?? false;
  const canImport = abilities ? abilities.importFor.ownOrganisation || abilities.importFor.anyOrganisation : false;

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t('contributions.title')}</Title>
        <Group>
          <SavedViews page="contributions" />
          <Button component={Link} to={`/contributions/pivot${filterQuery(filter)}`} variant="default">
            {t('lists.pivot.open')}
          </Button>
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
        <ListFilters values={filters} set={setFilter} keys={['lineId', 'type', 'status', 'orgId', 'from', 'to', 'marking']} />
        <PlaceFilter value={filters.locationId} set={(id) => setFilter('locationId', id)} />
      </Group>
      <Text aria-live="polite">{query.data ? t('contributions.results', { count: rows.length }) : t('app.loading')}</Text>
      <Table.ScrollContainer minWidth={800}>
        <Table striped highlightOnHover data-testid="contributions-table">
          <Table.Thead>
            <Table.Tr>
              <SortHeader column="organisation" sort={sort} onSort={sortBy}>
                {t('contributions.organisation')}
              </SortHeader>
              <Table.Th scope="col">{t('contributions.description')}</Table.Th>
              <Table.Th scope="col">{t('contributions.line')}</Table.Th>
              <Table.Th scope="col">{t('contributions.type')}</Table.Th>
              <SortHeader column="amount" sort={sort} onSort={sortBy} firstDescending>
                {t('contributions.amount')}
              </SortHeader>
              <SortHeader column="startDate" sort={sort} onSort={sortBy} firstDescending>
                {t('lists.startDate')}
              </SortHeader>
              <Table.Th scope="col">{t('contributions.places')}</Table.Th>
              <SortHeader column="status" sort={sort} onSort={sortBy}>
                {t('contributions.status')}
              </SortHeader>
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
                <Table.Td>
                  <bdi>{lineName(c.line)}</bdi>
                </Table.Td>
                <Table.Td>{t(`types.${c.type}`)}</Table.Td>
                <Table.Td>
                  <Money value={c.money} />
                  {c.quantity && <Text size="sm">{fmt.quantity(c.quantity.value, c.quantity.unit)}</Text>}
                </Table.Td>
                <Table.Td>{fmt.day(c.startDate)}</Table.Td>
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
