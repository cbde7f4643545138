import type * as vscode from 'vscode';
import { EventEmitter, l10n, window } from 'vscode';
import { dayKey, localDate } from '../../core/calendar';
import { dayName } from '../../core/dateWords';
import type { LeadershipContext, Situation } from '../../core/contextRanking';
import { documentKindOf } from '../../core/documentKind';
import { DisposableStore } from '../../platform/disposableStore';
import type { SettingsStore } from '../../platform/settingsStore';

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
  private readonly store = new DisposableStore();
  private timer: ReturnType<typeof setTimeout> | undefined;
  readonly onDidChange = this.changed.event;

  constructor(private readonly settings: SettingsStore, private readonly now: () => Date = () => new Date()) {
    this.store.addAll(
      this.changed,
      window.onDidChangeActiveTextEditor(() => this.schedule()),
      settings.onDidChange(['role', 'weeklyRhythm', 'context.signals'], () => this.schedule()),
      { dispose: () => clearTimeout(this.timer) },
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
    return this.settings.get('context.signals')[signal] !== false;
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
    const rhythm = this.enabled('rhythm') ? this.settings.rhythm()[dayKey(now)] : 'off';
    const editor = this.enabled('document') ? window.activeTextEditor : undefined;
    const documentKind = editor ? documentKindOf(editor.document.uri.path, editor.document.languageId, editor.document.uri.scheme) : undefined;
    return {
      date: localDate(now),
      dayName: dayName(dayKey(now), l10n),
      rhythm,
      role: this.settings.get('role'),
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
    this.store.dispose();
  }
}
