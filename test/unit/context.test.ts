import * as assert from 'node:assert/strict';
import { rankTips, type LeadershipContext } from '../../src/core/contextRanking';
import { documentKindOf } from '../../src/core/documentKind';
import { tip } from './fixtures';
import { english } from '../../src/shared/localizer';

const base: LeadershipContext = { date: '2026-11-19', dayName: 'Thursday', rhythm: 'lead', role: 'engineering-manager', situations: [] };
const tips = [
  tip({ id: 'retro-tip', category: 'retrospectives', mode: 'manage', contexts: ['retro'] }),
  tip({ id: 'vision-tip', category: 'vision-alignment', mode: 'lead' }),
  tip({ id: 'plan-tip', category: 'outcomes', mode: 'manage' }),
  tip({ id: 'delegation-tip', category: 'delegation', mode: 'both', contexts: ['commit-heavy'] }),
  tip({ id: 'staff-only', category: 'career-paths', mode: 'lead', roles: ['staff-engineer'] }),
];

describe('document kind', () => {
  const cases: [string, string, string | undefined][] = [
    ['/notes/one-on-ones/sam/2026-11-19.md', 'markdown', 'one-on-one'],
    ['/notes/retros/2026-11-19-sailboat.md', 'markdown', 'retro'],
    ['/notes/self-checks/2026-W47.md', 'markdown', 'self-check'],
    ['/repo/docs/adr/0007-use-postgres.md', 'markdown', 'decision-record'],
    ['/repo/.github/CODEOWNERS', 'plaintext', 'codeowners'],
    ['/repo/.github/pull_request_template.md', 'markdown', 'pull-request'],
    ['/repo/src/main.ts', 'typescript', 'code'],
    ['/repo/README.md', 'markdown', undefined],
    ['/notes/q3-planning.md', 'markdown', 'planning'],
  ];
  for (const [path, lang, kind] of cases) it(`${path} is ${kind ?? 'nothing in particular'}`, () => assert.equal(documentKindOf(path, lang), kind));
});

describe('context ranking', () => {
  it('puts tips for the open document first, with the reason', () => {
    const [first] = rankTips(tips, { ...base, documentKind: 'retro' }, 3, english);
    assert.equal(first.tip.id, 'retro-tip');
    assert.ok(first.reasons.includes('you are editing a retro'));
  });

  it('follows the rhythm day: a lead day favours lead tips and says so', () => {
    const [first] = rankTips(tips, base, 1, english);
    assert.equal(first.tip.id, 'vision-tip');
    assert.ok(first.reasons.includes('Thursday is a lead day'));
    const [manage] = rankTips(tips, { ...base, rhythm: 'manage', dayName: 'Monday' }, 1, english);
    assert.equal(manage.tip.mode, 'manage');
  });

  it('lets a situation of the week outrank the rhythm', () => {
    const [first] = rankTips(tips, { ...base, situations: [{ context: 'commit-heavy', reason: 'you wrote most of this week’s commits' }] }, 1, english);
    assert.equal(first.tip.id, 'delegation-tip');
    assert.deepEqual(first.reasons.slice(0, 1), ['you wrote most of this week’s commits']);
  });

  it('leaves out tips for other roles and is stable within a day', () => {
    const ranked = rankTips(tips, base, 10, english);
    assert.ok(!ranked.some((r) => r.tip.id === 'staff-only'));
    assert.deepEqual(rankTips(tips, base, 10, english).map((r) => r.tip.id), ranked.map((r) => r.tip.id));
    assert.ok(rankTips(tips, { ...base, role: 'staff-engineer' }, 10, english).some((r) => r.tip.id === 'staff-only'));
  });
});

describe('context ranking variety', () => {
  it('lets one reason lead at most two of the picks when there is plenty to choose from', () => {
    const many = Array.from({ length: 12 }, (_, i) => tip({ id: `t${i}`, category: `c${i}`, mode: 'lead', contexts: i < 6 ? ['behind-on-time'] : [] }));
    const picks = rankTips(many, { ...base, situations: [{ context: 'behind-on-time', reason: '0m of your 6h so far' }] }, 3, english);
    assert.equal(picks.length, 3);
    assert.equal(picks.filter((p) => p.reasons[0] === '0m of your 6h so far').length, 2);
  });
});
