// The import page, at /import/:kind for any entity the server lists as importable (GET
// /api/imports, its registry — nothing here names an entity; a kind it does not list gets a
// not-found page with the ones it does). A file in a format the server lists for it (`reads`:
// the file picker's accept and its label come from there) is checked by a dry-run job (with a
// progress bar), its report lists each problem once per column with the rows, and a clean
// file is committed as a new job. Before the check the reader may choose the CSV's encoding
// (detected by default), give values for the whole file (a column it lacks, or its blank
// cells) and the mode: all or nothing, or the valid rows, the others handed back as a CSV
// with their problems (the job's file, a link under the report); the dry run says what each
// mode would do (docs/adr/0032). Titles are the registry's label unless i18n has
// `imports.title.<kind>`; the back link returns to the page that opened this one (HxlButtons
// passes it), else to the previous page of this tab, else home: not every importable has a
// list page at /<kind> (some entities are listed under another one).
import '../../components/problems-i18n/index.ts';
import './i18n/index.ts';
import { ActionIcon, Alert, Anchor, Button, Fieldset, FileInput, Group, List, Loader, Progress, Radio, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router-dom';
import { MARKINGS } from '../../../../common/sharing.ts';
import { ApiError, type ImportReport, type Importable, type Job, api, importablesQuery } from '../../api/client.ts';
import { useJob } from '../../hooks/useJob.ts';

function JobProgress({ job }: { job: Job }) {
  const { t } = useTranslation();
  const pct = job.status === 'succeeded' ? 100 : job.progress.total ? Math.round((100 * job.progress.done) / job.progress.total) : 0;
  return (
    <Stack gap={4}>
      <Progress value={pct} aria-label={t('imports.progress')} striped={job.status === 'running'} animated={job.status === 'running'} />
      <Text size="sm" aria-live="polite">
        {t('imports.rowsRead', { count: job.progress.rows })}
      </Text>
    </Stack>
  );
}

const ENCODINGS = ['auto', 'utf-8', 'windows-1252', 'latin-1'] as const;
const MODES = ['all-or-nothing', 'valid-rows'] as const;
type Mode = (typeof MODES)[number];

/** What the valid rows come to, and the link to the rows with problems (the job's own file, for its starter). */
function ValidRows({ report, job }: { report: ImportReport; job: Job }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      {report.validRows && report.problems.length > 0 && <Text>{t(report.committed ? 'importOptions.validRowsDone' : 'importOptions.validRows', { ...report.validRows })}</Text>}
      {job.file && (
        <Anchor href={job.file.url} download>
          {t('importOptions.rejectedFile')}
        </Anchor>
      )}
    </Stack>
  );
}

/** A problem in the reader's language, from its code and parameters (i18n `problems.<code>`, ADR 0037); else the server's English words. */
function useProblemText() {
  const { t, i18n } = useTranslation();
  return (p: ImportReport['problems'][number]) => (p.code && i18n.exists(`problems.${p.code}`) ? t(`problems.${p.code}`, p.params) : p.message);
}

function Report({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  return (
    <Stack>
      {report.encoding === 'windows-1252' && <Text>{t('importOptions.readAs', { encoding: 'Windows-1252' })}</Text>}
      {report.ignoredColumns.length > 0 && <Text>{t('imports.ignored', { columns: report.ignoredColumns.join(', ') })}</Text>}
      {report.labelColumns?.length > 0 && <Text>{t('imports.labelColumns', { columns: report.labelColumns.join(', ') })}</Text>}
      {report.warnings.map((w) => (
        <Alert key={w} color="yellow">
          {w}
        </Alert>
      ))}
      {report.problems.length > 0 ? (
        <Alert color={report.committed ? 'yellow' : 'red'} title={t(report.committed ? 'importOptions.leftOut' : 'imports.problems')} role="alert">
          <List>
            {report.problems.map((p) => (
              <List.Item key={p.column + p.message}>
                <strong>{p.column}</strong>: {problemText(p)} — {t('imports.rows')} {p.rows.join(', ')}
                {p.count > p.rows.length ? ` … (${p.count})` : ''}
                {p.values?.map((v) => (
                  <Text size="sm" key={v.value}>
                    “{v.value}”{v.suggestions.length ? ` — ${t('imports.didYouMean', { names: v.suggestions.map((s) => `“${s}”`).join(', ') })}` : ''}
                  </Text>
                ))}
              </List.Item>
            ))}
          </List>
        </Alert>
      ) : (
        <Text fw={600}>{t(report.committed ? 'imports.done' : 'imports.ready', { created: report.created, updated: report.updated, unchanged: report.unchanged })}</Text>
      )}
    </Stack>
  );
}

/** The title of an importable's page: its own i18n key if it has one, else built from the registry's label. */
function useImportTitle() {
  const { t } = useTranslation();
  return (importable: Importable) => t([`imports.title.${importable.name}`, 'imports.titleOf'], { label: importable.label });
}

export function ImportScene() {
  const { t } = useTranslation();
  const { kind = '' } = useParams();
  const importables = useQuery(importablesQuery);
  if (importables.isPending) return <Loader aria-label={t('app.loading')} />;
  if (importables.isError)
    return (
      <Alert color="red" role="alert">
        {importables.error.message}
      </Alert>
    );
  const importable = importables.data.items.find((i) => i.name === kind);
  if (!importable) return <NotImportable kind={kind} importables={importables.data.items} />;
  // A new kind is a new page: nothing of another kind's file or jobs is kept.
  return <ImportForm key={importable.name} importable={importable} />;
}

function NotImportable({ kind, importables }: { kind: string; importables: Importable[] }) {
  const { t } = useTranslation();
  const titleOf = useImportTitle();
  return (
    <Stack maw={760}>
      <Title order={2}>{t('imports.notFound')}</Title>
      <Alert color="yellow" role="alert">
        {t('imports.notFoundText', { kind })}
      </Alert>
      <List>
        {importables.map((i) => (
          <List.Item key={i.name}>
            <Anchor component={Link} to={`/import/${i.name}`}>
              {titleOf(i)}
            </Anchor>
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}

function ImportForm({ importable }: { importable: Importable }) {
  const { t, i18n } = useTranslation();
  const titleOf = useImportTitle();
  const kind = importable.name;
  const from = (useLocation().state as { from?: unknown } | null)?.from;
  const navigate = useNavigate();
  // React Router numbers the entries it made in this tab (history.state.idx): above 0, there is one of ours to go back to.
  const canGoBack = ((window.history.state as { idx?: number } | null)?.idx ?? 0) > 0;
  const opener = typeof from === 'string' && from.startsWith('/') ? from : undefined;
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [marking, setMarking] = useState('GREEN');
  const [encoding, setEncoding] = useState<string>('auto');
  const [mode, setMode] = useState<Mode>('all-or-nothing');
  const [values, setValues] = useState<{ key: number; hashtag: string | null; value: string }[]>([]);
  const [missingValue, setMissingValue] = useState<number[]>([]);
  const [dryRunId, setDryRunId] = useState<string>();
  const [commitId, setCommitId] = useState<string>();
  const dryRun = useJob(dryRunId);
  const commit = useJob(commitId);
  const start = useMutation({
    mutationFn: () =>
      api.startImport(kind, file!, marking, {
        encoding,
        mode,
        values: Object.fromEntries(values.filter((v) => v.hashtag && v.value.trim()).map((v) => [v.hashtag!, v.value.trim()])),
      }),
    onSuccess: (job) => {
      setCommitId(undefined);
      setDryRunId(job.id);
    },
  });
  const confirm = useMutation({
    mutationFn: () => api.commitImport(dryRunId!, mode),
    onSuccess: (job) => setCommitId(job.id),
  });
  const committed = commit.data?.status === 'succeeded';
  // Rows were created or changed: whatever lists, counts or maps them is read again.
  useEffect(() => {
    if (committed) void queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'job' });
  }, [committed, queryClient]);
  const dryReport = dryRun.data?.status === 'succeeded' ? (dryRun.data.result as ImportReport) : undefined;
  const valuesError = (hashtag: string | null) =>
    start.error instanceof ApiError ? start.error.errors.find((e) => e.path === `query.values.${hashtag}` || (e.path === 'query.values' && hashtag))?.message : undefined;
  const check = () => {
    // A column chosen without a value would be left out silently: said next to it instead.
    const blank = values.filter((v) => v.hashtag && !v.value.trim()).map((v) => v.key);
    setMissingValue(blank);
    if (!blank.length) start.mutate();
  };
  const changed = () => {
    setDryRunId(undefined);
    setCommitId(undefined);
  };
  const validCount = dryReport?.validRows ? dryReport.validRows.created + dryReport.validRows.updated + dryReport.validRows.unchanged : 0;
  const committable = dryReport && (mode === 'valid-rows' ? Boolean(dryReport.validRows) && validCount > 0 : dryReport.problems.length === 0);

  return (
    <Stack maw={760}>
      {opener ? (
        <Anchor component={Link} to={opener}>
          {t([`${kind}.back`, 'imports.back'], { label: importable.label })}
        </Anchor>
      ) : canGoBack ? (
        <Anchor component="button" type="button" onClick={() => navigate(-1)}>
          {t('imports.backPrevious')}
        </Anchor>
      ) : (
        <Anchor component={Link} to="/">
          {t('imports.home')}
        </Anchor>
      )}
      <Title order={2}>{titleOf(importable)}</Title>
      <Text>{t('imports.explain')}</Text>
      <Group gap="md">
        {importable.templates.map((template) => (
          // The page's language, for the template's header row (the browser's Accept-Language may differ).
          <Anchor key={template.format} href={`${template.url}?lang=${i18n.language}`} download>
            {t('imports.template', { format: template.format.toUpperCase() })}
          </Anchor>
        ))}
      </Group>
      <FileInput
        label={t('imports.file', { formats: importable.reads.map((f) => f.toUpperCase()) })}
        description={t('imports.fileHint', { hashtags: importable.hashtags.join(' ') })}
        accept={importable.reads.map((f) => `.${f}`).join(',')}
        value={file}
        onChange={(f) => {
          setFile(f);
          setDryRunId(undefined);
          setCommitId(undefined);
        }}
        clearable
        clearButtonProps={{ 'aria-label': t('app.clearFile') }}
      />
      <Select
        label={t('imports.marking')}
        data={MARKINGS.map((m) => ({ value: m, label: t(`markings.${m}`) }))}
        value={marking}
        onChange={(v) => v && setMarking(v)}
        allowDeselect={false}
        w={260}
      />
      <Select
        label={t('importOptions.encoding')}
        description={t('importOptions.encodingHint')}
        data={ENCODINGS.map((e) => ({ value: e, label: t(`importOptions.encodings.${e}`) }))}
        value={encoding}
        onChange={(v) => {
          if (v) setEncoding(v);
          changed();
        }}
        allowDeselect={false}
        w={360}
      />
      <Fieldset legend={t('importOptions.values')}>
        <Stack gap="xs">
          <Text size="sm">{t('importOptions.valuesHint')}</Text>
          {values.map((row, i) => (
            <Group key={row.key} align="flex-start" wrap="nowrap">
              <Select
                label={t('importOptions.column')}
                data={importable.hashtags}
                value={row.hashtag}
                onChange={(v) => {
                  setValues(values.map((r) => (r.key === row.key ? { ...r, hashtag: v } : r)));
                  changed();
                }}
                searchable
                w={220}
              />
              <TextInput
                label={t('importOptions.value')}
                value={row.value}
                onChange={(e) => {
                  const value = e.currentTarget.value;
                  setValues(values.map((r) => (r.key === row.key ? { ...r, value } : r)));
                  changed();
                }}
                error={missingValue.includes(row.key) ? t('importOptions.valueNeeded') : valuesError(row.hashtag)}
                w={260}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                mt={28}
                aria-label={t('importOptions.removeValue', { column: row.hashtag ?? i + 1 })}
                onClick={() => {
                  setValues(values.filter((r) => r.key !== row.key));
                  changed();
                }}
              >
                ×
              </ActionIcon>
            </Group>
          ))}
          <Button variant="light" w="fit-content" onClick={() => setValues([...values, { key: (values.at(-1)?.key ?? 0) + 1, hashtag: null, value: '' }])}>
            {t('importOptions.addValue')}
          </Button>
        </Stack>
      </Fieldset>
      <Radio.Group label={t('importOptions.mode')} value={mode} onChange={(v) => setMode(v as Mode)}>
        <Stack gap="xs" mt="xs">
          {MODES.map((m) => (
            <Radio key={m} value={m} label={t(`importOptions.modes.${m}`)} />
          ))}
        </Stack>
      </Radio.Group>
      <Button onClick={check} disabled={!file} loading={start.isPending} w="fit-content">
        {t('imports.check')}
      </Button>
      {start.isError && (
        <Alert color="red" role="alert">
          {start.error.message}
        </Alert>
      )}
      {dryRun.data && <JobProgress job={dryRun.data} />}
      {dryRun.data?.status === 'failed' && (
        <Alert color="red" title={t('imports.failed')} role="alert">
          {dryRun.data.error}
        </Alert>
      )}
      {dryReport && <Report report={dryReport} />}
      {dryReport && <ValidRows report={dryReport} job={dryRun.data!} />}
      {committable && !commitId && (
        <Button onClick={() => confirm.mutate()} loading={confirm.isPending} w="fit-content">
          {mode === 'valid-rows' && dryReport.problems.length > 0 ? t('importOptions.commitValid', { count: validCount }) : t('imports.commit', { count: dryReport.rows })}
        </Button>
      )}
      {confirm.isError && (
        <Alert color="red" role="alert">
          {confirm.error.message}
        </Alert>
      )}
      {commit.data && <JobProgress job={commit.data} />}
      {commit.data?.status === 'failed' && (
        <Alert color="red" title={t('imports.failed')} role="alert">
          {commit.data.error}
        </Alert>
      )}
      {committed && <Report report={commit.data!.result as ImportReport} />}
      {committed && <ValidRows report={commit.data!.result as ImportReport} job={commit.data!} />}
    </Stack>
  );
}
