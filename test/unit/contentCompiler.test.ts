import * as assert from 'node:assert/strict';
import { ContentCompiler } from '../../src/core/contentCompiler';
import { compileContentFolder } from '../../src/core/contentPack';
import { compilePack } from '../../src/services/library/packCompiler';
import { tipFile } from './fixtures';

const categories = new Set(['delegation']);
const compile = (text: string, file = 'tips/delegation/delegate-outcomes.md') => new ContentCompiler().compileTip(text, file, 'built-in', categories);
const problemsOf = (text: string, file?: string) => {
  const r = compile(text, file);
  return r.ok ? [] : r.problems;
};

describe('content compiler', () => {
  it('compiles a valid tip: fields, rendered body, source', () => {
    const r = compile(tipFile());
    assert.ok(r.ok, JSON.stringify(!r.ok && r.problems));
    assert.equal(r.value.id, 'delegate-outcomes');
    assert.equal(r.value.mode, 'lead');
    assert.deepEqual(r.value.tags, ['delegation', 'ownership']);
    assert.deepEqual(r.value.source, { title: 'Turn the Ship Around!', author: 'L. David Marquet', year: 2012 });
    assert.match(r.value.markdown, /^## Try this$/m);
  });

  it('reports broken YAML with the line the parser points at', () => {
    const [p] = problemsOf('---\nid: x\ntitle: "unclosed\nmode: lead\n---\nbody\n');
    assert.equal(p.file, 'tips/delegation/delegate-outcomes.md');
    assert.match(p.message, /not valid YAML/);
    assert.ok(p.line >= 3, `line ${p.line}`);
  });

  it('reports a missing front matter on line 1', () => {
    const [p] = problemsOf('Just a body\n');
    assert.equal(p.line, 1);
    assert.match(p.message, /missing YAML front matter/);
  });

  it('names the field and its line for each bad field', () => {
    const ps = problemsOf(tipFile({ id: 'Not Kebab', mode: 'sometimes', category: 'nope' }), 'tips/delegation/Not Kebab.md');
    const byField = (f: string) => ps.find((p) => p.message.startsWith(`${f}:`));
    assert.equal(byField('id')?.line, 2);
    assert.match(byField('mode')!.message, /lead, manage, both/);
    assert.equal(byField('mode')?.line, 5);
    assert.match(byField('category')!.message, /unknown category "nope"/);
  });

  it('requires a source with a title and an author', () => {
    assert.match(problemsOf(tipFile({ source: '' }))[0].message, /source: is required/);
    assert.match(problemsOf(tipFile({ source: '\n  title: Only a title' }))[0].message, /needs a title and an author/);
    assert.match(problemsOf(tipFile({ source: '\n  title: T\n  author: A\n  url: http://insecure.example' }))[0].message, /https/);
  });

  it('enforces 60–180 words and a closing Try this section', () => {
    assert.match(problemsOf(tipFile({}, 'Too short.\n\n## Try this\nDo it.'))[0].message, /words; it must have 60–180/);
    assert.match(problemsOf(tipFile({}, 'word '.repeat(200) + '\n\n## Try this\nDo it.'))[0].message, /words/);
    const noTry = problemsOf(tipFile({}, 'word '.repeat(100)));
    assert.match(noTry[0].message, /must end with a "## Try this"/);
    const notLast = problemsOf(tipFile({}, 'word '.repeat(90) + '\n\n## Try this\nDo it.\n\n## More\nMore words here.'));
    assert.ok(notLast.some((p) => /must end with/.test(p.message)));
  });

  it('rejects the file when its name is not its id', () => {
    assert.match(problemsOf(tipFile(), 'tips/delegation/other-name.md')[0].message, /file name must be the id/);
  });

  it('reports a link that is not a well-formed https address', () => {
    const body = `${'Plain words for the count. '.repeat(12)}[bad](javascript:alert(1)) [ok](https://example.com/x)\n\n## Try this\nDo one thing.`;
    const ps = problemsOf(tipFile({}, body));
    assert.equal(ps.length, 1);
    assert.match(ps[0].message, /link "javascript:alert\(1\)"/);
  });
});

describe("a team's tip (pack rules)", () => {
  const known = [{ id: 'delegation', title: 'D', icon: 'x', description: 'd' }];
  const packTip = (front: string, body: string) => `---\n${front}\n---\n${body}`;

  it('loads a one-sentence tip with no source and no Try this, giving the editorial rules as hints', () => {
    const files = [{ path: 'tips/standup-bell.md', text: packTip('id: standup-bell\ntitle: Ring the bell\ncategory: delegation\nmode: manage', 'Whoever ships a fix rings the bell at stand-up.\n') }];
    const { content, problems, hints } = compileContentFolder(files, '/team', known, '/team', 'pack');
    assert.deepEqual(problems, []);
    assert.deepEqual(content.tips.map((t) => t.id), ['standup-bell']);
    assert.equal(content.tips[0].source, undefined);
    // The plain text the compiler made for the checks stays out of the content; the tip keeps its file, relative to the pack.
    assert.deepEqual(Object.keys(content.tips[0]).filter((k) => ['text', 'file'].includes(k)), ['file']);
    assert.equal((content.tips[0] as { file?: string }).file, 'tips/standup-bell.md', "a pack's tip keeps its file, relative to the pack");
    assert.ok(hints.some((h) => /words; it must have 60–180/.test(h.message)));
    assert.ok(hints.some((h) => /"## Try this"/.test(h.message)));
    // The same file in the built-in library is refused.
    const library = compileContentFolder(files, 'built-in', known);
    assert.deepEqual(library.content.tips, []);
    assert.ok(library.problems.some((p) => /source: is required/.test(p.message)));
  });

  it('loads a 25-word tip with a Try this section, and drops an unknown role or a malformed source with a hint', () => {
    const body = 'Rotate the demo host every sprint so that everyone practises explaining the work to people outside the team.\n\n## Try this\nName next demo host today.\n';
    const files = [{ path: 'tips/demo-host.md', text: packTip('id: demo-host\ntitle: Rotate the demo host\ncategory: delegation\nmode: both\nroles: [tech-lead, ceo]\nsource:\n  title: Our wiki\n  author: Team\n  url: http://wiki', body) }];
    const { content, problems, hints } = compileContentFolder(files, '/team', known, '/team', 'pack');
    assert.deepEqual(problems, []);
    assert.deepEqual(content.tips[0].roles, ['tech-lead']);
    assert.equal(content.tips[0].source, undefined);
    assert.ok(hints.some((h) => /roles: unknown value "ceo"/.test(h.message)));
    assert.ok(hints.some((h) => /url must be a well-formed https/.test(h.message)));
  });

  it('leaves the tips in the library\'s order (the known categories first, then the pack\'s own; then by title), so the library\'s merge only merges', () => {
    const tipIn = (id: string, title: string, category: string) => ({ path: `tips/${id}.md`, text: packTip(`id: ${id}\ntitle: ${title}\ncategory: ${category}\nmode: both`, 'A tip.\n') });
    const files = [
      { path: 'categories.yaml', text: '- id: rituals\n  title: Rituals\n  description: R\n' },
      tipIn('a', 'Zebra standups', 'delegation'), tipIn('b', 'Apple retros', 'rituals'), tipIn('c', 'apple pie', 'delegation'), tipIn('d', 'Banana', 'delegation'),
    ];
    const { content, problems } = compileContentFolder(files, '/team', known, '/team', 'pack');
    assert.deepEqual(problems, []);
    assert.deepEqual(content.tips.map((t) => t.title), ['apple pie', 'Banana', 'Zebra standups', 'Apple retros']);
  });

  it('compiles a team pack a slice at a time, giving the host a turn between files, to the same result as at once', async () => {
    const files = Array.from({ length: 40 }, (_, i) => ({ path: `tips/t${i}.md`, text: packTip(`id: t${i}\ntitle: Tip ${i}\ncategory: delegation\nmode: both`, `Tip number ${i}, with words of its own.\n`) }));
    files.push({ path: 'tips/broken.md', text: 'no front matter' });
    let turns = 0;
    // A budget of 0 ms: every yield of the compile is a turn for the host.
    const sliced = await compilePack(files, '/team', known, '/team', { budgetMs: 0, yieldToHost: async () => { turns++; } });
    assert.deepEqual(sliced, compileContentFolder(files, '/team', known, '/team', 'pack'));
    assert.equal(sliced.content.tips.length, 40);
    assert.ok(turns > files.length, `${turns} turns for ${files.length} files`);
  });

  it('still refuses what CONTRACT.md asks of every tip: id, title, category, mode and a body', () => {
    const cases: [string, string, RegExp][] = [
      ['title: T\ncategory: delegation\nmode: lead', 'Text.', /id: is required/],
      ['id: a\ncategory: delegation\nmode: lead', 'Text.', /title: is required/],
      ['id: a\ntitle: T\nmode: lead', 'Text.', /category: is required/],
      ['id: a\ntitle: T\ncategory: delegation', 'Text.', /mode: must be one of/],
      ['id: a\ntitle: T\ncategory: delegation\nmode: lead', '\n  \n', /the tip has no text/],
      ['id: a\ntitle: T\ncategory: delegation\nmode: lead', 'See [x](javascript:alert(1)).', /not a well-formed https/],
    ];
    for (const [front, body, reason] of cases) {
      const { content, problems } = compileContentFolder([{ path: 'tips/a.md', text: packTip(front, body) }], '/team', known, '/team', 'pack');
      assert.deepEqual(content.tips, [], front);
      assert.ok(problems.some((p) => reason.test(p.message)), `${reason}: ${problems.map((p) => p.message).join(' | ')}`);
    }
  });
});

describe('content folder', () => {
  it('keeps the good files and reports each bad one with its file', () => {
    const files = [
      { path: 'categories.yaml', text: '- id: delegation\n  title: Delegation\n  description: D\n' },
      { path: 'tips/delegation/delegate-outcomes.md', text: tipFile() },
      { path: 'tips/delegation/broken.md', text: tipFile({ id: 'broken', mode: 'x' }) },
      { path: 'tips/delegation/dup.md', text: tipFile({ id: 'dup', title: 'Delegate outcomes, not tasks' }) },
    ];
    const { content, problems } = compileContentFolder(files, 'pack', [], '/team');
    assert.deepEqual(content.tips.map((t) => t.id), ['delegate-outcomes']);
    assert.ok(problems.some((p) => p.file === '/team/tips/delegation/broken.md' && /mode/.test(p.message)));
    assert.ok(problems.some((p) => p.file === '/team/tips/delegation/dup.md' && /duplicate tip title/.test(p.message)));
  });

  it('flags two tips that say nearly the same thing', () => {
    const body = `${'Hand over the outcome and the constraints and let the engineer pick the path that gets there. '.repeat(4)}\n\n## Try this\nDo it this week.`;
    const files = [
      { path: 'tips/delegation/a-one.md', text: tipFile({ id: 'a-one', title: 'One' }, body) },
      { path: 'tips/delegation/a-two.md', text: tipFile({ id: 'a-two', title: 'Two' }, body.replace('Do it', 'Try it')) },
    ];
    const known = [{ id: 'delegation', title: 'D', icon: 'x', description: 'd' }];
    const library = compileContentFolder(files, 'built-in', known);
    assert.ok(library.problems.some((p) => /says nearly the same/.test(p.message)));
    assert.equal(library.content.tips.length, 1, 'the built-in library keeps the first of the pair');
    // In a team's pack it is advice: both tips load.
    const pack = compileContentFolder(files, '/team', known, '/team', 'pack');
    assert.deepEqual(pack.problems, []);
    assert.equal(pack.content.tips.length, 2);
    assert.ok(pack.hints.some((p) => /says nearly the same/.test(p.message)));
  });

  it('validates question banks and retro activities', () => {
    const c = compileContentFolder([
      { path: 'questions.yaml', text: '- category: current-work\n  title: Current work\n  questions:\n    - Not a question.\n' },
      { path: 'retro-activities.yaml', text: '- id: x\n  title: X\n  phase: nowhere\n  minutes: 5\n  summary: s\n  steps: [a]\n' },
    ], 'pack');
    assert.ok(c.problems.some((p) => /ending in "\?"/.test(p.message)));
    assert.ok(c.problems.some((p) => p.file === 'retro-activities.yaml' && p.line === 1 && /phase/.test(p.message)));
  });
});
