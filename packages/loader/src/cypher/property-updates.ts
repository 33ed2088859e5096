// Conditional property writes: Neo4j counts `propertiesSet` even when a value is rewritten unchanged, so each key is
// written only when it differs, and "loading the same input twice" reports zero changes.
//   keys ["name", "aliases"], mode merge ->
//   FOREACH (_ IN CASE WHEN row.properties.`name` IS NOT NULL AND (n.`name` IS NULL OR n.`name` <> row.properties.`name`) THEN [1] ELSE [] END | SET n.`name` = row.properties.`name`)
import { escapeName } from '../escape';
import { SET_UNION_KEYS, type WriteMode } from './cypher-query';

/** The condition under which `key` of `v` must be rewritten from `row.properties`. */
export function toChangedCondition(v: string, key: string, mode: WriteMode): string {
  const stored = `${v}.${escapeName(key)}`;
  const given = `row.properties.${escapeName(key)}`;
  if (mode === 'merge' && SET_UNION_KEYS.includes(key)) {
    return `any(x IN coalesce(${given}, []) WHERE NOT x IN coalesce(${stored}, []))`;
  }
  if (mode === 'merge') return `(${given} IS NOT NULL AND (${stored} IS NULL OR ${stored} <> ${given}))`;
  return `((${stored} IS NULL) <> (${given} IS NULL) OR ${stored} <> ${given})`;
}

/** `WHERE` text true when any of `keys` must change: filters rows down to the entities actually updated. */
export function toAnyChangedCondition(v: string, keys: readonly string[], mode: WriteMode): string {
  return keys.length === 0 ? 'false' : keys.map(k => toChangedCondition(v, k, mode)).join('\n   OR ');
}

/** One clause per key that rewrites the key only when it changed; set-union keys merge in a subquery. */
export function toPropertyUpdates(v: string, keys: readonly string[], mode: WriteMode): string[] {
  return keys.map(key => {
    const stored = `${v}.${escapeName(key)}`;
    const given = `row.properties.${escapeName(key)}`;
    const condition = toChangedCondition(v, key, mode);
    if (mode === 'merge' && SET_UNION_KEYS.includes(key)) {
      return [
        'CALL {',
        `  WITH ${v}, row`,
        `  WITH ${v}, row`,
        `  WHERE ${condition}`,
        `  UNWIND coalesce(${stored}, []) + ${given} AS x`,
        `  WITH DISTINCT ${v}, x`,
        '  ORDER BY x',
        `  WITH ${v}, collect(x) AS merged`,
        `  SET ${stored} = merged`,
        '}',
      ].join('\n');
    }
    return `FOREACH (_ IN CASE WHEN ${condition} THEN [1] ELSE [] END | SET ${stored} = ${given})`;
  });
}
