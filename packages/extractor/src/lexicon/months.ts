// The English month names, January first: "march" -> index 2. Dates in headers and in meeting sentences both
// read them.
export const MONTHS: readonly string[] = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
