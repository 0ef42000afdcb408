// What an agenda item discusses: a line of effort (or objective), a document, a need, an
// indicator. Picked in the agenda form with searchable selects backed by each list's own route
// (documents and needs searched by the server as you type; the framework and the indicators
// are short lists searched here); shown in the agenda as links. The API answers a link to a
// row the reader may not see as no link, so nothing here can show one.
import './i18n/index.ts';
import { Anchor, Group, Select, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { type ApiError, type Meeting, type Page, api, queryString as qs, request } from '../../api/client.ts';
import { useFrameworkOptions } from '../../hooks/useFrameworkOptions.ts';
import { useFrameworkName } from '../../hooks/useLocalName.ts';

export type Option = { value: string; label: string };
export interface AgendaLinkValue {
  line: string | null;
  document: Option | null;
  need: Option | null;
  indicator: Option | null;
}
export const noLinks = (): AgendaLinkValue => ({ line: null, document: null, need: null, indicator: null });

/** The body fields of POST /api/meetings/:id/agenda for `v`. */
export const linkFields = (v: AgendaLinkValue) => ({
  frameworkNodeId: v.line,
  documentId: v.document?.value ?? null,
  needId: v.need?.value ?? null,
  indicatorId: v.indicator?.value ?? null,
});
export const LINK_FIELDS = ['frameworkNodeId', 'documentId', 'needId', 'indicatorId'];

const short = (text: string) => (text.length > 80 ? `${text.slice(0, 79)}…` : text);

/** A select whose options the server searches as you type (`search(q)`); the chosen option stays among them. */
function SearchSelect({
  label,
  queryKey,
  search,
  value,
  onChange,
  error,
  testId,
}: {
  label: string;
  queryKey: string;
  search: (q: string) => Promise<Option[]>;
  value: Option | null;
  onChange: (v: Option | null) => void;
  error?: string;
  testId: string;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [q] = useDebouncedValue(text === value?.label ? '' : text, 250);
  const found = useQuery({ queryKey: ['agenda-link', queryKey, q], queryFn: () => search(q) });
  const options = [...(value ? [value] : []), ...(found.data ?? []).filter((o) => o.value !== value?.value)];
  return (
    <Select
      label={label}
      placeholder={t('meetings.edit.searchPlaceholder')}
      data={options}
      value={value?.value ?? null}
      onChange={(v) => onChange(options.find((o) => o.value === v) ?? null)}
      searchable
      clearable
      searchValue={text}
      onSearchChange={setText}
      filter={({ options: all }) => all}
      nothingFoundMessage={found.isFetching ? t('meetings.edit.searching') : t('meetings.edit.nothingFound')}
      error={error}
      data-testid={testId}
      miw={240}
    />
  );
}

const documentOptions = async (q: string) => (await api.documents({ q: q || undefined, limit: 20 })).items.map((d) => ({ value: d.id, label: short(d.title) }));
const needOptions = async (q: string) => (await api.needs({ q: q || undefined, limit: 20 })).items.map((n) => ({ value: n.id, label: short(n.description) }));
type IndicatorRow = { id: string; code: string; name: string };
// The indicators' list has no search: a page of them, searched here.
const indicatorOptions = async (q: string) => {
  const page = await request<Page<IndicatorRow>>('GET', `/api/indicators${qs({ limit: 200 })}`);
  const words = q.trim().toLowerCase();
  return page.items
    .map((i) => ({ value: i.id, label: short(`${i.code} · ${i.name}`) }))
    .filter((o) => !words || o.label.toLowerCase().includes(words))
    .slice(0, 30);
};

/** The four link pickers of the agenda form; `error` is the refusal, each field named by its own path. */
export function AgendaLinkFields({ value, onChange, error }: { value: AgendaLinkValue; onChange: (v: AgendaLinkValue) => void; error: ApiError | null }) {
  const { t } = useTranslation();
  const lines = useFrameworkOptions();
  const set = <K extends keyof AgendaLinkValue>(key: K, v: AgendaLinkValue[K]) => onChange({ ...value, [key]: v });
  return (
    <Group align="flex-start" data-testid="agenda-links">
      <Select
        label={t('meetings.line')}
        data={lines}
        value={value.line}
        onChange={(v) => set('line', v)}
        searchable
        clearable
        placeholder={t('meetings.edit.searchPlaceholder')}
        nothingFoundMessage={t('meetings.edit.nothingFound')}
        error={error?.fieldError('frameworkNodeId')}
        miw={240}
      />
      <SearchSelect
        label={t('meetings.edit.document')}
        queryKey="documents"
        search={documentOptions}
        value={value.document}
        onChange={(v) => set('document', v)}
        error={error?.fieldError('documentId')}
        testId="link-document"
      />
      <SearchSelect
        label={t('meetings.edit.need')}
        queryKey="needs"
        search={needOptions}
        value={value.need}
        onChange={(v) => set('need', v)}
        error={error?.fieldError('needId')}
        testId="link-need"
      />
      <SearchSelect
        label={t('meetings.edit.indicator')}
        queryKey="indicators"
        search={indicatorOptions}
        value={value.indicator}
        onChange={(v) => set('indicator', v)}
        error={error?.fieldError('indicatorId')}
        testId="link-indicator"
      />
    </Group>
  );
}

type AgendaItem = Meeting['agenda'][number];

/** An agenda item's links, as links to their pages ("Line: Security · Document: …"). */
export function AgendaLinksText({ item }: { item: AgendaItem }) {
  const { t } = useTranslation();
  const lineName = useFrameworkName();
  const { line, document, need, indicator } = item.links;
  const parts = [
    line && { key: 'line', label: t('meetings.line'), to: '/framework', name: lineName(line) },
    document && { key: 'document', label: t('meetings.edit.document'), to: `/documents/${document.id}`, name: document.name },
    need && { key: 'need', label: t('meetings.edit.need'), to: `/needs/${need.id}`, name: short(need.name) },
    indicator && { key: 'indicator', label: t('meetings.edit.indicator'), to: `/indicators/${indicator.id}`, name: indicator.name },
  ].filter((p): p is { key: string; label: string; to: string; name: string } => Boolean(p));
  if (!parts.length) return null;
  return (
    <Text component="span" size="sm" c="dimmed" data-testid="agenda-item-links">
      {parts.map((p) => (
        <span key={p.key}>
          {' · '}
          {p.label}:{' '}
          <Anchor component={Link} to={p.to} size="sm">
            {p.name}
          </Anchor>
        </span>
      ))}
    </Text>
  );
}
