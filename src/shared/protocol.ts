// The messages between the sidebar webview and the extension, each defined once with a guard.
// Both sides switch on the guards; anything from the webview is untrusted input and is checked
// field by field before it is used (see isWebviewMessage).
import { MODES, ROLES, type Mode, type Role, type Source } from './contentTypes';
import { isRecord } from './records';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_QUERY = 200;

export interface TipCard {
  id: string;
  title: string;
  category: string;
  mode: Mode;
  excerpt: string;
}

export interface TipDetail extends TipCard {
  categoryTitle: string;
  tags: string[];
  html: string;
  source?: Source;
  origin: string;
  related: TipCard[];
}

export interface CategoryCount {
  id: string;
  title: string;
  icon: string;
  count: number;
}

export interface Suggestion {
  tip: TipCard;
  reasons: string[];
}

/** A prompt from the context with one action, e.g. "No 1:1 with Sam for 3 weeks" → write the agenda. */
export interface ContextPrompt {
  id: string;
  text: string;
  actionLabel: string;
}

export interface MentorAnswerCard {
  tip: TipCard;
  excerpt: string;
  source?: Source;
}

export type TipAction = 'copy' | 'insert' | 'preview';
const TIP_ACTIONS: readonly TipAction[] = ['copy', 'insert', 'preview'];

// ---- webview -> extension ----
export interface ReadyMessage { type: 'ready' }
export interface QueryMessage { type: 'query'; seq: number; query: string; category: string; mode: Mode; role: Role | ''; favourites: boolean }
export interface OpenTipMessage { type: 'openTip'; id: string }
export interface ToggleMarkMessage { type: 'toggleFavourite' | 'toggleTried'; id: string }
export interface TipActionMessage { type: 'tipAction'; action: TipAction; id: string }
export interface OpenLinkMessage { type: 'openLink'; url: string }
export interface RunPromptMessage { type: 'runPrompt'; id: string }
export interface AskMessage { type: 'ask'; question: string }
export type WebviewMessage = ReadyMessage | QueryMessage | OpenTipMessage | ToggleMarkMessage | TipActionMessage | OpenLinkMessage | RunPromptMessage | AskMessage;

// ---- extension -> webview ----
export interface InitMessage { type: 'init'; categories: CategoryCount[]; forYou: Suggestion[]; prompts: ContextPrompt[]; favourites: string[]; tried: string[]; role: Role; total: number }
export interface ResultsMessage { type: 'results'; seq: number; tips: TipCard[]; terms: string[] }
export interface TipMessage { type: 'tip'; tip: TipDetail; favourite: boolean; tried: boolean; /** Shown as the tip of the day: labelled so, on a fresh library (no search left above it). */ tipOfTheDay?: boolean }
export interface MarksMessage { type: 'marks'; favourites: string[]; tried: string[] }
export interface ShowMessage { type: 'show'; view: 'search' | 'favourites' | 'home' }
export interface NotFoundMessage { type: 'notFound'; id: string }
export interface AnswersMessage { type: 'answers'; question: string; answers: MentorAnswerCard[] }
export type ExtensionMessage = InitMessage | ResultsMessage | TipMessage | MarksMessage | ShowMessage | NotFoundMessage | AnswersMessage;

function isId(x: unknown): x is string {
  return typeof x === 'string' && x.length <= 100 && ID.test(x);
}
function hasOnly(x: Record<string, unknown>, keys: readonly string[]): boolean {
  return Object.keys(x).every((k) => keys.includes(k));
}

/** Checks a message from the webview: known type, exactly the expected fields, each well-formed. */
export function isWebviewMessage(x: unknown): x is WebviewMessage {
  if (!isRecord(x) || typeof x.type !== 'string') return false;
  switch (x.type) {
    case 'ready':
      return hasOnly(x, ['type']);
    case 'query':
      return hasOnly(x, ['type', 'seq', 'query', 'category', 'mode', 'role', 'favourites'])
        && Number.isSafeInteger(x.seq) && (x.seq as number) >= 0
        && typeof x.query === 'string' && x.query.length <= MAX_QUERY
        && (x.category === '' || isId(x.category))
        && MODES.includes(x.mode as Mode)
        && (x.role === '' || ROLES.includes(x.role as Role))
        && typeof x.favourites === 'boolean';
    case 'openTip':
    case 'toggleFavourite':
    case 'toggleTried':
      return hasOnly(x, ['type', 'id']) && isId(x.id);
    case 'tipAction':
      return hasOnly(x, ['type', 'action', 'id']) && isId(x.id) && TIP_ACTIONS.includes(x.action as TipAction);
    case 'openLink':
      return hasOnly(x, ['type', 'url']) && typeof x.url === 'string' && x.url.length <= 2000 && /^https:\/\/[^\s]+$/.test(x.url);
    case 'runPrompt':
      return hasOnly(x, ['type', 'id']) && typeof x.id === 'string' && /^[a-z0-9:-]{1,120}$/.test(x.id);
    case 'ask':
      return hasOnly(x, ['type', 'question']) && typeof x.question === 'string' && x.question.trim().length > 0 && x.question.length <= 500;
    default:
      return false;
  }
}

/** The webview's own guard on what the extension sends (the channel is trusted, the shape is checked). */
export function isExtensionMessage(x: unknown): x is ExtensionMessage {
  return isRecord(x) && ['init', 'results', 'tip', 'marks', 'show', 'notFound', 'answers'].includes(x.type as string);
}

/** What the webview keeps with setState, so the view comes back as it was after being hidden. */
export interface ViewState {
  screen: 'home' | 'tip' | 'answers';
  query: string;
  category: string;
  mode: Mode;
  role: Role | '';
  favourites: boolean;
  tipId?: string;
  question?: string;
  scrollTop: number;
}
