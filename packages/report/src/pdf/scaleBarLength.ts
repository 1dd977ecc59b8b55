/**
 * The longest "nice" scale-bar length (1, 2 or 5 × 10ⁿ km) that fits in `maxPoints`.
 *
 * @param pointsPerKm - Map scale in page points per kilometre.
 * @param maxPoints - Longest bar allowed, in points.
 * @returns Length in km and in points, and the number of alternating segments to draw.
 * @example
 * scaleBarLength(10, 120); // => { km: 10, points: 100, segments: 4 }
 */
export function scaleBarLength(
  pointsPerKm: number,
  maxPoints: number,
): { km: number; points: number; segments: number } {
  if (!(pointsPerKm > 0) || !(maxPoints > 0)) {
    throw new Error('scaleBarLength requires a positive scale and length');
  }
  const maxKm = maxPoints / pointsPerKm;
  let exponent = Math.floor(Math.log10(maxKm));
  let best = 10 ** exponent;
  for (;;) {
    for (const m of [1, 2, 5]) {
      const km = m * 10 ** exponent;
      if (km <= maxKm * (1 + 1e-9)) best = Math.max(best, km);
    }
    if (10 ** (exponent + 1) > maxKm) break;
    exponent++;
  }
  // Tidy the floating-point product (0.2 * 10 ** -1 and the like).
  const km = Number(best.toPrecision(6));
  const lead = Number(
    String(km)
      .replace(/[^1-9]/g, '')
      .charAt(0),
  );
  return { km, points: km * pointsPerKm, segments: lead === 5 ? 5 : 4 };
}
