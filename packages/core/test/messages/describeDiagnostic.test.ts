import { describe, expect, it } from 'vitest';
import { describeDiagnostic } from '../../src/messages/describeDiagnostic.ts';
import type { Diagnostic } from '../../src/types.ts';

const d = (extra: Partial<Diagnostic> & Pick<Diagnostic, 'code'>): Diagnostic => ({
  severity: 'error',
  message: 'English detail.',
  ...extra,
});

describe('describeDiagnostic', () => {
  it('describeDiagnostic names file, row, line and column, then the Indonesian sentence with the value', () => {
    const text = describeDiagnostic(
      d({
        code: 'NON_FINITE_VALUE',
        file: 'pekalongan.xlsx',
        row: 7,
        line: 9,
        column: 'IDM',
        value: 'abc',
      }),
    );
    expect(text).toBe(
      'Berkas pekalongan.xlsx, baris 7 (baris berkas 9), kolom IDM: Nilai "abc" bukan angka.',
    );
  });

  it('describeDiagnostic in English on request', () => {
    const text = describeDiagnostic(
      d({ code: 'NON_FINITE_VALUE', file: 'a.csv', row: 2, column: 'IDM', value: 'x' }),
      { locale: 'en' },
    );
    expect(text).toBe('File a.csv, row 2, column IDM: The value "x" is not a number.');
  });

  it('describeDiagnostic formats numbers with a decimal comma in Indonesian', () => {
    expect(describeDiagnostic(d({ code: 'INDEX_OUT_OF_RANGE', value: 1.25 }))).toBe(
      'Nilai indeks 1,25 berada di luar rentang indikator.',
    );
    expect(
      describeDiagnostic(d({ code: 'INDEX_OUT_OF_RANGE', value: 1.25 }), { locale: 'en' }),
    ).toBe('The index value 1.25 is outside the indicator range.');
  });

  it('describeDiagnostic picks the variant for a scenario path: a quota maximum that cannot reach the target', () => {
    const text = describeDiagnostic(
      d({ code: 'QUOTA_IMPOSSIBLE', path: 'select.quota.max', value: 2 }),
    );
    expect(text).toMatch(/^Kuota paling banyak 2 lokus per kecamatan/);
    const min = describeDiagnostic(
      d({ code: 'QUOTA_IMPOSSIBLE', path: 'select.quota.min', value: 3 }),
    );
    expect(min).toContain('paling sedikit 3 lokus');
  });

  it('describeDiagnostic fills the scenario path', () => {
    expect(describeDiagnostic(d({ code: 'SCENARIO_INVALID', path: 'normalise.range' }))).toBe(
      'Skenario tidak sah pada bagian normalise.range; perbaiki bagian tersebut.',
    );
  });

  it('describeDiagnostic says a field is unknown instead of printing undefined', () => {
    const text = describeDiagnostic(d({ code: 'DUPLICATE_VILLAGE_CODE' }));
    expect(text).not.toContain('undefined');
    expect(text).toContain('(tidak diketahui)');
  });

  it('describeDiagnostic falls back to the message for a code without an entry', () => {
    expect(describeDiagnostic(d({ code: 'SOMETHING_NEW', row: 3 }))).toBe(
      'Baris 3: English detail.',
    );
  });

  it('describeDiagnostic names the village in front unless the sentence already shows it', () => {
    const text = describeDiagnostic(
      d({
        code: 'JOIN_UNMATCHED_TABLE',
        row: 4,
        column: 'code',
        village: '33.26.01.2099',
        value: '33.26.01.2099',
      }),
    );
    expect(text).toBe(
      'Baris 4, kolom code, desa 33.26.01.2099: Baris tabel ini tidak cocok dengan batas wilayah mana pun, jadi tidak dipetakan; periksa kodenya.',
    );
    const dup = describeDiagnostic(
      d({
        code: 'DUPLICATE_VILLAGE_CODE',
        row: 5,
        village: '33.26.01.2001',
        value: '33.26.01.2001',
      }),
    );
    expect(dup).toBe(
      'Baris 5: Kode desa 33.26.01.2001 muncul lebih dari sekali; setiap desa hanya boleh satu baris.',
    );
  });

  it('describeDiagnostic matches a variant whose path has [*] for any index', () => {
    expect(describeDiagnostic(d({ code: 'SCENARIO_INVALID', path: 'indicators[2].weight' }))).toBe(
      'Skenario indicators[2].weight: Bobot indikator ini belum diisi, atau semua indikator di dimensinya berbobot nol; beri bobot lebih dari nol.',
    );
    const den = describeDiagnostic(
      d({
        code: 'UNKNOWN_INDICATOR',
        path: 'indicators[1].denominator',
        column: 'desil1_pct',
        value: 'kk_totl',
      }),
    );
    expect(den).toBe(
      'Kolom desil1_pct, skenario indicators[1].denominator: Kolom pembagi "kk_totl" tidak ada di tabel desa; periksa ejaan nama kolom pembagi di skenario.',
    );
    // A path with no variant falls back to the code's sentence.
    expect(describeDiagnostic(d({ code: 'SCENARIO_INVALID', path: 'select.n' }))).toContain(
      'bagian select.n',
    );
  });
});
