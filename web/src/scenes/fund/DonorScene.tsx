// One donor of a fund: what it pledged, committed, paid in and had refunded, and its
// transactions (those the reader may see: the fund's own visibility decides).
import './i18n/index.ts';
import { Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
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
  const org = useQuery({ queryKey: ['organisation', donorId], queryFn: () => api.organisation(donorId) });
  const byDonor = useFundStatus(fund.id, 'donor');
  const { query, rows } = usePagedList([...fundKey(fund.id), 'transactions'], (cursor) => api.fundTransactions(fund.id, { cursor, limit: 20 }));
  // The API filters transactions by kind and project, not by donor: this page shows the donor's among those loaded.
  const own = useMemo(() => rows.filter((tx) => tx.donorOrgId === donorId), [rows, donorId]);
  const name = org.data?.name ?? '…';
  return (
    <Stack>
      <Title order={2}>{t('fund.donorTitle', { name })}</Title>
      <QueryState query={byDonor}>
        {(s) => {
          const g = s.groups.find((x) => x.key === donorId);
          return g ? <FigureGrid figures={g.figures} currency={s.currency} keys={DONOR_FIGURES} testId="donor-figures" /> : <Text>{t('fund.noneYet')}</Text>;
        }}
      </QueryState>
      <Title order={3} size="h4">
        {t('fund.transactions')}
      </Title>
      <QueryState query={query}>{() => <TransactionsTable fund={fund} rows={own} donorName={() => name} />}</QueryState>
      <LoadMore query={query} />
    </Stack>
  );
}
