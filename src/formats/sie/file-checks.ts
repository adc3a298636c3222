// Checks of the file as a whole (SIE 4B §5): what #FORMAT declares against the encoding the
// bytes are read in, and the records every file should have.
import type { EncodingGuess } from './encoding.ts';

export const ENCODING_NAMES = {
  cp437: 'PC8 (code page 437)',
  'utf-8': 'UTF-8',
  'iso-8859-15': 'ISO-8859-15',
} as const;

/** Records every file should have (SIE 4B §5, "obligatorisk"); a missing one is a warning. */
const EXPECTED = ['FLAGGA', 'PROGRAM', 'FORMAT', 'GEN', 'FNAMN'] as const;

/** The warning for a #FORMAT that disagrees with how the bytes were read, or null. */
export function formatWarning(declared: string, guess: EncodingGuess): string | null {
  if (declared.toUpperCase() === 'PC8' && guess.encoding === 'cp437') return null;
  const what =
    declared.toUpperCase() === 'PC8' ? '#FORMAT says PC8 (code page 437)' : `#FORMAT ${declared} is not PC8`;
  return `${what}, but the file was read as ${ENCODING_NAMES[guess.encoding]}: ${guess.reason}`;
}

/** The warnings at the end of a file of the given lines whose records had the labels seen. */
export function endWarnings(seen: ReadonlySet<string>, guess: EncodingGuess | null, lines: number): string[] {
  const warnings: string[] = [];
  if (!seen.has('FORMAT') && guess !== null && guess.encoding !== 'cp437') {
    warnings.push(`no #FORMAT; read as ${ENCODING_NAMES[guess.encoding]}: ${guess.reason}`);
  }
  const missing = EXPECTED.filter((l) => !seen.has(l));
  if (missing.length > 0 && lines > 0) {
    warnings.push(`records SIE 4B requires are missing: ${missing.map((l) => `#${l}`).join(', ')}`);
  }
  return warnings;
}
