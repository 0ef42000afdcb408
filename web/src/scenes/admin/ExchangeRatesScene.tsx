// The secretariat's exchange rates (/admin/exchange-rates, issue 9 item 5, ADR 0031): the
// dated rates, newest first, filtered by a currency; one added; one deleted after the question
// asked in place; a CSV file imported all or nothing, each refused row named with its column.
// The API keeps every rate as an exact decimal; this page sends and shows the text as typed.
import { Alert, Anchor, Button, Card, FileInput, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CURRENCIES } from '../../../../common/currencies.ts';
import { ApiError, type ExchangeRate, type FieldError, api } from '../../api/client.ts';
import { ConfirmAction } from '../../components/ConfirmAction.tsx';
import { LoadMore } from '../../components/LoadMore.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { useFormats } from '../../components/formats.ts';
import { usePagedList } from '../../hooks/usePagedList.ts';
import { useSession } from '../../hooks/useSession.ts';
import './rates-i18n/index.ts';

const currencyOptions = CURRENCIES.map((c) => ({ value: c, label: c }));

export function ExchangeRatesScene() {
  const { t } = useTranslation();
  const session = useSession();
  const [currency, setCurrency] = useState<string | null>(null);
  const { query, rows } = usePagedList(['exchange-rates', currency], (cursor) => api.exchangeRates({ currency: currency ?? undefined, cursor, limit: 100 }));
  if (session.data && !session.data.abilities.manageExchangeRates) return <Alert color="red">{t('rates.notAllowed')}</Alert>;
  return (
    <Stack>
      <Title order={2}>{t('rates.title')}</Title>
      <Text maw={820}>{t('rates.intro')}</Text>
      <Card withBorder component="section" aria-labelledby="new-rate" maw={1000}>
        <Title order={3} size="h4" id="new-rate" mb="sm">
          {t('rates.add')}
        </Title>
        <RateForm />
      </Card>
      <Card withBorder component="section" aria-labelledby="import-rates" maw={1000}>
        <Title order={3} size="h4" id="import-rates" mb="sm">
          {t('rates.import')}
        </Title>
        <ImportForm />
      </Card>
      <Select label={t('rates.filter')} data={currencyOptions} value={currency} onChange={setCurrency} searchable clearable w={200} />
      <QueryState query={query}>
        {() =>
          rows.length === 0 ? (
            <Text>{t('rates.none')}</Text>
          ) : (
            <>
              <Table data-testid="rates-table" maw={1000}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('rates.currency')}</Table.Th>
                    <Table.Th scope="col">{t('rates.baseCurrency')}</Table.Th>
                    <Table.Th scope="col">{t('rates.rate')}</Table.Th>
                    <Table.Th scope="col">{t('rates.validFrom')}</Table.Th>
                    <Table.Th scope="col">{t('rates.source')}</Table.Th>
                    <Table.Th scope="col">{t('rates.actions')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((r) => (
                    <RateRow key={r.id} rate={r} />
                  ))}
                </Table.Tbody>
              </Table>
              <LoadMore query={query} />
            </>
          )
        }
      </QueryState>
    </Stack>
  );
}

function RateRow({ rate: r }: { rate: ExchangeRate }) {
  const { t } = useTranslation();
  const fmt = useFormats();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const pair = t('rates.pair', { from: r.currency, to: r.baseCurrency });
  const remove = useMutation({
    mutationFn: () => api.deleteExchangeRate(r.id),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['exchange-rates'] });
      await queryClient.invalidateQueries({ queryKey: ['need'] });
    },
  });
  return (
    <>
      <Table.Tr>
        <Table.Td>{r.currency}</Table.Td>
        <Table.Td>{r.baseCurrency}</Table.Td>
        <Table.Td dir="ltr">{r.rate}</Table.Td>
        <Table.Td>{fmt.day(r.validFrom)}</Table.Td>
        <Table.Td>{r.source || '—'}</Table.Td>
        <Table.Td>
          <Anchor component="button" type="button" onClick={() => setConfirming(true)} aria-label={t('rates.deleteNamed', { pair, day: fmt.day(r.validFrom) })}>
            {t('rates.delete')}
          </Anchor>
        </Table.Td>
      </Table.Tr>
      {confirming && (
        <Table.Tr>
          <Table.Td colSpan={6}>
            <ConfirmAction
              title={t('rates.confirmTitle')}
              message={t('rates.confirmDelete', { pair, day: fmt.day(r.validFrom) })}
              confirmLabel={t('rates.confirmYes')}
              cancelLabel={t('rates.cancel')}
              onConfirm={() => remove.mutate()}
              onCancel={() => setConfirming(false)}
              loading={remove.isPending}
              danger
            />
            {remove.isError && (
              <Alert color="red" role="alert" mt="sm">
                {remove.error.message}
              </Alert>
            )}
          </Table.Td>
        </Table.Tr>
      )}
    </>
  );
}

type Fields = { currency: string | null; baseCurrency: string | null; rate: string; validFrom: string; source: string };
const empty: Fields = { currency: null, baseCurrency: 'USD', rate: '', validFrom: '', source: '' };

function RateForm() {
  const { t } = useTranslation();
  const fmt = useFormats();
  const queryClient = useQueryClient();
  const [f, setF] = useState<Fields>(empty);
  const set = <K extends keyof Fields>(key: K, value: Fields[K]) => setF((x) => ({ ...x, [key]: value }));
  const save = useMutation({
    // The rate goes as the text typed, with a decimal comma read as a point: never through a float.
    mutationFn: () =>
      api.createExchangeRate({
        currency: (f.currency ?? '') as 'USD',
        baseCurrency: (f.baseCurrency ?? '') as 'USD',
        rate: f.rate.trim().replace(',', '.'),
        validFrom: f.validFrom,
        source: f.source,
      }),
    onSuccess: async () => {
      setF(empty);
      await queryClient.invalidateQueries({ queryKey: ['exchange-rates'] });
      await queryClient.invalidateQueries({ queryKey: ['need'] });
    },
  });
  const err = save.error instanceof ApiError ? save.error : undefined;
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      {save.isError && !err?.errors.length && (
        <Alert color="red" role="alert" mb="sm">
          {save.error.message}
        </Alert>
      )}
      {save.isSuccess && (
        <Alert color="teal" role="status" mb="sm">
          {t('rates.added', { pair: t('rates.pair', { from: save.data.currency, to: save.data.baseCurrency }), day: fmt.day(save.data.validFrom) })}
        </Alert>
      )}
      <Group align="start">
        <Select
          label={t('rates.currency')}
          data={currencyOptions}
          value={f.currency}
          onChange={(v) => set('currency', v)}
          searchable
          required
          w={130}
          error={err?.fieldError('currency')}
        />
        <Select
          label={t('rates.baseCurrency')}
          data={currencyOptions}
          value={f.baseCurrency}
          onChange={(v) => set('baseCurrency', v)}
          searchable
          required
          w={130}
          error={err?.fieldError('baseCurrency')}
        />
        <TextInput
          label={t('rates.rate')}
          description={t('rates.rateHelp')}
          inputMode="decimal"
          dir="ltr"
          value={f.rate}
          onChange={(e) => set('rate', e.currentTarget.value)}
          required
          w={170}
          error={err?.fieldError('rate')}
        />
        <TextInput
          label={t('rates.validFrom')}
          type="date"
          value={f.validFrom}
          onChange={(e) => set('validFrom', e.currentTarget.value)}
          required
          w={170}
          error={err?.fieldError('validFrom')}
        />
        <TextInput label={t('rates.source')} value={f.source} onChange={(e) => set('source', e.currentTarget.value)} w={200} error={err?.fieldError('source')} />
      </Group>
      <Button type="submit" mt="sm" loading={save.isPending}>
        {t('rates.addButton')}
      </Button>
    </form>
  );
}

/** One refusal of the file in the reader's language: `body.csv.<row>.<column>` or `body.csv.header.<column>`. */
function problemText(t: (key: string, options?: Record<string, unknown>) => string, e: FieldError) {
  const [, , row, column] = e.path.split('.');
  if (row === 'header') return t('rates.headerProblem', { column });
  if (!column) return e.message;
  const problem =
    e.rule && ['required', 'invalid_value', 'invalid_format', 'too_small', 'too_big', 'duplicate', 'exists', 'custom'].includes(e.rule) ? t(`rates.problem.${e.rule}`) : e.message;
  return t('rates.rowProblem', { row, column, problem });
}

function ImportForm() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const run = useMutation({
    mutationFn: async () => api.importExchangeRates(await file!.text()),
    onSuccess: async () => {
      setFile(null);
      await queryClient.invalidateQueries({ queryKey: ['exchange-rates'] });
      await queryClient.invalidateQueries({ queryKey: ['need'] });
    },
  });
  const err = run.error instanceof ApiError ? run.error : undefined;
  const rowProblems = err?.errors.filter((e) => e.path.startsWith('body.csv.')) ?? [];
  const fileProblem = err?.errors.find((e) => e.path === 'body.csv');
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (file) run.mutate();
      }}
    >
      <Text size="sm" mb="sm">
        {t('rates.importHelp')}
      </Text>
      <Group align="end">
        <FileInput
          label={t('rates.file')}
          accept=".csv,text/csv"
          value={file}
          onChange={setFile}
          clearable
          w={320}
          error={fileProblem ? fileProblem.message : rowProblems.length ? t('rates.importProblems') : undefined}
        />
        <Button type="submit" disabled={!file} loading={run.isPending}>
          {t('rates.importButton')}
        </Button>
      </Group>
      {run.isSuccess && (
        <Alert color="teal" role="status" mt="sm">
          {t('rates.imported', { count: run.data.created })}
        </Alert>
      )}
      {run.isError && !err?.errors.length && (
        <Alert color="red" role="alert" mt="sm">
          {run.error.message}
        </Alert>
      )}
      {rowProblems.length > 0 && (
        <Alert color="red" role="alert" mt="sm" title={t('rates.importProblems')}>
          <ul data-testid="import-problems">
            {rowProblems.map((e) => (
              <li key={e.path}>{problemText(t, e)}</li>
            ))}
          </ul>
        </Alert>
      )}
    </form>
  );
}
