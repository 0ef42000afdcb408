// A user's home (/, issue 9 item 1): their organisation's contributions and needs at a glance
// (counts by status with a small chart, money per currency), the open needs in the lines of
// effort it works on, what changed since their last visit (rows they may read only), and for
// the secretariat the coalition's figures. One answer, GET /api/home, every figure under the
// sharing rule on the server; reading it records the visit.
import './i18n/index.ts';
import { Anchor, Badge, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { type Home, api } from '../../api/client.ts';
import { formatMoney } from '../../components/Money.tsx';
import { MyViews } from '../../components/MyViews.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { useFrameworkName } from '../../hooks/useLocalName.ts';
import { numberLocale } from '../../i18n/index.ts';

const STATUSES = ['pledged', 'committed', 'delivered', 'cancelled'] as const;
const STATUS_COLOURS: Record<(typeof STATUSES)[number], string> = { pledged: '#5c7cfa', committed: '#1971c2', delivered: '#2b8a3e', cancelled: '#868e96' };
/** The pages of rows what changed may name. */
const ROW_PAGES: Record<string, string> = { contribution: '/contributions', need: '/needs', document: '/documents', meeting: '/meetings' };

export function HomeScene() {
  const { t } = useTranslation();
  // Read once per visit to the page: each read records the visit on the server.
  const query = useQuery({ queryKey: ['home'], queryFn: () => api.home(), staleTime: 60_000, refetchOnWindowFocus: false });
  return (
    <Stack>
      <Title order={2}>{t('home.title')}</Title>
      <QueryState query={query}>{(home) => <HomeBody home={home} />}</QueryState>
    </Stack>
  );
}

function useFormats() {
  const { i18n } = useTranslation();
  const locale = numberLocale(i18n.language);
  const number = new Intl.NumberFormat(locale);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  return { number, date, dateTime, lang: i18n.language };
}

function HomeBody({ home }: { home: Home }) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <Text size="lg" data-testid="home-org">
        {t('home.atAGlance', { org: home.organisation.name })}
      </Text>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <OrganisationContributions home={home} />
        <OrganisationNeeds home={home} />
      </SimpleGrid>
      <OpenNeeds home={home} />
      <MyViews />
      <Changes home={home} />
      {home.coalition && <Coalition coalition={home.coalition} />}
    </Stack>
  );
}

function OrganisationContributions({ home }: { home: Home }) {
  const { t } = useTranslation();
  const f = useFormats();
  const counts = home.contributions.byStatus;
  const max = Math.max(1, ...STATUSES.map((s) => counts[s]));
  const figures = STATUSES.map((s) => `${t(`home.statuses.${s}`)} ${f.number.format(counts[s])}`).join(', ');
  return (
    <Card withBorder component="section" aria-labelledby="home-contributions">
      <Title order={3} size="h4" id="home-contributions">
        {t('home.contributions')}
      </Title>
      {/* A small bar chart drawn with boxes (no chart library on the landing page); the figures are its text. */}
      <Stack gap={6} mt="sm" role="img" aria-label={t('home.chartLabel', { org: home.organisation.name, figures })} data-testid="home-chart">
        {STATUSES.map((s) => (
          <Group key={s} gap="xs" wrap="nowrap" aria-hidden="true">
            <Text size="sm" w={110}>
              {t(`home.statuses.${s}`)}
            </Text>
            <div style={{ flex: 1 }}>
              <div style={{ width: `${(counts[s] / max) * 100}%`, minWidth: counts[s] ? 4 : 0, height: 14, background: STATUS_COLOURS[s], borderRadius: 2 }} />
            </div>
            <Text size="sm" w={50} ta="end" data-testid={`home-count-${s}`}>
              {f.number.format(counts[s])}
            </Text>
          </Group>
        ))}
      </Stack>
      <Title order={4} size="h5" mt="md">
        {t('home.money')}
      </Title>
      {home.contributions.money.length === 0 ? (
        <Text size="sm">{t('home.noMoney')}</Text>
      ) : (
        <Table data-testid="home-money">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('home.status')}</Table.Th>
              <Table.Th scope="col">{t('home.amount')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {home.contributions.money.map((m) => (
              <Table.Tr key={`${m.status}-${m.currency}`}>
                <Table.Td>{t(`home.statuses.${m.status}`)}</Table.Td>
                <Table.Td>
                  <bdi>{formatMoney(m.amountMinor, m.currency, f.lang)}</bdi>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}

function OrganisationNeeds({ home }: { home: Home }) {
  const { t } = useTranslation();
  const lineName = useFrameworkName();
  const f = useFormats();
  return (
    <Card withBorder component="section" aria-labelledby="home-needs">
      <Title order={3} size="h4" id="home-needs">
        {t('home.needs')}
      </Title>
      <Text mt="sm" data-testid="home-needs-count">
        {t('home.needsOpen', { count: home.needs.open, n: f.number.format(home.needs.open), total: f.number.format(home.needs.total) })}
      </Text>
      <Title order={4} size="h5" mt="md">
        {t('home.lines')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('home.linesHelp')}
      </Text>
      {home.lines.length === 0 ? (
        <Text size="sm">{t('home.noLines')}</Text>
      ) : (
        <ul data-testid="home-lines" style={{ paddingInlineStart: '1.2em', margin: '0.5em 0 0' }}>
          {home.lines.map((l) => (
            <li key={l.id}>
              <bdi>{lineName(l)}</bdi>{' '}
              {l.contributes && (
                <Badge variant="filled" color="blue.9" size="sm">
                  {t('home.contributes')}
                </Badge>
              )}{' '}
              {l.coLeads && (
                <Badge variant="filled" color="grape.9" size="sm">
                  {t('home.coLeads')}
                </Badge>
              )}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

function unmetText(n: Home['openNeeds']['items'][number], f: ReturnType<typeof useFormats>) {
  const parts: string[] = [];
  if (n.unmetAmountMinor !== null && n.currency) parts.push(formatMoney(n.unmetAmountMinor, n.currency, f.lang));
  if (n.unmetQuantity !== null) parts.push(`${f.number.format(n.unmetQuantity as unknown as number)} ${n.unit ?? ''}`.trim());
  return parts.join(' · ');
}

function OpenNeeds({ home }: { home: Home }) {
  const { t } = useTranslation();
  const lineName = useFrameworkName();
  const f = useFormats();
  const { total, items } = home.openNeeds;
  return (
    <section aria-labelledby="home-open-needs">
      <Title order={3} size="h4" id="home-open-needs">
        {t('home.openNeeds')}
      </Title>
      {total === 0 ? (
        <Text mt="xs">{t('home.noOpenNeeds')}</Text>
      ) : (
        <>
          <Text mt="xs" data-testid="home-open-needs-count">
            {t('home.openNeedsCount', { count: total, n: f.number.format(total) })}
          </Text>
          <Table.ScrollContainer minWidth={700}>
            <Table data-testid="home-open-needs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('home.need')}</Table.Th>
                  <Table.Th scope="col">{t('home.organisation')}</Table.Th>
                  <Table.Th scope="col">{t('home.line')}</Table.Th>
                  <Table.Th scope="col">{t('home.place')}</Table.Th>
                  <Table.Th scope="col">{t('home.priority')}</Table.Th>
                  <Table.Th scope="col">{t('home.unmet')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((n) => (
                  <Table.Tr key={n.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/needs/${n.id}`}>
                        <bdi>{n.description}</bdi>
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <bdi>{n.organisation}</bdi>
                    </Table.Td>
                    <Table.Td>
                      <bdi>{lineName(n.line)}</bdi>
                    </Table.Td>
                    <Table.Td>{n.place ? <bdi>{n.place}</bdi> : '—'}</Table.Td>
                    <Table.Td>{t(`home.priorities.${n.priority}`)}</Table.Td>
                    <Table.Td>
                      <bdi>{unmetText(n, f)}</bdi>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </section>
  );
}

function Changes({ home }: { home: Home }) {
  const { t, i18n } = useTranslation();
  const f = useFormats();
  const { total, more, items } = home.changes;
  // The audit log's names of kinds of record stand in for those the home has no word of its own for.
  const entityName = (e: string) => (i18n.exists(`home.entities.${e}`) ? t(`home.entities.${e}`) : i18n.exists(`auditLog.entities.${e}`) ? t(`auditLog.entities.${e}`) : e);
  // An action's last part is its verb: `fund.window.create` is a creation (of the fund's window).
  const actionName = (a: string) => {
    const verb = a.slice(a.lastIndexOf('.') + 1);
    return i18n.exists(`home.actions.${verb}`) ? t(`home.actions.${verb}`) : a;
  };
  return (
    <section aria-labelledby="home-changes">
      <Title order={3} size="h4" id="home-changes">
        {home.firstVisit ? t('home.changesFirst') : t('home.changes')}
      </Title>
      <Text size="sm" c="dimmed" data-testid="home-since">
        {t('home.since', { date: f.dateTime.format(new Date(home.since)) })}
      </Text>
      <Text mt="xs" data-testid="home-changes-count">
        {more ? t('home.changesMore', { n: f.number.format(total) }) : t('home.changesCount', { count: total, n: f.number.format(total) })}
      </Text>
      {items.length > 0 && (
        <Table.ScrollContainer minWidth={600}>
          <Table data-testid="home-changes">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('home.when')}</Table.Th>
                <Table.Th scope="col">{t('home.who')}</Table.Th>
                <Table.Th scope="col">{t('home.what')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((c) => {
                const page = ROW_PAGES[c.entity];
                const what = `${entityName(c.entity)} ${actionName(c.action)}`;
                return (
                  <Table.Tr key={c.id}>
                    <Table.Td>{f.dateTime.format(new Date(c.occurredAt))}</Table.Td>
                    <Table.Td>{c.organisation ? <bdi>{c.organisation.name}</bdi> : '—'}</Table.Td>
                    <Table.Td>
                      {page && c.action !== `${c.entity}.delete` ? (
                        <Anchor component={Link} to={`${page}/${c.entityId}`}>
                          {what}
                        </Anchor>
                      ) : (
                        what
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </section>
  );
}

function Coalition({ coalition }: { coalition: NonNullable<Home['coalition']> }) {
  const { t } = useTranslation();
  const lineName = useFrameworkName();
  const f = useFormats();
  const capped = (n: number) => (n >= coalition.capped ? t('home.atLeast', { n: f.number.format(n) }) : f.number.format(n));
  const stats: [string, string, string][] = [
    ['members', t('home.members'), f.number.format(coalition.members)],
    ['open-needs', t('home.openNeedsAll'), f.number.format(coalition.openNeeds)],
    ['meetings', t('home.meetingsUpcoming'), capped(coalition.meetingsUpcoming)],
    ['overdue', t('home.actionsOverdue'), capped(coalition.actionItemsOverdue)],
  ];
  return (
    <section aria-labelledby="home-coalition" data-testid="home-coalition">
      <Title order={3} size="h4" id="home-coalition">
        {t('home.coalition')}
      </Title>
      <SimpleGrid cols={{ base: 2, md: 4 }} mt="xs">
        {stats.map(([id, label, value]) => (
          <Card key={id} withBorder>
            <Text size="sm">{label}</Text>
            <Text size="xl" fw={700} data-testid={`home-coalition-${id}`}>
              {value}
            </Text>
          </Card>
        ))}
      </SimpleGrid>
      <Title order={4} size="h5" mt="md">
        {t('home.byLine')}
      </Title>
      <Table data-testid="home-by-line">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('home.line')}</Table.Th>
            <Table.Th scope="col">{t('home.count')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {coalition.contributionsByLine.map((l) => (
            <Table.Tr key={l.id}>
              <Table.Th scope="row">
                <bdi>{lineName(l)}</bdi>
              </Table.Th>
              <Table.Td>{f.number.format(l.count)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </section>
  );
}
