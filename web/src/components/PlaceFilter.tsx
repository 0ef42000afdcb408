// A list's place filter, one place (and everything under it), its id kept in the address
// (useUrlState) — where the coverage map's links land: /contributions?locationId=….
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import { PlacePicker } from './PlacePicker.tsx';

export function PlaceFilter({ value, set }: { value: string; set: (id: string) => void }) {
  const { t } = useTranslation();
  const place = useQuery({ queryKey: ['location', value], queryFn: () => api.location(value), enabled: Boolean(value) });
  const chosen = value ? [{ value, label: place.data?.name ?? '…' }] : [];
  return (
    <div style={{ width: 240 }}>
      <PlacePicker label={t('coverage.place')} value={chosen} onChange={(v) => set(v.at(-1)?.value ?? '')} max={1} />
    </div>
  );
}
