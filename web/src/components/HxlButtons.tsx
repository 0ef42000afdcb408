// Export and import of a list as HXL files: on the list page of any importable entity
// (`kind`: its name in GET /api/imports), one export button per download the server lists for
// it (CSV, XLSX, JSON …: none is named here) and the import button. Exports carry the page's
// filters and the page's language (the names beside the codes are written in it, ADR 0038);
// the files read back in unchanged. The import page (/import/<kind>) is told this
// page's address, filters included, for its back link.
import { Button } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { type DataKind, api, importablesQuery } from '../api/client.ts';

export function HxlButtons({ kind, filter, canImport }: { kind: DataKind; filter: Record<string, string | undefined>; canImport: boolean }) {
  const { t, i18n } = useTranslation();
  const location = useLocation();
  const importables = useQuery(importablesQuery);
  const downloads = importables.data?.items.find((i) => i.name === kind)?.exports ?? [];
  return (
    <>
      {downloads.map((download) => (
        <Button key={download.format} component="a" variant="default" href={api.exportUrl(download, { ...filter, lang: i18n.language })} download>
          {t('hxl.export', { format: download.format.toUpperCase() })}
        </Button>
      ))}
      {canImport && (
        <Button component={Link} to={`/import/${kind}`} state={{ from: location.pathname + location.search }} variant="light">
          {t('hxl.import')}
        </Button>
      )}
    </>
  );
}
