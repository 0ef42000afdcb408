// Pieces the fund's pages share: the funding figures, the transactions table, the way back.
import { Anchor, Badge, Card, SimpleGrid, Table, Text } from '@mantine/core';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Fund, FundTransaction, StatusFigures } from '../../api/client.ts';
import { formatMoney } from '../../components/Money.tsx';
import { numberLocale } from '../../i18n/index.ts';
import { FIGURES, formatRate } from './fundData.ts';
import { useFormats } from '../../components/formats.ts';

/** Minor units (a number or an exact decimal string) as money text in the reader's language. */
export function useMoneyText(currency: string) {
  const { i18n } = useTranslation();
  const lang = i18n.language;
  return useCallback((amountMinor: string | number) => formatMoney(amountMinor, currency, lang), [currency, lang]);
}

/** The funding status as figures: one card each, the delivery rate last. */
export function FigureGrid({ figures, currency, keys, testId }: { figures: StatusFigures; currency: string; keys?: string[]; testId: string }) {
  const { t, i18n } = useTranslation();
  const money = useMoneyText(currency);
  const shown = keys ? FIGURES.filter((f) => keys.includes(f.key)) : FIGURES;
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 4 }} data-testid={testId} component="dl" style={{ margin: 0 }}>
      {shown.map((f) => (
        <Card key={f.key} withBorder padding="sm" data-figure={f.key}>
          <Text component="dt" size="sm" c="dimmed">
            {t(`fund.figures.${f.key}`)}
          </Text>
          <Text component="dd" fw={600} size="lg" m={0} data-testid={`figure-${f.key}`}>
            {money(f.value(figures))}
          </Text>
        </Card>
      ))}
      {(!keys || keys.includes('deliveryRate')) && (
        <Card withBorder padding="sm" data-figure="deliveryRate">
          <Text component="dt" size="sm" c="dimmed">
            {t('fund.figures.deliveryRate')}
          </Text>
          <Text component="dd" fw={600} size="lg" m={0} data-testid="figure-deliveryRate">
            {formatRate(figures.deliveryRate, numberLocale(i18n.language))}
          </Text>
        </Card>
      )}
    </SimpleGrid>
  );
}

/** Who a transaction is about: the donor, the window, the project (its partner). */
function counterpart(tx: FundTransaction, fund: Fund, donorName: (id: string) => string): string {
  const parts: string[] = [];
  if (tx.donorOrgId) parts.push(donorName(tx.donorOrgId));
  const project = fund.projects.find((p) => p.id === tx.projectId);
  if (project) parts.push(`${project.title} (${project.partner.name})`);
  else if (tx.windowId) parts.push(fund.windows.find((w) => w.id === tx.windowId)?.name ?? '');
  if (tx.feeKind) parts.push(tx.feeKind);
  return parts.filter(Boolean).join(' · ') || '—';
}

export function TransactionsTable({
  fund,
  rows,
  donorName,
  testId = 'transactions-table',
}: {
  fund: Fund;
  rows: FundTransaction[];
  donorName: (id: string) => string;
  testId?: string;
}) {
  const { t, i18n } = useTranslation();
  const fmt = useFormats();
  const money = useMoneyText(fund.baseCurrency);
  if (rows.length === 0) return <Text>{t('fund.noTransactions')}</Text>;
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table data-testid={testId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('fund.valueDate')}</Table.Th>
            <Table.Th scope="col">{t('fund.kind')}</Table.Th>
            <Table.Th scope="col">{t('fund.amount')}</Table.Th>
            <Table.Th scope="col">{t('fund.about')}</Table.Th>
            <Table.Th scope="col">{t('fund.description')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((tx) => (
            <Table.Tr key={tx.id}>
              <Table.Td>{fmt.day(tx.valueDate)}</Table.Td>
              <Table.Td>
                {t(`fund.kinds.${tx.kind}`)}
                {tx.reversedBy && (
                  <Badge ms="xs" variant="outline" color="dark">
                    {t('fund.reversed')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                {money(tx.amount.amountMinor)}
                {tx.original && (
                  <Text size="xs" component="span" display="block">
                    {t('fund.original', { amount: formatMoney(tx.original.amountMinor, tx.original.currency, i18n.language), rate: tx.original.rate })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{counterpart(tx, fund, donorName)}</Table.Td>
              <Table.Td>{tx.description || '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function BackToFund({ fundId, name }: { fundId: string; name?: string }) {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to={`/funds/${fundId}`}>
      {name ? t('fund.backTo', { name }) : t('fund.back')}
    </Anchor>
  );
}
