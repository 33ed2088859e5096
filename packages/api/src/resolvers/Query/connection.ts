// { connection(from: "Ana Duarte", to: "Tomas Reyes", maxHops: 4) { length paths { nodes { __typename } facts { ... } } } }
import { assertResolved } from '../../args';
import type { ApiContext } from '../../context';
import { buildFindPaths } from '../../cypher/find-paths';
import { toNameInput } from '../../cypher/resolve-entity';
import { createBadInputError } from '../../errors';
import { MAX_HOPS, MAX_PATHS } from '../../limits';
import { askResolvingNames } from '../../resolve-names';
import type { EntityValue, NodeValue } from '../../values';

interface ConnectionArgs {
  from: string;
  to: string;
  maxHops?: number | null;
  first?: number | null;
}

interface PathRow {
  nodes: NodeValue[];
  steps: { type: string; from: string; to: string; role: string | null }[];
}

function assertInRange(argument: string, value: number, max: number): number {
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw createBadInputError(`${argument}: ${value} is out of range; use 1 to ${max}`);
  }
  return value;
}

/** Steps name their ends by id; hand out the node objects so clients can select their fields. */
function toPath({ nodes, steps }: PathRow) {
  const byId = new Map(nodes.map(node => [node.id, node]));
  return {
    length: steps.length,
    nodes,
    steps: steps.map(step => ({ ...step, from: byId.get(step.from), to: byId.get(step.to) })),
    facts: nodes.filter(node => node.__typename === 'Meeting' || node.__typename === 'Statement'),
  };
}

export async function connection(_: unknown, args: ConnectionArgs, { read, nameIndex }: ApiContext) {
  const query = {
    from: toNameInput('from', args.from),
    to: toNameInput('to', args.to),
    maxHops: assertInRange('maxHops', args.maxHops ?? 4, MAX_HOPS),
    first: assertInRange('first', args.first ?? 5, MAX_PATHS),
  };
  const [row] = await askResolvingNames(
    read,
    nameIndex,
    () => read(buildFindPaths(query)),
    ([r]) => [!r?.from && query.from, !r?.to && query.to],
  );
  const from = row?.from as EntityValue | null;
  const to = row?.to as EntityValue | null;
  assertResolved('from', query.from, from?.id);
  assertResolved('to', query.to, to?.id);
  if (from?.id === to?.id) {
    throw createBadInputError(`from and to both name "${from?.name}"; give two different entities`);
  }
  const paths = ((row?.paths ?? []) as PathRow[]).map(toPath);
  return { from, to, length: paths[0]?.length ?? null, paths };
}
