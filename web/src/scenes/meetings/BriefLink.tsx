// Links to a meeting's briefing pack (the HTML page, in a new tab, and its PDF) and to a
// series' decision register as a PDF, each in the reader's language (the server marks the
// document with the most restrictive marking of what it holds; ADR 0024).
import './i18n/index.ts';
import { Anchor, Group, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const langOf = (language: string) => (['en', 'fr', 'ar'].includes(language.split('-')[0] ?? '') ? language.split('-')[0] : 'en');

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
      <Anchor href={`/api/meetings/${meetingId}/brief.pdf?lang=${lang}`} download>
        {t('meetings.briefPdf')}
      </Anchor>
      {seriesId && <RegisterPdfLink seriesId={seriesId} />}
    </Group>
  );
}

/** The decision register as a PDF: mount it beside the register's CSV link. */
export function RegisterPdfLink({ seriesId, year }: { seriesId: string; year?: number }) {
  const { t, i18n } = useTranslation();
  return (
    <Anchor href={`/api/meeting-series/${seriesId}/decisions.pdf?lang=${langOf(i18n.language)}${year ? `&year=${year}` : ''}`} download>
      {t('meetings.registerPdf')}
    </Anchor>
  );
}
