import * as assert from 'node:assert/strict';
import { commitShare, commitSituation, oneOnOneSituation, timeSituation } from '../../src/core/contextSignals';
import { english } from '../../src/shared/localizer';

const monday = new Date(2026, 10, 16);
const at = (day: number) => new Date(2026, 10, day, 10);

describe('context signals', () => {
  it('commit share: a team repository where you wrote most of this week suggests delegation', () => {
    const commits = [
      ...Array.from({ length: 6 }, () => ({ authorEmail: 'ME@x.dev', authorDate: at(17) })),
      { authorEmail: 'sam@x.dev', authorDate: at(18) },
      { authorEmail: 'ana@x.dev', authorDate: at(18) },
      { authorEmail: 'me@x.dev', authorDate: at(10) }, // last week: not counted
    ];
    const share = commitShare('api', commits, { email: 'me@x.dev' }, monday);
    assert.deepEqual(share, { repository: 'api', mine: 6, total: 8, authors: 3 });
    const s = commitSituation([share], english);
    assert.equal(s?.context, 'commit-heavy');
    assert.match(s!.reason, /75 % of this week's commits in api/);
  });

  it('commit share: a solo repository or a low share says nothing', () => {
    assert.equal(commitSituation([{ repository: 'dotfiles', mine: 9, total: 9, authors: 1 }], english), undefined);
    assert.equal(commitSituation([{ repository: 'api', mine: 2, total: 10, authors: 4 }], english), undefined);
    assert.equal(commitSituation([{ repository: 'api', mine: 3, total: 4, authors: 2 }], english), undefined);
  });

  it('1:1 cadence: the most overdue person, with a plain reason', () => {
    const overdue = [{ name: 'Bo', days: 49 }, { name: 'Sam Lee', days: 21 }];
    assert.equal(oneOnOneSituation(overdue, english)?.reason, 'no 1:1 with Bo for 7 weeks');
    assert.equal(oneOnOneSituation([], english), undefined);
  });

  it('leadership time: behind only from midweek, and only when well short', () => {
    const target = { weekMinutes: 0, targetMinutes: 360 };
    assert.equal(timeSituation(target, 1, 5, english), undefined, 'Tuesday: too early to say');
    assert.equal(timeSituation(target, 3, 5, english)?.reason, '0m of your 6h leadership target so far this week');
    assert.equal(timeSituation({ weekMinutes: 130, targetMinutes: 360 }, 3, 5, english), undefined);
    assert.equal(timeSituation({ weekMinutes: 30, targetMinutes: 0 }, 4, 5, english), undefined);
  });
});
