// Argument checks shared by the Query resolvers: each bad value becomes a BAD_USER_INPUT error naming the
// argument and what it accepts; each unknown name a NOT_FOUND error naming the name.
import { toNameInput, type NameInput } from './cypher/resolve-entity';
import { createBadInputError } from './errors';
import { createUnknownNameError } from './name-suggestions';
import { MAX_TEXT_LENGTH } from './limits';

const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** null/undefined -> null; else the name's lookup input. */
export function toOptionalName(argument: string, name: string | null | undefined): NameInput | null {
  return name === null || name === undefined ? null : toNameInput(argument, name);
}

/** "2016-07" stays; "July 2016" is a BAD_USER_INPUT error. */
export function toPartialDate(argument: string, value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (!PARTIAL_DATE.test(value)) {
    throw createBadInputError(
      `${argument}: "${value.slice(0, 40)}" is not an ISO date; use 2016, 2016-07 or 2016-07-18`,
    );
  }
  return value;
}

/** A substring filter: trimmed, lower-cased, 1..MAX_TEXT_LENGTH characters. */
export function toTextFilter(argument: string, value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const text = value.trim().toLowerCase();
  if (text.length === 0 || text.length > MAX_TEXT_LENGTH) {
    throw createBadInputError(`${argument}: give 1 to ${MAX_TEXT_LENGTH} characters`);
  }
  return text;
}

/** Throws NOT_FOUND when a given name did not resolve to an entity (suggestions are added by the Query map). */
export function assertResolved(argument: string, input: NameInput | null, id: unknown): void {
  if (input && (id === null || id === undefined)) throw createUnknownNameError(argument, input.name);
}
