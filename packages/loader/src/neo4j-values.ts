// JS numbers travel to Neo4j as floats; offsets and counts are integers in the graph model, so whole numbers are
// sent as Neo4j Integers (an offset reads back as 120, not 120.0, in Cypher and in other clients).
//   { start: 120, end: 188, evidence: "…" } -> { start: Integer(120), end: Integer(188), evidence: "…" }
import neo4j from 'neo4j-driver';
import type { Properties, PropertyValue } from '@news-kg/graph-model';

export function toNeo4jProperties(properties: Properties): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(properties)) out[key] = toNeo4jValue(value);
  return out;
}

function toNeo4jValue(value: PropertyValue): unknown {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value) && value.every(v => typeof v === 'number')) {
    const numbers = value as number[];
    return numbers.every(Number.isSafeInteger) ? numbers.map(v => neo4j.int(v)) : numbers;
  }
  return value;
}

/** A value read from Neo4j back to the GraphDocument's JSON shape (Integers to numbers, nested lists too). */
export function fromNeo4jValue(value: unknown): PropertyValue {
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (Array.isArray(value)) return value.map(v => fromNeo4jValue(v)) as string[] | number[];
  return value as PropertyValue;
}
