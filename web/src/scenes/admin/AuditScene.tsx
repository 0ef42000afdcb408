// The secretariat's audit log (/admin/audit, issue 9's console): every event newest first, with
// filters — the kind of record, the actor's organisation, the action and a range of days — kept
// in the address, and paging. The API (GET /api/audit, audit module) gives an event's content
// only to a reader who may read its rows now (the sharing rule, in SQL); the others show who,
// when and the kind of change, marked as withheld.
import '../home/i18n/index.ts';
import '../home/home.css';
import { Alert, Anchor, Badge, Button, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { api } from '../../api/client.ts';
import { LoadMore } from '../../components/LoadMore.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { usePagedList } from '../../hooks/usePagedList.ts';
import { useSession } from '../../hooks/useSession.ts';
import { useUrlState } from '../../hooks/useUrlState.ts';
import { numberLocale } from '../../i18n/index.ts';

const FILTERS = ['entity', 'actorOrgId', 'action', 'from', 'to'] as const;
const ENTITIES = [
  'contribution',
  'need',
  'document',
  'meeting',
  'meeting_series',
  'indicator',
  'indicator_value',
  'fund',
  'fund_project',
  'app_user',
  'organisation',
  'org_group',
  'working_group',
  'framework_node',
  'location',
] as const;
const ROW_PAGES: Record<string, string> = { contribution: '/contributions', need: '/needs', document: '/documents', meeting: '/meetings', organisation: '/members' };
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const PAGE = 50;

export function AuditScene() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const [filters, setFilter] = useUrlState(FILTERS);
  // The action is typed: the address follows it once typing pauses.
  const [action, setAction] = useState(filters.action);
  const [typedAction] = useDebouncedValue(action.trim(), 300);
  const lastTyped = useRef(typedAction);
  useEffect(() => {
    if (typedAction === lastTyped.current) return;
    lastTyped.current = typedAction;
    setFilter('action', typedAction);
  }, [typedAction, setFilter]);
  const [, setParams] = useSearchParams();
  const orgs = useQuery({ queryKey: ['organisations', 'all'], queryFn: () => api.organisations({ limit: 200 }) });
  const orgName = new Map((orgs.data?.items ?? []).map((o) => [o.id, o.name]));
  const from = ISO_DATE.test(filters.from) ? filters.from : '';
  const to = ISO_DATE.test(filters.to) ? filters.to : '';
  const valid = !from || !to || from <= to;
  const allowed = session.data?.abilities.readAudit ?? false;
  const query = {
    entity: filters.entity || undefined,
    actorOrgId: filters.actorOrgId || undefined,
    action: filters.action || undefined,
    from: from || undefined,
    to: to || undefined,
  };
  const list = usePagedList(['audit', query], (cursor) => api.auditEvents({ ...query, cursor, limit: PAGE }));
  const dateTime = new Intl.DateTimeFormat(numberLocale(i18n.language), { dateStyle: 'medium', timeStyle: 'medium' });
  const entityName = (e: string) => (i18n.exists(`auditLog.entities.${e}`) ? t(`auditLog.entities.${e}`) : e);

  if (session.data && !allowed) return <Alert color="red">{t('auditLog.notAllowed')}</Alert>;
  return (
    <Stack>
      <Title order={2}>{t('auditLog.title')}</Title>
      <Group align="end" role="group" aria-label={t('auditLog.filters')}>
        <Select
          label={t('auditLog.entity')}
          data={ENTITIES.map((e) => ({ value: e, label: entityName(e) }))}
          value={filters.entity || null}
          onChange={(v) => setFilter('entity', v ?? '')}
          clearable
          // Short enough to need no scrolling region (which axe asks to be focusable; Mantine's is not).
          withScrollArea={false}
          w={200}
          data-testid="audit-entity"
        />
        <Select
          label={t('auditLog.actorOrg')}
          data={(orgs.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }))}
          value={filters.actorOrgId || null}
          onChange={(v) => setFilter('actorOrgId', v ?? '')}
          searchable
          clearable
          // Typing narrows the organisations; a dozen at a time need no scrolling region.
          limit={12}
          withScrollArea={false}
          w={240}
          data-testid="audit-org"
        />
        <TextInput label={t('auditLog.action')} description={t('auditLog.actionHelp')} value={action} onChange={(e) => setAction(e.currentTarget.value)} w={240} />
        <TextInput type="date" label={t('auditLog.from')} value={from} onChange={(e) => setFilter('from', e.currentTarget.value)} w={170} classNames={{ input: 'audit-date' }} />
        <TextInput
          type="date"
          label={t('auditLog.to')}
          value={to}
          onChange={(e) => setFilter('to', e.currentTarget.value)}
          error={valid ? undefined : t('auditLog.toBeforeFrom')}
          w={170}
          classNames={{ input: 'audit-date' }}
        />
        <Button
          variant="subtle"
          onClick={() => {
            setAction('');
            setParams(new URLSearchParams(), { replace: true });
          }}
        >
          {t('auditLog.clear')}
        </Button>
      </Group>
      {valid && (
        <QueryState query={list.query}>
          {() =>
            list.rows.length === 0 ? (
              <Text>{t('auditLog.none')}</Text>
            ) : (
              <>
                <Text size="sm" aria-live="polite" data-testid="audit-shown">
                  {t('auditLog.shown', { count: list.rows.length, n: new Intl.NumberFormat(numberLocale(i18n.language)).format(list.rows.length) })}
                </Text>
                <Table.ScrollContainer minWidth={800}>
                  <Table data-testid="audit-table">
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th scope="col">{t('auditLog.when')}</Table.Th>
                        <Table.Th scope="col">{t('auditLog.organisation')}</Table.Th>
                        <Table.Th scope="col">{t('auditLog.action')}</Table.Th>
                        <Table.Th scope="col">{t('auditLog.record')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {list.rows.map((e) => {
                        const page = ROW_PAGES[e.entity];
                        return (
                          <Table.Tr key={e.id}>
                            <Table.Td>{dateTime.format(new Date(e.occurredAt))}</Table.Td>
                            <Table.Td>{e.actorOrgId ? <bdi>{orgName.get(e.actorOrgId) ?? e.actorOrgId}</bdi> : t('auditLog.system')}</Table.Td>
                            <Table.Td>
                              <code dir="ltr">{e.action}</code>
                            </Table.Td>
                            <Table.Td>
                              {entityName(e.entity)}{' '}
                              {e.contentWithheld ? (
                                <Badge variant="light" color="gray" title={t('auditLog.withheldHelp')}>
                                  {t('auditLog.withheld')}
                                </Badge>
                              ) : e.entityId && page && !e.action.endsWith('.delete') ? (
                                <Anchor component={Link} to={`${page}/${e.entityId}`} aria-label={`${entityName(e.entity)} ${e.entityId}`}>
                                  <code dir="ltr">{e.entityId.slice(0, 8)}</code>
                                </Anchor>
                              ) : null}
                            </Table.Td>
                          </Table.Tr>
                        );
                      })}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
                <LoadMore query={list.query} />
              </>
            )
          }
        </QueryState>
      )}
    </Stack>
  );
}
