// Date resolution shared by the meeting and statement layers.
export { findDates, mayTellPlainDate, resolveDate } from './find-dates';
export type { DateExpression, FindDatesOptions } from './find-dates';
export { toPartialDate, areDatesCompatible, anchorToYear } from './precision';
export { DATES_PLUGIN } from './nlp-dates';
export { numericDateOrder } from './numeric-date-order';
export type { NumericDateOrder } from './numeric-date-order';
