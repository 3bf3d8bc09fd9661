// The median of a benchmark's runs, the figure this machine's noise moves least.

/** The median of `values`, leaving out those not measured (null); null if none was. */
export const median = (values) => {
  const known = values.filter((v) => v !== null && v !== undefined).sort((a, b) => a - b);
  if (known.length === 0) return null;
  const middle = known.length >> 1;
  return known.length % 2 ? known[middle] : (known[middle - 1] + known[middle]) / 2;
};
