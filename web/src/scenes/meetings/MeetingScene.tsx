// A meeting: its details, participants, the agenda tree with the automatic review of open
// action items (each carried item's origin and age), decisions with their numbers, action
// items, the .ics file; for whom may run it, the forms that run it (MeetingRun.tsx).
import './i18n/index.ts';
import { Anchor, Badge, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { type Meeting, api } from '../../api/client.ts';
import { MarkingBadge } from '../../components/MarkingBadge.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { ActionItemForm, AgendaForm, AttendanceSelect, DecisionForm, mayEditAgenda, mayRecord, mayReview, OutcomeForm, Transitions } from './MeetingRun.tsx';
import { ActionItemsTable, ActionStatus, mayEditMeeting, useDayText, useMomentText } from './meetingParts.tsx';
import { AgendaLinksText } from './AgendaLinks.tsx';
import { BriefLink } from './BriefLink.tsx';
import { MinutesPanel } from './MinutesPanel.tsx';

export function MeetingScene() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const query = useQuery({ queryKey: ['meeting', id], queryFn: () => api.meeting(id) });
  return (
    <Stack>
      <Anchor component={Link} to="/meetings">
        {t('meetings.all')}
      </Anchor>
      <QueryState query={query}>{(m) => <MeetingPage meeting={m} />}</QueryState>
    </Stack>
  );
}

function MeetingPage({ meeting: m }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const moment = useMomentText();
  // The carried items a refused `held` named: marked beside them in the review.
  const [pending, setPending] = useState<string[]>([]);
  const run = m.abilities.run;
  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <Title order={2}>{m.title}</Title>
        <MarkingBadge marking={m.sharing.marking} />
      </Group>
      <Table variant="vertical" withTableBorder data-testid="meeting-details">
        <Table.Tbody>
          <Row label={t('meetings.series')}>
            {m.series.name} ({m.series.code})
          </Row>
          <Row label={t('meetings.kind')}>{t(`meetings.kinds.${m.kind}`)}</Row>
          <Row label={t('meetings.state')}>
            <span data-testid="meeting-state">{t(`meetings.states.${m.state}`)}</span>
            {m.cancelledReason && <Text size="sm">{m.cancelledReason}</Text>}
          </Row>
          <Row label={t('meetings.start')}>{moment(m.start)}</Row>
          <Row label={t('meetings.end')}>{moment(m.end)}</Row>
          {m.venue && <Row label={t('meetings.venue')}>{m.venue}</Row>}
          {m.onlineUrl && (
            <Row label={t('meetings.online')}>
              <Anchor href={m.onlineUrl}>{m.onlineUrl}</Anchor>
            </Row>
          )}
          {m.hosts.length > 0 && <Row label={t('meetings.hosts')}>{m.hosts.map((h) => h.name).join(', ')}</Row>}
        </Table.Tbody>
      </Table>
      <Group>
        <Anchor href={api.meetingIcsUrl(m.id)} download>
          {t('meetings.ics')}
        </Anchor>
        <Anchor component={Link} to={`/meeting-series/${m.series.id}/decisions`}>
          {t('meetings.register.open')}
        </Anchor>
        <Anchor component={Link} to={`/meeting-series/${m.series.id}`}>
          {t('meetings.timeline.link')}
        </Anchor>
        <BriefLink meetingId={m.id} seriesId={m.series.id} />
        {run && mayEditMeeting(m.state) && (
          <Anchor component={Link} to={`/meetings/${m.id}/edit`} data-testid="edit-meeting">
            {t('meetings.edit.editLink')}
          </Anchor>
        )}
      </Group>
      {run && <Transitions meeting={m} onPending={setPending} />}
      <Participants meeting={m} />
      <Agenda meeting={m} pending={pending} />
      {run && mayEditAgenda(m.state) && <AgendaForm meeting={m} />}
      <Title order={3}>{t('meetings.decisions')}</Title>
      {m.decisions.length === 0 ? (
        <Text>{t('meetings.noDecisions')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={600}>
          <Table data-testid="decisions">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('meetings.reference')}</Table.Th>
                <Table.Th scope="col">{t('meetings.decision')}</Table.Th>
                <Table.Th scope="col">{t('meetings.result')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {m.decisions.map((d) => (
                <Table.Tr key={d.id}>
                  <Table.Td>
                    {/* A reference is Latin letters and digits: kept left to right in an Arabic page. */}
                    <bdi dir="ltr">{d.reference}</bdi>
                  </Table.Td>
                  <Table.Td>{d.text}</Table.Td>
                  <Table.Td>
                    {t(`meetings.results.${d.result}`)}
                    {d.votes && <Text size="sm">{t('meetings.votes', { for: d.votes.for, against: d.votes.against, abstentions: d.votes.abstentions })}</Text>}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {run && mayRecord(m.state) && <DecisionForm meeting={m} />}
      <Title order={3}>{t('meetings.actionItems')}</Title>
      {m.actionItems.length === 0 ? <Text>{t('meetings.noActionItems')}</Text> : <ActionItemsTable items={m.actionItems} testId="action-items" />}
      {run && mayRecord(m.state) && <ActionItemForm meeting={m} />}
      <MinutesPanel meetingId={m.id} meetingState={m.state} />
    </Stack>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Table.Tr>
      <Table.Th scope="row" w={180}>
        {label}
      </Table.Th>
      <Table.Td>{children}</Table.Td>
    </Table.Tr>
  );
}

function Participants({ meeting: m }: { meeting: Meeting }) {
  const { t } = useTranslation();
  return (
    <>
      <Title order={3}>{t('meetings.participants')}</Title>
      {m.participants.length === 0 ? (
        <Text>{t('meetings.noParticipants')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={500}>
          <Table data-testid="participants">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('meetings.organisation')}</Table.Th>
                <Table.Th scope="col">{t('meetings.person')}</Table.Th>
                <Table.Th scope="col">{t('meetings.role')}</Table.Th>
                <Table.Th scope="col">{t('meetings.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {m.participants.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td>{p.organisation.name}</Table.Td>
                  <Table.Td>{p.person?.name ?? '—'}</Table.Td>
                  <Table.Td>{t(`meetings.roles.${p.role}`)}</Table.Td>
                  <Table.Td>{m.abilities.run ? <AttendanceSelect meeting={m} participant={p} /> : t(`meetings.attendance.${p.status}`)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </>
  );
}

type AgendaItem = Meeting['agenda'][number];

function Agenda({ meeting: m, pending }: { meeting: Meeting; pending: string[] }) {
  const { t } = useTranslation();
  const day = useDayText();
  const children = new Map<string | null, AgendaItem[]>();
  for (const item of m.agenda) children.set(item.parentId, [...(children.get(item.parentId) ?? []), item]);
  for (const list of children.values()) list.sort((a, b) => a.position - b.position);
  const branch = (parent: string | null) => (
    <List type="ordered" withPadding={parent !== null}>
      {(children.get(parent) ?? []).map((item) => (
        <List.Item key={item.id}>
          {item.title}
          <AgendaLinksText item={item} />
          {item.durationMinutes !== null && <Text span c="dimmed" size="sm">{` · ${t('meetings.minutes', { count: item.durationMinutes })}`}</Text>}
          {children.has(item.id) && branch(item.id)}
        </List.Item>
      ))}
    </List>
  );
  return (
    <>
      <Title order={3}>{t('meetings.agenda')}</Title>
      <div data-testid="agenda">{m.agenda.length === 0 ? <Text>{t('meetings.noAgenda')}</Text> : branch(null)}</div>
      <Title order={4}>{m.review.title}</Title>
      {m.review.items.length === 0 ? (
        <Text>{t('meetings.reviewNone')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={700}>
          <Table data-testid="review">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('meetings.actionItem')}</Table.Th>
                <Table.Th scope="col">{t('meetings.origin')}</Table.Th>
                <Table.Th scope="col">{t('meetings.age')}</Table.Th>
                <Table.Th scope="col">{t('meetings.owners')}</Table.Th>
                <Table.Th scope="col">{t('meetings.dueDate')}</Table.Th>
                <Table.Th scope="col">{t('meetings.status')}</Table.Th>
                <Table.Th scope="col">{t('meetings.outcome')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {m.review.items.map((c) => (
                <Table.Tr key={c.id} data-item={c.id} data-pending={pending.includes(c.id) || undefined}>
                  <Table.Td>
                    {c.text}
                    {pending.includes(c.id) && (
                      <Badge color="red.9" variant="filled" ms="xs" radius="sm" styles={{ root: { textTransform: 'none' } }} data-testid="needs-outcome">
                        {t('meetings.needsOutcome')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={`/meetings/${c.meeting.id}`}>
                      {c.meeting.title}
                    </Anchor>
                    <Text size="sm">{day(c.meeting.date)}</Text>
                  </Table.Td>
                  <Table.Td>{t('meetings.ageDays', { count: c.ageDays })}</Table.Td>
                  <Table.Td>{c.ownerOrganisations.map((o) => o.name).join(', ')}</Table.Td>
                  <Table.Td>{day(c.dueDate)}</Table.Td>
                  <Table.Td>
                    <ActionStatus item={c} />
                  </Table.Td>
                  <Table.Td>
                    {c.review ? t(`meetings.outcomes.${c.review.outcome}`) : t('meetings.noOutcome')}
                    {c.review?.newDueDate && <Text size="sm">{day(c.review.newDueDate)}</Text>}
                    {c.review?.reason && <Text size="sm">{c.review.reason}</Text>}
                    {m.abilities.run && mayReview(m.state) && <OutcomeForm meeting={m} item={c} />}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </>
  );
}
