import * as vscode from 'vscode';
import { freeName, type FolderEntry } from '../../core/notePlacement';
import { createExclusively } from '../../platform/host';

const MAX_PREVIOUS_BYTES = 1024 * 1024;

/** The files of a folder with their modification times; none when it does not exist or cannot be read. */
export async function listNotes(folder: vscode.Uri): Promise<FolderEntry[]> {
  let entries: [string, vscode.FileType][];
  try {
    entries = await vscode.workspace.fs.readDirectory(folder);
  } catch {
    return [];
  }
  const files = entries.filter(([name, type]) => type & vscode.FileType.File && name.endsWith('.md'));
  return Promise.all(files.map(async ([name]) => {
    const stat = await Promise.resolve(vscode.workspace.fs.stat(vscode.Uri.joinPath(folder, name))).catch(() => undefined);
    return { name, ...(stat ? { mtime: stat.mtime } : {}) };
  }));
}

/** The sub-folders of a folder; none when it does not exist. */
export async function listFolders(folder: vscode.Uri): Promise<string[]> {
  try {
    return (await vscode.workspace.fs.readDirectory(folder)).filter(([, type]) => type & vscode.FileType.Directory).map(([name]) => name);
  } catch {
    return [];
  }
}

/** A note's text (its first megabyte: carry-over needs no more); undefined when it cannot be read. */
export async function readNote(uri: vscode.Uri): Promise<string | undefined> {
  try {
    const bytes = await vscode.workspace.fs.readFile(uri);
    return new TextDecoder('utf-8').decode(bytes.byteLength > MAX_PREVIOUS_BYTES ? bytes.subarray(0, MAX_PREVIOUS_BYTES) : bytes);
  } catch {
    return undefined;
  }
}

/**
 * Writes `text` as a new file `<base>.md` in `folder` (created if needed), or `<base>-2.md` …
 * when the name is taken: an existing note is never overwritten. Each name is claimed with an
 * exclusive create (the host's createExclusively, platform/host.ts), so two commands at the same
 * moment never write the same file: the second moves on to the next free name. In Node that
 * holds across windows too (the operating system's exclusive create, src/nodeHost.ts).
 * Throws when the folder cannot be written.
 */
export async function writeNewNote(folder: vscode.Uri, base: string, text: string): Promise<vscode.Uri> {
  await vscode.workspace.fs.createDirectory(folder);
  const taken = new Set((await vscode.workspace.fs.readDirectory(folder)).map(([name]) => name));
  const bytes = new TextEncoder().encode(text);
  for (let i = 0; i < MAX_NAME_TRIES; i++) {
    const name = freeName(base, taken);
    const uri = vscode.Uri.joinPath(folder, name);
    if (await createExclusively(uri, bytes)) return uri;
    taken.add(name);
  }
  throw new Error(vscode.l10n.t('no free file name for {0} in {1}', base, folder.fsPath));
}

const MAX_NAME_TRIES = 1000;

/** Opens a document in an editor with the cursor where the template's {{cursor}} was, placed as it opens so no keystroke lands elsewhere. */
export async function showNote(document: vscode.TextDocument, cursor: { line: number; character: number } | undefined): Promise<void> {
  const at = cursor ? document.validatePosition(new vscode.Position(cursor.line, cursor.character)) : undefined;
  const editor = await vscode.window.showTextDocument(document, { preview: false, ...(at ? { selection: new vscode.Range(at, at) } : {}) });
  if (at) editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/** An error as a short reason for a message: file-system codes in words, other errors by their message. */
export function errorReason(e: unknown): string {
  if (e instanceof vscode.FileSystemError) {
    const known: Record<string, string> = {
      NoPermissions: vscode.l10n.t('permission denied'),
      FileNotADirectory: vscode.l10n.t('part of the path is a file, not a folder'),
      FileExists: vscode.l10n.t('a file of that name is in the way'),
      Unavailable: vscode.l10n.t('the drive is not available'),
    };
    if (known[e.code]) return known[e.code];
    if (/ENOTDIR/.test(e.message)) return known.FileNotADirectory;
    if (/EACCES|EPERM|EROFS/.test(e.message)) return known.NoPermissions;
  }
  return e instanceof Error ? e.message.replace(/^Error: /, '') : String(e);
}
