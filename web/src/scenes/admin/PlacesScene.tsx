// The secretariat's places page (/admin/places, issue 9's console): the place tree browsed from
// the countries down or searched by any name, spelling or P-code; a place added under another;
// and a gazetteer loaded — a Common Operational Dataset table of a country's places with their
// P-codes and names in English and Arabic — checked at once (its problems next to the file),
// then loaded by a job whose progress and result (places added, updated) are shown here.
import '../../components/problems-i18n/index.ts';
import './places-i18n/index.ts';
import { Alert, Anchor, Breadcrumbs, Button, Card, FileInput, Group, NativeSelect, Progress, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, type Location, fieldMessage } from '../../api/client.ts';
import { type GazetteerResult, type LocationLevel, placesApi } from '../../api/places.ts';
import { LoadMore } from '../../components/LoadMore.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { useJob } from '../../hooks/useJob.ts';
import { usePagedList } from '../../hooks/usePagedList.ts';
import { useSession } from '../../hooks/useSession.ts';
import { useUrlState } from '../../hooks/useUrlState.ts';

const LEVEL_BELOW: Record<LocationLevel, Exclude<LocationLevel, 'country'>[]> = {
  country: ['adm1'],
  adm1: ['adm2', 'community'],
  adm2: ['adm3', 'community'],
  adm3: ['community'],
  community: [],
};

/** The messages of a refused upload for one field (`file`, `query.country`): a gazetteer's problems name their rows. */
const messagesFor = (err: unknown, path: string) =>
  err instanceof ApiError
    ? err.errors
        .filter((e) => e.path === path)
        .map(fieldMessage)
        .join(' · ') || undefined
    : undefined;

export function PlacesScene() {
  const { t } = useTranslation();
  const session = useSession();
  const [{ parent, q }, setUrl] = useUrlState(['parent', 'q'] as const);
  if (session.data && !session.data.abilities.createLocation && !session.data.abilities.loadGazetteer) return <Alert color="red">{t('adminPlaces.notAllowed')}</Alert>;
  return (
    <Stack>
      <Title order={2}>{t('adminPlaces.title')}</Title>
      {session.data?.abilities.loadGazetteer && <GazetteerCard />}
      <PlaceTree parent={parent} q={q} setUrl={setUrl} />
    </Stack>
  );
}

function GazetteerCard() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [country, setCountry] = useState('');
  const [jobId, setJobId] = useState<string>();
  const job = useJob(jobId);
  const start = useMutation({
    mutationFn: () => placesApi.loadGazetteer(file!, country.trim() || undefined),
    onSuccess: (j) => setJobId(j.id),
  });
  const status = job.data?.status;
  // The tree shows the loaded places once the job has succeeded.
  useEffect(() => {
    if (status === 'succeeded') void queryClient.invalidateQueries({ queryKey: ['places'] });
  }, [status, queryClient]);
  const result = status === 'succeeded' ? (job.data?.result as GazetteerResult) : undefined;
  const progress = job.data?.progress;
  return (
    <Card withBorder component="section" aria-labelledby="gazetteer-title" maw={900}>
      <Title order={3} size="h4" id="gazetteer-title" mb="xs">
        {t('adminPlaces.gazetteer.title')}
      </Title>
      <Text size="sm" mb="sm">
        {t('adminPlaces.gazetteer.explain')}
      </Text>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          setJobId(undefined);
          if (file) start.mutate();
        }}
      >
        <Group align="start">
          <FileInput
            label={t('adminPlaces.gazetteer.file')}
            description={t('adminPlaces.gazetteer.fileHint')}
            accept=".csv,.xlsx"
            value={file}
            onChange={(f) => {
              setFile(f);
              start.reset();
              setJobId(undefined);
            }}
            error={messagesFor(start.error, 'file')}
            clearable
            clearButtonProps={{ 'aria-label': t('app.clearFile') }}
            required
            w={420}
          />
          <TextInput
            label={t('adminPlaces.gazetteer.country')}
            description={t('adminPlaces.gazetteer.countryHint')}
            value={country}
            onChange={(e) => setCountry(e.currentTarget.value.toUpperCase())}
            error={messagesFor(start.error, 'query.country')}
            maxLength={3}
            w={200}
          />
        </Group>
        {start.isError && !(start.error instanceof ApiError && start.error.errors.length) && (
          <Alert color="red" role="alert" mt="sm">
            {start.error.message}
          </Alert>
        )}
        <Button type="submit" mt="sm" disabled={!file} loading={start.isPending || status === 'queued' || status === 'running'}>
          {t('adminPlaces.gazetteer.load')}
        </Button>
      </form>
      {jobId && (status === 'queued' || status === 'running' || !status) && (
        <Stack gap={4} mt="sm" role="status">
          <Text size="sm">{t('adminPlaces.gazetteer.running', { done: progress?.done ?? 0, total: progress?.total ?? '…' })}</Text>
          <Progress value={progress?.total ? (100 * progress.done) / progress.total : 0} aria-label={t('adminPlaces.gazetteer.progress')} />
        </Stack>
      )}
      {result && (
        <Alert color="green" role="status" mt="sm" data-testid="gazetteer-result">
          <Text fw={700}>{t('adminPlaces.gazetteer.done', { country: result.country })}</Text>
          <Text>{t('adminPlaces.gazetteer.result', result)}</Text>
        </Alert>
      )}
      {status === 'failed' && (
        <Alert color="red" role="alert" mt="sm">
          <Text fw={700}>{t('adminPlaces.gazetteer.failed')}</Text>
          <Text>{job.data?.error}</Text>
        </Alert>
      )}
    </Card>
  );
}

function PlaceTree({ parent, q, setUrl }: { parent: string; q: string; setUrl: (key: 'parent' | 'q', value: string) => void }) {
  const { t } = useTranslation();
  const session = useSession();
  const [search, setSearch] = useState(q);
  const [debounced] = useDebouncedValue(search.trim(), 250);
  // Only what the reader typed goes to the address, once it settles. Comparing it with the address's
  // `q` instead would undo "Open": that clears both at once, but the settled value is still the old
  // search for 250 ms, and would put it back, showing the search's rows again for that moment.
  const settled = useRef(debounced);
  useEffect(() => {
    if (debounced === settled.current) return;
    settled.current = debounced;
    setUrl('q', debounced);
  }, [debounced, setUrl]);
  // And an address changed otherwise (the menu's "Places" link, back and forward) shows in the box.
  useEffect(() => {
    if (q === settled.current) return;
    settled.current = q;
    setSearch(q);
  }, [q]);
  const here = useQuery({ queryKey: ['places', 'one', parent], queryFn: () => placesApi.get(parent), enabled: Boolean(parent) });
  const { query, rows } = usePagedList(['places', 'list', parent, q], (cursor) =>
    placesApi.list(q ? { q, cursor, limit: 50 } : parent ? { parentId: parent, cursor, limit: 50 } : { level: 'country', cursor, limit: 50 }),
  );
  const open = (id: string) => {
    setSearch('');
    setUrl('q', '');
    setUrl('parent', id);
  };
  const crumbs = here.data ? [...here.data.ancestors, { id: here.data.id, name: here.data.name }] : [];
  return (
    <Card withBorder component="section" aria-labelledby="places-title">
      <Title order={3} size="h4" id="places-title" mb="sm">
        {t('adminPlaces.tree.title')}
      </Title>
      <TextInput
        label={t('adminPlaces.tree.search')}
        description={t('adminPlaces.tree.searchHint')}
        value={search}
        onChange={(e) => setSearch(e.currentTarget.value)}
        w={360}
        mb="sm"
      />
      {!q && (
        <nav aria-label={t('adminPlaces.tree.path')}>
          <Breadcrumbs mb="sm">
            <Anchor component="button" type="button" onClick={() => setUrl('parent', '')}>
              {t('adminPlaces.tree.countries')}
            </Anchor>
            {crumbs.map((c, i) =>
              i === crumbs.length - 1 ? (
                <Text key={c.id} aria-current="location">
                  {c.name}
                </Text>
              ) : (
                <Anchor key={c.id} component="button" type="button" onClick={() => open(c.id)}>
                  {c.name}
                </Anchor>
              ),
            )}
          </Breadcrumbs>
        </nav>
      )}
      <QueryState query={query}>
        {() => (
          <>
            <Table data-testid="places-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('adminPlaces.tree.name')}</Table.Th>
                  <Table.Th scope="col">{t('adminPlaces.tree.nameAr')}</Table.Th>
                  <Table.Th scope="col">{t('adminPlaces.tree.pcode')}</Table.Th>
                  <Table.Th scope="col">{t('adminPlaces.tree.code')}</Table.Th>
                  <Table.Th scope="col">{t('adminPlaces.tree.level')}</Table.Th>
                  <Table.Th scope="col">{t('adminPlaces.tree.below')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((l) => (
                  <Table.Tr key={l.id}>
                    <Table.Td>{l.name}</Table.Td>
                    <Table.Td lang="ar" dir="rtl">
                      {l.nameAr}
                    </Table.Td>
                    <Table.Td>{l.pcode}</Table.Td>
                    <Table.Td>{l.code}</Table.Td>
                    <Table.Td>{t(`adminPlaces.levels.${l.level}`)}</Table.Td>
                    <Table.Td>
                      {l.childCount > 0 ? (
                        <Button size="compact-sm" variant="default" onClick={() => open(l.id)} aria-label={t('adminPlaces.tree.openNamed', { name: l.name, count: l.childCount })}>
                          {t('adminPlaces.tree.open', { count: l.childCount })}
                        </Button>
                      ) : null}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            {rows.length === 0 && <Text c="dimmed">{t('adminPlaces.tree.none')}</Text>}
            <LoadMore query={query} />
          </>
        )}
      </QueryState>
      {session.data?.abilities.createLocation && here.data && LEVEL_BELOW[here.data.level].length > 0 && <AddPlace parent={here.data} />}
    </Card>
  );
}

type Fields = { level: string; code: string; pcode: string; name: string; nameFr: string; nameAr: string };

function AddPlace({ parent }: { parent: Pick<Location, 'id' | 'name' | 'level'> }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const levels = LEVEL_BELOW[parent.level];
  const empty: Fields = { level: levels[0]!, code: '', pcode: '', name: '', nameFr: '', nameAr: '' };
  const [f, setF] = useState<Fields>(empty);
  const [added, setAdded] = useState<string>();
  const set = (key: keyof Fields, value: string) => setF((x) => ({ ...x, [key]: value }));
  const save = useMutation({
    mutationFn: () =>
      placesApi.create({
        parentId: parent.id,
        level: f.level as Exclude<LocationLevel, 'country'>,
        code: f.code,
        pcode: f.pcode.trim() || null,
        name: f.name,
        nameFr: f.nameFr.trim() || null,
        nameAr: f.nameAr.trim() || null,
      }),
    onSuccess: async (place) => {
      setAdded(place.name);
      setF(empty);
      await queryClient.invalidateQueries({ queryKey: ['places'] });
    },
  });
  const err = save.error instanceof ApiError ? save.error : undefined;
  return (
    <form
      noValidate
      aria-labelledby="add-place"
      onSubmit={(e) => {
        e.preventDefault();
        setAdded(undefined);
        save.mutate();
      }}
    >
      <Title order={4} size="h5" id="add-place" mt="md" mb="xs">
        {t('adminPlaces.add.title', { parent: parent.name })}
      </Title>
      {added && (
        <Alert color="green" role="status" mb="sm">
          {t('adminPlaces.add.done', { name: added })}
        </Alert>
      )}
      {save.isError && !err?.errors.length && (
        <Alert color="red" role="alert" mb="sm">
          {save.error.message}
        </Alert>
      )}
      <Group align="start">
        <NativeSelect
          label={t('adminPlaces.tree.level')}
          data={levels.map((l) => ({ value: l, label: t(`adminPlaces.levels.${l}`) }))}
          value={f.level}
          onChange={(e) => set('level', e.currentTarget.value)}
          error={err?.fieldError('level')}
          w={180}
        />
        <TextInput label={t('adminPlaces.tree.name')} value={f.name} onChange={(e) => set('name', e.currentTarget.value)} error={err?.fieldError('name')} required w={200} />
        <TextInput label={t('adminPlaces.add.nameFr')} value={f.nameFr} onChange={(e) => set('nameFr', e.currentTarget.value)} error={err?.fieldError('nameFr')} w={200} />
        <TextInput
          label={t('adminPlaces.tree.nameAr')}
          value={f.nameAr}
          onChange={(e) => set('nameAr', e.currentTarget.value)}
          error={err?.fieldError('nameAr')}
          dir="rtl"
          lang="ar"
          w={200}
        />
        <TextInput label={t('adminPlaces.tree.code')} value={f.code} onChange={(e) => set('code', e.currentTarget.value)} error={err?.fieldError('code')} required w={140} />
        <TextInput
          label={t('adminPlaces.tree.pcode')}
          value={f.pcode}
          onChange={(e) => set('pcode', e.currentTarget.value.toUpperCase())}
          error={err?.fieldError('pcode')}
          w={140}
        />
      </Group>
      <Button type="submit" mt="sm" loading={save.isPending}>
        {t('adminPlaces.add.submit')}
      </Button>
    </form>
  );
}
