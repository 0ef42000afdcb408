// The needs a contribution meets part of: listed with how much, and — for its owner —
// linked or unlinked here, choosing the need by searching all of them. What a link counts is in the need's own unit;
// its money in the need's currency or, for a need in another, the contribution's own — kept as given and converted
// for the need's gap at the rate in force (ADR 0031), so nobody converts by hand.
import { Alert, Anchor, Button, Card, Group, NativeSelect, Select, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, type ContributionDetail, type Need, api } from '../../api/client.ts';
import { Money } from '../../components/Money.tsx';
import { moneyField, numberField } from '../../forms.ts';
import { useFormats } from '../../components/formats.ts';
import { useFrameworkName } from '../../hooks/useLocalName.ts';
import '../admin/rates-i18n/index.ts';

export function NeedLinks({ contribution: c }: { contribution: ContributionDetail }) {
  const { t } = useTranslation();
  const fmt = useFormats();
  const lineName = useFrameworkName();
  const queryClient = useQueryClient();
  const [needId, setNeedId] = useState<string | null>(null);
  const [quantity, setQuantity] = useState('');
  const [amount, setAmount] = useState('');
  const [currency, setCurrency] = useState<string | null>(null);
  // Before anything is typed, the needs of this contribution's line of effort (the likely ones);
  // typed words search every need the reader may see, across lines and places, by its
  // description, line, objective, place or organisation.
  const [search, setSearch] = useState('');
  const words = useDebouncedValue(search.trim(), 250)[0];
  const [chosen, setChosen] = useState<Need | undefined>();
  const needs = useQuery({
    queryKey: ['needs', 'for-link', words || c.line.id],
    queryFn: () => api.needs(words ? { q: words, limit: 50 } : { lineId: c.line.id, limit: 50 }),
    enabled: c.abilities.linkNeed,
    placeholderData: (previous) => previous,
  });
  const label = (n: Need) => [n.description || t(`types.${n.type}`), lineName(n.line), n.location?.name, n.organisation.name].filter(Boolean).join(' · ');
  const options = [...(chosen ? [chosen] : []), ...(needs.data?.items ?? []).filter((n) => n.id !== chosen?.id)];
  // A need in another currency than the contribution's: the amount may be given in either, the contribution's first.
  const currencies = chosen?.money ? [...new Set([c.money?.currency, chosen.money.currency].filter((x): x is NonNullable<typeof x> => Boolean(x)))] : [];
  const amountCurrency = currency && currencies.includes(currency as (typeof currencies)[number]) ? currency : currencies[0];
  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: ['contribution', c.id] });
    await queryClient.invalidateQueries({ queryKey: ['needs'] });
    await queryClient.invalidateQueries({ queryKey: ['coverage'] });
  };
  const link = useMutation({
    mutationFn: async () => {
      const money = chosen?.money && amountCurrency ? moneyField(amount, amountCurrency, { path: 'body.amountMinor', label: t('links.amount'), positive: true }) : null;
      return await api.linkNeed(c.id, {
        needId: needId!,
        quantity: numberField(quantity),
        amountMinor: money?.amountMinor ?? null,
        currency: money ? amountCurrency : null,
      });
    },
    onSuccess: async () => {
      setNeedId(null);
      setChosen(undefined);
      setSearch('');
      setQuantity('');
      setAmount('');
      setCurrency(null);
      await refresh();
    },
  });
  const unlink = useMutation({ mutationFn: (id: string) => api.unlinkNeed(c.id, id), onSuccess: refresh });
  const err = link.error instanceof ApiError ? link.error : undefined;
  return (
    <Card withBorder maw={760} component="section" aria-labelledby="need-links">
      <Title order={3} id="need-links" size="h4" mb="sm">
        {t('links.title')}
      </Title>
      {c.needs.length === 0 ? (
        <Text>{t('links.none')}</Text>
      ) : (
        <Table data-testid="need-links">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('links.need')}</Table.Th>
              <Table.Th scope="col">{t('links.quantity')}</Table.Th>
              <Table.Th scope="col">{t('links.amount')}</Table.Th>
              {c.abilities.linkNeed && <Table.Th scope="col">{t('needs.actions')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {c.needs.map((n) => (
              <Table.Tr key={n.needId}>
                <Table.Td>{`${n.description || '—'} · ${n.line}`}</Table.Td>
                <Table.Td>{n.quantity === null ? '—' : fmt.quantity(n.quantity, n.unit)}</Table.Td>
                <Table.Td>{n.amountMinor === null || !n.currency ? '—' : <Money value={{ amountMinor: n.amountMinor, currency: n.currency }} />}</Table.Td>
                {c.abilities.linkNeed && (
                  <Table.Td>
                    <Anchor component="button" type="button" onClick={() => unlink.mutate(n.needId)} aria-label={t('links.removeNamed', { name: n.description || n.line })}>
                      {t('links.remove')}
                    </Anchor>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {c.abilities.linkNeed && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            link.mutate();
          }}
        >
          {link.isError && !err?.errors.length && (
            <Alert color="red" role="alert" my="sm">
              {link.error.message}
            </Alert>
          )}
          <Group align="end" mt="sm">
            <Select
              label={t('links.need')}
              placeholder={t('links.chooseNeed')}
              data={options.map((n) => ({ value: n.id, label: label(n) }))}
              value={needId}
              onChange={(id) => {
                setNeedId(id);
                setChosen(options.find((n) => n.id === id));
              }}
              searchable
              searchValue={search}
              onSearchChange={setSearch}
              // The server has searched already: every option it sent is shown.
              filter={({ options: all }) => all}
              nothingFoundMessage={needs.isFetching ? t('app.loading') : t('links.noNeedFound')}
              description={t('links.searchHelp')}
              w={420}
              error={err?.fieldError('needId')}
            />
            {(!chosen || chosen.quantity) && (
              <TextInput
                label={`${t('links.quantity')}${chosen?.quantity ? ` (${chosen.quantity.unit})` : ''}`}
                inputMode="decimal"
                value={quantity}
                onChange={(e) => setQuantity(e.currentTarget.value)}
                w={170}
                error={err?.fieldError('quantity')}
              />
            )}
            {currencies.length > 1 && (
              <NativeSelect
                label={t('rates.linkCurrency')}
                description={t('rates.linkCurrencyHelp')}
                data={currencies}
                value={amountCurrency}
                onChange={(e) => setCurrency(e.currentTarget.value)}
                w={190}
                error={err?.fieldError('currency')}
              />
            )}
            {(!chosen || chosen.money) && (
              <TextInput
                label={`${t('links.amount')}${amountCurrency ? ` (${amountCurrency})` : ''}`}
                inputMode="decimal"
                value={amount}
                onChange={(e) => setAmount(e.currentTarget.value)}
                w={170}
                error={err?.fieldError('amountMinor')}
              />
            )}
            <Button type="submit" disabled={!needId} loading={link.isPending}>
              {t('links.add')}
            </Button>
          </Group>
        </form>
      )}
    </Card>
  );
}
