import { isExtensionMessage, type ExtensionMessage, type InitMessage, type TipDetail, type ViewState, type WebviewMessage } from '../shared/protocol';
import { el, icon } from './dom';
import { answersView, categoryList, detailView, forYouSection, tipItem, tipList } from './render';
import { fill, strings } from './strings';

interface VsCodeApi {
  postMessage(message: WebviewMessage): void;
  getState(): unknown;
  setState(state: ViewState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const search = $<HTMLInputElement>('search');
const role = $<HTMLSelectElement>('role');
const home = $('home');
const detail = $('detail');
const answers = $('answers');
const status = $('status');

const restored = vscode.getState() as Partial<ViewState> | undefined;
let state: ViewState = { screen: 'home', query: '', category: '', mode: 'both', role: '', favourites: false, scrollTop: 0, ...(restored ?? {}) };
let init: InitMessage | undefined;
let favourites = new Set<string>();
let tried = new Set<string>();
let current: { tip: TipDetail; favourite: boolean; tried: boolean; tipOfTheDay?: boolean } | undefined;
let seq = 0;
let lastFocusedId: string | undefined;
/** Where focus goes once the home screen is painted again (after Escape from a tip or the answers). */
let pendingFocus: { id?: string } | undefined;

function save(): void {
  vscode.setState({ ...state, scrollTop: document.scrollingElement?.scrollTop ?? 0 });
}
function post(m: WebviewMessage): void {
  vscode.postMessage(m);
}
const marksOf = (id: string) => ({ favourite: favourites.has(id), tried: tried.has(id) });
const listing = () => state.query.trim() !== '' || state.category !== '' || state.favourites;

function query(): void {
  seq += 1;
  post({ type: 'query', seq, query: state.query, category: state.category, mode: state.mode, role: state.role, favourites: state.favourites });
}

function renderHome(): void {
  if (!init) return;
  if (listing()) {
    query();
    return;
  }
  const nodes: Node[] = [];
  if (init.forYou.length || init.prompts.length) nodes.push(forYouSection(init.forYou, init.prompts, marksOf));
  nodes.push(el('section', { class: 'browse', 'aria-labelledby': 'browse-h' },
    el('div', { class: 'section-head' }, el('h2', { id: 'browse-h' }, icon('library'), ` ${strings.browse}`),
      el('button', { type: 'button', class: 'link-button', 'data-favourites': 'true' }, icon('star-full'), ` ${fill('favouritesCount', favourites.size)}`)),
    categoryList(init.categories)));
  home.replaceChildren(...nodes);
}

function renderResults(tips: Parameters<typeof tipItem>[0][], terms: string[]): void {
  const title = state.favourites ? strings.favourites : state.category ? init?.categories.find((c) => c.id === state.category)?.title ?? strings.tips : strings.results;
  const head = el('div', { class: 'section-head' },
    el('button', { type: 'button', class: 'icon-button', 'data-action': 'home', title: strings.backToLibrary, 'aria-label': strings.backToLibrary }, icon('arrow-left')),
    el('h2', {}, `${title} `, el('span', { class: 'count' }, String(tips.length))));
  const body = tips.length
    ? tipList(title, tips.map((t) => tipItem(t, terms, marksOf(t.id))))
    : el('p', { class: 'empty' }, state.favourites ? strings.noFavourites : strings.noMatch);
  // A query that reads like a question can go to the mentor instead.
  const asking = /\?\s*$/.test(state.query) || tokenCount(state.query) >= 4;
  const ask = asking ? el('button', { type: 'button', class: 'link-button ask', 'data-ask': 'true' }, icon('mortar-board'), ` ${strings.askMentor}`) : '';
  // Results can arrive while someone is arrowing through the list: keep focus on the same tip.
  const focusedId = home.contains(document.activeElement) ? (document.activeElement as HTMLElement).dataset.id : undefined;
  home.replaceChildren(head, ...(ask ? [ask] : []), body);
  status.textContent = fill(tips.length === 1 ? 'tipCountOne' : 'tipCountMany', tips.length);
  if (focusedId) (optionById(focusedId) ?? home.querySelector<HTMLElement>('[role="option"]'))?.focus();
  restoreFocus();
}

function optionById(id: string): HTMLElement | null {
  return home.querySelector<HTMLElement>(`[role="option"][data-id="${CSS.escape(id)}"]`);
}

function restoreFocus(): void {
  if (!pendingFocus) return;
  const { id } = pendingFocus;
  pendingFocus = undefined;
  ((id && optionById(id)) || search).focus();
}

function tokenCount(s: string): number {
  return s.trim().split(/\s+/).filter(Boolean).length;
}

function show(screen: ViewState['screen']): void {
  state.screen = screen;
  home.hidden = screen !== 'home';
  detail.hidden = screen !== 'tip';
  answers.hidden = screen !== 'answers';
  save();
}

function renderDetail(): void {
  if (!current) return;
  detail.replaceChildren(detailView(current.tip, current.favourite, current.tried, current.tipOfTheDay));
  show('tip');
  $('detail-title').focus();
}

function onMessage(m: ExtensionMessage): void {
  switch (m.type) {
    case 'init':
      init = m;
      favourites = new Set(m.favourites);
      tried = new Set(m.tried);
      document.getElementById('app')?.setAttribute('aria-busy', 'false');
      if (state.screen === 'home') renderHome();
      return;
    case 'results':
      if (m.seq === seq && state.screen === 'home') renderResults(m.tips, m.terms);
      return;
    case 'tip':
      current = { tip: m.tip, favourite: m.favourite, tried: m.tried, ...(m.tipOfTheDay ? { tipOfTheDay: true } : {}) };
      state.tipId = m.tip.id;
      // The tip of the day stands on its own: no search or list left over above it, and Back goes to the library's home.
      if (m.tipOfTheDay) {
        state = { ...state, query: '', category: '', favourites: false };
        search.value = '';
      }
      renderDetail();
      return;
    case 'marks':
      favourites = new Set(m.favourites);
      tried = new Set(m.tried);
      if (current) {
        current = { ...current, favourite: favourites.has(current.tip.id), tried: tried.has(current.tip.id) };
        if (state.screen === 'tip') {
          const focused = (document.activeElement as HTMLElement | null)?.dataset.action;
          detail.replaceChildren(detailView(current.tip, current.favourite, current.tried, current.tipOfTheDay));
          if (focused) detail.querySelector<HTMLElement>(`[data-action="${focused}"]`)?.focus();
        }
      }
      if (state.screen === 'home') renderHome();
      return;
    case 'show':
      state = { ...state, favourites: m.view === 'favourites', category: '', query: m.view === 'home' ? '' : state.query };
      search.value = state.query;
      show('home');
      renderHome();
      if (m.view === 'search') search.focus();
      return;
    case 'notFound':
      status.textContent = strings.tipGone;
      return;
    case 'answers':
      state.question = m.question;
      answers.replaceChildren(answersView(m.question, m.answers));
      show('answers');
      $('answers-title').focus();
      status.textContent = fill(m.answers.length === 1 ? 'answerCountOne' : 'answerCountMany', m.answers.length);
      return;
  }
}

function openTip(id: string): void {
  lastFocusedId = id;
  post({ type: 'openTip', id });
}

function back(): void {
  pendingFocus = { id: lastFocusedId };
  show('home');
  renderHome();
  // A list of results repaints when its query answers (renderResults restores focus then);
  // the library's home paints at once.
  if (!listing()) restoreFocus();
}

let debounce: ReturnType<typeof setTimeout> | undefined;
search.addEventListener('input', () => {
  clearTimeout(debounce);
  debounce = setTimeout(() => {
    state.query = search.value;
    if (state.query.trim() === '') state.category = '';
    show('home');
    renderHome();
  }, 120);
});

document.querySelectorAll<HTMLButtonElement>('.lens button').forEach((b) => b.addEventListener('click', () => {
  state.mode = b.dataset.mode as ViewState['mode'];
  document.querySelectorAll('.lens button').forEach((x) => x.setAttribute('aria-checked', String(x === b)));
  show('home');
  if (listing()) query();
  else renderHome();
}));
role.addEventListener('change', () => {
  state.role = role.value as ViewState['role'];
  show('home');
  if (listing()) query();
  else renderHome();
});

document.addEventListener('click', (e) => {
  const target = e.target as HTMLElement;
  const link = target.closest<HTMLAnchorElement>('a[href]');
  if (link) {
    e.preventDefault();
    const href = link.getAttribute('href') ?? '';
    if (/^https:\/\//.test(href)) post({ type: 'openLink', url: href });
    return;
  }
  const item = target.closest<HTMLElement>('[data-id]');
  if (item?.dataset.id) return openTip(item.dataset.id);
  const category = target.closest<HTMLElement>('[data-category]');
  if (category?.dataset.category) {
    state.category = category.dataset.category;
    // A category opens at its top, not where the last list was scrolled to.
    window.scrollTo(0, 0);
    return renderHome();
  }
  const prompt = target.closest<HTMLElement>('[data-prompt]')?.dataset.prompt;
  if (prompt) return post({ type: 'runPrompt', id: prompt });
  if (target.closest('[data-ask]') && state.query.trim()) return post({ type: 'ask', question: state.query.trim().slice(0, 500) });
  if (target.closest('[data-favourites]')) {
    state.favourites = true;
    window.scrollTo(0, 0);
    return renderHome();
  }
  const action = target.closest<HTMLElement>('[data-action]')?.dataset.action;
  if (!action) return;
  if (action === 'back') return back();
  if (action === 'home') {
    state = { ...state, query: '', category: '', favourites: false };
    search.value = '';
    return renderHome();
  }
  if (!current) return;
  const id = current.tip.id;
  if (action === 'favourite') post({ type: 'toggleFavourite', id });
  else if (action === 'tried') post({ type: 'toggleTried', id });
  else if (action === 'copy' || action === 'insert' || action === 'preview') post({ type: 'tipAction', action, id });
});

// Keyboard: arrows move through a list, Enter opens, Escape goes back a step.
document.addEventListener('keydown', (e) => {
  const active = document.activeElement as HTMLElement | null;
  const options = () => [...document.querySelectorAll<HTMLElement>(`#${state.screen === 'tip' ? 'detail' : state.screen} [role="option"]`)];
  if (e.key === 'Escape') {
    if (state.screen !== 'home') { e.preventDefault(); back(); }
    else if (active !== search && listing()) { e.preventDefault(); search.focus(); }
    else if (search.value) { search.value = ''; state = { ...state, query: '', category: '', favourites: false }; renderHome(); }
    return;
  }
  if (active === search && e.key === 'ArrowDown') {
    e.preventDefault();
    options()[0]?.focus();
    return;
  }
  if (active?.getAttribute('role') !== 'option') return;
  const list = options();
  const i = list.indexOf(active);
  const move = (j: number) => { e.preventDefault(); list[Math.max(0, Math.min(list.length - 1, j))]?.focus(); };
  if (e.key === 'ArrowDown') move(i + 1);
  else if (e.key === 'ArrowUp') { if (i === 0 && state.screen === 'home') { e.preventDefault(); search.focus(); } else move(i - 1); }
  else if (e.key === 'Home') move(0);
  else if (e.key === 'End') move(list.length - 1);
  else if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); if (active.dataset.id) openTip(active.dataset.id); }
});
document.addEventListener('focusin', (e) => {
  const t = e.target as HTMLElement;
  document.querySelectorAll('[role="option"][aria-selected="true"]').forEach((o) => o.setAttribute('aria-selected', 'false'));
  if (t.getAttribute('role') === 'option') t.setAttribute('aria-selected', 'true');
  // Roving tabindex: the focused option is the list's one tab stop.
  const list = t.closest('[role="listbox"]');
  if (list && t.getAttribute('role') === 'option') list.querySelectorAll('[role="option"]').forEach((o) => o.setAttribute('tabindex', o === t ? '0' : '-1'));
});
window.addEventListener('scroll', () => save(), { passive: true });

window.addEventListener('message', (e: MessageEvent) => {
  if (isExtensionMessage(e.data)) onMessage(e.data);
});

// Restore what the user had before the view was hidden.
search.value = state.query;
role.value = state.role;
document.querySelectorAll('.lens button').forEach((x) => x.setAttribute('aria-checked', String((x as HTMLElement).dataset.mode === state.mode)));
if (state.screen === 'tip' && state.tipId) openTip(state.tipId);
else if (state.screen === 'answers' && state.question) post({ type: 'ask', question: state.question });
else state.screen = 'home';
post({ type: 'ready' });
