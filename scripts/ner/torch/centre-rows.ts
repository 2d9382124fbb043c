/**
 * Adding one constant to every label of a feature's row adds it to every label's score at each
 * token that has the feature, so no decision changes. A CRF moves every label of a row (the
 * gradient is p(y) - gold(y) for all y), leaving most of a rare feature's labels at one common
 * small value; subtracting the row's median brings those to zero, where pruning drops them.
 */
export function centreRows(w: Float32Array, L: number): void {
  const row = new Float32Array(L);
  for (let r = 0; r < w.length; r += L) {
    let any = false;
    for (let y = 0; y < L; y++) { row[y] = w[r + y]!; if (row[y] !== 0) any = true; }
    if (!any) continue;
    row.sort();
    const median = L % 2 ? row[(L - 1) / 2]! : (row[L / 2 - 1]! + row[L / 2]!) / 2;
    for (let y = 0; y < L; y++) w[r + y] = w[r + y]! - median;
  }
}
