// The pooled funds the reader may see.
import './i18n/index.ts';
import { Anchor, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api } from '../../api/client.ts';
import { LoadMore } from '../../components/LoadMore.tsx';
import { usePagedList } from '../../hooks/usePagedList.ts';
import { QueryState } from '../../components/QueryState.tsx';

export function FundsScene() {
  const { t } = useTranslation();
  const { query, rows } = usePagedList(['funds'], (cursor) => api.funds({ cursor }));
  return (
    <Stack>
      <Title order={2}>{t('fund.listTitle')}</Title>
      <QueryState query={query}>
        {() =>
          rows.length === 0 ? (
            <Text>{t('fund.none')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={500}>
              <Table data-testid="funds-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('fund.name')}</Table.Th>
                    <Table.Th scope="col">{t('fund.administrativeAgent')}</Table.Th>
                    <Table.Th scope="col">{t('fund.baseCurrency')}</Table.Th>
                    <Table.Th scope="col">{t('fund.launchedOn')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((f) => (
                    <Table.Tr key={f.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/funds/${f.id}`}>
                          {f.name}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{f.administrativeAgent.name}</Table.Td>
                      <Table.Td>{f.baseCurrency}</Table.Td>
                      <Table.Td>{f.launchedOn ?? '—'}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )
        }
      </QueryState>
      <LoadMore query={query} />
    </Stack>
  );
}
