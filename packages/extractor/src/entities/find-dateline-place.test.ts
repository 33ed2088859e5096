import { findZones } from './01-find-zones';
import { findDatelinePlace } from './find-dateline-place';

const placeOf = (body: string): string | null =>
  findDatelinePlace(findZones(`Ferry fares rise again on the island routes\n\n${body}\n`));

describe('findDatelinePlace', () => {
  it.each([
    ['KELSPORT (Coast Gazette) Ferry operator Bluewake raised fares on Monday.', 'Kelsport'],
    ['PORT ELMA, May 3 (Coast Gazette) - Ferry operator Bluewake raised fares.', 'Port Elma'],
    ['KELSPORT — Ferry operator Bluewake raised fares on Monday.', 'Kelsport'],
    ['Kelsport, May 3 (Coast Gazette) - Ferry operator Bluewake raised fares.', 'Kelsport'],
  ])('%j -> %j', (body, place) => {
    expect(placeOf(body)).toBe(place);
  });

  it.each([
    'Ana Duarte (pictured) said the fares were fair.',
    'Ferry operator Bluewake raised fares on Monday.',
  ])('%j has no dateline', body => {
    expect(placeOf(body)).toBeNull();
  });
});
