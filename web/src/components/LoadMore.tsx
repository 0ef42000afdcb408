import { Button } from '@mantine/core';
import type { UseInfiniteQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

export function LoadMore({ query }: { query: Pick<UseInfiniteQueryResult, 'hasNextPage' | 'fetchNextPage' | 'isFetchingNextPage'> }) {
  const { t } = useTranslation();
  if (!query.hasNextPage) return null;
  return (
    <Button variant="light" onClick={() => query.fetchNextPage()} loading={query.isFetchingNextPage}>
      {t('app.loadMore')}
    </Button>
  );
}
