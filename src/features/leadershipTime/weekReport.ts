/**
 * What the weekly self-check (the templates feature) reads about leadership time. Get one from
 * `LeadershipTime.weekReport(date?)`; both methods read the ledger when called, so a report
 * held on to stays current.
 */
export interface WeekReport {
  /** e.g. `Leadership time this week: 2h 10m of a 6h target (36 %), 2 blocks in the editor.` */
  summaryLine(): string;
  /** What blocks (and time logged elsewhere) went to, oldest first: `Thu 19 Nov · 50m · Q3 vision — drafted the outline`. */
  blockNotes(): string[];
}
