import { Anchor, Badge, Button, Group, Stack, Table, Text, Title, Tooltip, VisuallyHidden } from '@mantine/core';
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
import { SortHeader } from '../../components/SortHeader.tsx';
import { usePagedList } from '../../hooks/usePagedList.ts';
import { useUrlState } from '../../hooks/useUrlState.ts';
import type { Need } from '../../api/client.ts';
import './needs-list-i18n/index.ts';

/** The list's first order: the largest unmet gap first. */
const DEFAULT_SORT = '-unmet';
/** The words the list's order had before its columns sorted (saved views and links made then): read as the columns' own. */
const OLDER_SORTS: Record<string, string> = { gap: '-unmet', priority: '-urgency' };

export function NeedsScene() {
  const { t } = useTranslation();
  const session = useSession();
  const [filters, setFilter] = useUrlState(['lineId', 'type', 'orgId', 'locationId', 'from', 'to', 'marking', 'sort'] as const);
  const sort = OLDER_SORTS[filters.sort] ?? (filters.sort || DEFAULT_SORT);
  const sortBy = (s: string) => setFilter('sort', s === DEFAULT_SORT ? '' : s);
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
      </Group>
      <Text aria-live="polite">{query.data ? t('needs.results', { count: rows.length }) : t('app.loading')}</Text>
      <Table.ScrollContainer minWidth={900}>
        <Table striped data-testid="needs-table">
          <Table.Thead>
            <Table.Tr>
              <SortHeader column="need" sort={sort} onSort={sortBy}>
                {t('coverage.need')}
              </SortHeader>
              <SortHeader column="organisation" sort={sort} onSort={sortBy}>
                {t('needs.stated')}
              </SortHeader>
              <SortHeader column="place" sort={sort} onSort={sortBy}>
                {t('needs.place')}
              </SortHeader>
              <SortHeader column="urgency" sort={sort} onSort={sortBy} firstDescending>
                {t('needs.priority')}
              </SortHeader>
              <SortHeader column="unmet" sort={sort} onSort={sortBy} firstDescending>
                {t('coverage.unmet')}
              </SortHeader>
              <SortHeader column="committed" sort={sort} onSort={sortBy} firstDescending>
                {t('coverage.committed')}
              </SortHeader>
              <SortHeader column="delivered" sort={sort} onSort={sortBy} firstDescending>
                {t('coverage.delivered')}
              </SortHeader>
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
                  <NotConvertedBadge need={n} />
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

/**
 * A gap that leaves linked contributions out because their currency has no rate in force (ADR
 * 0031): marked on its row, the reason said to screen readers in the badge and shown on hover
 * or focus; never cut off (the badge's text wraps).
 */
function NotConvertedBadge({ need }: { need: Need }) {
  const { t } = useTranslation();
  const count = need.gap.notConverted;
  if (count === 0) return null;
  const help = t('needsList.notConvertedHelp', { count });
  return (
    <div>
      <Tooltip label={help} multiline w={260} events={{ hover: true, focus: true, touch: true }} withinPortal={false}>
        <Badge
          tabIndex={0}
          color="red.9"
          variant="filled"
          radius="sm"
          data-testid="not-converted-badge"
          styles={{ root: { textTransform: 'none', height: 'auto', maxWidth: 'none' }, label: { overflow: 'visible', whiteSpace: 'normal', textOverflow: 'clip' } }}
        >
          {t('needsList.notConverted')}
          <VisuallyHidden>{` — ${help}`}</VisuallyHidden>
        </Badge>
      </Tooltip>
    </div>
  );
}
