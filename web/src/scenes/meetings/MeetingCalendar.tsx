// The meetings of a month as a calendar (/meetings?view=calendar&month=2015-01, issue 10 item
// 9): a table of weeks starting on the reader's locale's first day (Intl's week info: Monday
// for fr and en-GB, Saturday for ar), each day listing the meetings that start on it in the
// reader's own zone — the time there, the title linking to the meeting, its state, and the
// time in the meeting's zone beside it when that differs. Only the month's meetings are asked
// for (from/to by day, a day either side, since the reader's zone may put a meeting of the
// 31st in UTC on the 1st).
//
// Keyboard: a plain table whose only stops are the month buttons and the meetings' links,
// rather than an ARIA grid with arrow keys between days. In a grid every day (28 to 42 cells)
// is a stop and a link inside a cell needs a second mode (Enter to go in, Escape to come out)
// that few keyboard users know; here Tab goes from meeting to meeting, empty days cost
// nothing, and screen readers' own table commands move between days and read each day's
// weekday from the column header. axe checks what the table promises (caption, headers).
import './i18n/index.ts';
import './calendar.css';
import { Anchor, Badge, Button, Group, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { type MeetingSummary, api } from '../../api/client.ts';
import { QueryState } from '../../components/QueryState.tsx';
import { numberLocale } from '../../i18n/index.ts';

export const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

const viewerZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** The day ('2015-01-22') an instant falls on in `timeZone`. */
function dayIn(instant: string, timeZone: string) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(new Date(instant)).map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** This month in the reader's zone ('2026-12'). */
export const thisMonth = () => dayIn(new Date().toISOString(), viewerZone()).slice(0, 7);

/** The month `delta` months from `month`. */
export function shiftMonth(month: string, delta: number) {
  const [, y, m] = MONTH.exec(month)!;
  const d = new Date(Date.UTC(Number(y), Number(m) - 1 + delta, 1));
  return d.toISOString().slice(0, 7);
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The first day of the week (1 Monday … 7 Sunday) for the reader: their browser's region when it
 * speaks the page's language (en-GB, en-US, fr-CA), else the language's own (ar: Saturday).
 */
function firstDayOfWeek(language: string) {
  const tag = navigator.language.toLowerCase().startsWith(`${language}-`) ? navigator.language : language;
  try {
    const locale = new Intl.Locale(tag) as Intl.Locale & { getWeekInfo?: () => { firstDay: number }; weekInfo?: { firstDay: number } };
    const info = locale.getWeekInfo?.() ?? locale.weekInfo;
    if (info) return info.firstDay;
  } catch {
    // An odd browser language: the fallback below.
  }
  return language === 'ar' ? 6 : language === 'en' && tag.toLowerCase() === 'en-us' ? 7 : 1;
}

interface Cell {
  day: string | null;
  meetings: MeetingSummary[];
}

/** The month's weeks, each of seven cells (null outside the month), from the week's first day. */
function weeksOf(month: string, firstDay: number, byDay: Map<string, MeetingSummary[]>): Cell[][] {
  const [, y, m] = MONTH.exec(month)!;
  const first = new Date(Date.UTC(Number(y), Number(m) - 1, 1));
  const days = new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate();
  const isoWeekday = first.getUTCDay() || 7;
  const leading = (isoWeekday - firstDay + 7) % 7;
  const cells: Cell[] = Array.from({ length: leading }, () => ({ day: null, meetings: [] }));
  for (let d = 1; d <= days; d++) {
    const day = `${month}-${String(d).padStart(2, '0')}`;
    cells.push({ day, meetings: byDay.get(day) ?? [] });
  }
  while (cells.length % 7) cells.push({ day: null, meetings: [] });
  return Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
}

export function MeetingCalendar({ month, onMonth }: { month: string; onMonth: (month: string) => void }) {
  const { t, i18n } = useTranslation();
  const locale = numberLocale(i18n.language);
  const zone = viewerZone();
  const [, y, m] = MONTH.exec(month)!;
  // A day either side: a meeting at 23:30 UTC on the 31st is on the 1st for a reader east of UTC.
  const from = isoDay(new Date(Date.UTC(Number(y), Number(m) - 1, 0)));
  const to = isoDay(new Date(Date.UTC(Number(y), Number(m), 1)));
  const query = useQuery({ queryKey: ['meetings', 'month', month], queryFn: () => api.meetings({ from, to, limit: 500 }) });
  const firstDay = firstDayOfWeek(i18n.language);
  const title = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(Number(y), Number(m) - 1, 1)));
  const weekdays = useMemo(
    () =>
      Array.from({ length: 7 }, (_, i) => {
        // 1 January 2024 was a Monday: day n of that week is weekday n.
        const date = new Date(Date.UTC(2024, 0, ((firstDay - 1 + i) % 7) + 1));
        const name = (weekday: 'short' | 'long') => new Intl.DateTimeFormat(locale, { weekday, timeZone: 'UTC' }).format(date);
        return { short: name('short'), long: name('long') };
      }),
    [firstDay, locale],
  );
  const today = dayIn(new Date().toISOString(), zone);
  return (
    <>
      <Group justify="space-between" wrap="wrap">
        <Text component="h3" fw={700} size="xl" data-testid="calendar-month" aria-live="polite">
          {title}
        </Text>
        <Group gap="xs">
          <Button variant="default" onClick={() => onMonth(shiftMonth(month, -1))}>
            {t('meetings.calendar.previous')}
          </Button>
          <Button variant="default" onClick={() => onMonth(thisMonth())}>
            {t('meetings.calendar.today')}
          </Button>
          <Button variant="default" onClick={() => onMonth(shiftMonth(month, 1))}>
            {t('meetings.calendar.next')}
          </Button>
        </Group>
      </Group>
      <QueryState query={query}>
        {(rows) => {
          const byDay = new Map<string, MeetingSummary[]>();
          for (const meeting of rows) {
            const day = dayIn(meeting.start.instant, zone);
            if (day.startsWith(month)) byDay.set(day, [...(byDay.get(day) ?? []), meeting]);
          }
          const weeks = weeksOf(month, firstDay, byDay);
          return (
            <>
              {byDay.size === 0 && <Text>{t('meetings.calendar.none')}</Text>}
              <Table.ScrollContainer minWidth={760}>
                <Table layout="fixed" withTableBorder withColumnBorders className="meetings-calendar" data-testid="meetings-calendar">
                  <Table.Caption>{t('meetings.calendar.caption', { month: title, zone })}</Table.Caption>
                  <Table.Thead>
                    <Table.Tr>
                      {weekdays.map((w) => (
                        <Table.Th key={w.long} scope="col">
                          <abbr title={w.long}>{w.short}</abbr>
                        </Table.Th>
                      ))}
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {weeks.map((week) => (
                      <Table.Tr key={week.find((c) => c.day)?.day}>
                        {week.map((cell, i) =>
                          cell.day ? (
                            <Table.Td key={cell.day} data-day={cell.day} aria-current={cell.day === today ? 'date' : undefined}>
                              <DayCell day={cell.day} meetings={cell.meetings} locale={locale} zone={zone} />
                            </Table.Td>
                          ) : (
                            // biome-ignore lint/suspicious/noArrayIndexKey: the empty cells of a week have nothing else to tell them apart
                            <Table.Td key={i} className="meetings-calendar-outside" />
                          ),
                        )}
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </>
          );
        }}
      </QueryState>
    </>
  );
}

function DayCell({ day, meetings, locale, zone }: { day: string; meetings: MeetingSummary[]; locale: string; zone: string }) {
  const { t } = useTranslation();
  const time = (instant: string, timeZone: string) => new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone }).format(new Date(instant));
  const date = new Intl.DateTimeFormat(locale, { day: 'numeric', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
  return (
    <>
      <time dateTime={day} className="meetings-calendar-day">
        {date}
      </time>
      {meetings.length > 0 && (
        <ul className="meetings-calendar-list">
          {meetings.map((m) => (
            <li key={m.id}>
              <Anchor component={Link} to={`/meetings/${m.id}`} size="sm">
                <time dateTime={m.start.instant}>{time(m.start.instant, zone)}</time> <bdi>{m.title}</bdi>
              </Anchor>{' '}
              <Badge variant="default" size="sm" radius="sm" styles={{ root: { textTransform: 'none' } }}>
                {t(`meetings.states.${m.state}`)}
              </Badge>
              {m.start.timeZone !== zone && (
                <Text size="xs" c="dimmed">
                  {t('meetings.inZone', { time: time(m.start.instant, m.start.timeZone), zone: m.start.timeZone })}
                </Text>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
