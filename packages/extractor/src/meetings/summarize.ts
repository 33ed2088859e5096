// (["Ana Duarte", "Tunde Okafor"], 2019-03-07, "Geneva", reported) -> "Ana Duarte met Tunde Okafor in Geneva (2019-03-07)."

/** A one-line account of a meeting for people reading the graph. */
export function summarizeMeeting(
  names: string[],
  date: string | null,
  place: string | null,
  status: string,
): string {
  const who =
    names.length <= 2
      ? names.join(' and ')
      : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  const where = place ? ` at ${place}` : '';
  const when = date ? ` (${date})` : '';
  if (status === 'denied') return `Meeting of ${who}${where}${when}: denied.`;
  if (status === 'planned') return `Planned meeting of ${who}${where}${when}.`;
  const [first, ...others] = names;
  const verb = names.length === 2 ? `${first} met ${others[0]}` : `${who} met`;
  return `${verb}${where}${when}.`;
}
