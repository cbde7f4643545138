/**
 * What the weekly self-check (the templates feature) reads about leadership time; the same
 * shape as the templates feature's port in core/weekReport.ts, so `LeadershipTime.weekReport`
 * plugs into it: `weekReport: (week) => time.weekReport(week)`. Both methods read the ledger
 * when called.
 */
export interface WeekReport {
  /** e.g. `2h 10m of leadership time against a 6h target (36 %), 2 blocks in the editor.`; empty when nothing was logged that week. */
  summaryLine(): string;
  /** What blocks (and time logged elsewhere) went to, oldest first: `Thu 19 Nov · 50m · Q3 vision — drafted the outline`. */
  blockNotes(): string[];
}
