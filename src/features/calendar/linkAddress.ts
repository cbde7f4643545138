import * as vscode from 'vscode';
import type { CalendarSource } from '../../core/calendarView';
import type { People } from '../../services/people/people';

interface PersonNode {
  kind: 'person';
  row: { slug: string; name: string };
}

const isPersonNode = (x: unknown): x is PersonNode =>
  !!x && typeof x === 'object' && (x as PersonNode).kind === 'person' && typeof (x as PersonNode).row?.slug === 'string';

/**
 * The People view's "Link a Calendar Address…": lists the two-person events of the calendar
 * that match nobody, and writes the chosen participant's address as `email` into the person's
 * profile, so those events count as 1:1s with them from then on. Also takes
 * `{ person: slug, email }` (tests, keybindings). Returns the address written.
 */
export async function linkCalendarAddress(arg: unknown, calendar: CalendarSource, people: People): Promise<string | undefined> {
  await people.whenReady();
  let slug: string | undefined;
  let email: string | undefined;
  if (isPersonNode(arg)) slug = arg.row.slug;
  else if (arg && typeof arg === 'object') {
    const a = arg as { person?: unknown; email?: unknown };
    if (typeof a.person === 'string') slug = people.find(a.person)?.slug;
    if (typeof a.email === 'string' && /^[^\s@]+@[^\s@]+$/.test(a.email.trim())) email = a.email.trim().toLowerCase();
  }
  const row = slug ? people.rows().find((r) => r.slug === slug) : undefined;
  if (!row) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Leadership Prompts: {0}', vscode.l10n.t('Choose a person in the People view to link a calendar address to.')));
    return undefined;
  }
  if (!email) {
    await calendar.whenReady();
    const events = calendar.current().unmatchedTwoPersonEvents(new Date());
    if (events.length === 0) {
      void vscode.window.showInformationMessage(calendar.configured()
        ? vscode.l10n.t('Every two-person event in your calendar is already matched to someone (or there is none in the next month).')
        : vscode.l10n.t('No calendar is set: add an .ics file to leadershipPrompts.calendar.files.'));
      return undefined;
    }
    const items = events.flatMap((e) => (e.candidate ? [e.candidate] : e.participants).map((address) => ({
      label: address,
      description: e.title,
      detail: vscode.l10n.t('First on {0}', new Date(e.start).toLocaleString()),
      address,
    })));
    const picked = await vscode.window.showQuickPick(items, {
      title: vscode.l10n.t('Link a Calendar Address to {0}', row.name),
      placeHolder: vscode.l10n.t("Events with two participants that match nobody: choose {0}'s address", row.name),
      matchOnDescription: true,
    });
    if (!picked) return undefined;
    email = picked.address;
  }
  const problem = await people.updateProfile(row.slug, row.name, { email });
  if (problem) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Leadership Prompts: {0}', problem));
    return undefined;
  }
  calendar.rematch();
  return email;
}
