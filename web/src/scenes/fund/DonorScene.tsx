// One donor of a fund: what it pledged, committed, paid in and had refunded, its transactions
// (the API's donor filter: those the reader may see, the fund's own visibility deciding), and
// a link to its statement.
import './i18n/index.ts';
import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { type Fund, api } from '../../api/client.ts';
import { LoadMore } from '../../components/LoadMore.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { usePagedList } from '../../hooks/usePagedList.ts';
import { BackToFund, FigureGrid, TransactionsTable } from './FundParts.tsx';
import { fundKey, useFund, useFundStatus } from './fundData.ts';

const DONOR_FIGURES = ['pledged', 'committed', 'deposited', 'refunded'];

export function DonorScene() {
  const { id = '', donorId = '' } = useParams();
  const fund = useFund(id);
  return (
    <Stack>
      <BackToFund fundId={id} name={fund.data?.name} />
      <QueryState query={fund}>{(f) => <Donor fund={f} donorId={donorId} />}</QueryState>
    </Stack>
  );
}

function Donor({ fund, donorId }: { fund: Fund; donorId: string }) {
  const { t } = useTranslation();
  const byDonor = useFundStatus(fund.id, 'donor');
  const { query, rows } = usePagedList([...fundKey(fund.id), 'transactions', { donor: donorId }], (cursor) => api.fundTransactions(fund.id, { donor: donorId, cursor, limit: 20 }));
  const group = byDonor.data?.groups.find((g) => g.key === donorId);
  // The funding status by donor names the donor.
  const name = group?.name ?? (byDonor.isPending ? '…' : t('fund.donor'));
  return (
    <Stack>
      <Title order={2}>{t('fund.donorTitle', { name })}</Title>
      <Group>
        <Anchor component={Link} to={`/funds/${fund.id}/donors/${donorId}/statement`}>
          {t('fund.statement')}
        </Anchor>
      </Group>
      <QueryState query={byDonor}>
        {(s) => {
          const g = s.groups.find((x) => x.key === donorId);
          return g ? <FigureGrid figures={g.figures} currency={s.currency} keys={DONOR_FIGURES} testId="donor-figures" /> : <Text>{t('fund.noneYet')}</Text>;
        }}
      </QueryState>
      <Title order={3} size="h4">
        {t('fund.transactions')}
      </Title>
      <QueryState query={query}>{() => <TransactionsTable fund={fund} rows={rows} donorName={() => name} />}</QueryState>
      <LoadMore query={query} />
    </Stack>
  );
}
