import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extractDocument } from './packages/extractor/src/index';
import { extractViaReadings } from './packages/extractor/src/readings/extract-via-readings';
import { gatherArticles } from './packages/cli/src/gather-articles';
const { articles } = gatherArticles([process.argv[2]!]);
const a = JSON.stringify(extractDocument(articles), null, 2) + '\n';
writeFileSync('/tmp/ingest/hp2-ed.json', a);
const v = extractViaReadings(articles);
console.log('via readings same as extractDocument:', JSON.stringify(v.document, null, 2) + '\n' === a, v.counts);
