import { Alert, Anchor, Badge, Button, Card, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { api } from '../../api/client.ts';
import { MarkingBadge } from '../../components/MarkingBadge.tsx';
import { Money } from '../../components/Money.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { NeedLinks } from './NeedLinks.tsx';
import { ConfirmAction } from '../../components/ConfirmAction.tsx';
import { useFormats } from '../../components/formats.ts';
import { useFrameworkName } from '../../hooks/useLocalName.ts';

const NEXT: Record<string, string[]> = { pledged: ['committed', 'delivered', 'cancelled'], committed: ['delivered', 'cancelled'], delivered: [], cancelled: [] };

export function ContributionScene() {
  const { t, i18n } = useTranslation();
  const fmt = useFormats();
  const frameworkName = useFrameworkName();
  const { id = '' } = useParams();
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: ['contribution', id], queryFn: () => api.contribution(id) });
  const [status, setStatus] = useState<string | null>(null);
  // A status moves forward only: asked once more before it does.
  const [confirming, setConfirming] = useState(false);
  const [note, setNote] = useState('');
  const change = useMutation({
    mutationFn: () => api.changeStatus(id, status!, note),
    onSuccess: async (c) => {
      queryClient.setQueryData(['contribution', id], c);
      setStatus(null);
      setNote('');
      setConfirming(false);
      await queryClient.invalidateQueries({ queryKey: ['contributions'] });
      await queryClient.invalidateQueries({ queryKey: ['coverage'] });
    },
  });
  // A delete is asked once more, in place; then the list, where it no longer is.
  const navigate = useNavigate();
  const [deleting, setDeleting] = useState(false);
  const remove = useMutation({
    mutationFn: () => api.deleteContribution(id),
    onSuccess: async () => {
      queryClient.removeQueries({ queryKey: ['contribution', id] });
      await queryClient.invalidateQueries({ queryKey: ['contributions'] });
      await queryClient.invalidateQueries({ queryKey: ['coverage'] });
      navigate('/contributions');
    },
  });
  const dateTime = new Intl.DateTimeFormat(i18n.language === 'ar' ? 'ar-u-nu-latn' : i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <Stack>
      <Anchor component={Link} to="/contributions">
        {t('contributions.back')}
      </Anchor>
      <QueryState query={query}>
        {(c) => (
          <Stack>
            <Group justify="space-between" align="start">
              <Stack gap={4}>
                <Title order={2}>{c.description || t(`types.${c.type}`)}</Title>
                <Group gap="xs">
                  <MarkingBadge marking={c.sharing.marking} />
                  <Badge variant="outline" color="dark" data-testid="contribution-status">
                    {t(`contributionStatus.${c.status}`)}
                  </Badge>
                  <Text size="sm">{`${c.organisation.name} · ${frameworkName(c.line)}${c.frameworkNode.id !== c.line.id ? ` › ${frameworkName(c.frameworkNode)}` : ''}`}</Text>
                </Group>
              </Stack>
              <Group gap="xs">
                {c.abilities.update && (
                  <Button component={Link} to={`/contributions/${c.id}/edit`} variant="light">
                    {t('contributions.edit')}
                  </Button>
                )}
                {c.abilities.delete && (
                  <Button variant="light" color="red" onClick={() => setDeleting(true)} disabled={deleting}>
                    {t('contributions.deleteTitle')}
                  </Button>
                )}
              </Group>
            </Group>
            {deleting && (
              <ConfirmAction
                danger
                title={t('contributions.deleteTitle')}
                message={t('contributions.deleteConfirm')}
                confirmLabel={t('contributions.deleteYes')}
                cancelLabel={t('needs.cancel')}
                onConfirm={() => remove.mutate()}
                onCancel={() => setDeleting(false)}
                loading={remove.isPending}
              />
            )}
            {remove.isError && (
              <Alert color="red" role="alert">
                {remove.error.message}
              </Alert>
            )}
            <Table variant="vertical" withTableBorder maw={640}>
              <Table.Tbody>
                <Table.Tr>
                  <Table.Th w={180}>{t('contributions.type')}</Table.Th>
                  <Table.Td>{t(`types.${c.type}`)}</Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th>{t('contributions.amount')}</Table.Th>
                  <Table.Td>
                    <Money value={c.money} />
                  </Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th>{t('contributions.quantity')}</Table.Th>
                  <Table.Td>{c.quantity ? fmt.quantity(c.quantity.value, c.quantity.unit) : '—'}</Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th>{t('contributions.places')}</Table.Th>
                  <Table.Td>{c.locations.map((l) => l.name).join(', ') || '—'}</Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th>{t('contributions.start')}</Table.Th>
                  <Table.Td>{fmt.day(c.startDate)}</Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th>{t('contributions.end')}</Table.Th>
                  <Table.Td>{fmt.day(c.endDate)}</Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th>{t('contributions.externalId')}</Table.Th>
                  <Table.Td>{c.externalId ?? '—'}</Table.Td>
                </Table.Tr>
              </Table.Tbody>
            </Table>
            {c.abilities.changeStatus && NEXT[c.status]!.length > 0 && (
              <Card withBorder maw={640} component="section" aria-labelledby="status-change">
                <Title order={3} id="status-change" size="h4" mb="sm">
                  {t('contributions.changeStatus')}
                </Title>
                {change.isError && (
                  <Alert color="red" role="alert" mb="sm">
                    {change.error.message}
                  </Alert>
                )}
                <Group align="end">
                  <Select
                    label={t('contributions.status')}
                    data={NEXT[c.status]!.map((s) => ({ value: s, label: t(`contributionStatus.${s}`) }))}
                    value={status}
                    onChange={setStatus}
                    w={200}
                  />
                  <TextInput label={t('contributions.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} w={260} />
                  <Button onClick={() => setConfirming(true)} disabled={!status || confirming}>
                    {t('contributions.apply')}
                  </Button>
                </Group>
                {confirming && status && (
                  <ConfirmAction
                    title={t('contributions.confirmStatusTitle', { status: t(`contributionStatus.${status}`) })}
                    message={t('contributions.confirmStatus', { from: t(`contributionStatus.${c.status}`), to: t(`contributionStatus.${status}`) })}
                    confirmLabel={t('contributions.confirmStatusYes')}
                    cancelLabel={t('needs.cancel')}
                    onConfirm={() => change.mutate()}
                    onCancel={() => setConfirming(false)}
                    loading={change.isPending}
                  />
                )}
              </Card>
            )}
            <NeedLinks contribution={c} />
            <Title order={3}>{t('contributions.history')}</Title>
            <Table maw={760} data-testid="status-history">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('documents.date')}</Table.Th>
                  <Table.Th scope="col">{t('contributions.status')}</Table.Th>
                  <Table.Th scope="col">{t('members.users')}</Table.Th>
                  <Table.Th scope="col">{t('contributions.note')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {c.history.map((h) => (
                  <Table.Tr key={h.changedAt + h.toStatus}>
                    <Table.Td>{dateTime.format(new Date(h.changedAt))}</Table.Td>
                    <Table.Td>
                      {h.fromStatus ? `${t(`contributionStatus.${h.fromStatus}`)} ${i18n.dir() === 'rtl' ? '←' : '→'} ` : ''}
                      {t(`contributionStatus.${h.toStatus}`)}
                    </Table.Td>
                    <Table.Td>{h.changedBy ?? '—'}</Table.Td>
                    <Table.Td>{h.note}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
