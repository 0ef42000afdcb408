import { Alert, Button, Center, Loader } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Loading and error states of a query, the same everywhere. */
export function QueryState<T>({ query, children }: { query: UseQueryResult<T>; children: (data: T) => ReactNode }) {
  const { t } = useTranslation();
  if (query.isPending)
    return (
      <Center p="xl">
        <Loader aria-label={t('app.loading')} />
      </Center>
    );
  if (query.isError)
    return (
      <Alert color="red" title={t('app.error')} role="alert">
        {query.error.message}{' '}
        <Button variant="subtle" onClick={() => query.refetch()}>
          {t('app.retry')}
        </Button>
      </Alert>
    );
  return <>{children(query.data)}</>;
}
