// The bytes of one input file as the extractor's parser takes them (UTF-8), or a message that says what the file
// is: a file over the size limit is refused before it is read (a 1 GB file was read whole, then reported as "not
// valid UTF-8" because no string that long can exist), and UTF-16 with a byte-order mark is decoded (it was
// called binary for its NUL bytes).
import { readFileSync, statSync } from 'node:fs';

/** Largest input file read (a feed of many articles; one article is at most 2 million characters). */
export const MAX_INPUT_FILE_BYTES = 256 * 1024 * 1024;

const UTF16_BOMS = [
  { bom: [0xff, 0xfe], encoding: 'utf-16le' },
  { bom: [0xfe, 0xff], encoding: 'utf-16be' },
] as const;

function formatBytes(bytes: number): string {
  return bytes >= 1024 ** 3 ? `${(bytes / 1024 ** 3).toFixed(2)} GB` : `${(bytes / 1024 ** 2).toFixed(1)} MB`;
}

function assertNotTooLarge(bytes: number, name: string): void {
  if (bytes <= MAX_INPUT_FILE_BYTES) return;
  throw new Error(
    `${name}: is ${formatBytes(bytes)}, over the ${MAX_INPUT_FILE_BYTES / 1024 ** 2} MB limit for one input file; ` +
      'split it into smaller files (e.g. JSON Lines, one article per line, several files)',
  );
}

/** UTF-16 with a byte-order mark -> UTF-8 bytes; anything else unchanged (the parser judges it). */
export function toUtf8Bytes(bytes: Uint8Array, name: string): Uint8Array {
  assertNotTooLarge(bytes.length, name);
  for (const { bom, encoding } of UTF16_BOMS) {
    if (bytes[0] !== bom[0] || bytes[1] !== bom[1]) continue;
    let text: string;
    try {
      text = new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(2));
    } catch {
      throw new Error(
        `${name}: starts with a UTF-16 byte-order mark but is not valid UTF-16; convert it to UTF-8 (e.g. iconv -f UTF-16 -t UTF-8)`,
      );
    }
    return new Uint8Array(Buffer.from(text, 'utf8'));
  }
  return bytes;
}

/** Reads a file (its size checked first) and gives UTF-8 bytes. */
export function readInputFile(file: string, name: string = file): Uint8Array {
  assertNotTooLarge(statSync(file).size, name);
  return toUtf8Bytes(new Uint8Array(readFileSync(file)), name);
}
