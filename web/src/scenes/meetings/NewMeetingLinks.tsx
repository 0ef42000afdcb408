// The ways to a new meeting or series, for whom the session says may make them: on the
// meetings' list, and on a series' pages (a meeting of that series, the series changed).
import './i18n/index.ts';
import { Button, Group } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api } from '../../api/client.ts';
import { useSession } from '../../hooks/useSession.ts';

/** Without `seriesId`: a new meeting, a new series. With it: a new meeting of that series, and the series changed (its own `abilities.update`). */
export function NewMeetingLinks({ seriesId }: { seriesId?: string }) {
  const { t } = useTranslation();
  const abilities = useSession().data?.abilities;
  const all = useQuery({ queryKey: ['meeting-series'], queryFn: () => api.meetingSeries(), enabled: Boolean(seriesId) });
  const series = seriesId ? all.data?.find((s) => s.id === seriesId) : undefined;
  if (!abilities || (seriesId && !series)) return null;
  return (
    <Group gap="xs">
      {abilities.createMeeting && (
        <Button component={Link} to={series ? `/meetings/new?seriesId=${series.id}` : '/meetings/new'} size="sm" data-testid="new-meeting">
          {series ? t('meetings.edit.newMeetingInSeries') : t('meetings.edit.newMeeting')}
        </Button>
      )}
      {!series && abilities.createMeetingSeries && (
        <Button component={Link} to="/meeting-series/new" size="sm" variant="default">
          {t('meetings.edit.newSeries')}
        </Button>
      )}
      {series?.abilities.update && (
        <Button component={Link} to={`/meeting-series/${series.id}/edit`} size="sm" variant="default">
          {t('meetings.edit.seriesEditTitle')}
        </Button>
      )}
    </Group>
  );
}
