import { Anchor, Badge, Card, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { api } from '../../api/client.ts';
import { QueryState } from '../../components/QueryState.tsx';
import { useLocalName } from '../../hooks/useLocalName.ts';

export function MemberScene() {
  const { t } = useTranslation();
  const name = useLocalName();
  const { id = '' } = useParams();
  const query = useQuery({ queryKey: ['organisation', id], queryFn: () => api.organisation(id) });
  return (
    <Stack>
      <Anchor component={Link} to="/members">
        {t('members.back')}
      </Anchor>
      <QueryState query={query}>
        {(org) => (
          <Stack>
            <Title order={2}>{org.name}</Title>
            <Group>
              <Badge variant="outline" color="dark">
                {t(`kinds.${org.kind}`)}
              </Badge>
              <Badge variant="outline" color="dark">
                {t(`statuses.${org.membershipStatus}`)}
              </Badge>
              {org.iso3 && <Text>{`${t('members.iso3')}: ${org.iso3}`}</Text>}
              <Text>{`${t('members.joined')}: ${org.joinedOn ?? t('members.unknown')}`}</Text>
              <Text>{`${t('members.users')}: ${org.userCount}`}</Text>
            </Group>
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              <Card withBorder component="section" aria-labelledby="member-groups">
                <Title order={3} id="member-groups" mb="sm">
                  {t('members.groups')}
                </Title>
                {org.groups.length ? (
                  <List>
                    {org.groups.map((g) => (
                      <List.Item key={g.id}>
                        <bdi>{name(g)}</bdi>
                      </List.Item>
                    ))}
                  </List>
                ) : (
                  <Text>{t('members.noGroups')}</Text>
                )}
              </Card>
              <Card withBorder component="section" aria-labelledby="member-wgs">
                <Title order={3} id="member-wgs" mb="sm">
                  {t('members.workingGroups')}
                </Title>
                {org.workingGroups.length ? (
                  <List>
                    {org.workingGroups.map((w) => (
                      <List.Item key={w.id}>
                        <bdi>{name(w)}</bdi>{' '}
                        {w.coLead && (
                          <Badge size="sm" variant="filled" color="indigo.9">
                            {t('members.coLead')}
                          </Badge>
                        )}
                      </List.Item>
                    ))}
                  </List>
                ) : (
                  <Text>{t('members.noWorkingGroups')}</Text>
                )}
              </Card>
            </SimpleGrid>
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
