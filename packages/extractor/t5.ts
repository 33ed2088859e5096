import { findZones } from './src/entities/01-find-zones';
import { splitSentences } from './src/entities/02-split-sentences';
import { collectMentions } from './src/entities/05-collect-mentions';
const text = process.argv[2]!;
for (const s of splitSentences(findZones(text))) console.log(collectMentions(s, text).map(m => ({ s: m.surface, type: m.type, t: (m as any).title })));
