// --workers N of kg extract and kg ingest: a whole number of worker threads, at least 1.
import { InvalidArgumentError } from 'commander';

export function parseWorkers(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new InvalidArgumentError('give a whole number of workers, 1 or more');
  return n;
}
