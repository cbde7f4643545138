// Summaries of repeated measurements: medians and 95th percentiles (nearest rank).

export function quantile(values, q) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

export const median = (values) => quantile(values, 0.5);
export const p95 = (values) => quantile(values, 0.95);

export function summary(values) {
  return { median: median(values), p95: p95(values), n: values.length };
}

export const ms = (v) => (v >= 100 ? `${v.toFixed(0)} ms` : v >= 10 ? `${v.toFixed(1)} ms` : `${v.toFixed(2)} ms`);
export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
