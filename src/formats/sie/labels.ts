// Record labels recognised from their bytes, for the labels of the hot path (SIE 4B §5).

/** #TRANS, #RTRANS and #BTRANS recognised from the bytes, the hot path. */
export function rowKind(buf: Buffer, s: number, e: number): 'normal' | 'added' | 'removed' | null {
  const n = e - s;
  // "#TRANS" or "#?TRANS": compare the common "TRANS" ending first.
  if (n !== 6 && n !== 7) return null;
  const t = e - 5;
  if (
    buf[t] !== 0x54 ||
    buf[t + 1] !== 0x52 ||
    buf[t + 2] !== 0x41 ||
    buf[t + 3] !== 0x4e ||
    buf[t + 4] !== 0x53
  ) {
    return null;
  }
  if (n === 6) return 'normal';
  const c = buf[s + 1];
  return c === 0x52 ? 'added' : c === 0x42 ? 'removed' : null;
}

export function isVer(buf: Buffer, s: number, e: number): boolean {
  return e - s === 4 && buf[s + 1] === 0x56 && buf[s + 2] === 0x45 && buf[s + 3] === 0x52;
}

export function rowLabel(kind: 'normal' | 'added' | 'removed'): string {
  return kind === 'normal' ? 'TRANS' : kind === 'added' ? 'RTRANS' : 'BTRANS';
}
