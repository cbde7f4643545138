import { random47 } from '../../platform/randomness';
import * as vscode from 'vscode';
import { isoWeek, localDate, parseLocalDate } from '../../core/calendar';
import { composeNote, type PreviousNote } from '../../core/noteComposer';
import { freeName, placeNote, previousNote, shelfOf, type NotePlacement } from '../../core/notePlacement';
import { checkRetroMinutes, newPlanId, parsePlanId } from '../../core/retroPlan';
import { requireSlug, slugify } from '../../core/slug';
import { variablesToAsk } from '../../core/templateFilling';
import type { TipLibrary } from '../../core/tipLibrary';
import { readTargetConfig } from '../../core/scheduleValidation';
import { isoWeekRange, readWeekReport, type WeekFacts, type WeekReportProvider } from '../../core/weekReport';
import type { ContentSource } from '../../services/library/contentSource';
import type { NoteMemory } from '../../platform/noteMemory';
import type { NotesFolder } from '../../platform/notesFolder';
import type { SettingsStore } from '../../platform/settingsStore';
import type { Template } from '../../shared/contentTypes';
import { NoteRequestError, type NoteArgs } from './noteArguments';
import { errorReason, listNotes, readNote, showNote, writeNewNote } from './noteFiles';
import { askPlanId, askVariables, pickMeetingDate, pickPerson, pickRetroLength, pickTemplate, pickTemplateOr } from './notePickers';
import { hasMet, knownPeople } from './oneOnOnePeople';
import { confirmNotesLocation } from './repositoryGuard';

export interface NoteMakerDeps {
  content: ContentSource;
  settings: SettingsStore;
  memory: NoteMemory;
  notesFolder: NotesFolder;
  log: vscode.LogOutputChannel;
  /** The leadership-time feature's view of a week, for {{leadershipTime}} and {{blockNotes}}; absent until it is wired. */
  weekReport?: WeekReportProvider;
  /** Writes a person's `profile.md` with their first 1:1 when it is missing (People's service). */
  profiles: ProfileWriter;
  now?: () => Date;
}

/** The one writer of a missing `profile.md` (services/people): exclusive, never overwriting. */
export interface ProfileWriter {
  ensureProfile(slug: string, name: string): Promise<void>;
}

/** A template kind as people say it: "1:1", "retro"; a pack's own kind as it is written. */
function kindName(kind: string): string {
  switch (kind) {
    case 'one-on-one': return vscode.l10n.t('1:1');
    case 'retro': return vscode.l10n.t('retro');
    case 'self-check': return vscode.l10n.t('self-check');
    default: return kind;
  }
}
const WEEK_REPORT_TIMEOUT_MS = 3000;

/** What {{team}} says when no team was named, in a note written without questions. */
const theTeam = () => vscode.l10n.t('the team');

/** The four note commands: choose the template and person, then write the note (see make). */
export class NoteMaker {
  constructor(private readonly deps: NoteMakerDeps) {}

  async oneOnOne(args: NoteArgs): Promise<vscode.Uri | undefined> {
    const library = await this.library();
    const person = await this.person(args, 'newOneOnOne');
    if (!person) return undefined;
    // The regular 1:1 is the default; someone you have not met here yet gets a first 1:1.
    const fresh = !(await hasMet(person.slug, this.deps.memory, this.deps.notesFolder));
    const proposed = fresh && library.templatesOf('one-on-one').some((t) => t.id === 'first') ? 'first' : 'regular';
    const template = args.template || !args.interactive
      ? findTemplate(library, args.template ?? proposed, 'one-on-one')
      : await pickTemplate(everydayFirst(library.templatesOf('one-on-one')), vscode.l10n.t('New 1:1 with {0}', person.name), { id: proposed, reason: proposed === 'first' ? vscode.l10n.t('proposed for a first 1:1') : vscode.l10n.t('the usual') });
    if (!template) return undefined;
    // Asked, the day too: today, the next working days, or a typed one (next Monday's 1:1 prepared on Friday).
    const date = args.date ?? (args.interactive ? await pickMeetingDate(vscode.l10n.t('New 1:1 with {0}: which day?', person.name), this.now(), this.deps.settings.rhythm()) : undefined);
    if (args.interactive && !date) return undefined;
    return this.make(template, date ? { ...args, date } : args, person);
  }

  async retro(args: NoteArgs): Promise<vscode.Uri | undefined> {
    const library = await this.library();
    if (args.planId && args.template && args.template !== 'plan' && args.template !== 'retro/plan') {
      throw new NoteRequestError(vscode.l10n.t('newRetro: a planId rebuilds a five-phase plan, so it goes with the template "plan", not "{0}".', args.template));
    }
    if (args.planId || args.template || !args.interactive) return this.make(findTemplate(library, args.planId ? 'plan' : args.template ?? 'plan', 'retro'), args);
    const rebuild = library.templatesOf('retro').some((t) => t.id === 'plan')
      ? { heading: vscode.l10n.t('Plan ID'), label: `$(history) ${vscode.l10n.t('Rebuild a plan from its Plan ID')}`, detail: vscode.l10n.t('The same five-phase plan again, from the "Plan ID:" line of an earlier retro') }
      : undefined;
    const picked = await pickTemplateOr(library.templatesOf('retro'), vscode.l10n.t('New Retro'), { id: 'plan', reason: vscode.l10n.t('a full plan from the activity bank') }, rebuild);
    if (picked !== 'extra') return picked && this.make(picked, args);
    const planId = await askPlanId((id) => {
      try {
        parsePlanId(id, vscode.l10n);
        return undefined;
      } catch (e) {
        return errorReason(e);
      }
    });
    return planId ? this.make(findTemplate(library, 'plan', 'retro'), { ...args, planId }) : undefined;
  }

  async selfCheck(args: NoteArgs): Promise<vscode.Uri | undefined> {
    const library = await this.library();
    const all = library.templatesOf('self-check');
    const template = args.template || !args.interactive || all.length < 2
      ? findTemplate(library, args.template ?? (all.some((t) => t.id === 'weekly') ? 'weekly' : all[0]?.id ?? 'weekly'), 'self-check')
      : await pickTemplate(all, vscode.l10n.t('New Weekly Self-Check'), { id: 'weekly', reason: vscode.l10n.t('the usual') });
    return template && this.make(template, args);
  }

  async fromTemplate(args: NoteArgs): Promise<vscode.Uri | undefined> {
    const library = await this.library();
    if (!args.template && !args.interactive) {
      throw new NoteRequestError(vscode.l10n.t('newFromTemplate needs a template, for example {0}. Templates: {1}.', '{ "template": "team-health-review" }', library.templates.map((t) => t.id).join(', ')));
    }
    const template = args.template ? findTemplate(library, args.template) : await pickTemplate(library.templates, vscode.l10n.t('New Note from Template'));
    return template && this.make(template, args);
  }

  /**
   * Writes a note from a template: asks for what is missing (interactive only), finds the
   * previous note of the series for carry-over and the link, fills the template, writes a new
   * file (never over an existing one) or, without a notes folder, an untitled document, then
   * opens it with the cursor in place. Resolves to the document's Uri, undefined if cancelled.
   */
  private async make(template: Template, args: NoteArgs, knownPerson?: { name: string; slug: string }): Promise<vscode.Uri | undefined> {
    const date = args.date ?? localDate(this.now());
    const shelf = shelfOf(template.kind);
    const uses = (name: string) => new RegExp(`\\{\\{\\s*${name}\\s*\\}\\}`).test(template.body);
    const person = shelf === 'one-on-one' ? knownPerson ?? (await this.person(args, 'newFromTemplate')) : undefined;
    if (shelf === 'one-on-one' && !person) return undefined;
    const planId = uses('plan') ? await this.planId(args) : undefined;
    if (uses('plan') && !planId) return undefined;

    const values: Record<string, string> = { ...args.variables, ...(person ? { person: person.name } : {}), ...(args.team ? { team: args.team } : {}) };
    const toAsk = variablesToAsk(template, new Set(Object.keys(values)), vscode.l10n);
    if (args.interactive) {
      const lastTeam = this.deps.memory.lastTeam();
      const answers = await askVariables(toAsk.map((v) => (v.name === 'team' && !v.default ? { ...v, default: lastTeam } : v)), vscode.l10n.t('New {0}', template.title));
      if (!answers) return undefined;
      Object.assign(values, answers);
    } else {
      for (const v of toAsk) values[v.name] = v.default || (v.name === 'team' ? theTeam() : '');
    }

    const where = await this.deps.notesFolder.resolve(args.interactive);
    if ('cancelled' in where) return undefined;
    let target: { folder: vscode.Uri; placement: NotePlacement } | undefined;
    let previous: PreviousNote = 'unsaved';
    if ('root' in where) {
      target = await confirmNotesLocation(where.root, (root) => {
        const placement = placeNote(shelf, date, slugify(template.id) || 'note', person?.slug);
        return { folder: vscode.Uri.joinPath(root, ...placement.folder), placement };
      }, this.deps);
      if (!target) return undefined;
      previous = await this.previous(target.folder, target.placement);
    }

    const composed = composeNote({
      template, shelf, date, values, previous,
      ...(person ? { personSlug: person.slug } : {}),
      questionBank: (await this.library()).questions,
      asked: person ? this.deps.memory.person(person.slug)?.asked ?? [] : [],
      retroActivities: (await this.library()).retroActivities,
      l10n: vscode.l10n,
      ...(planId ? { planId } : {}),
      ...(uses('leadershipTime') || uses('blockNotes') ? { week: await this.week(date) } : {}),
    });

    let document: vscode.TextDocument | undefined;
    let uri: vscode.Uri | undefined;
    if (target) {
      try {
        uri = await writeNewNote(target.folder, target.placement.base, composed.text);
      } catch (e) {
        this.deps.log.error(`Could not write a note in ${target.folder.fsPath}: ${e}`);
        void vscode.window.showErrorMessage(vscode.l10n.t('Leadership Prompts could not write to {0} ({1}). The note is open as an untitled document, so nothing is lost; check the folder or change leadershipPrompts.notesFolder.', target.folder.fsPath, errorReason(e)));
      }
    }
    if (!uri) {
      document = await vscode.workspace.openTextDocument({ language: 'markdown', content: composed.text });
      uri = document.uri;
    }
    if (person && target && !document) await this.deps.profiles.ensureProfile(person.slug, person.name);
    if (person) await this.deps.memory.rememberOneOnOne(person.slug, person.name, date, composed.asked);
    if (values.team && values.team !== theTeam()) await this.deps.memory.setLastTeam(values.team);
    // A note that could not be saved where the user meant it to be (the folder could not be
    // written, or the setting cannot be used) is shown whatever `open` says: the editor holds its only copy.
    const unsavedFallback = !!document && (!!target || 'unusable' in where);
    if (args.open || unsavedFallback) await showNote(document ?? (await vscode.workspace.openTextDocument(uri)), composed.cursor);
    return uri;
  }

  /** The person of a 1:1: the argument, or (interactive) picked or typed. */
  private async person(args: NoteArgs, command: string): Promise<{ name: string; slug: string } | undefined> {
    const given = args.person ?? args.variables.person;
    if (!given && !args.interactive) throw new NoteRequestError(vscode.l10n.t('{0} needs a person for a 1:1, for example {1}.', command, '{ "person": "Alex Kim" }'));
    const name = given || (await pickPerson(await knownPeople(this.deps.memory, this.deps.notesFolder), localDate(this.now())));
    if (!name) return undefined;
    try {
      return { name, slug: requireSlug(name, vscode.l10n) };
    } catch (e) {
      throw new NoteRequestError(errorReason(e));
    }
  }

  private async planId(args: NoteArgs): Promise<string | undefined> {
    if (args.planId) {
      let parsed: { minutes: number };
      try {
        parsed = parsePlanId(args.planId, vscode.l10n);
      } catch (e) {
        throw new NoteRequestError(errorReason(e));
      }
      if (args.minutes !== undefined && args.minutes !== parsed.minutes) {
        throw new NoteRequestError(vscode.l10n.t('Plan ID {0} is a {1}-minute plan, but minutes is {2}. Leave minutes out to rebuild the plan, or leave planId out for a new {2}-minute plan.', args.planId, parsed.minutes, args.minutes));
      }
      return args.planId.toLowerCase();
    }
    const minutes = args.minutes ?? (args.interactive ? await pickRetroLength() : 60);
    if (minutes === undefined) return undefined;
    const problem = checkRetroMinutes(minutes, vscode.l10n);
    if (problem) throw new NoteRequestError(problem);
    return newPlanId(minutes, random47());
  }

  private async previous(folder: vscode.Uri, placement: NotePlacement): Promise<PreviousNote> {
    const entries = await listNotes(folder);
    const name = freeName(placement.base, new Set(entries.map((e) => e.name)));
    const prev = previousNote(entries, placement, name);
    if (!prev) return 'none';
    const text = await readNote(vscode.Uri.joinPath(folder, prev.name));
    if (text === undefined) this.deps.log.warn(`Could not read the previous note ${prev.name} in ${folder.fsPath}; nothing carried over from it.`);
    return { name: prev.name, text: text ?? '' };
  }

  private async week(date: string): Promise<{ facts: WeekFacts; thisWeek: boolean; target: { percent: number; weeklyHours: number } }> {
    const day = parseLocalDate(date)!;
    const range = isoWeekRange(day);
    let facts: WeekFacts = { summary: '', notes: [] };
    if (this.deps.weekReport) {
      try {
        const report = await Promise.race([this.deps.weekReport(range), new Promise<undefined>((r) => setTimeout(() => r(undefined), WEEK_REPORT_TIMEOUT_MS))]);
        facts = readWeekReport(report);
      } catch (e) {
        this.deps.log.warn(`The leadership-time report for ${range.label} failed: ${errorReason(e)}`);
      }
    }
    const { config } = readTargetConfig(this.deps.settings.raw('leadershipTime.targetPercent'), this.deps.settings.raw('leadershipTime.weeklyHours'), vscode.l10n);
    return {
      facts,
      thisWeek: isoWeek(this.now()).label === range.label,
      target: { percent: config.targetPercent, weeklyHours: config.weeklyHours },
    };
  }

  private async library(): Promise<TipLibrary> {
    return this.deps.content.withPacks();
  }

  private now(): Date {
    return (this.deps.now ?? (() => new Date()))();
  }
}

/** The 1:1 templates with the two used week by week (first, regular) on top, the occasional ones after. */
function everydayFirst(templates: readonly Template[]): Template[] {
  const rank = (t: Template) => (t.origin !== 'built-in' ? 2 : t.id === 'first' ? 0 : t.id === 'regular' ? 1 : 2);
  return [...templates].sort((a, b) => rank(a) - rank(b));
}

/** A template by `id` or `kind/id`, of `kind` when given; a clear error naming the choices when there is none. */
export function findTemplate(library: TipLibrary, ref: string, kind?: string): Template {
  const [refKind, id] = ref.includes('/') ? ref.split('/', 2) : [kind, ref];
  if (kind && refKind !== kind) throw new NoteRequestError(vscode.l10n.t('"{0}" is not a {1} template.', ref, kindName(kind)));
  const found = library.templatesOf(refKind).find((t) => t.id === id);
  if (found) return found;
  const choices = library.templatesOf(kind).map((t) => (kind ? t.id : `${t.id} (${t.kind})`)).join(', ') || vscode.l10n.t('none');
  throw new NoteRequestError(kind
    ? vscode.l10n.t('There is no {0} template "{1}". {0} templates: {2}.', kindName(kind), ref, choices)
    : vscode.l10n.t('There is no template "{0}". Templates: {1}.', ref, choices));
}
