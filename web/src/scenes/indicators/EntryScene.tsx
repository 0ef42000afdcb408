// Entering an indicator set's values like a spreadsheet: a line of effort's indicators (and
// their category options) across, places down, for one period and the reader's organisation.
// Arrow keys, Enter and Tab move; a block copied from a spreadsheet is pasted from the focused
// cell; each cell says what is wrong with it next to it; the values are saved as drafts (all
// or none, POST /api/indicator-values), then submitted. A line's coordinators approve or
// return what was submitted, from the same page.
import './i18n/index.ts';
import { Alert, Badge, Button, Checkbox, Group, Select, Stack, Table, Text, TextInput, Textarea, Title, VisuallyHidden } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type ClipboardEvent, type KeyboardEvent, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, fieldMessage } from '../../api/client.ts';
import { type PlaceOption, PlacePicker } from '../../components/PlacePicker.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { useFrameworkOptions } from '../../hooks/useFrameworkOptions.ts';
import { useSession } from '../../hooks/useSession.ts';
import { useUrlState } from '../../hooks/useUrlState.ts';
import { layBlock, move, parseBlock, parseFigure, thisMonth } from './grid.ts';
import { type Indicator, type IndicatorValue, type ValueInput, allPages, indicatorsApi, useIndicators } from './indicatorsApi.ts';

type Column = { indicator: Indicator; option: string | null };
type Row = { id: string | null; label: string };
const cellKey = (row: number, col: number) => `${row}:${col}`;
const valueKey = (indicatorId: string, locationId: string | null, option: string | null) => `${indicatorId}|${locationId ?? ''}|${option ?? ''}`;
const PERIOD = /^\d{4}(-(0[1-9]|1[0-2])|Q[1-4])?$/;

export function EntryScene() {
  const { t } = useTranslation();
  const lines = useFrameworkOptions({ linesOnly: true });
  const [{ line, period }, setUrl] = useUrlState(['line', 'period'] as const);
  const lineId = line || lines[0]?.value;
  const chosenPeriod = period || thisMonth();
  return (
    <Stack>
      <Title order={2}>{t('indicators.entryTitle')}</Title>
      <Group align="end">
        <Select label={t('indicators.line')} data={lines} value={lineId ?? null} onChange={(v) => setUrl('line', v ?? '')} allowDeselect={false} />
        <TextInput
          label={t('indicators.period')}
          description={t('indicators.periodHint')}
          defaultValue={chosenPeriod}
          onBlur={(e) => PERIOD.test(e.currentTarget.value) && setUrl('period', e.currentTarget.value)}
          error={period && !PERIOD.test(period) ? t('indicators.periodInvalid') : undefined}
        />
      </Group>
      {lineId && <EntryGrid key={`${lineId}/${chosenPeriod}`} lineId={lineId} period={chosenPeriod} />}
    </Stack>
  );
}

function EntryGrid({ lineId, period }: { lineId: string; period: string }) {
  const { t } = useTranslation();
  const indicators = useIndicators(lineId);
  const session = useSession();
  const orgId = session.data?.user.orgId;
  const values = useQuery({
    queryKey: ['indicators', 'values', lineId, period],
    enabled: indicators.isSuccess,
    queryFn: async () =>
      (await Promise.all((indicators.data ?? []).map((i) => allPages((cursor) => indicatorsApi.values({ indicatorId: i.id, period, cursor, limit: 100 }))))).flat(),
  });
  const closures = useQuery({ queryKey: ['indicators', 'closures'], queryFn: () => indicatorsApi.closures() });
  return (
    <QueryState query={indicators}>
      {(list) =>
        list.length === 0 ? (
          <Text>{t('indicators.noneForLine')}</Text>
        ) : (
          <QueryState query={values}>
            {(all) => {
              const inPeriod = list.filter((i) => periodFits(i.periodType, period));
              const closed = new Set((closures.data?.items ?? []).filter((c) => c.period === period).map((c) => c.indicatorId ?? '*'));
              return (
                <>
                  {inPeriod.length < list.length && <Text c="dimmed">{t('indicators.otherPeriodTypes', { count: list.length - inPeriod.length })}</Text>}
                  <Grid indicators={inPeriod} period={period} values={all.filter((v) => v.organisation.id === orgId)} closed={closed} />
                  <Review values={all.filter((v) => v.status === 'submitted' || v.status === 'approved')} />
                </>
              );
            }}
          </QueryState>
        )
      }
    </QueryState>
  );
}

/** An indicator reported monthly takes 2015-01, quarterly 2015Q1, yearly 2015. */
function periodFits(type: string, period: string) {
  if (type === 'month') return /^\d{4}-\d{2}$/.test(period);
  if (type === 'quarter') return /^\d{4}Q\d$/.test(period);
  return /^\d{4}$/.test(period);
}

function Grid({ indicators, period, values, closed }: { indicators: Indicator[]; period: string; values: IndicatorValue[]; closed: Set<string> }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const rtl = i18n.dir() === 'rtl';
  const columns: Column[] = indicators.flatMap((indicator): Column[] =>
    indicator.categoryOptions.length === 0 ? [{ indicator, option: null }] : indicator.categoryOptions.map((option) => ({ indicator, option })),
  );
  const existing = useMemo(() => new Map(values.map((v) => [valueKey(v.indicator.id, v.location?.id ?? null, v.categoryOption), v])), [values]);
  // The places already reported for stay in the grid; others are added with the picker.
  const [places, setPlaces] = useState<PlaceOption[]>(() => {
    const seen = new Map<string, string>();
    for (const v of values) if (v.location) seen.set(v.location.id, v.location.name);
    return [...seen].map(([value, label]) => ({ value, label }));
  });
  const rows: Row[] = [{ id: null, label: t('indicators.wholeCoalition') }, ...places.map((p) => ({ id: p.value, label: p.label }))];
  const size = { rows: rows.length, cols: columns.length };
  const [texts, setTexts] = useState<Map<string, string>>(new Map());
  const [serverErrors, setServerErrors] = useState<Map<string, string>>(new Map());
  const [notice, setNotice] = useState<string | null>(null);
  const inputs = useRef(new Map<string, HTMLInputElement>());

  const valueAt = (row: number, col: number) => existing.get(valueKey(columns[col]!.indicator.id, rows[row]!.id, columns[col]!.option));
  const isClosed = (col: number) => closed.has('*') || closed.has(columns[col]!.indicator.id);
  const lockedWhy = (row: number, col: number): string | null => {
    if (isClosed(col)) return t('indicators.refusal.closed');
    const v = valueAt(row, col);
    if (v && !v.abilities.update) return v.status === 'approved' ? t('indicators.refusal.approved') : t('indicators.refusal.submitted');
    return null;
  };
  const textAt = (row: number, col: number) => texts.get(cellKey(row, col)) ?? (valueAt(row, col) ? String(valueAt(row, col)!.value) : '');
  const errorAt = (row: number, col: number): string | null => {
    const key = cellKey(row, col);
    if (serverErrors.has(key)) return serverErrors.get(key)!;
    if (!texts.has(key)) return null;
    const text = texts.get(key)!;
    if (text.trim() === '') return null;
    const parsed = parseFigure(text);
    return parsed.ok ? null : t(`indicators.cellError.${parsed.error}`);
  };
  const setText = (row: number, col: number, text: string) => {
    setTexts((m) => new Map(m).set(cellKey(row, col), text));
    setServerErrors((m) => {
      if (!m.has(cellKey(row, col))) return m;
      const next = new Map(m);
      next.delete(cellKey(row, col));
      return next;
    });
  };
  const focus = (row: number, col: number) => inputs.current.get(cellKey(row, col))?.focus();

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>, row: number, col: number) => {
    const input = e.currentTarget;
    // Left and right move within the text being typed, and to the next cell from its edge.
    if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
      const atStart = input.selectionStart === 0 && input.selectionEnd === 0;
      const atEnd = input.selectionStart === input.value.length;
      const towardsStart = (e.key === 'ArrowLeft') !== rtl;
      if (towardsStart ? !atStart : !atEnd) return;
    }
    const to = move(e.key, { row, col }, size, rtl, e.shiftKey);
    if (!to) return;
    e.preventDefault();
    focus(to.row, to.col);
  };
  const onPaste = (e: ClipboardEvent<HTMLInputElement>, row: number, col: number) => {
    const text = e.clipboardData.getData('text/plain');
    if (!text.includes('\t') && !text.includes('\n')) return; // one value: the input takes it
    e.preventDefault();
    const { cells, outside } = layBlock(parseBlock(text), { row, col }, size);
    let locked = 0;
    setTexts((m) => {
      const next = new Map(m);
      for (const c of cells) {
        if (lockedWhy(c.row, c.col)) locked++;
        else next.set(cellKey(c.row, c.col), c.text);
      }
      return next;
    });
    setNotice(
      t('indicators.pasted', { count: cells.length - locked }) +
        (outside ? ` ${t('indicators.pastedOutside', { count: outside })}` : '') +
        (locked ? ` ${t('indicators.pastedLocked', { count: locked })}` : ''),
    );
  };

  /** The cells typed into and valid, as the batch the API takes; null when a cell is wrong. */
  const batch = (): { inputs: ValueInput[]; cells: [number, number][] } | null => {
    const out: ValueInput[] = [];
    const cells: [number, number][] = [];
    for (const [key, text] of texts) {
      const [row, col] = key.split(':').map(Number) as [number, number];
      if (text.trim() === '' || lockedWhy(row, col)) continue;
      const parsed = parseFigure(text);
      if (!parsed.ok) return null;
      const before = valueAt(row, col);
      if (before && before.value === parsed.value) continue;
      out.push({ indicatorId: columns[col]!.indicator.id, period, locationId: rows[row]!.id, categoryOption: columns[col]!.option, value: parsed.value });
      cells.push([row, col]);
    }
    return { inputs: out, cells };
  };

  const refresh = () => queryClient.invalidateQueries({ queryKey: ['indicators'] });
  const save = useMutation({
    mutationFn: async (then: 'draft' | 'submit') => {
      setNotice(null);
      const b = batch();
      if (!b) throw new Error(t('indicators.fixCells'));
      let saved: IndicatorValue[] = [];
      if (b.inputs.length > 0) {
        try {
          saved = (await indicatorsApi.save(b.inputs)).items;
        } catch (err) {
          // A refusal naming a value (body.values.3.value) is shown next to its cell.
          if (err instanceof ApiError) {
            const byCell = new Map<string, string>();
            for (const e of err.errors) {
              const m = /^body\.values\.(\d+)/.exec(e.path);
              const cell = m ? b.cells[Number(m[1])] : undefined;
              if (cell) byCell.set(cellKey(cell[0], cell[1]), fieldMessage(e));
            }
            setServerErrors(byCell);
          }
          throw err;
        }
      }
      if (then === 'submit') {
        const ids = new Set(saved.filter((v) => v.abilities.submit).map((v) => v.id));
        for (const v of values) if (v.abilities.submit) ids.add(v.id);
        if (ids.size === 0) return t('indicators.nothingToSubmit');
        const { changed } = await indicatorsApi.transition('submit', [...ids]);
        return t('indicators.submitted', { count: changed });
      }
      return t('indicators.saved', { count: saved.length });
    },
    onSuccess: async (message) => {
      setTexts(new Map());
      setNotice(message);
      await refresh();
    },
  });

  return (
    <Stack>
      <PlacePicker label={t('indicators.places')} value={places} onChange={setPlaces} />
      <Text size="sm" c="dimmed" id="entry-help">
        {t('indicators.entryHelp')}
      </Text>
      <Table.ScrollContainer minWidth={300}>
        <Table withTableBorder withColumnBorders data-testid="entry-grid" aria-describedby="entry-help">
          <caption>
            <VisuallyHidden>{t('indicators.gridCaption', { period })}</VisuallyHidden>
          </caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('indicators.place')}</Table.Th>
              {columns.map((c) => (
                <Table.Th scope="col" key={`${c.indicator.id}/${c.option ?? ''}`}>
                  {c.indicator.name}
                  {c.option && ` · ${c.option}`}
                  <Text size="xs" c="dimmed">
                    {c.indicator.unit}
                    {isClosed(columns.indexOf(c)) && ` · ${t('indicators.refusal.closed')}`}
                  </Text>
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r, row) => (
              <Table.Tr key={r.id ?? 'all'}>
                <Table.Th scope="row">{r.label}</Table.Th>
                {columns.map((c, col) => {
                  const id = `cell-${row}-${col}`;
                  const error = errorAt(row, col);
                  const locked = lockedWhy(row, col);
                  const v = valueAt(row, col);
                  const note = error ?? locked ?? (v?.status === 'returned' ? t('indicators.returnedBecause', { reason: v.statusReason ?? '' }) : null);
                  return (
                    <Table.Td key={`${c.indicator.id}/${c.option ?? ''}`}>
                      <input
                        ref={(el) => {
                          if (el) inputs.current.set(cellKey(row, col), el);
                          else inputs.current.delete(cellKey(row, col));
                        }}
                        id={id}
                        className="entry-cell"
                        inputMode="decimal"
                        aria-label={`${c.indicator.name}${c.option ? ` ${c.option}` : ''}, ${r.label}`}
                        aria-invalid={error ? true : undefined}
                        aria-describedby={note ? `${id}-note` : undefined}
                        readOnly={locked !== null}
                        value={textAt(row, col)}
                        onChange={(e) => setText(row, col, e.currentTarget.value)}
                        onKeyDown={(e) => onKeyDown(e, row, col)}
                        onPaste={(e) => onPaste(e, row, col)}
                        style={{ width: '8em', borderColor: error ? 'var(--mantine-color-red-7)' : undefined, background: locked ? 'var(--mantine-color-gray-1)' : undefined }}
                      />
                      {v && (
                        <Badge size="xs" ms={4} variant="light" color={STATUS_COLOR[v.status]}>
                          {t(`indicators.status.${v.status}`)}
                        </Badge>
                      )}
                      {note && (
                        <Text id={`${id}-note`} size="xs" c={error ? 'red.8' : 'dimmed'} role={error ? 'alert' : undefined}>
                          {note}
                        </Text>
                      )}
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Group>
        <Button variant="default" loading={save.isPending && save.variables === 'draft'} onClick={() => save.mutate('draft')}>
          {t('indicators.saveDraft')}
        </Button>
        <Button loading={save.isPending && save.variables === 'submit'} onClick={() => save.mutate('submit')}>
          {t('indicators.submit')}
        </Button>
      </Group>
      <div aria-live="polite">{notice && <Text data-testid="entry-notice">{notice}</Text>}</div>
      {save.isError && (
        <Alert color="red" role="alert" title={t('indicators.refused')}>
          {refusal(save.error, t)}
        </Alert>
      )}
    </Stack>
  );
}

const STATUS_COLOR = { draft: 'gray', submitted: 'blue', approved: 'green', returned: 'orange' } as const;

/** Why the server said no, in words: a closed period, a value already approved, another organisation's value. */
function refusal(error: Error, t: (k: string) => string) {
  if (!(error instanceof ApiError)) return error.message;
  const text = `${error.code ?? ''} ${error.message}`.toLowerCase();
  if (text.includes('closed')) return `${t('indicators.refusal.closed')} (${error.message})`;
  if (text.includes('approved')) return `${t('indicators.refusal.approved')} (${error.message})`;
  if (error.status === 403) return `${t('indicators.refusal.organisation')} (${error.message})`;
  return error.errors.length > 0 ? t('indicators.fixCells') : error.message;
}

/** Submitted values a coordinator may approve or return (with the reason), and approved ones. */
function Review({ values }: { values: IndicatorValue[] }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const reviewable = values.filter((v) => v.abilities.approve || v.abilities.return || v.abilities.unapprove);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const act = useMutation({
    mutationFn: ({ transition, ids }: { transition: 'approve' | 'return'; ids: string[] }) =>
      indicatorsApi.transition(transition, ids, transition === 'return' ? reason : undefined),
    onSuccess: async () => {
      setChosen(new Set());
      setReason('');
      await queryClient.invalidateQueries({ queryKey: ['indicators'] });
    },
  });
  if (reviewable.length === 0) return null;
  const submitted = reviewable.filter((v) => v.status === 'submitted');
  const ids = [...chosen].filter((id) => submitted.some((v) => v.id === id));
  return (
    <Stack data-testid="review">
      <Title order={3}>{t('indicators.reviewTitle')}</Title>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">
              <VisuallyHidden>{t('indicators.choose')}</VisuallyHidden>
            </Table.Th>
            <Table.Th scope="col">{t('indicators.indicator')}</Table.Th>
            <Table.Th scope="col">{t('indicators.place')}</Table.Th>
            <Table.Th scope="col">{t('indicators.organisation')}</Table.Th>
            <Table.Th scope="col">{t('indicators.value')}</Table.Th>
            <Table.Th scope="col">{t('indicators.statusLabel')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {reviewable.map((v) => (
            <Table.Tr key={v.id}>
              <Table.Td>
                {v.status === 'submitted' && (
                  <Checkbox
                    aria-label={t('indicators.chooseValue', { indicator: v.indicator.name, organisation: v.organisation.name })}
                    checked={chosen.has(v.id)}
                    onChange={(e) => {
                      const next = new Set(chosen);
                      if (e.currentTarget.checked) next.add(v.id);
                      else next.delete(v.id);
                      setChosen(next);
                    }}
                  />
                )}
              </Table.Td>
              <Table.Td>
                {v.indicator.name}
                {v.categoryOption && ` · ${v.categoryOption}`}
              </Table.Td>
              <Table.Td>{v.location?.name ?? t('indicators.wholeCoalition')}</Table.Td>
              <Table.Td>{v.organisation.name}</Table.Td>
              <Table.Td>{v.value}</Table.Td>
              <Table.Td>{t(`indicators.status.${v.status}`)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group>
        <Button variant="default" onClick={() => setChosen(new Set(submitted.map((v) => v.id)))} disabled={submitted.length === 0}>
          {t('indicators.chooseAll')}
        </Button>
        <Button
          color="green"
          disabled={ids.length === 0}
          loading={act.isPending && act.variables?.transition === 'approve'}
          onClick={() => act.mutate({ transition: 'approve', ids })}
        >
          {t('indicators.approve', { count: ids.length })}
        </Button>
      </Group>
      <Group align="end">
        <Textarea label={t('indicators.returnReason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={reasonError} autosize minRows={1} />
        <Button
          color="orange"
          disabled={ids.length === 0}
          onClick={() => {
            if (reason.trim() === '') return setReasonError(t('indicators.reasonRequired'));
            setReasonError(null);
            act.mutate({ transition: 'return', ids });
          }}
        >
          {t('indicators.return', { count: ids.length })}
        </Button>
      </Group>
      {act.isError && (
        <Alert color="red" role="alert" title={t('indicators.refused')}>
          {refusal(act.error, t)}
        </Alert>
      )}
    </Stack>
  );
}
