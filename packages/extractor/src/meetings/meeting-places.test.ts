// Where a meeting took place (find-place.ts): a venue inside a venue keeps both ("her office at the town hall"), and
// a definite description in the possessive that the article resolved takes the name ("the company's depot").
import { findMeetings } from './index';
import { annotate } from './testing/annotate';

const D = '[Duarte](person:ana-duarte)';
const O = '[Okafor](person:tunde-okafor)';

const placeOf = (sentence: string) =>
  findMeetings(annotate([sentence], { articleId: 'article:a', publishedAt: '2019-03-08' })).map(f => f.place);

describe('meeting places', () => {
  test.each([
    [`${D} met ${O} in her office at the town hall.`, "Ana Duarte's office at the town hall"],
    [`${D} met ${O} in a room at the Harbour Hotel on Monday.`, 'a room at the Harbour Hotel'],
    [
      `${D} met ${O} at [the company](organization:tarn-water)'s Marrowby depot.`,
      "Tarn Water's Marrowby depot",
    ],
    [`${D} met ${O} at a hotel in Geneva.`, 'a hotel in Geneva'],
  ])('%s', (sentence, place) => {
    expect(placeOf(sentence)).toEqual([place]);
  });

  // traps: "at" before a time or an event is no second venue; an unresolved description keeps its words
  test.each([
    [`${D} met ${O} in his office at noon.`, "Ana Duarte's office"],
    [`${D} met ${O} at the hotel at the weekend.`, 'the hotel'],
    [`${D} met ${O} in her office at the request of the union.`, "Ana Duarte's office"],
    [`${D} met ${O} at the company's depot.`, "the company's depot"],
  ])('no more than the venue: %s', (sentence, place) => {
    expect(placeOf(sentence)).toEqual([place]);
  });
});
