import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { renderReview } from '../../src/core/reviewNote';
import { recentlyEndedPeriod, reviewPeriods, validatePeriod } from '../../src/core/reviewPeriods';
import { gatherReview, questionKey, REVIEW_TAGS, tagsIn, type ReviewInput, type ReviewTag } from '../../src/core/reviewPrep';
import type { QuestionCategory } from '../../src/shared/contentTypes';
import { english } from '../../src/shared/localizer';

const bank: QuestionCategory[] = [
  { category: 'career-growth', title: 'Career growth', questions: ['Where do you want to be in a year?', 'What skill would you like to build next?'] },
  { category: 'wellbeing', title: 'Wellbeing and workload', questions: ['How sustainable does your workload feel?'] },
  { category: 'feedback-for-manager', title: 'Feedback for me', questions: ['What should I do differently?'] },
];

const input = (over: Partial<ReviewInput>): ReviewInput => ({ slug: 'sam-lee', name: 'Sam Lee', from: '2026-01-01', to: '2026-06-30', cadenceDays: 14, notes: [], questionBank: bank, l10n: english, ...over });

const note1 = [
  '# 1:1: Sam Lee — 2026-01-10',
  '## Carried over',
  '- [ ] Write the RFC',
  '## Questions',
  '- Where do you want to be in a year?',
  '  - Staff engineer, platform side.',
  '- ‘What skill would you like to build next?’ — mentoring',
  '## Notes',
  '- Shipped the billing migration #win',
  '- Asked for more design reviews #growth #feedback',
  '- The snow trip #winter is not a tag, nor is x#win',
  '- [ ] Book the conference #growth',
  '```',
  '- Fake #concern inside a fence',
  '- [ ] fenced action',
  '```',
  'A paragraph #concern is not a list item.',
].join('\n');
const note2 = ['## Questions', '- What should I do differently?', '## Action items', '- [x] Write the RFC', '- [ ] Book the conference #growth', '- Pager load is heavy `#concern` in code, but #CONCERN here'].join('\r\n');

describe('review preparation', () => {
  it('gathers held notes, gaps, actions, tags and questions from the period only', () => {
    const r = gatherReview(input({
      notes: [
        { fileName: '2026-01-10.md', text: note1 },
        { fileName: '2026-03-20.md', text: note2 },
        { fileName: '2026-03-20-2.md', text: '- Quick follow-up #win' },
        { fileName: '2025-12-30.md', text: '- Before the period #win\n- [ ] Old action' },
        { fileName: '2026-07-01.md', text: '- After the period #concern' },
        { fileName: 'profile.md', text: '- not a note #win' },
      ],
    }));
    assert.deepEqual(r.held.map((n) => n.fileName), ['2026-01-10.md', '2026-03-20.md', '2026-03-20-2.md']);
    assert.equal(r.held[0].link, '../../one-on-ones/sam-lee/2026-01-10.md');
    assert.deepEqual(r.gaps.map((g) => [g.kind, g.start, g.end, g.days, g.overBy]), [
      ['after-last', '2026-03-20', '2026-06-30', 102, 88],
      ['between', '2026-01-10', '2026-03-20', 69, 55],
    ]);
    assert.equal(r.longestGap?.days, 102);
    assert.deepEqual(r.done.map((a) => [a.text, a.fileName]), [['Write the RFC', '2026-03-20.md']]);
    assert.deepEqual(r.open.map((a) => [a.text, a.fileName, a.line]), [['Book the conference #growth', '2026-03-20.md', 4]]);
    const tagged = (t: ReviewTag) => r.tagged[t].map((i) => `${i.fileName}:${i.line} ${i.text}`);
    assert.deepEqual(tagged('win'), ['2026-01-10.md:8 Shipped the billing migration #win', '2026-03-20-2.md:0 Quick follow-up #win']);
    assert.deepEqual(tagged('growth'), ['2026-01-10.md:9 Asked for more design reviews #growth #feedback', '2026-01-10.md:11 Book the conference #growth', '2026-03-20.md:4 Book the conference #growth']);
    assert.deepEqual(tagged('feedback'), ['2026-01-10.md:9 Asked for more design reviews #growth #feedback']);
    assert.deepEqual(tagged('concern'), ['2026-03-20.md:5 Pager load is heavy `#concern` in code, but #CONCERN here']);
    assert.deepEqual(r.asked.map((q) => [q.category, q.text, q.notes.map((n) => n.date)]), [
      ['career-growth', 'Where do you want to be in a year?', ['2026-01-10']],
      ['career-growth', 'What skill would you like to build next?', ['2026-01-10']],
      ['feedback-for-manager', 'What should I do differently?', ['2026-03-20']],
    ]);
    assert.deepEqual(r.untouched, [{ category: 'wellbeing', title: 'Wellbeing and workload' }]);
    assert.deepEqual(r.skipped.map((s) => s.name), ['profile.md']);
  });

  it('matches tags whole and in any case, not inside words, paths or inline code', () => {
    assert.deepEqual(tagsIn('#win #WIN #Feedback'), ['win', 'feedback']);
    assert.deepEqual(tagsIn('#winter #win-win #wins x#win a/#growth `#concern` ##win'), []);
    assert.deepEqual(tagsIn('(#growth), #concern.'), ['growth', 'concern']);
    assert.equal(questionKey('**What should I do  differently?** They said: more focus'), questionKey('What should I do differently?'));
  });

  it('measures gaps from the start of the period and to its end, and the whole period when there is no note', () => {
    const r = gatherReview(input({ from: '2026-03-01', to: '2026-03-31', notes: [{ fileName: '2026-03-20.md', text: '' }] }));
    assert.deepEqual(r.gaps.map((g) => [g.kind, g.days]), [['before-first', 19]]);
    const empty = gatherReview(input({ from: '2026-03-01', to: '2026-03-31', notes: [] }));
    assert.deepEqual(empty.gaps.map((g) => [g.kind, g.start, g.end, g.days]), [['whole-period', '2026-03-01', '2026-03-31', 30]]);
    // Across the spring DST change: 28 calendar days, not 27.96.
    const dst = gatherReview(input({ from: '2026-03-15', to: '2026-04-12', notes: [{ fileName: '2026-03-15.md', text: '' }, { fileName: '2026-04-12.md', text: '' }] }));
    assert.equal(dst.longestGap?.days, 28);
  });

  it('skips binary and huge notes with a reason, and refuses an impossible period', () => {
    const r = gatherReview(input({ notes: [{ fileName: '2026-02-01.md', text: '\u0000#win' }, { fileName: '2026-02-02.md', text: 'x'.repeat(2_000_001) }] }));
    assert.deepEqual(r.skipped.map((s) => s.name), ['2026-02-01.md', '2026-02-02.md']);
    assert.equal(r.held.length, 0);
    assert.throws(() => gatherReview(input({ from: '2026-06-30', to: '2026-01-01' })), /starts \(2026-06-30\) after it ends/);
  });

  it('renders every section, linking each item to its note, with an empty summary section', () => {
    const md = renderReview(gatherReview(input({ notes: [{ fileName: '2026-01-10.md', text: note1 }, { fileName: '2026-03-20-2.md', text: note2 }] })), english);
    for (const heading of ['# Review preparation: Sam Lee, 2026-01-01 to 2026-06-30', '## 1:1s held', '### Longest gaps', '### Done', '### Still open', '### Wins (#win)', '### Feedback (#feedback)', '### Growth (#growth)', '### Concerns (#concern)', '## Questions asked', '### Career growth', '### Never discussed', '## My summary']) {
      assert.ok(md.split('\n').includes(heading), heading);
    }
    assert.match(md, /^- \[2026-03-20 \(2\)\]\(\.\.\/\.\.\/one-on-ones\/sam-lee\/2026-03-20-2\.md\)$/m);
    assert.match(md, /^- \[x\] Write the RFC \(\[2026-03-20 \(2\)\]/m);
    assert.match(md, /^- Wellbeing and workload$/m);
    assert.ok(md.endsWith('## My summary\n'));
    assert.ok(!md.includes('Fake') && !md.includes('fenced action') && !md.includes('#winter'));
  });

  it('offers the last 3, 6 and 12 months, this half-year and the one before, and validates a custom period', () => {
    const periods = reviewPeriods(new Date(2026, 4, 31, 12), english);
    assert.deepEqual(periods.map((p) => [p.id, p.from, p.to]), [
      ['last-3-months', '2026-03-01', '2026-05-31'],
      ['last-6-months', '2025-12-01', '2026-05-31'],
      ['last-12-months', '2025-06-01', '2026-05-31'],
      ['this-half', '2026-01-01', '2026-05-31'],
      ['previous-half', '2025-07-01', '2025-12-31'],
    ]);
    assert.deepEqual(reviewPeriods(new Date(2026, 7, 31), english).slice(3).map((p) => [p.from, p.to]), [['2026-07-01', '2026-08-31'], ['2026-01-01', '2026-06-30']]);
    assert.equal(reviewPeriods(new Date(2026, 2, 31), english)[0].from, '2026-01-01');
    assert.equal(validatePeriod('2026-01-01', '2026-06-30', english), undefined);
    assert.equal(validatePeriod('2026-02-01', '2026-02-01', english), undefined);
    assert.match(validatePeriod('2026-02-30', '2026-06-30', english)!, /2026-02-30 does not exist/);
    assert.match(validatePeriod('2026-1-1', '2026-06-30', english)!, /not a date; use YYYY-MM-DD/);
    assert.match(validatePeriod('2026-07-01', '2026-06-30', english)!, /swap the dates/);
  });

  it('names the quarter or half-year that just ended, for a review-prep suggestion', () => {
    assert.deepEqual(recentlyEndedPeriod(new Date(2026, 3, 1, 9), english), { kind: 'quarter', label: 'Q1 2026', from: '2026-01-01', to: '2026-03-31' });
    assert.deepEqual(recentlyEndedPeriod(new Date(2026, 6, 14), english), { kind: 'half', label: 'the first half of 2026', from: '2026-01-01', to: '2026-06-30' });
    assert.deepEqual(recentlyEndedPeriod(new Date(2027, 0, 5), english), { kind: 'half', label: 'the second half of 2026', from: '2026-07-01', to: '2026-12-31' });
    assert.equal(recentlyEndedPeriod(new Date(2026, 6, 15), english), undefined);
    assert.equal(recentlyEndedPeriod(new Date(2026, 2, 31), english), undefined);
    assert.equal(recentlyEndedPeriod(new Date(2026, 9, 20), english, 30)?.label, 'Q3 2026');
  });

  describe('(property)', () => {
    interface Item { id: number; tags: string[]; task: '' | '[ ] ' | '[x] '; bullet: string; indent: number }
    const tagSpelling = fc.constantFrom(...REVIEW_TAGS.flatMap((t) => [t, t.toUpperCase(), t[0].toUpperCase() + t.slice(1)]));
    const item = fc.record({
      tags: fc.uniqueArray(tagSpelling, { maxLength: 3, selector: (t) => t.toLowerCase() }),
      task: fc.constantFrom('' as const, '[ ] ' as const, '[x] ' as const),
      bullet: fc.constantFrom('-', '*', '+', '1.'),
      indent: fc.constantFrom(0, 2, 4),
    });
    const block = fc.oneof(
      fc.record({ kind: fc.constant('item' as const), item }),
      fc.record({ kind: fc.constant('fence' as const), fence: fc.constantFrom('```', '~~~', '````'), items: fc.array(item, { maxLength: 3 }) }),
      fc.record({ kind: fc.constant('noise' as const), text: fc.constantFrom('## Notes', 'Prose #win not in a list', '- #winter #growing #wins', '', '> - quoted #concern') }),
    );
    const day = fc.integer({ min: 0, max: 500 }).map((n) => { const d = new Date(2025, 6, 1 + n); return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`; });
    const note = fc.record({ date: day, number: fc.constantFrom(1, 2), blocks: fc.array(block, { maxLength: 12 }), eol: fc.constantFrom('\n', '\r\n') });

    it('lists every tagged item of every in-period note once under each of its tags, and nothing from outside the period or inside a fence', () => {
      fc.assert(fc.property(fc.uniqueArray(note, { maxLength: 12, selector: (n) => `${n.date}-${n.number}` }), day, day, (notes, a, b) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        let next = 0;
        const expected = new Map<string, Set<string>>();
        const forbidden = new Set<string>();
        const line = (it: Item) => `${' '.repeat(it.indent)}${it.bullet} ${it.task}item${it.id} ${it.tags.map((t) => `#${t}`).join(' ')}`;
        const files = notes.map((n) => {
          const fileName = `${n.date}${n.number === 2 ? '-2' : ''}.md`;
          const inPeriod = n.date >= from && n.date <= to;
          const lines: string[] = [];
          for (const blk of n.blocks) {
            if (blk.kind === 'noise') lines.push(blk.text);
            else if (blk.kind === 'item') {
              const it = { ...blk.item, id: next++ };
              lines.push(line(it));
              if (inPeriod && it.tags.length) expected.set(`item${it.id}`, new Set(it.tags.map((t) => t.toLowerCase())));
              else forbidden.add(`item${it.id}`);
            } else {
              lines.push(blk.fence);
              for (const inner of blk.items) {
                const it = { ...inner, id: next++, tags: [...inner.tags, 'concern'] };
                lines.push(line(it));
                forbidden.add(`item${it.id}`);
              }
              lines.push(blk.fence);
            }
          }
          return { fileName, text: lines.join(n.eol) };
        });
        const r = gatherReview(input({ from, to, notes: files }));
        const seen = new Map<string, string[]>();
        for (const tag of REVIEW_TAGS) {
          for (const t of r.tagged[tag]) {
            assert.ok(t.date >= from && t.date <= to, `${t.fileName} is outside ${from}…${to}`);
            const id = /item\d+/.exec(t.text)?.[0];
            assert.ok(id, `only generated items are tagged: ${t.text}`);
            assert.ok(!forbidden.has(id), `${id} must not appear (outside the period or fenced)`);
            seen.set(id, [...(seen.get(id) ?? []), tag]);
          }
        }
        for (const [id, tags] of expected) {
          assert.deepEqual([...(seen.get(id) ?? [])].sort(), [...tags].sort(), `${id} appears once under each of its tags`);
        }
        assert.equal(seen.size, expected.size);
        assert.deepEqual(r.held.map((h) => h.date), files.map((f) => f.fileName.slice(0, 10)).filter((d) => d >= from && d <= to).sort());
      }), { numRuns: 400 });
    });
  });
});
