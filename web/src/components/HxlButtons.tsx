// Export and import of a list as HXL files: the same three buttons on the contributions
// and needs pages. Exports carry the page's filters; the files read back in unchanged.
import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { type DataKind, api } from '../api/client.ts';

export function HxlButtons({ kind, filter, canImport }: { kind: DataKind; filter: Record<string, string | undefined>; canImport: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <Button component="a" variant="default" href={api.exportUrl(kind, 'csv', filter)} download>
        {t('hxl.exportCsv')}
      </Button>
      <Button component="a" variant="default" href={api.exportUrl(kind, 'xlsx', filter)} download>
        {t('hxl.exportXlsx')}
      </Button>
      {canImport && (
        <Button component={Link} to={`/${kind}/import`} variant="light">
          {t('hxl.import')}
        </Button>
      )}
    </>
  );
}
