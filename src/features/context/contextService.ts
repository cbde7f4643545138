import type * as vscode from 'vscode';
import { EventEmitter, l10n, window } from 'vscode';
import { dayKey, localDate } from '../../core/calendar';
import { dayName } from '../../core/dateWords';
import type { LeadershipContext, Situation } from '../../core/contextRanking';
import { libraryModule } from '../../platform/lazyModules';
import type { SettingsStore } from '../../platform/settingsStore';
import type { RhythmDay } from '../../shared/settings';

const DEFAULT_RHYTHM: Record<string, RhythmDay> = { mon: 'manage', tue: 'manage', wed: 'manage', thu: 'lead', fri: 'lead', sat: 'off', sun: 'off' };

/** A source of situations for the ranking (the week's time, overdue 1:1s …), added by other features. */
export type SituationSource = () => Situation[];

/** A suggestion with one action, shown in "For you now" (never as a notification). */
export interface ActionPrompt {
  id: string;
  text: string;
  actionLabel: string;
  command: string;
  args?: Record<string, unknown>;
}

export type ContextSignal = 'rhythm' | 'document' | 'oneOnOnes' | 'leadershipTime' | 'gitActivity';

/**
 * Builds the LeadershipContext from small signals: the clock and rhythm, the role, the active
 * document. Cheap to compute; `onDidChange` is debounced so switching documents quickly costs
 * one update.
 */
export class ContextService implements vscode.Disposable {
  private readonly changed = new EventEmitter<void>();
  private readonly sources: SituationSource[] = [];
  private readonly promptSources: (() => ActionPrompt[])[] = [];
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private timer: ReturnType<typeof setTimeout> | undefined;
  readonly onDidChange = this.changed.event;

  constructor(private readonly settings: SettingsStore, private readonly now: () => Date = () => new Date()) {
    this.disposables.push(
      window.onDidChangeActiveTextEditor(() => this.schedule()),
      settings.onDidChange(['role', 'weeklyRhythm', 'context.signals'], () => this.schedule()),
    );
  }

  addSituationSource(source: SituationSource): void {
    this.sources.push(source);
  }

  addPromptSource(source: () => ActionPrompt[]): void {
    this.promptSources.push(source);
  }

  /** Whether the user lets this signal shape suggestions (setting leadershipPrompts.context.signals). */
  enabled(signal: ContextSignal): boolean {
    const signals = this.settings.get('context.signals');
    return !(typeof signals === 'object' && signals !== null && signals[signal] === false);
  }

  prompts(): ActionPrompt[] {
    return this.promptSources.flatMap((s) => {
      try {
        return s();
      } catch {
        return [];
      }
    });
  }

  schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.changed.fire(), 250);
  }

  current(): LeadershipContext {
    const now = this.now();
    const rhythm = this.enabled('rhythm') ? { ...DEFAULT_RHYTHM, ...(this.settings.get('weeklyRhythm') ?? {}) }[dayKey(now)] ?? 'off' : 'off';
    const editor = this.enabled('document') ? window.activeTextEditor : undefined;
    // Reading the document's kind lives with the ranking that uses it, in dist/library.js.
    const documentKind = editor ? libraryModule().documentKindOf(editor.document.uri.path, editor.document.languageId, editor.document.uri.scheme) : undefined;
    return {
      date: localDate(now),
      dayName: dayName(dayKey(now), l10n),
      rhythm: ['manage', 'lead', 'off'].includes(rhythm) ? rhythm : 'off',
      role: this.settings.get('role') ?? 'engineering-manager',
      ...(documentKind ? { documentKind } : {}),
      situations: this.sources.flatMap((s) => {
        try {
          return s();
        } catch {
          return [];
        }
      }),
    };
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}
