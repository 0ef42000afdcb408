// One project of a fund: its details (sector, place, status, dates, people reached), its
// money (allocated, transferred, spent), its transactions, its partner's progress reports,
// and where it is on a small map. The partner's reporting form shows only where the API says
// the reader may report (never worked out here from roles).
import './i18n/index.ts';
import { Alert, Button, Card, Group, Modal, NumberInput, Stack, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Suspense, lazy, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { ApiError, type Fund, type FundProject, type ProjectDetails, type TransactionInput, api } from '../../api/client.ts';
import { LoadMore } from '../../components/LoadMore.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { moneyField } from '../../forms.ts';
import { usePagedList } from '../../hooks/usePagedList.ts';
import { BackToFund, FigureGrid, TransactionsTable, useMoneyText } from './FundParts.tsx';
import { fundKey, useFund, useFundStatus, useOrgNames } from './fundData.ts';
import { type FieldErrors, useFieldErrors, useFocusFirstError } from './formErrors.ts';
import { IdempotentAttempt, withRetries } from './idempotency.ts';
import { useFormats } from '../../components/formats.ts';

const ProjectMap = lazy(() => import('./ProjectMap.tsx').then((m) => ({ default: m.ProjectMap })));

const PROJECT_FIGURES = ['allocated', 'transferred', 'spent', 'refunded', 'balanceWithPartners', 'netFunded'];

export function ProjectScene() {
  const { t } = useTranslation();
  const { id = '', projectId = '' } = useParams();
  const fund = useFund(id);
  return (
    <Stack>
      <BackToFund fundId={id} name={fund.data?.name} />
      <QueryState query={fund}>
        {(f) => {
          const project = f.projects.find((p) => p.id === projectId);
          return project ? <Project fund={f} project={project} /> : <Alert role="alert">{t('fund.projectNotFound')}</Alert>;
        }}
      </QueryState>
    </Stack>
  );
}

function Project({ fund, project }: { fund: Fund; project: FundProject }) {
  const { t } = useTranslation();
  const money = useMoneyText(fund.baseCurrency);
  const details = useQuery({
    queryKey: [...fundKey(fund.id), 'project', project.id, 'details'],
    // A project not described yet has no details (404): the page says so rather than failing.
    queryFn: () => api.projectDetails(fund.id, project.id).catch((e) => (e instanceof ApiError && e.status === 404 ? null : Promise.reject(e))),
  });
  const byProject = useFundStatus(fund.id, 'project');
  const { query: txQuery, rows } = usePagedList([...fundKey(fund.id), 'transactions', { projectId: project.id }], (cursor) =>
    api.fundTransactions(fund.id, { projectId: project.id, cursor, limit: 20 }),
  );
  const donorIds = [...new Set(rows.flatMap((tx) => (tx.donorOrgId ? [tx.donorOrgId] : [])))];
  const names = useOrgNames(donorIds);
  // What the reader may do, as the API says (the details' answer when the project has one).
  const abilities = details.data?.abilities ?? project.abilities;

  return (
    <Stack>
      <Stack gap={4}>
        <Title order={2}>{project.title}</Title>
        <Text size="sm">
          {t('fund.projectSubtitle', { partner: project.partner.name, window: project.window?.code ?? t('fund.unearmarked'), budget: money(project.budget.amountMinor) })}
        </Text>
      </Stack>

      <QueryState query={details}>{(d) => (d ? <DetailsCard details={d} /> : <Text>{t('fund.noDetails')}</Text>)}</QueryState>

      <section aria-labelledby="project-money-title">
        <Title order={3} size="h4" id="project-money-title" mb="sm">
          {t('fund.status')}
        </Title>
        <QueryState query={byProject}>
          {(s) => {
            const g = s.groups.find((x) => x.key === project.id);
            return g ? (
              <FigureGrid figures={g.figures} currency={s.currency} keys={[...PROJECT_FIGURES, 'deliveryRate']} testId="project-figures" />
            ) : (
              <Text>{t('fund.noneYet')}</Text>
            );
          }}
        </QueryState>
      </section>

      <section aria-labelledby="project-tx-title">
        <Title order={3} size="h4" id="project-tx-title" mb="sm">
          {t('fund.transactions')}
        </Title>
        <QueryState query={txQuery}>{() => <TransactionsTable fund={fund} rows={rows} donorName={(orgId) => names.get(orgId) ?? '…'} />}</QueryState>
        <LoadMore query={txQuery} />
      </section>

      {abilities.postExpenditure && <ExpenditureForm fund={fund} project={project} />}
      <Reports fund={fund} project={project} mayReport={abilities.report} />
    </Stack>
  );
}

function DetailsCard({ details: d }: { details: ProjectDetails }) {
  const { t, i18n } = useTranslation();
  const fmt = useFormats();
  const place = useQuery({ queryKey: ['location', d.locationId], queryFn: () => api.location(d.locationId!), enabled: d.locationId !== null });
  const row = (label: string, value: string) => (
    <Table.Tr key={label}>
      <Table.Th w={200}>{label}</Table.Th>
      <Table.Td>{value}</Table.Td>
    </Table.Tr>
  );
  const people = d.beneficiaries;
  const located = place.data && place.data.latitude !== null && place.data.longitude !== null ? place.data : null;
  return (
    <Group align="start" wrap="wrap">
      <Table variant="vertical" withTableBorder maw={640} data-testid="project-details">
        <Table.Tbody>
          {row(t('fund.sector'), `${d.sector} · ${d.sectorName}`)}
          {row(t('fund.place'), d.locationName ?? '—')}
          {row(t('fund.activityStatus'), t(`fund.activityStatuses.${d.status}`))}
          {row(t('fund.planned'), `${d.plannedStart} – ${d.plannedEnd}`)}
          {row(t('fund.actual'), `${d.actualStart ?? '…'} – ${d.actualEnd ?? '…'}`)}
          {row(t('fund.iatiIdentifier'), d.iatiIdentifier)}
          {row(
            t('fund.reached'),
            people
              ? t('fund.reachedValue', {
                  women: fmt.number(people.women),
                  men: fmt.number(people.men),
                  girls: fmt.number(people.girls),
                  boys: fmt.number(people.boys),
                  asOf: fmt.day(people.asOf),
                })
              : '—',
          )}
          {d.description && row(t('fund.description'), d.description)}
        </Table.Tbody>
      </Table>
      {located && (
        <Suspense fallback={<Text>{t('app.loading')}</Text>}>
          <ProjectMap
            name={d.locationName ?? located.name}
            latitude={located.latitude!}
            locale={i18n.language}
            longitude={located.longitude!}
            label={t('fund.mapLabel', { place: d.locationName ?? located.name })}
          />
        </Suspense>
      )}
    </Group>
  );
}

function Reports({ fund, project, mayReport }: { fund: Fund; project: FundProject; mayReport: boolean }) {
  const { t } = useTranslation();
  const reports = useQuery({ queryKey: [...fundKey(fund.id), 'project', project.id, 'reports'], queryFn: () => api.projectReports(fund.id, project.id) });
  return (
    <section aria-labelledby="reports-title">
      <Title order={3} size="h4" id="reports-title" mb="sm">
        {t('fund.reports')}
      </Title>
      <QueryState query={reports}>
        {(list) =>
          list.length === 0 ? (
            <Text>{t('fund.noReports')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={600}>
              <Table data-testid="reports-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('fund.reportedOn')}</Table.Th>
                    <Table.Th scope="col">{t('fund.progress')}</Table.Th>
                    <Table.Th scope="col">{t('fund.women')}</Table.Th>
                    <Table.Th scope="col">{t('fund.men')}</Table.Th>
                    <Table.Th scope="col">{t('fund.girls')}</Table.Th>
                    <Table.Th scope="col">{t('fund.boys')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.map((r) => (
                    <Table.Tr key={r.id}>
                      <Table.Td>{r.reportedOn}</Table.Td>
                      <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{r.body}</Table.Td>
                      <Table.Td>{r.women}</Table.Td>
                      <Table.Td>{r.men}</Table.Td>
                      <Table.Td>{r.girls}</Table.Td>
                      <Table.Td>{r.boys}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )
        }
      </QueryState>
      {mayReport && <ReportForm fund={fund} project={project} />}
    </section>
  );
}

/**
 * The partner's expenditure on its project: a ledger transaction like the administrative
 * agent's, so confirmed before it is posted and sent with one Idempotency-Key per attempt
 * (made in the browser, sent again unchanged with every retry of that attempt).
 */
function ExpenditureForm({ fund, project }: { fund: Fund; project: FundProject }) {
  const { t } = useTranslation();
  const fmt = useFormats();
  const queryClient = useQueryClient();
  const money = useMoneyText(fund.baseCurrency);
  const blank = { valueDate: new Date().toISOString().slice(0, 10), amount: '', description: '' };
  const [form, setForm] = useState(blank);
  const [confirming, setConfirming] = useState<TransactionInput | null>(null);
  const [local, setLocal] = useState<FieldErrors | null>(null);
  const [posted, setPosted] = useState<string | null>(null);
  const attempt = useRef(new IdempotentAttempt());
  // Set at once on the first click, before React re-renders the button as busy: a double click sends one request.
  const sending = useRef(false);
  const formRef = useRef<HTMLFormElement>(null);
  const post = useMutation({
    mutationFn: (body: TransactionInput) => {
      const key = attempt.current.keyFor(body);
      return withRetries(() => api.postTransaction(fund.id, body, key));
    },
    onSettled: () => {
      sending.current = false;
    },
    onSuccess: async (tx) => {
      attempt.current.done();
      setConfirming(null);
      setForm(blank);
      setPosted(money(tx.amount.amountMinor));
      await queryClient.invalidateQueries({ queryKey: fundKey(fund.id) });
    },
    onError: () => setConfirming(null),
  });
  const server = useFieldErrors(post.error, { valueDate: 'valueDate', amount: 'amount', description: 'description' });
  const errors = local ?? server;
  useFocusFirstError(formRef, errors);
  const review = () => {
    post.reset();
    setPosted(null);
    const found: FieldErrors = {};
    if (!/^\d{4}-\d{2}-\d{2}$/.test(form.valueDate)) found.valueDate = t('fund.errors.date');
    let amount: ReturnType<typeof moneyField> = null;
    try {
      amount = moneyField(form.amount, fund.baseCurrency, { path: 'body.amount.amountMinor', label: t('fund.amount'), positive: true });
      if (!amount) found.amount = t('fund.amountRequired');
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      found.amount = t('fund.errors.amount');
    }
    if (Object.keys(found).length || !amount) {
      setLocal(found);
      return;
    }
    setLocal(null);
    setConfirming({ kind: 'expenditure', projectId: project.id, valueDate: form.valueDate, amount: amount as TransactionInput['amount'], description: form.description });
  };
  const summary = local ? t('fund.errors.summary') : post.error?.message;
  return (
    <Card
      withBorder
      maw={760}
      component="form"
      ref={formRef}
      aria-labelledby="expenditure-form-title"
      onSubmit={(e) => {
        e.preventDefault();
        review();
      }}
      noValidate
      data-testid="expenditure-form"
    >
      <Title order={3} size="h4" id="expenditure-form-title" mb="sm">
        {t('fund.reportExpenditure')}
      </Title>
      <Stack>
        {summary && (
          <Alert color="red" role="alert" title={t('app.error')} tabIndex={-1}>
            {summary}
          </Alert>
        )}
        {posted && (
          <Alert color="green" role="status">
            {t('fund.expenditurePosted', { amount: posted })}
          </Alert>
        )}
        <Group grow align="start">
          <TextInput
            label={t('fund.valueDate')}
            type="date"
            required
            value={form.valueDate}
            onChange={(e) => {
              const value = e.currentTarget.value;
              setForm((f) => ({ ...f, valueDate: value }));
            }}
            error={errors.valueDate}
          />
          <TextInput
            label={`${t('fund.amount')} (${fund.baseCurrency})`}
            inputMode="decimal"
            required
            value={form.amount}
            onChange={(e) => {
              const value = e.currentTarget.value;
              setForm((f) => ({ ...f, amount: value }));
            }}
            error={errors.amount}
          />
        </Group>
        <Textarea
          label={t('fund.description')}
          autosize
          minRows={2}
          value={form.description}
          onChange={(e) => {
            const value = e.currentTarget.value;
            setForm((f) => ({ ...f, description: value }));
          }}
          error={errors.description}
        />
        <Group>
          <Button type="submit" loading={post.isPending}>
            {t('fund.review')}
          </Button>
        </Group>
      </Stack>
      <Modal opened={confirming !== null} onClose={() => !post.isPending && setConfirming(null)} title={t('fund.confirmTitle')} centered>
        {confirming?.amount && (
          <Stack>
            <Text>{t('fund.confirmText')}</Text>
            <Text fw={600} data-testid="expenditure-summary">{`${t('fund.kinds.expenditure')} · ${fmt.day(confirming.valueDate)} · ${money(confirming.amount.amountMinor)}`}</Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setConfirming(null)} disabled={post.isPending}>
                {t('fund.change')}
              </Button>
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
    </Card>
  );
}

type Count = 'women' | 'men' | 'girls' | 'boys';
const COUNTS: Count[] = ['women', 'men', 'girls', 'boys'];

/** The partner's progress report: a date, what was done, and people reached to date. */
export function ReportForm({ fund, project }: { fund: Fund; project: FundProject }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const blank = { reportedOn: new Date().toISOString().slice(0, 10), body: '', women: 0 as number | '', men: 0 as number | '', girls: 0 as number | '', boys: 0 as number | '' };
  const [form, setForm] = useState(blank);
  const [local, setLocal] = useState<FieldErrors | null>(null);
  const [sent, setSent] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const save = useMutation({
    mutationFn: (body: { reportedOn: string; body: string } & Record<Count, number>) => api.addReport(fund.id, project.id, body),
    onSuccess: async () => {
      setForm(blank);
      setSent(true);
      await queryClient.invalidateQueries({ queryKey: [...fundKey(fund.id), 'project', project.id] });
    },
  });
  const server = useFieldErrors(save.error, { reportedOn: 'reportedOn', body: 'body', women: 'women', men: 'men', girls: 'girls', boys: 'boys' });
  const errors = local ?? server;
  useFocusFirstError(formRef, errors);
  const submit = () => {
    save.reset();
    setSent(false);
    const found: FieldErrors = {};
    if (!/^\d{4}-\d{2}-\d{2}$/.test(form.reportedOn)) found.reportedOn = t('fund.errors.date');
    if (!form.body.trim()) found.body = t('fund.errors.progressRequired');
    for (const key of COUNTS) if (form[key] === '' || !Number.isInteger(form[key]) || (form[key] as number) < 0) found[key] = t('fund.errors.count');
    if (Object.keys(found).length) {
      setLocal(found);
      return;
    }
    setLocal(null);
    save.mutate({ reportedOn: form.reportedOn, body: form.body, women: form.women as number, men: form.men as number, girls: form.girls as number, boys: form.boys as number });
  };
  const summary = local ? t('fund.errors.summary') : save.error?.message;
  return (
    <Card
      withBorder
      mt="md"
      maw={760}
      component="form"
      ref={formRef}
      aria-labelledby="report-form-title"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      noValidate
      data-testid="report-form"
    >
      <Title order={4} id="report-form-title" mb="sm">
        {t('fund.newReport')}
      </Title>
      <Stack>
        {summary && (
          <Alert color="red" role="alert" title={t('app.error')} tabIndex={-1}>
            {summary}
          </Alert>
        )}
        {sent && (
          <Alert color="green" role="status">
            {t('fund.reportSent')}
          </Alert>
        )}
        <TextInput
          label={t('fund.reportedOn')}
          type="date"
          required
          value={form.reportedOn}
          onChange={(e) => {
            const value = e.currentTarget.value;
            setForm((f) => ({ ...f, reportedOn: value }));
          }}
          error={errors.reportedOn}
        />
        <Textarea
          label={t('fund.progress')}
          required
          autosize
          minRows={3}
          value={form.body}
          onChange={(e) => {
            const value = e.currentTarget.value;
            setForm((f) => ({ ...f, body: value }));
          }}
          error={errors.body}
        />
        <Text size="sm" id="reached-help">
          {t('fund.reachedHelp')}
        </Text>
        <Group grow align="start">
          {COUNTS.map((key) => (
            <NumberInput
              key={key}
              label={t(`fund.${key}`)}
              min={0}
              allowDecimal={false}
              allowNegative={false}
              value={form[key]}
              onChange={(v) => setForm((f) => ({ ...f, [key]: typeof v === 'number' ? v : '' }))}
              error={errors[key]}
              aria-describedby="reached-help"
            />
          ))}
        </Group>
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('fund.sendReport')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
