// A column header that sorts its list: a button in the header cell, the cell's aria-sort saying
// the order shown. A sort is a word the server knows ('-amount': amount, descending), kept in
// the address with the filters (useUrlState), so a saved view keeps its order too.
import { Table, UnstyledButton } from '@mantine/core';
import type { ReactNode } from 'react';

export function SortHeader({
  column,
  sort,
  onSort,
  firstDescending = false,
  children,
}: {
  /** The server's name of the column ('amount'). */
  column: string;
  /** The list's current sort ('-createdAt'). */
  sort: string;
  onSort: (sort: string) => void;
  /** Whether a first click shows the largest or latest first (amounts, dates). */
  firstDescending?: boolean;
  children: ReactNode;
}) {
  const descending = sort === `-${column}`;
  const ascending = sort === column;
  const next = ascending ? `-${column}` : descending ? column : firstDescending ? `-${column}` : column;
  return (
    <Table.Th scope="col" aria-sort={ascending ? 'ascending' : descending ? 'descending' : 'none'}>
      <UnstyledButton onClick={() => onSort(next)} style={{ fontWeight: 700, textDecoration: 'underline dotted' }}>
        {children}
        <span aria-hidden="true">{ascending ? ' ▲' : descending ? ' ▼' : ' ⇅'}</span>
      </UnstyledButton>
    </Table.Th>
  );
}
