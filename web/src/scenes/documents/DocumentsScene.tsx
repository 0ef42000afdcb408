import { Anchor, Button, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { DOCUMENT_KINDS } from '../../../../common/enums.ts';
import { MARKINGS } from '../../../../common/sharing.ts';
import { type DocumentQuery, api } from '../../api/client.ts';
import { MarkingBadge } from '../../components/MarkingBadge.tsx';
import { LoadMore } from '../../components/LoadMore.tsx';
import { usePagedList } from '../../hooks/usePagedList.ts';
import { useUrlState } from '../../hooks/useUrlState.ts';
import { useSession } from '../../hooks/useSession.ts';
import { useFormats } from '../../components/formats.ts';

export function DocumentsScene() {
  const { t } = useTranslation();
  const fmt = useFormats();
  const session = useSession();
  const [filters, setFilter] = useUrlState(['q', 'kind', 'marking'] as const);
  const [q] = useDebouncedValue(filters.q.trim(), 300);
  const { query, rows } = usePagedList(['documents', q, filters.kind, filters.marking], (cursor) =>
    api.documents({
      q: q || undefined,
      kind: (filters.kind || undefined) as DocumentQuery['kind'],
      marking: (filters.marking || undefined) as DocumentQuery['marking'],
      cursor,
    }),
  );
  // What the user may do comes with the session, from the server's policies.
  const canWrite = session.data?.abilities.createDocument ?? false;

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t('documents.title')}</Title>
        {canWrite && (
          <Button component={Link} to="/documents/new">
            {t('documents.new')}
          </Button>
        )}
      </Group>
      <Group align="end">
        <TextInput
          label={t('documents.search')}
          placeholder={t('documents.searchPlaceholder')}
          value={filters.q}
          onChange={(e) => setFilter('q', e.currentTarget.value)}
          type="search"
          w={280}
        />
        <Select
          label={t('documents.kind')}
          data={[{ value: '', label: t('documents.any') }, ...DOCUMENT_KINDS.map((k) => ({ value: k, label: t(`docKinds.${k}`) }))]}
          value={filters.kind}
          onChange={(v) => setFilter('kind', v ?? '')}
          allowDeselect={false}
          w={180}
        />
        <Select
          label={t('documents.marking')}
          data={[{ value: '', label: t('documents.any') }, ...MARKINGS.map((m) => ({ value: m, label: t(`markings.${m}`) }))]}
          value={filters.marking}
          onChange={(v) => setFilter('marking', v ?? '')}
          allowDeselect={false}
          w={200}
        />
      </Group>
      {query.isError && <Text c="red.9">{query.error.message}</Text>}
      <Text aria-live="polite">{query.data ? t('documents.results', { count: rows.length }) : t('app.loading')}</Text>
      <Table.ScrollContainer minWidth={600}>
        <Table striped highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('documents.docTitle')}</Table.Th>
              <Table.Th scope="col">{t('documents.kind')}</Table.Th>
              <Table.Th scope="col">{t('documents.date')}</Table.Th>
              <Table.Th scope="col">{t('documents.owner')}</Table.Th>
              <Table.Th scope="col">{t('documents.marking')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((d) => (
              <Table.Tr key={d.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/documents/${d.id}`}>
                    {d.title}
                  </Anchor>
                  {q && (
                    <Text size="sm" c="dark.5">
                      {d.excerpt}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{t(`docKinds.${d.kind}`)}</Table.Td>
                <Table.Td>{fmt.day(d.documentDate)}</Table.Td>
                <Table.Td>{d.sharing.ownerOrgName}</Table.Td>
                <Table.Td>
                  <MarkingBadge marking={d.sharing.marking} />
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
