// The administrative agent's entry of one ledger transaction: a form per kind with only that
// kind's fields, a confirmation before anything is posted (entries are permanent; a mistake
// is corrected by a reversal), and one Idempotency-Key per attempt, sent again with every
// retry, so a double click or a lost answer never posts twice.
import './i18n/index.ts';
import { Alert, Button, Group, Modal, Radio, Select, Stack, Table, Text, TextInput, Textarea } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { CURRENCIES } from '../../../../common/currencies.ts';
import { FUND_KINDS } from '../../../../common/fund-kinds.ts';
import { ApiError, type Fund, type FundKind, type TransactionInput, api } from '../../api/client.ts';
import { FormPage } from '../../components/FormPage.tsx';
import { formatMoney } from '../../components/Money.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { moneyField } from '../../forms.ts';
import { useFormGuard } from '../../hooks/useFormGuard.ts';
import { useMoneyText } from './FundParts.tsx';
import { fundKey, useFund } from './fundData.ts';
import { IdempotentAttempt, withRetries } from './idempotency.ts';
import { useFormats } from '../../components/formats.ts';

export const KINDS: readonly FundKind[] = FUND_KINDS;
/** Kinds a donor's money may come in another currency for (with its rate). */
const FOREIGN = new Set<FundKind>(['pledge', 'commitment', 'deposit']);
/** Window: '' is the unearmarked pool. */
const POOL = '';

interface FormState {
  valueDate: string;
  amount: string;
  currency: string;
  rate: string;
  donorOrgId: string | null;
  windowId: string;
  projectId: string | null;
  /** Interest earned by the fund or on a project's balance; a refund to a donor or from a partner. */
  side: 'fund' | 'project';
  feeKind: string;
  reversesId: string | null;
  description: string;
}

const today = () => new Date().toISOString().slice(0, 10);
const empty = (currency: string): FormState => ({
  valueDate: today(),
  amount: '',
  currency,
  rate: '',
  donorOrgId: null,
  windowId: POOL,
  projectId: null,
  side: 'fund',
  feeKind: '',
  reversesId: null,
  description: '',
});

/** Which fields a kind takes (the server's rule, fund.schema.ts: ADR 0015). */
export function fieldsOf(kind: FundKind, side: 'fund' | 'project') {
  const f = { amount: kind !== 'reversal', foreign: FOREIGN.has(kind), donor: false, window: false, project: false, side: false, feeKind: false, reverses: kind === 'reversal' };
  if (kind === 'pledge' || kind === 'commitment') f.donor = true;
  if (kind === 'deposit') Object.assign(f, { donor: true, window: true });
  if (kind === 'interest') Object.assign(f, { side: true, window: side === 'fund', project: side === 'project' });
  if (kind === 'refund') Object.assign(f, { side: true, donor: side === 'fund', window: side === 'fund', project: side === 'project' });
  if (kind === 'allocation' || kind === 'transfer' || kind === 'expenditure') f.project = true;
  if (kind === 'fee') Object.assign(f, { window: true, feeKind: true });
  return f;
}

export function TransactionScene() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const fund = useFund(id);
  return <QueryState query={fund}>{(f) => (f.abilities.post ? <TransactionForm fund={f} /> : <Alert role="alert">{t('fund.mayNotPost')}</Alert>)}</QueryState>;
}

function TransactionForm({ fund }: { fund: Fund }) {
  const { t } = useTranslation();
  const fmt = useFormats();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const kind = (KINDS.includes(params.get('kind') as FundKind) ? params.get('kind') : 'deposit') as FundKind;
  // The empty form is the baseline: what is typed against it is kept as a draft (a session that
  // expires mid-entry loses nothing) and leaving with it asks first.
  const baseline = useMemo(() => empty(fund.baseCurrency), [fund.baseCurrency]);
  const [form, setForm] = useState<FormState>(baseline);
  const guard = useFormGuard(form, baseline, setForm);
  const [confirming, setConfirming] = useState<TransactionInput | null>(null);
  const [localError, setLocalError] = useState<ApiError | null>(null);
  const attempt = useRef(new IdempotentAttempt());
  // Set at once on the first click, before React re-renders the button as busy: a double click sends one request.
  const sending = useRef(false);
  const money = useMoneyText(fund.baseCurrency);
  const fields = fieldsOf(kind, form.side);
  const set = <K extends keyof FormState>(key: K, value: FormState[K]) => setForm((f) => ({ ...f, [key]: value }));

  const orgs = useQuery({ queryKey: ['organisations', 'picker'], queryFn: () => api.organisations({ limit: 200 }), enabled: fields.donor });
  const reversible = useQuery({
    queryKey: [...fundKey(fund.id), 'transactions', 'reversible'],
    queryFn: () => api.fundTransactions(fund.id, { limit: 200 }),
    enabled: fields.reverses,
  });
  const windows = [{ value: POOL, label: t('fund.unearmarked') }, ...fund.windows.map((w) => ({ value: w.id, label: `${w.code} · ${w.name}` }))];
  const projects = fund.projects.map((p) => ({ value: p.id, label: `${p.title} (${p.partner.name})` }));
  const reversibleOptions = useMemo(
    () =>
      (reversible.data?.items ?? [])
        .filter((tx) => tx.kind !== 'reversal' && !tx.reversedBy)
        .map((tx) => ({ value: tx.id, label: `#${tx.seq} · ${fmt.day(tx.valueDate)} · ${t(`fund.kinds.${tx.kind}`)} · ${money(tx.amount.amountMinor)}` })),
    [reversible.data, t, money, fmt],
  );

  /** The request as the server reads it: only this kind's fields. */
  const build = (): TransactionInput => {
    const body: TransactionInput = { kind, valueDate: form.valueDate, description: form.description };
    if (fields.amount) {
      const currency = fields.foreign ? form.currency : fund.baseCurrency;
      const amount = moneyField(form.amount, currency, { path: 'body.amount.amountMinor', label: t('fund.amount'), positive: true });
      if (!amount) throw new ApiError(400, t('fund.amountRequired'), [{ path: 'body.amount.amountMinor', message: t('fund.amountRequired') }]);
      body.amount = amount as TransactionInput['amount'];
      if (currency !== fund.baseCurrency) body.rate = form.rate.trim().replace(',', '.');
    }
    if (fields.donor && form.donorOrgId) body.donorOrgId = form.donorOrgId;
    if (fields.window) body.windowId = form.windowId === POOL ? null : form.windowId;
    if (fields.project && form.projectId) body.projectId = form.projectId;
    if (fields.feeKind) body.feeKind = form.feeKind.trim();
    if (fields.reverses && form.reversesId) body.reversesId = form.reversesId;
    return body;
  };

  const post = useMutation({
    mutationFn: (body: TransactionInput) => {
      const key = attempt.current.keyFor(body);
      return withRetries(() => api.postTransaction(fund.id, body, key));
    },
    onSettled: () => {
      sending.current = false;
    },
    onSuccess: async () => {
      attempt.current.done();
      guard.clear();
      setConfirming(null);
      await queryClient.invalidateQueries({ queryKey: fundKey(fund.id) });
      navigate(`/funds/${fund.id}`);
    },
    onError: (e) => {
      setConfirming(null);
      setLocalError(e instanceof ApiError ? e : null);
    },
  });

  const review = () => {
    setLocalError(null);
    post.reset();
    try {
      setConfirming(build());
    } catch (e) {
      if (e instanceof ApiError) setLocalError(e);
      else throw e;
    }
  };
  const err = localError;
  const error = localError ?? (post.error as Error | null);

  return (
    <FormPage guard={guard} backTo={`/funds/${fund.id}`} backLabel={t('fund.backTo', { name: fund.name })} title={t('fund.newTransaction')} onSubmit={review} error={error}>
      <Select
        label={t('fund.kind')}
        data={KINDS.map((k) => ({ value: k, label: t(`fund.kinds.${k}`) }))}
        value={kind}
        onChange={(v) => {
          if (!v) return;
          setParams({ kind: v }, { replace: true });
          setLocalError(null);
        }}
        allowDeselect={false}
        description={t(`fund.kindHelp.${kind}`)}
        error={err?.fieldError('kind')}
        data-testid="kind-select"
      />
      <TextInput
        label={t('fund.valueDate')}
        type="date"
        required
        value={form.valueDate}
        onChange={(e) => set('valueDate', e.currentTarget.value)}
        error={err?.fieldError('valueDate')}
      />
      {fields.side && (
        <Radio.Group label={kind === 'interest' ? t('fund.interestOn') : t('fund.refundOf')} value={form.side} onChange={(v) => set('side', v as FormState['side'])}>
          <Group mt="xs">
            <Radio value="fund" label={kind === 'interest' ? t('fund.interestFund') : t('fund.refundToDonor')} />
            <Radio value="project" label={kind === 'interest' ? t('fund.interestProject') : t('fund.refundFromPartner')} />
          </Group>
        </Radio.Group>
      )}
      {fields.donor && (
        <Select
          label={t('fund.donor')}
          data={(orgs.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }))}
          value={form.donorOrgId}
          onChange={(v) => set('donorOrgId', v)}
          searchable
          required
          nothingFoundMessage={t('fund.noneFound')}
          error={err?.fieldError('donorOrgId')}
        />
      )}
      {fields.window && (
        <Select
          label={t('fund.window')}
          data={windows}
          value={form.windowId}
          onChange={(v) => set('windowId', v ?? POOL)}
          allowDeselect={false}
          error={err?.fieldError('windowId')}
        />
      )}
      {fields.project && (
        <Select
          label={t('fund.project')}
          data={projects}
          value={form.projectId}
          onChange={(v) => set('projectId', v)}
          searchable
          required
          nothingFoundMessage={t('fund.noneFound')}
          error={err?.fieldError('projectId')}
        />
      )}
      {fields.feeKind && (
        <TextInput
          label={t('fund.feeKind')}
          description={t('fund.feeKindHelp')}
          required
          value={form.feeKind}
          onChange={(e) => set('feeKind', e.currentTarget.value)}
          error={err?.fieldError('feeKind')}
        />
      )}
      {fields.reverses && (
        <Select
          label={t('fund.reverses')}
          description={t('fund.reversesHelp')}
          data={reversibleOptions}
          value={form.reversesId}
          onChange={(v) => set('reversesId', v)}
          searchable
          required
          nothingFoundMessage={t('fund.noneFound')}
          error={err?.fieldError('reversesId')}
        />
      )}
      {fields.amount && (
        <Group grow align="start">
          <TextInput
            label={t('fund.amount')}
            inputMode="decimal"
            required
            value={form.amount}
            onChange={(e) => set('amount', e.currentTarget.value)}
            error={err?.fieldError('amount')}
          />
          {fields.foreign ? (
            <Select
              label={t('fund.currency')}
              data={[...CURRENCIES]}
              value={form.currency}
              onChange={(v) => v && set('currency', v)}
              searchable
              allowDeselect={false}
              error={err?.fieldError('amount.currency')}
            />
          ) : (
            <TextInput label={t('fund.currency')} value={fund.baseCurrency} readOnly />
          )}
        </Group>
      )}
      {fields.foreign && form.currency !== fund.baseCurrency && (
        <TextInput
          label={t('fund.rate', { base: fund.baseCurrency, currency: form.currency })}
          inputMode="decimal"
          required
          value={form.rate}
          onChange={(e) => set('rate', e.currentTarget.value)}
          error={err?.fieldError('rate')}
        />
      )}
      <Textarea
        label={t('fund.description')}
        autosize
        minRows={2}
        value={form.description}
        onChange={(e) => set('description', e.currentTarget.value)}
        error={err?.fieldError('description')}
      />
      {err?.errors.some((e) => e.path === 'headers.idempotency-key') && <Text size="sm">{t('fund.retryHint')}</Text>}
      <Group>
        <Button type="submit" loading={post.isPending}>
          {t('fund.review')}
        </Button>
        <Button variant="default" component={Link} to={`/funds/${fund.id}`}>
          {t('fund.cancel')}
        </Button>
      </Group>
      <Modal opened={confirming !== null} onClose={() => !post.isPending && setConfirming(null)} title={t('fund.confirmTitle')} centered>
        {confirming && (
          <Stack>
            <Text>{t('fund.confirmText')}</Text>
            <Summary fund={fund} body={confirming} donorName={(orgId) => orgs.data?.items.find((o) => o.id === orgId)?.name ?? orgId} />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setConfirming(null)} disabled={post.isPending}>
                {t('fund.change')}
              </Button>
              {/* A second click while sending is ignored (and would carry the same key if it went out). */}
              <Button
                onClick={() => {
                  if (sending.current) return;
                  sending.current = true;
                  post.mutate(confirming);
                }}
                loading={post.isPending}
                data-autofocus
              >
                {t('fund.confirmPost')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </FormPage>
  );
}

/** What is about to be posted, read back in words. */
function Summary({ fund, body, donorName }: { fund: Fund; body: TransactionInput; donorName: (id: string) => string }) {
  const { t, i18n } = useTranslation();
  const rows: [string, string][] = [
    [t('fund.kind'), t(`fund.kinds.${body.kind}`)],
    [t('fund.valueDate'), body.valueDate],
  ];
  if (body.amount) rows.push([t('fund.amount'), formatMoney(body.amount.amountMinor, body.amount.currency, i18n.language)]);
  if (body.rate) rows.push([t('fund.rateShort'), body.rate]);
  if (body.donorOrgId) rows.push([t('fund.donor'), donorName(body.donorOrgId)]);
  if (body.windowId !== undefined) rows.push([t('fund.window'), fund.windows.find((w) => w.id === body.windowId)?.name ?? t('fund.unearmarked')]);
  if (body.projectId) rows.push([t('fund.project'), fund.projects.find((p) => p.id === body.projectId)?.title ?? body.projectId]);
  if (body.feeKind) rows.push([t('fund.feeKind'), body.feeKind]);
  if (body.reversesId) rows.push([t('fund.reverses'), body.reversesId]);
  if (body.description) rows.push([t('fund.description'), body.description]);
  return (
    <Table variant="vertical" withTableBorder data-testid="transaction-summary">
      <Table.Tbody>
        {rows.map(([k, v]) => (
          <Table.Tr key={k}>
            <Table.Th w={160}>{k}</Table.Th>
            <Table.Td>{v}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
