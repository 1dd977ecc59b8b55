/**
 * Data sets on which `spearman` and `kendallTauB` are checked against R 4's `cor(x, y, method =
 * "spearman" | "kendall")`; the expected values live in each test, printed by R with
 * sprintf("%.17g").
 */
export const X1 = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9, 3, 2, 3, 8, 4];
export const Y1 = [2, 7, 1, 8, 2, 8, 1, 8, 2, 8, 4, 5, 9, 0, 4, 5, 2, 3, 5, 3];
/** No ties. */
export const X2 = [10.5, 3.2, 7.7, 1.1, 9.9, 4.4, 6.6, 2.2, 8.8, 5.5];
export const Y2 = [2.1, 9.3, 4.4, 8.8, 1.0, 6.5, 3.3, 7.7, 0.5, 5.9];
/** Many ties. */
export const X3 = [1, 1, 1, 2, 2, 3, 3, 3, 3, 4];
export const Y3 = [2, 1, 1, 2, 3, 3, 4, 4, 4, 4];

/** 5,000 tied values: x = (i·7919) %% 101, y = (i·104729) %% 97 + x %/% 2 in R's notation. */
export function largeTied(): { x: Float64Array; y: Float64Array } {
  const x = Array.from({ length: 5000 }, (_, i) => (i * 7919) % 101);
  const y = x.map((xi, i) => ((i * 104729) % 97) + Math.floor(xi / 2));
  return { x: Float64Array.from(x), y: Float64Array.from(y) };
}
