// compromise with the compromise-dates plugin: `nlpDates('met last July').dates({ today })`.
// The plugin is registered once, in src/nlp.ts, with the lexicons (compromise's plugin() is not idempotent: a
// second registration appended its tagging hook again, so every parse ran the date tagger twice). The date parse
// runs every hook, the chunker included, since compromise-dates reads noun phrases ("every two weeks").
import { parseWithAllHooks } from '../nlp';
import datesPlugin from 'compromise-dates';

/** compromise's nlp() with `.dates()`, `.times()` and `.durations()` available on the document. */
export const nlpDates = parseWithAllHooks as unknown as (text: string) => DatesView;

/** The part of a compromise document this module uses. */
export interface DatesView {
  dates(options: { today: string; timezone: string }): {
    json(options: { offset: true }): DateMatchJson[];
  };
}

export interface DateMatchJson {
  text: string;
  offset: { start: number; length: number };
  dates?: { start: string | null; end: string | null; unit?: string };
}

export { datesPlugin as DATES_PLUGIN };
