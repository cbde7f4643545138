import type { CategoryCount, ContextPrompt, MentorAnswerCard, Suggestion, TipCard, TipDetail } from '../shared/protocol';
import { el, highlighted, icon } from './dom';
import { fill, strings } from './strings';

const modeLabel = (mode: TipCard['mode']) => (mode === 'lead' ? strings.lead : mode === 'manage' ? strings.manage : strings.leadAndManage);

export function modeBadge(mode: TipCard['mode']): HTMLElement {
  return el('span', { class: `badge mode-${mode}`, title: fill('lensBadge', modeLabel(mode)) }, modeLabel(mode));
}

/** One tip in a list: a focusable option named by its title. */
export function tipItem(tip: TipCard, terms: readonly string[], marks: { favourite: boolean; tried: boolean }, reasons?: string[]): HTMLLIElement {
  const title = el('span', { class: 'tip-title' }, highlighted(tip.title, terms));
  const status = el('span', { class: 'marks' });
  if (marks.favourite) status.append(el('span', { class: 'codicon codicon-star-full', title: strings.favourite, 'aria-label': strings.favourite }));
  if (marks.tried) status.append(el('span', { class: 'codicon codicon-pass', title: strings.tried, 'aria-label': strings.tried }));
  const li = el('li', { role: 'option', tabindex: '-1', 'data-id': tip.id, 'aria-label': tip.title, 'aria-selected': 'false', class: 'tip' },
    el('div', { class: 'tip-head' }, title, status),
    el('div', { class: 'tip-excerpt' }, highlighted(tip.excerpt, terms)));
  if (reasons?.length) li.append(el('div', { class: 'reasons' }, icon('info'), ` ${capitalise(reasons.join(' · '))}`));
  return li;
}

export function tipList(label: string, items: HTMLLIElement[]): HTMLUListElement {
  items[0]?.setAttribute('tabindex', '0');
  return el('ul', { class: 'tip-list', role: 'listbox', 'aria-label': label }, ...items);
}

export function categoryList(categories: CategoryCount[]): HTMLUListElement {
  return el('ul', { class: 'categories', role: 'list', 'aria-label': strings.categories },
    ...categories.map((c) => el('li', {},
      el('button', { type: 'button', class: 'category', 'data-category': c.id, 'aria-label': fill('categoryCount', c.title, c.count) },
        icon(c.icon), el('span', { class: 'category-title' }, c.title), el('span', { class: 'count', 'aria-hidden': 'true' }, String(c.count))))));
}

export function forYouSection(items: Suggestion[], prompts: ContextPrompt[], marks: (id: string) => { favourite: boolean; tried: boolean }): HTMLElement {
  const section = el('section', { class: 'for-you', 'aria-labelledby': 'for-you-h' }, el('h2', { id: 'for-you-h' }, icon('sparkle'), ` ${strings.forYouNow}`));
  if (prompts.length) {
    section.append(el('ul', { class: 'prompts', 'aria-label': strings.suggestions }, ...prompts.map((p) => el('li', { class: 'prompt' },
      icon('bell'), el('span', { class: 'prompt-text' }, p.text),
      el('button', { type: 'button', class: 'link-button', 'data-prompt': p.id, 'aria-label': `${p.actionLabel}: ${p.text}` }, p.actionLabel)))));
  }
  section.append(tipList(strings.forYouNow, items.map((s) => tipItem(s.tip, [], marks(s.tip.id), s.reasons))));
  return section;
}

/** The mentor's answers to a question: each tip with the passage that answers and its source. */
export function answersView(question: string, answers: MentorAnswerCard[]): DocumentFragment {
  const f = document.createDocumentFragment();
  f.append(
    el('div', { class: 'detail-bar' },
      el('button', { type: 'button', class: 'icon-button', 'data-action': 'back', title: strings.backEscape, 'aria-label': strings.backToLibrary }, icon('arrow-left'))),
    el('h2', { id: 'answers-title', tabindex: '-1' }, icon('mortar-board'), ` ${strings.mentor}`),
    el('blockquote', { class: 'question' }, question));
  if (answers.length === 0) {
    f.append(el('p', { class: 'empty' }, strings.noAnswer));
    return f;
  }
  const items = answers.map((a) => {
    const li = tipItem({ ...a.tip, excerpt: a.excerpt }, [], { favourite: false, tried: false });
    if (a.source) li.append(el('div', { class: 'reasons' }, icon('book'), ` ${a.source.title}, ${a.source.author}${a.source.year ? ` (${a.source.year})` : ''}`));
    return li;
  });
  f.append(tipList(strings.answersFromLibrary, items));
  return f;
}

export function detailView(tip: TipDetail, favourite: boolean, tried: boolean, tipOfTheDay = false): DocumentFragment {
  const f = document.createDocumentFragment();
  const body = el('div', { class: 'tip-body' });
  // The body was rendered by markdown-it with html:false and safe link schemes only.
  body.innerHTML = tip.html;
  const action = (name: string, codicon: string, label: string, pressed?: boolean) =>
    el('button', { type: 'button', class: 'icon-button', 'data-action': name, title: label, 'aria-label': label, ...(pressed === undefined ? {} : { 'aria-pressed': String(pressed) }) }, icon(codicon));
  f.append(
    el('div', { class: 'detail-bar' },
      el('button', { type: 'button', class: 'icon-button', 'data-action': 'back', title: strings.backEscape, 'aria-label': strings.backToList }, icon('arrow-left')),
      el('div', { class: 'actions', role: 'toolbar', 'aria-label': strings.tipActions },
        action('favourite', favourite ? 'star-full' : 'star-empty', favourite ? strings.removeFavourite : strings.addFavourite, favourite),
        action('tried', tried ? 'pass-filled' : 'pass', tried ? strings.markedTried : strings.markTried, tried),
        action('copy', 'copy', strings.copyMarkdown),
        action('insert', 'insert', strings.insertEditor),
        action('preview', 'open-preview', strings.openPreview))),
    ...(tipOfTheDay ? [el('p', { class: 'eyebrow' }, icon('lightbulb'), ` ${strings.tipOfTheDay}`)] : []),
    el('h2', { class: 'detail-title', id: 'detail-title', tabindex: '-1' }, tip.title),
    el('div', { class: 'meta' }, modeBadge(tip.mode), el('span', { class: 'category-name' }, tip.categoryTitle)),
    body,
  );
  if (tip.source) {
    const s = tip.source;
    const cite = el('p', { class: 'source' }, icon('book'), ` ${strings.source} `, el('cite', {}, s.title), `, ${s.author}${s.year ? ` (${s.year})` : ''}`);
    if (s.url) cite.append(' ', el('a', { href: s.url, 'data-link': s.url, title: s.url }, strings.openSource));
    f.append(cite);
  }
  if (tip.origin !== 'built-in') f.append(el('p', { class: 'origin' }, icon('folder'), ` ${fill('fromOrigin', tip.origin)}`));
  if (tip.related.length) {
    f.append(el('h3', {}, strings.related), tipList(strings.relatedTips, tip.related.map((r) => tipItem(r, [], { favourite: false, tried: false }))));
  }
  return f;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
