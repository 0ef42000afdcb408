// A pooled fund at a glance: the funding status as figures, where the money went (a Sankey
// chart with its table), the same figures by window, donor and project, and its transactions.
// Loaded with its own chunk (the chart with another): the app shell does not carry it.
import './i18n/index.ts';
import { Anchor, Button, Card, Group, SegmentedControl, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { type ReactNode, Suspense, lazy, useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { type Fund, type FundStatus, api } from '../../api/client.ts';
import { LoadMore } from '../../components/LoadMore.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { usePagedList } from '../../hooks/usePagedList.ts';
import { numberLocale } from '../../i18n/index.ts';
import { FigureGrid, TransactionsTable, useMoneyText } from './FundParts.tsx';
import { formatRate, fundKey, sankeyOf, useFund, useFundStatus } from './fundData.ts';

const FundSankey = lazy(() => import('./FundSankey.tsx').then((m) => ({ default: m.FundSankey })));

export function FundScene() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const fund = useFund(id);
  return (
    <Stack>
      <Anchor component={Link} to="/funds">
        {t('fund.all')}
      </Anchor>
      <QueryState query={fund}>{(f) => <FundOverview fund={f} />}</QueryState>
    </Stack>
  );
}

function FundOverview({ fund }: { fund: Fund }) {
  const { t, i18n } = useTranslation();
  const status = useFundStatus(fund.id);
  const byDonor = useFundStatus(fund.id, 'donor');
  const byWindow = useFundStatus(fund.id, 'window');
  const byProject = useFundStatus(fund.id, 'project');
  // The funding status by donor names each donor: no request per organisation.
  const names = useMemo(() => new Map((byDonor.data?.groups ?? []).flatMap((g) => (g.key && g.name ? [[g.key, g.name] as const] : []))), [byDonor.data]);
  const donorName = useCallback((donorId: string) => names.get(donorId) ?? '…', [names]);
  const { query: txQuery, rows: transactions } = usePagedList([...fundKey(fund.id), 'transactions'], (cursor) => api.fundTransactions(fund.id, { cursor, limit: 20 }));
  const percent = (rate: string | null) => formatRate(rate, numberLocale(i18n.language));
  const money = useMoneyText(fund.baseCurrency);

  return (
    <Stack>
      <Group justify="space-between" align="start">
        <Stack gap={4}>
          <Title order={2}>{fund.name}</Title>
          <Text size="sm">
            {t('fund.subtitle', {
              agent: fund.administrativeAgent.name,
              currency: fund.baseCurrency,
              fee: percent(String(fund.aaFeeBp / 10_000)),
              indirect: percent(String(fund.indirectCostBp / 10_000)),
            })}
          </Text>
        </Stack>
        <Group>
          {fund.abilities.post && (
            <Button component={Link} to={`/funds/${fund.id}/transactions/new`}>
              {t('fund.newTransaction')}
            </Button>
          )}
          <Button component="a" variant="default" href={api.fundFileUrl(fund.id, 'iati.xml')} download>
            {t('fund.downloadIati')}
          </Button>
          <Button component="a" variant="default" href={api.fundFileUrl(fund.id, 'flows.csv')} download>
            {t('fund.downloadFlows')}
          </Button>
        </Group>
      </Group>

      <section aria-labelledby="fund-status-title">
        <Title order={3} size="h4" id="fund-status-title" mb="sm">
          {t('fund.status')}
        </Title>
        <QueryState query={status}>{(s) => <FigureGrid figures={s.total} currency={s.currency} testId="fund-figures" />}</QueryState>
      </section>

      {byDonor.data && byWindow.data && byProject.data && (
        <FlowsCard fund={fund} byDonor={byDonor.data} byWindow={byWindow.data} byProject={byProject.data} donorName={donorName} />
      )}

      <Card withBorder component="section" aria-labelledby="by-window-title">
        <Title order={3} size="h4" id="by-window-title" mb="sm">
          {t('fund.byWindow')}
        </Title>
        <QueryState query={byWindow}>
          {(s) => (
            <BreakdownTable
              testId="by-window"
              head={t('fund.window')}
              rows={s.groups.map((g) => ({ key: g.key ?? 'none', label: fund.windows.find((w) => w.id === g.key)?.name ?? t('fund.unearmarked'), figures: g.figures }))}
              columns={['contributions', 'interestFund', 'allocations', 'transfers', 'expenditure', 'balanceWithAA']}
              money={money}
            />
          )}
        </QueryState>
      </Card>

      <Card withBorder component="section" aria-labelledby="by-donor-title">
        <Title order={3} size="h4" id="by-donor-title" mb="sm">
          {t('fund.byDonor')}
        </Title>
        <QueryState query={byDonor}>
          {(s) => (
            <BreakdownTable
              testId="by-donor"
              head={t('fund.donor')}
              // Transactions naming no donor (interest, fees…) are no donor's row.
              rows={s.groups.flatMap((g) =>
                g.key
                  ? [
                      {
                        key: g.key,
                        label: (
                          <Anchor component={Link} to={`/funds/${fund.id}/donors/${g.key}`}>
                            {donorName(g.key)}
                          </Anchor>
                        ),
                        figures: g.figures,
                      },
                    ]
                  : [],
              )}
              columns={['pledged', 'committed', 'deposits', 'refundsToDonors', 'contributions']}
              money={money}
            />
          )}
        </QueryState>
      </Card>

      <Card withBorder component="section" aria-labelledby="by-project-title">
        <Title order={3} size="h4" id="by-project-title" mb="sm">
          {t('fund.byProject')}
        </Title>
        <QueryState query={byProject}>
          {(s) => (
            <BreakdownTable
              testId="by-project"
              head={t('fund.project')}
              rows={fund.projects.map((p) => {
                const g = s.groups.find((x) => x.key === p.id);
                return {
                  key: p.id,
                  label: (
                    <Anchor component={Link} to={`/funds/${fund.id}/projects/${p.id}`}>
                      {p.title}
                    </Anchor>
                  ),
                  extra: [p.partner.name, money(p.budget.amountMinor)],
                  figures: g?.figures,
                };
              })}
              extraHeads={[t('fund.partner'), t('fund.budget')]}
              columns={['allocations', 'netFunded', 'expenditure', 'balanceWithPartners']}
              money={money}
              rate
            />
          )}
        </QueryState>
      </Card>

      <section aria-labelledby="transactions-title">
        <Title order={3} size="h4" id="transactions-title" mb="sm">
          {t('fund.transactions')}
        </Title>
        <QueryState query={txQuery}>{() => <TransactionsTable fund={fund} rows={transactions} donorName={donorName} />}</QueryState>
        <LoadMore query={txQuery} />
      </section>
    </Stack>
  );
}

type FigureKey = Exclude<keyof FundStatus['total'], 'deliveryRate'>;

function BreakdownTable({
  testId,
  head,
  extraHeads = [],
  rows,
  columns,
  money,
  rate = false,
}: {
  testId: string;
  head: string;
  extraHeads?: string[];
  rows: { key: string; label: ReactNode; extra?: string[]; figures: FundStatus['total'] | undefined }[];
  columns: FigureKey[];
  money: (minor: string) => string;
  rate?: boolean;
}) {
  const { t, i18n } = useTranslation();
  if (rows.length === 0) return <Text>{t('fund.noneYet')}</Text>;
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table data-testid={testId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{head}</Table.Th>
            {extraHeads.map((h) => (
              <Table.Th scope="col" key={h}>
                {h}
              </Table.Th>
            ))}
            {columns.map((c) => (
              <Table.Th scope="col" key={c}>
                {t(`fund.columns.${c}`)}
              </Table.Th>
            ))}
            {rate && <Table.Th scope="col">{t('fund.figures.deliveryRate')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.key}>
              <Table.Th scope="row">{r.label}</Table.Th>
              {(r.extra ?? []).map((e, i) => (
                <Table.Td key={extraHeads[i]}>{e}</Table.Td>
              ))}
              {columns.map((c) => (
                <Table.Td key={c}>{money(r.figures?.[c] ?? '0')}</Table.Td>
              ))}
              {rate && <Table.Td>{formatRate(r.figures?.deliveryRate ?? null, numberLocale(i18n.language))}</Table.Td>}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The Sankey chart, and its flows as a table: shown on request, otherwise for screen readers only. */
function FlowsCard({
  fund,
  byDonor,
  byWindow,
  byProject,
  donorName,
}: {
  fund: Fund;
  byDonor: FundStatus;
  byWindow: FundStatus;
  byProject: FundStatus;
  donorName: (id: string) => string;
}) {
  const { t, i18n } = useTranslation();
  const [view, setView] = useState('chart');
  const money = useMoneyText(fund.baseCurrency);
  const flows = useMemo(
    () => sankeyOf(fund, byDonor, byWindow, byProject, { donor: donorName, fund: fund.name, unearmarked: t('fund.unearmarked') }),
    [fund, byDonor, byWindow, byProject, donorName, t],
  );
  const label = (nodeId: string) => flows.nodes.find((n) => n.id === nodeId)?.label ?? '';
  const table = (
    <Table data-testid="flows-table" withTableBorder>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('fund.from')}</Table.Th>
          <Table.Th scope="col">{t('fund.to')}</Table.Th>
          <Table.Th scope="col">{t('fund.amount')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {flows.links.map((l) => (
          <Table.Tr key={`${l.source}>${l.target}`}>
            <Table.Th scope="row">{label(l.source)}</Table.Th>
            <Table.Td>{label(l.target)}</Table.Td>
            <Table.Td>{money(l.amountMinor)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
  return (
    <Card withBorder component="section" aria-labelledby="flows-title">
      <Group justify="space-between" mb="sm">
        <Title order={3} id="flows-title" size="h4">
          {t('fund.flows')}
        </Title>
        <SegmentedControl
          value={view}
          onChange={setView}
          data={[
            { value: 'chart', label: t('fund.chart') },
            { value: 'table', label: t('fund.table') },
          ]}
        />
      </Group>
      {flows.links.length === 0 ? (
        <Text>{t('fund.noFlows')}</Text>
      ) : (
        view === 'chart' && (
          <Suspense fallback={<Text>{t('app.loading')}</Text>}>
            <FundSankey nodes={flows.nodes} links={flows.links} rtl={i18n.dir() === 'rtl'} locale={i18n.language} label={t('fund.flowsLabel')} formatAmount={money} />
          </Suspense>
        )
      )}
      {view === 'table' ? <Table.ScrollContainer minWidth={400}>{table}</Table.ScrollContainer> : <VisuallyHidden>{table}</VisuallyHidden>}
    </Card>
  );
}
