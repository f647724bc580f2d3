/**
 * Just enough of the Compound File Binary format (MS-CFB) to name the streams of an OLE
 * container: a Word 97-2003 .doc, a .wps, or a password-protected .docx (Office wraps an
 * encrypted package in such a container, with EncryptionInfo and EncryptedPackage streams).
 * Only the directory is read; every loop is bounded by the file's size.
 */
export const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function isOle(bytes: Uint8Array): boolean {
  return bytes.length >= 512 && OLE_SIGNATURE.every((b, i) => bytes[i] === b);
}

const END_OF_CHAIN = 0xfffffffe;
const MAX_REGULAR_SECTOR = 0xfffffffa;

/** The names of the storages and streams in the container's directory (empty when unreadable). */
export function oleStreamNames(bytes: Uint8Array): string[] {
  if (!isOle(bytes)) return [];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const shift = view.getUint16(0x1e, true);
  if (shift !== 9 && shift !== 12) return [];
  const sectorSize = 1 << shift;
  const sectorCount = Math.floor((bytes.length - sectorSize) / sectorSize) + 1;
  const sectorOffset = (n: number) => (n + 1) * sectorSize;

  // FAT sectors: the first 109 are listed in the header, the rest in the DIFAT chain.
  const fatSectors: number[] = [];
  for (let i = 0; i < 109; i++) fatSectors.push(view.getUint32(0x4c + 4 * i, true));
  let difat = view.getUint32(0x44, true);
  for (let hops = 0; difat <= MAX_REGULAR_SECTOR && hops < sectorCount; hops++) {
    const at = sectorOffset(difat);
    if (at + sectorSize > bytes.length) break;
    for (let i = 0; i < sectorSize / 4 - 1; i++) fatSectors.push(view.getUint32(at + 4 * i, true));
    difat = view.getUint32(at + sectorSize - 4, true);
  }
  const fatEntry = (n: number): number => {
    const perSector = sectorSize / 4;
    const fs = fatSectors[Math.floor(n / perSector)];
    if (fs === undefined || fs > MAX_REGULAR_SECTOR) return END_OF_CHAIN;
    const at = sectorOffset(fs) + 4 * (n % perSector);
    return at + 4 <= bytes.length ? view.getUint32(at, true) : END_OF_CHAIN;
  };

  const names: string[] = [];
  let sector = view.getUint32(0x30, true);
  for (let hops = 0; sector <= MAX_REGULAR_SECTOR && hops < sectorCount; hops++) {
    const at = sectorOffset(sector);
    if (at + sectorSize > bytes.length) break;
    for (let e = at; e < at + sectorSize; e += 128) {
      const type = bytes[e + 0x42];
      const nameBytes = view.getUint16(e + 0x40, true);
      if (type === 0 || nameBytes < 2 || nameBytes > 64) continue;
      let name = '';
      for (let i = 0; i < nameBytes - 2; i += 2) name += String.fromCharCode(view.getUint16(e + i, true));
      names.push(name);
    }
    sector = fatEntry(sector);
  }
  return names;
}
