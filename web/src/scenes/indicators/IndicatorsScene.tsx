// The indicators the reader may see, a line of effort's or all, each with its progress from
// baseline to its next target (GET /api/indicators/progress): the coalition's dashboard.
import './i18n/index.ts';
import { Anchor, Button, Group, Progress as Bar, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { QueryState } from '../../components/QueryState.tsx';
import { useFrameworkOptions } from '../../hooks/useFrameworkOptions.ts';
import { useFrameworkName } from '../../hooks/useLocalName.ts';
import { useUrlState } from '../../hooks/useUrlState.ts';
import { numberLocale } from '../../i18n/index.ts';
import { type Progress, useIndicators, useProgress } from './indicatorsApi.ts';

export function IndicatorsScene() {
  const { t } = useTranslation();
  const lineName = useFrameworkName();
  const lines = useFrameworkOptions({ linesOnly: true });
  const [{ line }, setUrl] = useUrlState(['line'] as const);
  const indicators = useIndicators(line || undefined);
  const progress = useProgress({ lineId: line || undefined });
  const byId = new Map((progress.data?.items ?? []).map((p) => [p.indicator.id, p]));
  return (
    <Stack>
      <Title order={2}>{t('indicators.listTitle')}</Title>
      <Group align="end">
        <Select label={t('indicators.line')} placeholder={t('indicators.allLines')} data={lines} value={line || null} onChange={(v) => setUrl('line', v ?? '')} clearable />
        <Button component={Link} to={`/indicators/entry${line ? `?line=${line}` : ''}`} variant="light">
          {t('indicators.enterValues')}
        </Button>
        <Button component={Link} to="/indicators/dashboard" variant="default">
          {t('indicators.dashboardTitle')}
        </Button>
      </Group>
      <QueryState query={indicators}>
        {(list) =>
          list.length === 0 ? (
            <Text>{t('indicators.none')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={600}>
              <Table data-testid="indicators-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('indicators.indicator')}</Table.Th>
                    <Table.Th scope="col">{t('indicators.line')}</Table.Th>
                    <Table.Th scope="col">{t('indicators.current')}</Table.Th>
                    <Table.Th scope="col">{t('indicators.progress')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.map((i) => (
                    <Table.Tr key={i.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/indicators/${i.id}`}>
                          {i.name}
                        </Anchor>
                        <Text size="xs" c="dimmed">
                          {i.code} · {i.unit}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <bdi>{lineName(i.line)}</bdi>
                      </Table.Td>
                      <Table.Td>{byId.get(i.id)?.current ?? '—'}</Table.Td>
                      <Table.Td miw={200}>
                        <ProgressBar progress={byId.get(i.id)} name={i.name} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )
        }
      </QueryState>
    </Stack>
  );
}

/** From the baseline to the next target, in per cent, with the figures in words beside it. */
export function ProgressBar({ progress, name }: { progress: Progress | undefined; name: string }) {
  const { t, i18n } = useTranslation();
  if (!progress?.target || progress.percent === null) return <Text size="sm">{t('indicators.noTarget')}</Text>;
  const pct = Math.round(progress.percent);
  const fmt = new Intl.NumberFormat(numberLocale(i18n.language), { maximumFractionDigits: 2 });
  return (
    <Stack gap={2}>
      <Bar value={Math.max(0, Math.min(100, pct))} color={pct >= 100 ? 'green' : 'blue'} aria-label={t('indicators.progressOf', { name })} size="lg" />
      <Text size="xs">
        {t('indicators.progressText', { percent: pct, current: progress.current ?? '0', target: fmt.format(progress.target.value), date: progress.target.date })}
      </Text>
    </Stack>
  );
}
