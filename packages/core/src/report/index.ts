export { type ResultRow, type ResultRows, resultRows } from './resultRows.ts';
