import type { Localizer } from '../shared/localizer';
import { cadenceWords } from './people';
import type { NoteRef, Review, ReviewGap, ReviewTag } from './reviewPrep';

/** Where a review goes inside the notes folder: `reviews/<slug>/`, file `<to>.md` (or `-2` …, see notePlacement.freeName). */
export function reviewFolder(slug: string): string[] {
  return ['reviews', slug];
}

/** `[2026-03-04](../../one-on-ones/sam/2026-03-04.md)`; a second note of a day shows its number. */
function linkTo(n: NoteRef): string {
  const suffix = /-(\d{1,4})\.md$/.exec(n.fileName.slice(10))?.[1];
  return `[${n.date}${suffix ? ` (${suffix})` : ''}](${n.link})`;
}

function tagHeading(tag: ReviewTag, l10n: Localizer): string {
  switch (tag) {
    case 'win': return l10n.t('Wins');
    case 'feedback': return l10n.t('Feedback');
    case 'growth': return l10n.t('Growth');
    case 'concern': return l10n.t('Concerns');
  }
}

function gapLine(g: ReviewGap, cadence: number, l10n: Localizer): string {
  const span = g.kind === 'before-first'
    ? l10n.t('from the start of the period ({0}) to the first 1:1 ({1})', g.start, g.end)
    : g.kind === 'after-last'
      ? l10n.t('from the last 1:1 ({0}) to the end of the period ({1})', g.start, g.end)
      : g.kind === 'whole-period'
        ? l10n.t('the whole period ({0} to {1})', g.start, g.end)
        : l10n.t('between the 1:1s of {0} and {1}', g.start, g.end);
  return g.overBy > 0
    ? l10n.t('- {0} days {1}: {2} days longer than {3}', g.days, span, g.overBy, cadenceWords(cadence, l10n))
    : l10n.t('- {0} days {1}', g.days, span);
}

/**
 * The review-prep note: a first draft for the manager, written only from their own notes. Every
 * section is there even when empty, saying so, so a missing topic is visible rather than silent.
 */
export function renderReview(review: Review, l10n: Localizer): string {
  const out: string[] = [];
  const none = (text: string) => out.push(`_${text}_`, '');
  out.push(
    `# ${l10n.t('Review preparation: {0}, {1} to {2}', review.name, review.from, review.to)}`,
    '',
    `> ${l10n.t('A first draft from your 1:1 notes, made on this machine; nothing was sent anywhere. Check it against your memory and their own view before you use it.')}`,
    '',
    `## ${l10n.t('1:1s held')}`,
    '',
  );
  if (review.held.length) {
    out.push(l10n.t('{0} 1:1 notes in the period; the cadence is {1}.', review.held.length, cadenceWords(review.cadenceDays, l10n)), '');
    out.push(...review.held.map((n) => `- ${linkTo(n)}`), '');
  } else {
    none(l10n.t('No 1:1 notes in this period.'));
  }

  out.push(`### ${l10n.t('Longest gaps')}`, '');
  if (review.gaps.length) out.push(...review.gaps.slice(0, 5).map((g) => gapLine(g, review.cadenceDays, l10n)), '');
  else if (review.longestGap) {
    out.push(l10n.t('No gap was longer than the cadence. The longest:'), gapLine(review.longestGap, review.cadenceDays, l10n), '');
  } else none(l10n.t('No gaps: the period is a single day.'));

  out.push(`## ${l10n.t('Action items')}`, '', `### ${l10n.t('Done')}`, '');
  if (review.done.length) out.push(...review.done.map((a) => `- [x] ${a.text} (${linkTo(a)})`), '');
  else none(l10n.t('No action was ticked off in this period.'));
  out.push(`### ${l10n.t('Still open')}`, '');
  if (review.open.length) out.push(...review.open.map((a) => `- [ ] ${a.text} (${linkTo(a)})`), '');
  else none(l10n.t('Nothing is left open.'));

  out.push(`## ${l10n.t('Tagged in your notes')}`, '', l10n.t('Items of your notes tagged {0}, {1}, {2} or {3}; an item with two tags is under both.', '#win', '#feedback', '#growth', '#concern'), '');
  for (const tag of ['win', 'feedback', 'growth', 'concern'] as const) {
    out.push(`### ${tagHeading(tag, l10n)} (#${tag})`, '');
    const items = review.tagged[tag];
    if (items.length) out.push(...items.map((i) => `- ${i.text} (${linkTo(i)})`), '');
    else none(l10n.t('No item tagged #{0} in this period.', tag));
  }

  out.push(`## ${l10n.t('Questions asked')}`, '');
  if (review.asked.length) {
    const categories = [...new Set(review.asked.map((q) => q.category))];
    for (const c of categories) {
      out.push(`### ${review.categoryTitles[c] ?? c}`, '');
      out.push(...review.asked.filter((q) => q.category === c).map((q) => `- ${q.text} (${q.notes.map(linkTo).join(', ')})`), '');
    }
  } else none(l10n.t('No question from the question bank was found under "Questions" in these notes.'));
  out.push(`### ${l10n.t('Never discussed')}`, '');
  if (review.untouched.length) out.push(...review.untouched.map((c) => `- ${c.title}`), '');
  else none(l10n.t('Every category of the question bank came up at least once.'));

  out.push(`## ${l10n.t('My summary')}`, '', '');
  return out.join('\n').replace(/\n+$/, '\n');
}
