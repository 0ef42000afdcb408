// Export and import of a list as HXL files: the same three buttons on the list page of any
// importable entity (`kind`: its name in GET /api/imports). Exports carry the page's filters;
// the files read back in unchanged. The import page (/import/<kind>) is told this page's
// address, filters included, for its back link.
import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { type DataKind, api } from '../api/client.ts';

export function HxlButtons({ kind, filter, canImport }: { kind: DataKind; filter: Record<string, string | undefined>; canImport: boolean }) {
  const { t } = useTranslation();
  const location = useLocation();
  return (
    <>
      <Button component="a" variant="default" href={api.exportUrl(kind, 'csv', filter)} download>
        {t('hxl.exportCsv')}
      </Button>
      <Button component="a" variant="default" href={api.exportUrl(kind, 'xlsx', filter)} download>
        {t('hxl.exportXlsx')}
      </Button>
      {canImport && (
        <Button component={Link} to={`/import/${kind}`} state={{ from: location.pathname + location.search }} variant="light">
          {t('hxl.import')}
        </Button>
      )}
    </>
  );
}
