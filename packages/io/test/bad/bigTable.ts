/**
 * CSV text of `n` village rows (`kode;nama;idm;pend`, decimal commas): the first 30 are the
 * villages 33.21.01.2001–2030, the rest have other codes, unique while n ≤ 1,800,000; every
 * 1000th row has the text `x` in `idm`. For the million-row test and benchmark.
 */
export function bigTable(n: number): string {
  const lines = ['kode;nama;idm;pend'];
  for (let i = 0; i < n; i++) {
    const code =
      i < 30
        ? `33.21.01.${2001 + i}`
        : `33.${22 + (i % 50)}.${String(1 + (Math.floor(i / 50) % 40)).padStart(2, '0')}.${1000 + Math.floor(i / 2000)}`;
    const idm = i % 1000 === 999 ? 'x' : `0,${String((i * 7919) % 10000).padStart(4, '0')}`;
    lines.push(`${code};Desa ${i};${idm};${i % 5000}`);
  }
  return lines.join('\n');
}
