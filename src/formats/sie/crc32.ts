// CRC-32 as in SIE 4B §5 #KSUMMA (the C routine printed in the specification): reflected
// polynomial 0xEDB88320, register preset to 0xFFFFFFFF, result inverted — the same CRC-32
// as ZIP and PNG. What is fed into it is decided by the parser (feedChecksum).

const TABLE = new Int32Array(256);
for (let n = 0; n < 256; n++) {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  TABLE[n] = c;
}

export class Crc32 {
  private crc = -1;

  update(bytes: Uint8Array, start = 0, end = bytes.length): void {
    let c = this.crc;
    for (let i = start; i < end; i++) c = (TABLE[(c ^ (bytes[i] as number)) & 0xff] as number) ^ (c >>> 8);
    this.crc = c;
  }

  /** The checksum as an unsigned 32-bit number. */
  value(): number {
    return (this.crc ^ -1) >>> 0;
  }
}
