// compromise with the compromise-dates plugin: `nlpDates('met last July').dates({ today })`.
// The plugin is global to compromise; registering it here keeps the date module usable on its own, and a
// second registration (for example from src/nlp.ts) is harmless.
import nlp from 'compromise';
import datesPlugin from 'compromise-dates';

nlp.plugin(datesPlugin);

/** compromise's nlp() with `.dates()`, `.times()` and `.durations()` available on the document. */
export const nlpDates = nlp as unknown as (text: string) => DatesView;

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
