// The import page, at /import/:kind for any entity the server lists as importable (GET
// /api/imports, its registry — nothing here names an entity; a kind it does not list gets a
// not-found page with the ones it does). A file in a format the server lists for it (`reads`:
// the file picker's accept and its label come from there) is checked by a dry-run job (with a
// progress bar), its report lists each problem once per column with the rows, and a clean
// file is committed as a new job. Titles are the registry's label unless i18n has
// `imports.title.<kind>`; the back link returns to the page that opened this one (HxlButtons
// passes it), else to the previous page of this tab, else home: not every importable has a
// list page at /<kind> (some entities are listed under another one).
import { Alert, Anchor, Button, FileInput, Group, List, Loader, Progress, Select, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router-dom';
import { MARKINGS } from '../../../../common/sharing.ts';
import { type ImportReport, type Importable, type Job, api, importablesQuery } from '../../api/client.ts';
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

function Report({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  return (
    <Stack>
      {report.ignoredColumns.length > 0 && <Text>{t('imports.ignored', { columns: report.ignoredColumns.join(', ') })}</Text>}
      {report.warnings.map((w) => (
        <Alert key={w} color="yellow">
          {w}
        </Alert>
      ))}
      {report.problems.length > 0 ? (
        <Alert color="red" title={t('imports.problems')} role="alert">
          <List>
            {report.problems.map((p) => (
              <List.Item key={p.column + p.message}>
                <strong>{p.column}</strong>: {p.message} — {t('imports.rows')} {p.rows.join(', ')}
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
  const { t } = useTranslation();
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
  const [dryRunId, setDryRunId] = useState<string>();
  const [commitId, setCommitId] = useState<string>();
  const dryRun = useJob(dryRunId);
  const commit = useJob(commitId);
  const start = useMutation({
    mutationFn: () => api.startImport(kind, file!, marking),
    onSuccess: (job) => {
      setCommitId(undefined);
      setDryRunId(job.id);
    },
  });
  const confirm = useMutation({
    mutationFn: () => api.commitImport(dryRunId!),
    onSuccess: (job) => setCommitId(job.id),
  });
  const committed = commit.data?.status === 'succeeded';
  // Rows were created or changed: whatever lists, counts or maps them is read again.
  useEffect(() => {
    if (committed) void queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'job' });
  }, [committed, queryClient]);
  const dryReport = dryRun.data?.status === 'succeeded' ? (dryRun.data.result as ImportReport) : undefined;

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
          <Anchor key={template.format} href={template.url} download>
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
      <Button onClick={() => start.mutate()} disabled={!file} loading={start.isPending} w="fit-content">
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
      {dryReport && dryReport.problems.length === 0 && !commitId && (
        <Button onClick={() => confirm.mutate()} loading={confirm.isPending} w="fit-content">
          {t('imports.commit', { count: dryReport.rows })}
        </Button>
      )}
      {commit.data && <JobProgress job={commit.data} />}
      {commit.data?.status === 'failed' && (
        <Alert color="red" title={t('imports.failed')} role="alert">
          {commit.data.error}
        </Alert>
      )}
      {committed && <Report report={commit.data!.result as ImportReport} />}
    </Stack>
  );
}
