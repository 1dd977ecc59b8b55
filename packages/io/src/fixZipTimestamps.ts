/**
 * Sets the modification time of every entry of a zip archive to one fixed moment, in place, so
 * that writing the same content twice gives the same bytes (zip writers stamp entries with the
 * current time). Times before 1980, which the zip format cannot hold, become 1980-01-01 00:00.
 * Returns the array for chaining. Used by the XLSX writers of io and report.
 *
 * Method: the end-of-central-directory record leads to every central directory entry and its
 * local header (PKWARE APPNOTE 6.3.x, §4.3); the MS-DOS date and time fields of both are
 * rewritten from the UTC fields of `date`. O(entries).
 *
 * @example
 * const bytes = await writeXlsx([{ name: 'a', columns: ['x'], rows: [{ x: 1 }] }]);
 * fixZipTimestamps(bytes, new Date(Date.UTC(2026, 0, 1))) === bytes; // => true
 */
export function fixZipTimestamps(bytes: Uint8Array, date: Date): Uint8Array {
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
  if (eocd < 0) throw new Error('fixZipTimestamps requires a zip archive');
  const entries = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  for (let k = 0; k < entries; k++) {
    if (view.getUint32(p, true) !== 0x02014b50) {
      throw new Error('fixZipTimestamps requires a well-formed central directory');
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
