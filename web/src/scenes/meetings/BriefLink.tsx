// Links to a meeting's briefing pack (the HTML page, in a new tab) and its PDF, and to a
// series' decision register as a PDF, each in the reader's language (the server marks the
// document with the most restrictive marking of what it holds; ADR 0024). A PDF is printed by
// Chromium on the server, which takes seconds for a long pack: it is a job (meetings.jobs.ts),
// and the page says it is printing, then offers the file, or says why it could not.
import './i18n/index.ts';
import { Anchor, Button, Group, Text, VisuallyHidden } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { useJob } from '../../hooks/useJob.ts';

const langOf = (language: string) => (['en', 'fr', 'ar'].includes(language.split('-')[0] ?? '') ? (language.split('-')[0] ?? 'en') : 'en');

/** The pack of a meeting and, its series given, the register of that series. */
export function BriefLink({ meetingId, seriesId }: { meetingId: string; seriesId?: string }) {
  const { t, i18n } = useTranslation();
  const lang = langOf(i18n.language);
  return (
    <Group gap="md" data-testid="brief-links">
      <Anchor href={`/api/meetings/${meetingId}/brief.html?lang=${lang}`} target="_blank" rel="noopener">
        {t('meetings.brief')}
        <VisuallyHidden> ({t('meetings.opensNewTab')})</VisuallyHidden>
      </Anchor>
      <PdfJob document={t('meetings.briefPdf')} of={{ meetingId }} testId="brief-pdf" />
      {seriesId && <RegisterPdfLink seriesId={seriesId} />}
    </Group>
  );
}

/** The decision register as a PDF: mount it beside the register's CSV link. */
export function RegisterPdfLink({ seriesId, year }: { seriesId: string; year?: number }) {
  const { t } = useTranslation();
  return <PdfJob document={t('meetings.registerPdf')} of={{ seriesId, year }} testId="register-pdf" />;
}

/** A button that prints `of` as a job, then the job's state in words (read out as it changes) and its file. */
function PdfJob({ document, of, testId }: { document: string; of: { meetingId: string } | { seriesId: string; year?: number }; testId: string }) {
  const { t, i18n } = useTranslation();
  const [jobId, setJobId] = useState<string>();
  const start = useMutation({ mutationFn: () => api.printMeetingPdf(of, langOf(i18n.language)), onSuccess: (job) => setJobId(job.id) });
  const job = useJob(jobId).data;
  const printing = start.isPending || job?.status === 'queued' || job?.status === 'running';
  const failure = start.error?.message ?? (job?.status === 'failed' ? (job.error ?? '') : undefined);
  return (
    <Group gap="xs" data-testid={testId}>
      <Button variant="subtle" size="compact-sm" onClick={() => start.mutate()} disabled={printing}>
        {document}
      </Button>
      <span aria-live="polite">
        {printing && (
          <Text span size="sm">
            {t('meetings.pdfPrinting', { document })}
          </Text>
        )}
        {job?.status === 'succeeded' && job.file && (
          <Anchor href={job.file.url} download size="sm">
            {t('meetings.pdfDownload', { document })}
          </Anchor>
        )}
        {failure !== undefined && (
          <Text span size="sm" c="red.9" role="alert">
            {t('meetings.pdfFailed', { document, reason: failure })}
          </Text>
        )}
      </span>
    </Group>
  );
}
