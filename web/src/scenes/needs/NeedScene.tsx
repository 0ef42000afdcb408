// One need (/needs/:id, issue 9): what is asked, in both of its terms when it has both (1,000
// officers and USD 2 m), how much of it is met — committed and delivered, unmet and
// over-subscribed, as figures and as a bar — and the contributions that meet it, each with its
// part. Everything is summed by the API under the sharing rule (a contribution hidden from the
// reader is neither listed nor counted); the page only shows it. A contribution linked in
// another currency shows its original amount beside the converted one (ADR 0031); one with
// no rate in force is named as not converted, above the figures it is missing from.
import { Alert, Anchor, Badge, Button, Card, Group, Progress, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { type Need, type NeedContribution, api } from '../../api/client.ts';
import { MarkingBadge } from '../../components/MarkingBadge.tsx';
import { Money } from '../../components/Money.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { numberLocale } from '../../i18n/index.ts';
import { useFormats } from '../../components/formats.ts';
import { useFrameworkName, useWorkingGroupName } from '../../hooks/useLocalName.ts';
import '../admin/rates-i18n/index.ts';

type GapPart = Need['gap']['unmet'];

/** The share of the need a part covers, in percent (for the bar only: the figures stay exact). */
const share = (part: string, whole: number | string | undefined) => (whole && Number(whole) > 0 ? Math.min(100, (Number(part) / Number(whole)) * 100) : 0);

export function NeedScene() {
  const { t } = useTranslation();
  const frameworkName = useFrameworkName();
  const workingGroupName = useWorkingGroupName();
  const { id = '' } = useParams();
  const need = useQuery({ queryKey: ['need', id], queryFn: () => api.need(id) });
  const contributions = useQuery({ queryKey: ['need', id, 'contributions'], queryFn: () => api.needContributions(id), enabled: need.isSuccess });
  return (
    <Stack>
      <Anchor component={Link} to="/needs">
        {t('needs.back')}
      </Anchor>
      <QueryState query={need}>
        {(n) => (
          <Stack>
            <Group justify="space-between" align="start">
              <Stack gap={4}>
                <Title order={2}>{n.description || t(`types.${n.type}`)}</Title>
                <Group gap="xs">
                  <MarkingBadge marking={n.sharing.marking} />
                  <Text size="sm">
                    {[
                      n.workingGroup ? t('needs.statedFor', { group: workingGroupName(n.workingGroup), organisation: n.organisation.name }) : n.organisation.name,
                      frameworkName(n.line) + (n.frameworkNode.id !== n.line.id ? ` › ${frameworkName(n.frameworkNode)}` : ''),
                      n.location?.name,
                      t(`priorities.${n.priority}`),
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </Text>
                </Group>
              </Stack>
              {n.abilities.update && (
                <Button component={Link} to={`/needs/${n.id}/edit`} variant="light">
                  {t('needs.edit')}
                </Button>
              )}
            </Group>
            <NotConverted need={n} items={contributions.data?.items} />
            <NeedGap need={n} />
            <Card withBorder component="section" aria-labelledby="need-contributions">
              <Title order={3} size="h4" id="need-contributions" mb="sm">
                {t('needs.meetingIt')}
              </Title>
              <QueryState query={contributions}>
                {(list) => (list.items.length === 0 ? <Text>{t('needs.noneMeetingIt')}</Text> : <MeetingContributions need={n} items={list.items} />)}
              </QueryState>
            </Card>
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}

/** The need in its terms, and each part of its gap in both, with a bar of what is met. */
function NeedGap({ need }: { need: Need }) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(numberLocale(i18n.language));
  const quantity = (part: GapPart) => (need.quantity ? `${number.format(part.quantity as unknown as number)} ${need.quantity.unit}` : null);
  const money = (part: GapPart) => (need.money ? <Money value={{ amountMinor: part.amountMinor, currency: need.money.currency }} /> : null);
  // The bar in the need's first term: money when it asks for money, else its quantity.
  const whole = need.money ? need.money.amountMinor : need.quantity?.value;
  const of = (part: GapPart) => (need.money ? part.amountMinor : part.quantity);
  const rows: [string, GapPart][] = [
    ['coverage.committed', need.gap.committed],
    ['coverage.delivered', need.gap.delivered],
    ['coverage.unmet', need.gap.unmet],
    ['coverage.oversubscribed', need.gap.oversubscribed],
  ];
  return (
    <Card withBorder component="section" aria-labelledby="need-gap">
      <Title order={3} size="h4" id="need-gap" mb="sm">
        {t('needs.asked')}
        {': '}
        {[need.quantity && `${number.format(need.quantity.value)} ${need.quantity.unit}`].filter(Boolean).join('')}
        {need.quantity && need.money ? ' · ' : ''}
        {need.money && <Money value={need.money} />}
      </Title>
      <Progress.Root size="xl" aria-hidden mb="sm">
        <Progress.Section value={share(of(need.gap.delivered), whole)} color="teal.8" />
        <Progress.Section value={share(of(need.gap.committed), whole)} color="indigo.6" />
      </Progress.Root>
      <Table maw={640} data-testid="need-gap">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">
              <VisuallyHidden>{t('needs.part')}</VisuallyHidden>
            </Table.Th>
            {need.quantity && <Table.Th scope="col">{t('contributions.quantity')}</Table.Th>}
            {need.money && <Table.Th scope="col">{t('contributions.amount')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(([label, part]) => (
            <Table.Tr key={label}>
              <Table.Th scope="row">{t(label)}</Table.Th>
              {need.quantity && <Table.Td>{quantity(part)}</Table.Td>}
              {need.money && <Table.Td>{money(part)}</Table.Td>}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  );
}

/** The contributions whose money is in a currency with no rate in force: named, as the gap leaves them out. */
function NotConverted({ need, items }: { need: Need; items: NeedContribution[] | undefined }) {
  const { t } = useTranslation();
  if (need.gap.notConverted === 0) return null;
  const named = (items ?? []).filter((c) => c.notConverted && (c.status === 'committed' || c.status === 'delivered'));
  return (
    <Alert color="red" data-testid="not-converted">
      <Text fw={700}>{t('rates.notConvertedTitle')}</Text>
      {named.length
        ? t('rates.notConvertedNamed', { names: named.map((c) => `${c.description || t(`types.${c.type}`)} (${c.organisation.name})`).join(', ') })
        : t('rates.notConvertedCount', { count: need.gap.notConverted })}
    </Alert>
  );
}

/** A contribution's money on the need's page: in the need's currency, and as given when that was another. */
function MeetsMoney({ need, c }: { need: Need; c: NeedContribution }) {
  const { t } = useTranslation();
  const fmt = useFormats();
  const currency = need.money?.currency ?? c.original?.currency ?? 'USD';
  const converted = c.original && c.original.currency !== currency;
  return (
    <Stack gap={2}>
      {c.meets.amountMinor === null ? (
        <Badge color="red.9" variant="filled" radius="sm" styles={{ root: { textTransform: 'none' } }}>
          {t('rates.notConverted')}
        </Badge>
      ) : (
        <Text span>
          <Money value={{ amountMinor: c.meets.amountMinor, currency }} />
        </Text>
      )}
      {converted && c.original && (
        <Text span size="sm" c="dimmed">
          {t('rates.original')}: <Money value={c.original} />
          {c.conversion ? ` · ${t('rates.convertedAt', { rate: c.conversion.rate, date: fmt.day(c.conversion.rateDate) })}` : ''}
        </Text>
      )}
    </Stack>
  );
}

function MeetingContributions({ need, items }: { need: Need; items: NeedContribution[] }) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(numberLocale(i18n.language));
  return (
    <Table data-testid="need-contributions">
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('contributions.description')}</Table.Th>
          <Table.Th scope="col">{t('needs.stated')}</Table.Th>
          <Table.Th scope="col">{t('contributions.status')}</Table.Th>
          {need.quantity && <Table.Th scope="col">{t('contributions.quantity')}</Table.Th>}
          {need.money && <Table.Th scope="col">{t('contributions.amount')}</Table.Th>}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((c) => (
          <Table.Tr key={c.id}>
            <Table.Td>
              <Anchor component={Link} to={`/contributions/${c.id}`}>
                {c.description || t(`types.${c.type}`)}
              </Anchor>
            </Table.Td>
            <Table.Td>{c.organisation.name}</Table.Td>
            <Table.Td>{t(`contributionStatus.${c.status}`)}</Table.Td>
            {need.quantity && <Table.Td>{`${number.format(c.meets.quantity as unknown as number)} ${need.quantity.unit}`}</Table.Td>}
            {need.money && (
              <Table.Td>
                <MeetsMoney need={need} c={c} />
              </Table.Td>
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
