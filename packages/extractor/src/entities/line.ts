// One line of a page as the zone finder cut it: the unit the page-reading steps classify.
import type { Zone } from '../analysis';

export interface Line {
  /** Offsets into the text the line was cut from. */
  start: number;
  end: number;
  /** `text.slice(start, end)`: a hard-wrapped paragraph keeps its newlines. */
  text: string;
  zone: Zone;
  paragraph: number;
}
