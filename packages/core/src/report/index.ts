export {
  type ResultRow,
  type ResultRows,
  type ResultRowsOptions,
  resultRows,
} from './resultRows.ts';
