import { Anchor, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { MEMBERSHIP_STATUSES, ORGANISATION_KINDS } from '../../../../common/enums.ts';
import { api } from '../../api/client.ts';
import { LoadMore } from '../../components/LoadMore.tsx';
import { usePagedList } from '../../hooks/usePagedList.ts';
import { useUrlState } from '../../hooks/useUrlState.ts';

export function MembersScene() {
  const { t } = useTranslation();
  const [filters, setFilter] = useUrlState(['q', 'kind', 'status'] as const);
  const [q] = useDebouncedValue(filters.q, 250);
  // Members by default: the registry is about the coalition; "any" adds the secretariat and partners.
  const status = filters.status || 'member';
  const { query, rows, first } = usePagedList(['organisations', q, filters.kind, status], (cursor) =>
    api.organisations({ q, kind: filters.kind, status: status === 'any' ? undefined : status, cursor, limit: 100 }),
  );
  const total = first?.total;

  return (
    <Stack>
      <Title order={2}>{t('members.title')}</Title>
      <Group align="end">
        <TextInput
          label={t('members.search')}
          placeholder={t('members.searchPlaceholder')}
          value={filters.q}
          onChange={(e) => setFilter('q', e.currentTarget.value)}
          type="search"
          w={260}
        />
        <Select
          label={t('members.kind')}
          data={[{ value: '', label: t('members.any') }, ...ORGANISATION_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))]}
          value={filters.kind}
          onChange={(v) => setFilter('kind', v ?? '')}
          allowDeselect={false}
          w={220}
        />
        <Select
          label={t('members.status')}
          data={[{ value: 'any', label: t('members.any') }, ...MEMBERSHIP_STATUSES.map((k) => ({ value: k, label: t(`statuses.${k}`) }))]}
          value={status}
          onChange={(v) => setFilter('status', v === 'member' ? '' : (v ?? ''))}
          allowDeselect={false}
          w={180}
        />
      </Group>
      <Text aria-live="polite" data-testid="member-count">
        {total === undefined ? t('app.loading') : t('members.count', { count: total })}
      </Text>
      <Table.ScrollContainer minWidth={500}>
        <Table striped highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('members.name')}</Table.Th>
              <Table.Th scope="col">{t('members.kind')}</Table.Th>
              <Table.Th scope="col">{t('members.iso3')}</Table.Th>
              <Table.Th scope="col">{t('members.status')}</Table.Th>
              <Table.Th scope="col">{t('members.joined')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((o) => (
              <Table.Tr key={o.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/members/${o.id}`}>
                    {o.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>{t(`kinds.${o.kind}`)}</Table.Td>
                <Table.Td>{o.iso3 ?? '—'}</Table.Td>
                <Table.Td>{t(`statuses.${o.membershipStatus}`)}</Table.Td>
                <Table.Td>{o.joinedOn ?? '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <LoadMore query={query} />
    </Stack>
  );
}
