import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseProfile, renderProfile, setProfileFields } from '../../src/core/personProfile';
import { english } from '../../src/shared/localizer';

const parse = (text: string) => parseProfile(text, english);
const set = (text: string, changes: Parameters<typeof setProfileFields>[1]) => setProfileFields(text, changes, english);
const profileText = ['---', 'name: Sam Lee', 'email: sam@example.com', '# my own comment', 'cadenceDays: 7', 'role: Senior engineer', 'team: payments', '---', '# Sam Lee', '', 'Cares about *on-call* fairness.', ''].join('\n');

describe('person profile', () => {
  it('reads every field and the body below the front matter', () => {
    const { profile, problems } = parse(profileText);
    assert.deepEqual(problems, []);
    assert.deepEqual(profile, { name: 'Sam Lee', email: 'sam@example.com', cadenceDays: 7, role: 'Senior engineer', archived: false, body: '# Sam Lee\n\nCares about *on-call* fairness.' });
    assert.equal(parse('---\nname: Ana\narchived: true\n---\n').profile.archived, true);
  });

  it('reads a non-ASCII name, CRLF line endings and a byte-order mark', () => {
    const { profile, problems } = parse('\uFEFF---\r\nname: 张伟\r\ncadenceDays: 21\r\n---\r\nNotes\r\n');
    assert.deepEqual(problems, []);
    assert.equal(profile.name, '张伟');
    assert.equal(profile.cadenceDays, 21);
    assert.equal(profile.body, 'Notes');
  });

  it('never throws on broken YAML: defaults, and a problem on the 0-based line the parser points at', () => {
    const { profile, problems } = parse(['---', 'name: Sam', 'email: [unclosed', 'role: x', '---', 'Body stays readable'].join('\n'));
    assert.equal(profile.name, undefined);
    assert.equal(profile.archived, false);
    assert.equal(profile.body, 'Body stays readable');
    assert.equal(problems.length, 1);
    assert.match(problems[0].message, /not valid YAML/);
    assert.ok(problems[0].line >= 2 && problems[0].line <= 4, `line ${problems[0].line}`);
  });

  it('reports wrong types on the line of their key and keeps the rest', () => {
    const { profile, problems } = parse(['---', 'name: Sam', 'cadenceDays: 0', 'archived: "yes"', 'email: not-an-address', 'role: [a, b]', '---'].join('\n'));
    assert.deepEqual(profile, { name: 'Sam', archived: false, body: '' });
    assert.deepEqual(problems.map((p) => p.line), [4, 5, 2, 3]);
    assert.match(problems.find((p) => p.line === 2)!.message, /whole number of days from 1 to 90/);
    for (const bad of ['cadenceDays: 91', 'cadenceDays: 7.5', 'cadenceDays: "14"']) {
      assert.equal(parse(`---\n${bad}\n---\n`).profile.cadenceDays, undefined, bad);
      assert.equal(parse(`---\n${bad}\n---\n`).problems.length, 1, bad);
    }
  });

  it('reports a profile without front matter, an unclosed one, a list and binary text, and still reads', () => {
    const plain = parse('# Just notes\n\nNo front matter here.');
    assert.equal(plain.profile.body, '# Just notes\n\nNo front matter here.');
    assert.equal(plain.problems[0].line, 0);
    assert.match(plain.problems[0].message, /no front matter/);
    assert.match(parse('---\nname: Sam\n').problems[0].message, /no closing/);
    assert.match(parse('---\n- a\n- b\n---\n').problems[0].message, /"key: value"/);
    assert.equal(parse('\u0000\u0001').problems.length, 1);
    assert.deepEqual(parse('---\n---\nbody'), { profile: { archived: false, body: 'body' }, problems: [] });
  });

  it('writes a first profile that reads back, quoting a name that needs it', () => {
    for (const name of ['Sam Lee', 'Zoë O’Brien', 'Dr. No: the sequel', '张伟', '- dash', 'yes', '123']) {
      const text = renderProfile({ name, cadenceDays: 10, email: 'a@b.c' }, english);
      const { profile, problems } = parse(text);
      assert.deepEqual(problems, [], name);
      assert.equal(profile.name, name);
      assert.equal(profile.cadenceDays, 10);
      assert.match(profile.body, /## What they care about/);
    }
    assert.equal(parse(renderProfile({ name: 'Sam' }, english)).profile.cadenceDays, undefined);
  });

  it('archives and unarchives keeping every other byte, CRLF included', () => {
    const archived = set(profileText, { archived: true });
    assert.ok('text' in archived);
    assert.equal(archived.text, profileText.replace('team: payments\n', 'team: payments\narchived: true\n'));
    const back = set(archived.text, { archived: false });
    assert.ok('text' in back);
    assert.equal(back.text, profileText);
    const crlf = profileText.replace(/\n/g, '\r\n');
    const r = set(crlf, { archived: true });
    assert.ok('text' in r);
    assert.equal(r.text, crlf.replace('team: payments\r\n', 'team: payments\r\narchived: true\r\n'));
  });

  it('replaces or removes an email, a multi-line value included, and adds front matter to a profile that has none', () => {
    const r = set(profileText, { email: 'sam.lee@example.org' });
    assert.ok('text' in r);
    assert.equal(r.text, profileText.replace('sam@example.com', 'sam.lee@example.org'));
    const removed = set(profileText, { email: undefined });
    assert.ok('text' in removed);
    assert.equal(removed.text, profileText.replace('email: sam@example.com\n', ''));
    const folded = set(['---', 'email: >-', '  sam@example.com', 'name: Sam', '---', 'body'].join('\n'), { email: 'x@y.z' });
    assert.deepEqual(folded, { text: ['---', 'email: x@y.z', 'name: Sam', '---', 'body'].join('\n') });
    const bare = set('Only notes\n', { archived: true });
    assert.deepEqual(bare, { text: '---\narchived: true\n---\nOnly notes\n' });
    assert.deepEqual(set('Only notes\n', { archived: false }), { text: 'Only notes\n' }, 'unarchiving a profile without front matter writes nothing new');
    assert.deepEqual(set(profileText, { archived: false }), { text: profileText });
  });

  it('refuses to edit broken YAML, an unclosed front matter, a flow mapping or a bad address', () => {
    const broken = '---\nname: [Sam\n---\nbody\n';
    const a = set(broken, { archived: true });
    assert.ok('error' in a && /not valid YAML/.test(a.error));
    assert.ok('error' in set('---\nname: Sam\n', { archived: true }));
    assert.ok('error' in set('---\n{ name: Sam, role: x }\n---\n', { archived: true }));
    assert.ok('error' in set(profileText, { email: 'no address' }));
  });

  it('keeps the body and every other field for any body text (property)', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), fc.boolean(), (body, archived) => {
      const text = `---\nname: Sam\nrole: Lead\n---\n${body}`;
      const r = set(text, { archived });
      if ('error' in r) return;
      const after = parse(r.text).profile;
      assert.equal(after.archived, archived);
      assert.equal(after.name, 'Sam');
      assert.ok(r.text.endsWith(body));
    }), { numRuns: 500 });
  });
});
