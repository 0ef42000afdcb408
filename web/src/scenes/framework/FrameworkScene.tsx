import { Card, List, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { type FrameworkNode, api } from '../../api/client.ts';
import { QueryState } from '../../components/QueryState.tsx';
import { useFrameworkName, useFrameworkTree, useLocalName } from '../../hooks/useLocalName.ts';

function NodeList({ nodes }: { nodes: FrameworkNode[] }) {
  const name = useLocalName();
  return (
    <List listStyleType="disc" withPadding>
      {nodes.map((n) => (
        <List.Item key={n.id}>
          <Text span fw={n.kind === 'line' ? 600 : 400}>
            <bdi>{name(n)}</bdi>
          </Text>
          {n.children.length > 0 && <NodeList nodes={n.children} />}
        </List.Item>
      ))}
    </List>
  );
}

export function FrameworkScene() {
  const { t } = useTranslation();
  const tree = useFrameworkTree();
  const name = useLocalName();
  const lineName = useFrameworkName();
  const groups = useQuery({ queryKey: ['working-groups'], queryFn: api.workingGroups });
  return (
    <Stack>
      <Title order={2}>{t('framework.title')}</Title>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <Card withBorder component="section" aria-labelledby="fw-lines">
          <Title order={3} id="fw-lines" mb="sm">
            {t('framework.lines')}
          </Title>
          <QueryState query={tree}>{(nodes) => <NodeList nodes={nodes} />}</QueryState>
        </Card>
        <Card withBorder component="section" aria-labelledby="fw-wgs">
          <Title order={3} id="fw-wgs" mb="sm">
            {t('framework.workingGroups')}
          </Title>
          <QueryState query={groups}>
            {(wgs) => (
              <Table.ScrollContainer minWidth={480}>
                <Table>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('members.name')}</Table.Th>
                      <Table.Th scope="col">{t('framework.line')}</Table.Th>
                      <Table.Th scope="col">{t('framework.coLeads')}</Table.Th>
                      <Table.Th scope="col">{t('framework.formed')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {wgs.map((w) => (
                      <Table.Tr key={w.id}>
                        <Table.Td>
                          <bdi>{name(w)}</bdi>
                          <Text size="xs" c="dark.5">
                            {t('framework.members', { count: w.memberCount })}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          <bdi>{lineName({ id: w.lineId, name: w.lineName })}</bdi>
                        </Table.Td>
                        <Table.Td>{w.coLeads.map((c) => c.name).join(', ')}</Table.Td>
                        <Table.Td>{w.formedOn ?? '—'}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
          </QueryState>
        </Card>
      </SimpleGrid>
    </Stack>
  );
}
