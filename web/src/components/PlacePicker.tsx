// Places searched as you type (any language, or a code), one or several.
import { MultiSelect } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api/client.ts';
import { useLocalName } from '../hooks/useLocalName.ts';

export type PlaceOption = { value: string; label: string };

export function PlacePicker({ label, value, onChange, max, error }: { label: string; value: PlaceOption[]; onChange: (v: PlaceOption[]) => void; max?: number; error?: string }) {
  const [search, setSearch] = useState('');
  const name = useLocalName();
  const [query] = useDebouncedValue(search, 250);
  const places = useQuery({ queryKey: ['locations', query], queryFn: () => api.locations({ q: query || undefined, limit: 30 }) });
  const options = [...value, ...(places.data?.items ?? []).filter((l) => !value.some((s) => s.value === l.id)).map((l) => ({ value: l.id, label: name(l) }))];
  return (
    <MultiSelect
      label={label}
      data={options}
      value={value.map((l) => l.value)}
      onChange={(values) => onChange(values.map((v) => options.find((o) => o.value === v)!).filter(Boolean))}
      maxValues={max}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      error={error}
    />
  );
}
