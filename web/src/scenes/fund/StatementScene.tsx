// A donor's statement for a period: its opening and closing balances (pledged, committed,
// paid in, refunded, the administrative agent's fee, its share of the fund's interest and
// direct costs) and each of its transactions, as the API computes them; the same as CSV.
// Who may read it (the donor, the administrative agent, the secretariat) is the API's answer:
// anyone else sees its refusal.
import './i18n/index.ts';
import { Button, Card, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router-dom';
import { type DonorStatement, api } from '../../api/client.ts';
import { formatMoney } from '../../components/Money.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { BackToFund, useMoneyText } from './FundParts.tsx';
import { fundKey, useFund } from './fundData.ts';
import { useFocusFirstError } from './formErrors.ts';
import { useFormats } from '../../components/formats.ts';

const BALANCES = ['pledged', 'committed', 'deposits', 'refunds', 'contributions', 'aaFees', 'interestShare', 'directCostsShare', 'balance'] as const;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function StatementScene() {
  const { t, i18n } = useTranslation();
  const { id = '', donorId = '' } = useParams();
  const fund = useFund(id);
  const [params, setParams] = useSearchParams();
  const period = { from: params.get('from') ?? undefined, to: params.get('to') ?? undefined };
  const statement = useQuery({
    queryKey: [...fundKey(id), 'statement', donorId, period],
    queryFn: () => api.donorStatement(id, donorId, period),
  });
  return (
    <Stack>
      <BackToFund fundId={id} name={fund.data?.name} />
      <Title order={2}>{t('fund.statementTitle', { name: statement.data?.donor.name ?? t('fund.donor') })}</Title>
      <PeriodForm
        from={period.from ?? ''}
        to={period.to ?? ''}
        onChange={(from, to) => setParams(Object.fromEntries(Object.entries({ from, to }).filter(([, v]) => v !== '')), { replace: true })}
      />
      <Group>
        <Button component="a" variant="default" href={api.donorStatementCsvUrl(id, donorId, { ...period, lang: i18n.language })} download>
          {t('fund.downloadStatement')}
        </Button>
      </Group>
      <QueryState query={statement}>{(s) => <Statement statement={s} />}</QueryState>
    </Stack>
  );
}

/** The period, applied when submitted: each date checked here and named under its field. */
function PeriodForm({ from, to, onChange }: { from: string; to: string; onChange: (from: string, to: string) => void }) {
  const { t } = useTranslation();
  const [form, setForm] = useState({ from, to });
  const [errors, setErrors] = useState<{ from?: string; to?: string }>({});
  const formRef = useRef<HTMLFormElement>(null);
  // Once the messages are shown, the first field in error takes the focus.
  useFocusFirstError(formRef, errors);
  return (
    <Card
      withBorder
      maw={640}
      component="form"
      ref={formRef}
      aria-labelledby="statement-period-title"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const found: { from?: string; to?: string } = {};
        if (form.from && !DATE.test(form.from)) found.from = t('fund.errors.date');
        if (form.to && !DATE.test(form.to)) found.to = t('fund.errors.date');
        if (!found.from && !found.to && form.from && form.to && form.to < form.from) found.to = t('fund.errors.periodOrder');
        setErrors(found);
        if (!found.from && !found.to) onChange(form.from, form.to);
      }}
    >
      <Title order={3} size="h5" id="statement-period-title" mb="xs">
        {t('fund.statementPeriod')}
      </Title>
      <Group align="end">
        <TextInput
          label={t('fund.periodFrom')}
          type="date"
          value={form.from}
          onChange={(e) => {
            const value = e.currentTarget.value;
            setForm((f) => ({ ...f, from: value }));
          }}
          error={errors.from}
        />
        <TextInput
          label={t('fund.periodTo')}
          type="date"
          value={form.to}
          onChange={(e) => {
            const value = e.currentTarget.value;
            setForm((f) => ({ ...f, to: value }));
          }}
          error={errors.to}
        />
        <Button type="submit" variant="light">
          {t('fund.showStatement')}
        </Button>
      </Group>
    </Card>
  );
}

function Statement({ statement: s }: { statement: DonorStatement }) {
  const { t, i18n } = useTranslation();
  const fmt = useFormats();
  const money = useMoneyText(s.currency);
  return (
    <Stack>
      <section aria-labelledby="statement-balances-title">
        <Title order={3} size="h4" id="statement-balances-title" mb="sm">
          {t('fund.statementBalances')}
        </Title>
        <Table.ScrollContainer minWidth={480}>
          <Table data-testid="statement-balances" maw={720}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('fund.figure')}</Table.Th>
                <Table.Th scope="col">{s.from ? t('fund.openingOn', { date: s.from }) : t('fund.opening')}</Table.Th>
                <Table.Th scope="col">{s.to ? t('fund.closingOn', { date: s.to }) : t('fund.closing')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {BALANCES.map((key) => (
                <Table.Tr key={key} data-balance={key}>
                  <Table.Th scope="row" fw={key === 'balance' ? 700 : 400}>
                    {t(`fund.statementFigures.${key}`)}
                  </Table.Th>
                  <Table.Td>{money(s.opening[key])}</Table.Td>
                  <Table.Td fw={key === 'balance' ? 700 : undefined}>{money(s.closing[key])}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </section>
      <section aria-labelledby="statement-lines-title">
        <Title order={3} size="h4" id="statement-lines-title" mb="sm">
          {t('fund.transactions')}
        </Title>
        {s.lines.length === 0 ? (
          <Text>{t('fund.noTransactions')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table data-testid="statement-lines">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('fund.valueDate')}</Table.Th>
                  <Table.Th scope="col">{t('fund.kind')}</Table.Th>
                  <Table.Th scope="col">{t('fund.amount')}</Table.Th>
                  <Table.Th scope="col">{t('fund.aaFee')}</Table.Th>
                  <Table.Th scope="col">{t('fund.description')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {s.lines.map((l) => (
                  <Table.Tr key={l.transactionId}>
                    <Table.Td>{fmt.day(l.valueDate)}</Table.Td>
                    <Table.Td>{l.reversedKind ? t('fund.reversalOf', { kind: t(`fund.kinds.${l.reversedKind}`) }) : t(`fund.kinds.${l.kind}`)}</Table.Td>
                    <Table.Td>
                      {money(l.amountMinor)}
                      {l.original && (
                        <Text size="xs" component="span" display="block">
                          {t('fund.original', { amount: formatMoney(l.original.amountMinor, l.original.currency, i18n.language), rate: l.original.rate })}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{money(l.aaFeeMinor)}</Table.Td>
                    <Table.Td>{l.description || '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </section>
    </Stack>
  );
}
