// The meetings of one invented article through the whole pipeline (extractDocument), as short rows for assertions:
// the participants' names joined by " + " and the date, marked when it is the publication month no text date gave.
import { extractDocument } from '../../extract-document';

export interface MeetingRow {
  parties: string;
  date: string;
  place: string | null;
  status: string;
}

export function extractedMeetings(text: string, publishedAt = '2022-03-11'): MeetingRow[] {
  const document = extractDocument([{ path: 'invented.txt', text, publishedAt }]);
  const name = (id: string) => String(document.nodes.find(n => n.id === id)?.properties.name);
  return document.nodes
    .filter(n => n.labels.includes('Meeting'))
    .map(m => ({
      parties: document.relationships
        .filter(r => r.type === 'PARTICIPATED_IN' && r.end === m.id)
        .map(r => name(r.start))
        .sort()
        .join(' + '),
      date:
        String(m.properties.date) + (m.properties.dateBasis === 'publication' ? ' (publication month)' : ''),
      place: (m.properties.place as string | null | undefined) ?? null,
      status: String(m.properties.status),
    }));
}

/** "A + B 2022-03-08" per meeting, sorted: parties and date in one line for equality assertions. */
export function datedMeetingLines(text: string, publishedAt?: string): string[] {
  return extractedMeetings(text, publishedAt)
    .map(m => `${m.parties} ${m.date}`)
    .sort();
}
