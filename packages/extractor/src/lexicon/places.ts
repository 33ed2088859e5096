// Words of geography and addresses: features of land and water that make a capitalised name a place, street words.

/** "River Tamsin", "Lake Orla", "Mount Keel", "the Brennan Valley": a feature of the land or water is a place; so is a
 * name opening with a harbour's, a fort's or a saint's word ("Port Elias", "Fort Adler", "San Miguel", "Cape Orla"). */
export const GEO_FIRST = new Set([
  'river',
  'lake',
  'mount',
  'loch',
  'lough',
  'port',
  'fort',
  'san',
  'santa',
  'cape',
]);

/** Last words of a feature's name: "the Brennan Valley", "Kelsport Sea" (unless a first name opens it). */
export const GEO_LAST = new Set([
  'river',
  'lake',
  'valley',
  'estuary',
  'mountains',
  'hills',
  'sea',
  'ocean',
  'strait',
  'gulf',
  'peninsula',
  'islands',
]);

/** Words of an address: "Harbour Road", "Quay Square" name a place, not an organization. */
export const STREET_WORDS = new Set([
  'street',
  'road',
  'avenue',
  'lane',
  'square',
  'boulevard',
  'drive',
  'place',
  'quay',
  'embankment',
]);
