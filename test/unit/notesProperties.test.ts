import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { countTasks, openTasks, taskLines } from '../../src/core/carryOver';
import { slugify } from '../../src/core/slug';

describe('slugs (properties)', () => {
  const anyName = fc.oneof(
    fc.string({ maxLength: 200 }),
    fc.string({ unit: 'grapheme', maxLength: 80 }),
    fc.string({ unit: 'binary', maxLength: 80 }),
    fc.array(fc.constantFrom('..', '/', '\\', '.', ' ', 'Ann', 'Łukasz', 'Zoë', 'O’Brien', '张伟', '../etc/passwd', 'C:', '\u0000', '-', '—'), { maxLength: 12 }).map((p) => p.join('')),
  );

  it('is always lower-case ASCII words joined by "-": nothing that could leave the folder', () => {
    fc.assert(fc.property(anyName, (name) => {
      const slug = slugify(name);
      assert.match(slug, /^([a-z0-9]+(-[a-z0-9]+)*)?$/, JSON.stringify({ name, slug }));
      assert.ok(slug.length <= 60);
      assert.ok(!slug.includes('..') && !slug.includes('/') && !slug.includes('\\'));
    }), { numRuns: 5000 });
  });

  it('is stable: a slug is its own slug, and case or spacing does not change it', () => {
    fc.assert(fc.property(anyName, (name) => {
      const slug = slugify(name);
      assert.equal(slugify(slug), slug);
      assert.equal(slugify(name.toUpperCase()), slugify(name.toLowerCase()));
      assert.equal(slugify(`  ${name}\t`), slug);
    }), { numRuns: 3000 });
  });
});

describe('carry-over (properties)', () => {
  const words = fc.stringMatching(/^[A-Za-z][A-Za-z0-9 ,.'-]{0,30}[A-Za-z0-9.]$/);
  const bullet = fc.constantFrom('-', '*', '+', '1.', '2)');
  const line = fc.oneof(
    fc.record({ kind: fc.constant('open' as const), indent: fc.nat(6), bullet, text: words }),
    fc.record({ kind: fc.constant('done' as const), indent: fc.nat(6), bullet, text: words }),
    fc.record({ kind: fc.constant('plain' as const), indent: fc.nat(6), bullet, text: words }),
    fc.record({ kind: fc.constant('prose' as const), indent: fc.constant(0), bullet, text: words }),
  );
  const render = (l: { kind: string; indent: number; bullet: string; text: string }) =>
    l.kind === 'prose' ? l.text : `${' '.repeat(l.indent)}${l.bullet} ${l.kind === 'open' ? '[ ] ' : l.kind === 'done' ? '[x] ' : ''}${l.text}`;

  // carryOver.ts carries an action written twice (same words, any case or spacing) once, so
  // the texts here are distinct in that sense; the merge has its own property below.
  const sameAction = (l: { text: string }) => l.text.toLowerCase().replace(/\s+/g, ' ');
  const distinctLines = fc.uniqueArray(line, { maxLength: 40, selector: sameAction });

  it('carries exactly the open tasks: every one of them, and no done task or plain text', () => {
    fc.assert(fc.property(distinctLines, (lines) => {
      const note = lines.map(render).join('\n');
      const tasks = openTasks(note);
      const carried = taskLines(tasks).join('\n');
      assert.equal(countTasks(tasks), lines.filter((l) => l.kind === 'open').length, note);
      for (const l of lines.filter((x) => x.kind === 'done')) assert.ok(!carried.includes(`[x] ${l.text}`));
      for (const t of taskLines(tasks)) assert.match(t, /^\s*- \[ \] \S/);
    }), { numRuns: 3000 });
  });

  it('carries an action written twice, in any case or spacing, once', () => {
    fc.assert(fc.property(words, fc.constantFrom('-', '*'), (text, bullet) => {
      const note = [`- [ ] ${text}`, '', '## Action items', `${bullet} [ ] ${text.toUpperCase().replace(/ /g, '  ')}`].join('\n');
      assert.equal(countTasks(openTasks(note)), 1, note);
    }), { numRuns: 500 });
  });

  it('carrying over again changes nothing: the carried list is its own carry-over', () => {
    fc.assert(fc.property(fc.array(line, { maxLength: 40 }), (lines) => {
      const once = taskLines(openTasks(lines.map(render).join('\n')));
      assert.deepEqual(taskLines(openTasks(once.join('\n'))), once);
    }), { numRuns: 2000 });
  });

  it('never throws on any text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 500 }), (text) => {
      openTasks(text);
    }), { numRuns: 2000 });
  });
});
