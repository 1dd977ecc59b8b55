/**
 * Sets every zip entry's modification time to `date` so the same workbook gives the same bytes.
 * A private copy of `fixZipTimestamps` in `@lokus/io`, which that package does not export yet;
 * to be replaced by the import once it does. Not part of the public API.
 *
 * Method: the end-of-central-directory record leads to each central directory entry and its
 * local header (PKWARE APPNOTE 6.3.x, §4.3). O(entries).
 */
export function zipTimestamps(bytes: Uint8Array, date: Date): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const year = date.getUTCFullYear();
  const [dosDate, dosTime] =
    year < 1980
      ? [(1 << 5) | 1, 0]
      : [
          ((Math.min(year, 2107) - 1980) << 9) |
            ((date.getUTCMonth() + 1) << 5) |
            date.getUTCDate(),
          (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1),
        ];
  let eocd = -1;
  for (let p = bytes.byteLength - 22; p >= Math.max(0, bytes.byteLength - 22 - 65535); p--) {
    if (view.getUint32(p, true) === 0x06054b50) {
      eocd = p;
      break;
    }
  }
  if (eocd < 0) throw new Error('zipTimestamps requires a zip archive');
  const entries = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  for (let k = 0; k < entries; k++) {
    if (view.getUint32(p, true) !== 0x02014b50) {
      throw new Error('zipTimestamps requires a well-formed central directory');
    }
    view.setUint16(p + 12, dosTime, true);
    view.setUint16(p + 14, dosDate, true);
    const local = view.getUint32(p + 42, true);
    if (view.getUint32(local, true) === 0x04034b50) {
      view.setUint16(local + 10, dosTime, true);
      view.setUint16(local + 12, dosDate, true);
    }
    p +=
      46 +
      view.getUint16(p + 28, true) +
      view.getUint16(p + 30, true) +
      view.getUint16(p + 32, true);
  }
  return bytes;
}
