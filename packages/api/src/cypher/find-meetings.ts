// meetings(between: ["Ana Duarte", "Tomas Reyes"], from: "2016-07", place: "Lisbon") -> the meetings both
// took part in, dated July 2016 or later, whose place contains "lisbon"; date order, undated last.
import type { MeetingStatus } from '@news-kg/graph-model';
import { toPageParams, type PageWindow } from '../pagination';
import type { CypherQuery } from './cypher-query';
import { byDate, projectMeeting, type FactParts } from './projections';
import { resolveEntityClause, type NameInput } from './resolve-entity';

export interface FindMeetingsArgs {
  /** Everyone named must have taken part. */
  participants: readonly NameInput[];
  from: string | null;
  to: string | null;
  place: string | null;
  statuses: readonly MeetingStatus[] | null;
  /** What to fetch with each meeting. @default everything */
  parts?: FactParts;
}

// A partial date overlaps [from, to] unless it ends before `from` or starts after `to`:
// "2016" overlaps from "2016-07" (it may be July), "2016-06" does not.
const DATE_FILTER = `($from IS NULL OR (m.date IS NOT NULL AND (m.date >= $from OR $from STARTS WITH m.date)))
  AND ($to IS NULL OR (m.date IS NOT NULL AND (m.date <= $to OR m.date STARTS WITH $to)))`;

/** Resolves the names, then runs `tail` on the matching meetings `m` inside a subquery that always yields one row. */
function toQuery(args: FindMeetingsArgs, tail: string, columns: string): string {
  const anchor =
    args.participants.length > 0 ? 'MATCH (anchor)-[:PARTICIPATED_IN]->(m:Meeting)' : 'MATCH (m:Meeting)';
  return `CALL () {
  UNWIND $participants AS participantIn
  ${resolveEntityClause('p', 'participantIn').replace(/\n/g, '\n  ')}
  RETURN collect({ name: participantIn.name, id: p.id, entity: p }) AS resolved
}
WITH resolved, [x IN resolved WHERE x.entity IS NOT NULL | x.entity] AS found
CALL (resolved, found) {
  WITH found, head(found) AS anchor WHERE size(found) = size(resolved)
  ${anchor}
  WHERE all(x IN found WHERE (x)-[:PARTICIPATED_IN]->(m))
    AND ($statuses IS NULL OR m.status IN $statuses)
    AND ${DATE_FILTER}
    AND ($place IS NULL OR toLower(m.place) CONTAINS $place)
  ${tail}
}
RETURN [x IN resolved | { name: x.name, id: x.id }] AS resolved, ${columns}`;
}

function toParams(args: FindMeetingsArgs): Record<string, unknown> {
  return {
    participants: args.participants,
    from: args.from,
    to: args.to,
    place: args.place?.toLowerCase() ?? null,
    statuses: args.statuses,
  };
}

/** One row: resolved [{ name, id }] (id null for an unknown name) and page (window.first + 1 meetings). */
export function buildFindMeetings(args: FindMeetingsArgs, window: PageWindow): CypherQuery {
  const tail = `WITH m ORDER BY ${byDate('m')}
  SKIP $skip LIMIT $limit
  RETURN collect(${projectMeeting('m', args.parts)}) AS page`;
  return {
    cypher: toQuery(args, tail, 'page'),
    params: { ...toParams(args), ...toPageParams(window) },
  };
}

/** One row: resolved and total. */
export function buildCountMeetings(args: FindMeetingsArgs): CypherQuery {
  return { cypher: toQuery(args, 'RETURN count(m) AS total', 'total'), params: toParams(args) };
}
