import { readFileSync } from 'node:fs';
import { findZones } from './src/entities/01-find-zones';
const f = process.argv[2]!;
const text = readFileSync(f, 'utf8');
for (const l of findZones(text).slice(0, Number(process.argv[3] ?? 30))) console.log(l.zone.padEnd(11), JSON.stringify(l.text.slice(0, 110)));
