import * as vscode from 'vscode';
import { localDate } from '../../core/calendar';
import type { CalendarMeeting } from '../../core/calendarWindow';
import type { People } from '../../services/people/people';

/** What a meeting is called in messages: "1:1 with Sam", or the retro's own title. */
export function meetingName(meeting: Pick<CalendarMeeting, 'kind' | 'person' | 'title'>, people: People): string {
  if (meeting.kind === 'one-on-one' && meeting.person) {
    const row = people.rows().find((r) => r.slug === meeting.person);
    return vscode.l10n.t('1:1 with {0}', row?.name ?? meeting.person);
  }
  return meeting.title || vscode.l10n.t('Retro');
}

async function namesIn(folder: vscode.Uri): Promise<string[]> {
  try {
    return (await vscode.workspace.fs.readDirectory(folder)).filter(([, t]) => t & vscode.FileType.File).map(([n]) => n);
  } catch {
    return [];
  }
}

/**
 * The agenda of a calendar meeting: the one already written for its day (in the person's
 * folder, or among the retros), else a new one through newOneOnOne / newRetro, dated the
 * meeting's local day, with the usual carry-over. Undefined when the 1:1's person is not known.
 */
export async function prepareMeeting(meeting: CalendarMeeting, people: People, open: boolean): Promise<vscode.Uri | undefined> {
  const date = localDate(meeting.start);
  let existing: vscode.Uri | undefined;
  if (meeting.kind === 'one-on-one') {
    const row = people.rows().find((r) => r.slug === meeting.person);
    if (!row) return undefined;
    const folder = people.personFolder(row.slug);
    if (folder) {
      const same = new RegExp(`^${date}(?:-\\d+)?\\.md$`);
      const name = (await namesIn(folder)).filter((n) => same.test(n)).sort((a, b) => a.length - b.length || a.localeCompare(b))[0];
      if (name) existing = vscode.Uri.joinPath(folder, name);
    }
    if (!existing) {
      const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>('leadershipPrompts.newOneOnOne', { person: row.name, date, open });
      await people.refresh();
      return uri;
    }
  } else {
    const root = people.notesRoot();
    if (root) {
      const folder = vscode.Uri.joinPath(root, 'retros');
      const name = (await namesIn(folder)).filter((n) => n.startsWith(`${date}-`) && n.endsWith('.md')).sort()[0];
      if (name) existing = vscode.Uri.joinPath(folder, name);
    }
    if (!existing) return vscode.commands.executeCommand<vscode.Uri | undefined>('leadershipPrompts.newRetro', { date, open });
  }
  if (open) await vscode.window.showTextDocument(existing, { preview: false });
  return existing;
}
