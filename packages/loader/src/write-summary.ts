// What a write did, summed from the driver's counters: reloading the same input must give all zeros.
import type { QueryStatistics } from 'neo4j-driver';

export interface WriteSummary {
  nodesCreated: number;
  /** Existing nodes whose properties or labels changed. */
  nodesUpdated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  /** Existing relationships whose properties changed. */
  relationshipsUpdated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
  labelsAdded: number;
  /** Articles whose facts were committed (each article's facts commit together). */
  articlesWritten: number;
  /** Transactions committed. */
  transactions: number;
}

export function createEmptySummary(): WriteSummary {
  return {
    nodesCreated: 0,
    nodesUpdated: 0,
    nodesDeleted: 0,
    relationshipsCreated: 0,
    relationshipsUpdated: 0,
    relationshipsDeleted: 0,
    propertiesSet: 0,
    labelsAdded: 0,
    articlesWritten: 0,
    transactions: 0,
  };
}

/** Adds the driver's counters of one query; `updated` is the number of existing entities the query changed. */
export function addCounters(
  summary: WriteSummary,
  counters: QueryStatistics,
  updated: { nodes?: number; relationships?: number } = {},
): void {
  const u = counters.updates();
  summary.nodesCreated += u.nodesCreated ?? 0;
  summary.nodesDeleted += u.nodesDeleted ?? 0;
  summary.relationshipsCreated += u.relationshipsCreated ?? 0;
  summary.relationshipsDeleted += u.relationshipsDeleted ?? 0;
  summary.propertiesSet += u.propertiesSet ?? 0;
  summary.labelsAdded += u.labelsAdded ?? 0;
  summary.nodesUpdated += updated.nodes ?? 0;
  summary.relationshipsUpdated += updated.relationships ?? 0;
}

/** Sums summaries of parts of one run. */
export function addSummary(into: WriteSummary, part: WriteSummary): WriteSummary {
  for (const key of Object.keys(into) as (keyof WriteSummary)[]) into[key] += part[key];
  return into;
}

/** True when nothing in the database changed. */
export function isUnchanged(summary: WriteSummary): boolean {
  return (
    summary.nodesCreated +
      summary.nodesUpdated +
      summary.nodesDeleted +
      summary.relationshipsCreated +
      summary.relationshipsUpdated +
      summary.relationshipsDeleted +
      summary.propertiesSet +
      summary.labelsAdded ===
    0
  );
}
