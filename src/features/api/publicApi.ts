import { l10n } from 'vscode';
import type { ContentSource } from '../../services/library/contentSource';
import { rankTips } from '../../core/contextRanking';
import { DisposableStore } from '../../platform/disposableStore';
import type { CalendarService } from '../../services/calendar/calendarService';
import type { ContextService } from '../../services/context/contextService';
import type { People } from '../../services/people/people';
import type { ApiEvent, LeadershipPromptsApi, LeadershipTimeReading } from '../../shared/api';

interface Deps {
  content: ContentSource;
  people: People;
  calendar: CalendarService;
  context: ContextService;
  leadershipTime: () => LeadershipTimeReading;
  log: { error(message: string): void };
}

const clampLimit = (limit: unknown, fallback: number, max: number) =>
  typeof limit === 'number' && Number.isFinite(limit) ? Math.max(0, Math.min(max, Math.floor(limit))) : fallback;

/**
 * The object `activate()` returns. Every member validates its input and never throws: a bad
 * argument gives an empty answer and a line in the output channel. The synchronous members
 * answer from what is loaded: the first call starts reading the library, and `whenReady()`
 * resolves once the built-in content, the team packs, the search index, the people of the notes
 * folder and the calendar are in.
 */
export function createPublicApi({ content, people, calendar, context, leadershipTime, log }: Deps): LeadershipPromptsApi {
  // One event for every source the API answers from.
  const onDidChange: ApiEvent<void> = (listener, thisArgs, disposables) => {
    const sub = new DisposableStore();
    sub.addAll(content.onDidChange(() => listener.call(thisArgs)), people.onDidChange(() => listener.call(thisArgs)), calendar.onDidChange(() => listener.call(thisArgs)));
    disposables?.push(sub);
    return sub;
  };
  const guard = <T>(name: string, fallback: T, run: () => T): T => {
    try {
      return run();
    } catch (e) {
      log.error(`api.${name}: ${e instanceof Error ? e.message : String(e)}`);
      return fallback;
    }
  };
  return Object.freeze({
    version: 1 as const,
    listTips(filter?: { category?: string; mode?: 'lead' | 'manage'; query?: string }) {
      return guard('listTips', [], () => {
        const f = typeof filter === 'object' && filter !== null ? filter : {};
        return content.current().list({
          category: typeof f.category === 'string' ? f.category : undefined,
          mode: f.mode === 'lead' || f.mode === 'manage' ? f.mode : undefined,
          query: typeof f.query === 'string' ? f.query : undefined,
        }).map(content.engine().summarize);
      });
    },
    contextualTips(limit?: number) {
      return guard('contextualTips', [], () => {
        const { summarize } = content.engine();
        return rankTips(content.current().tips, context.current(), clampLimit(limit, 3, 50), l10n).map((r) => ({ tip: summarize(r.tip), reasons: r.reasons }));
      });
    },
    listTemplates(kind?: string) {
      return guard('listTemplates', [], () => {
        // No kind (or an empty one) lists every template; kinds are kebab-case, so ' Retro ' means 'retro'; anything but text names no kind.
        if (kind !== undefined && kind !== null && typeof kind !== 'string') return [];
        const wanted = typeof kind === 'string' ? kind.trim().toLowerCase() : '';
        return content.current().templatesOf(wanted || undefined).map((t) => ({ id: t.id, title: t.title, kind: t.kind, description: t.description }));
      });
    },
    ask(question: string, limit?: number) {
      return guard('ask', [], () => {
        if (typeof question !== 'string' || !question.trim()) return [];
        const { retrieveAnswers, summarize } = content.engine();
        return retrieveAnswers(content.current(), question, clampLimit(limit, 3, 20)).map((a) => ({ tip: summarize(a.tip), score: a.score, excerpt: a.excerpt }));
      });
    },
    leadershipTime() {
      return guard('leadershipTime', { weekMinutes: 0, targetMinutes: 0, inBlock: false }, leadershipTime);
    },
    people() {
      return guard('people', [], () => people.summaries());
    },
    upcoming(hours?: number) {
      return guard('upcoming', [], () => {
        if (hours !== undefined && (typeof hours !== 'number' || !Number.isFinite(hours) || hours < 0)) return [];
        calendar.ensureStarted();
        return calendar.current().upcoming(new Date(), hours ?? 24);
      });
    },
    whenReady() {
      // Reading starts here, on the caller's first need, never on the startup path. The calendar
      // and the people feed each other (next 1:1s; profiles' emails): a few rounds settle both.
      const settle = async () => {
        await Promise.all([content.whenLoaded(), people.whenReady(), calendar.whenReady()]);
        for (let i = 0; i < 3; i++) {
          await calendar.whenReady();
          await people.whenReady();
        }
      };
      return settle().then(() => undefined, (e) => log.error(`api.whenReady: ${e instanceof Error ? e.message : String(e)}`));
    },
    onDidChange,
  });
}
