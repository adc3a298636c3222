// Small helpers for the SIE tests.
import { readFileSync } from 'node:fs';
import { Crc32 } from './crc32.ts';

export function crc32Of(bytes: Uint8Array): number {
  const crc = new Crc32();
  crc.update(bytes);
  return crc.value();
}

export function fixture(name: string): Buffer {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url));
}
