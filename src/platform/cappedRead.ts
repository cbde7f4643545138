import * as vscode from 'vscode';

/** A text file read whole, unless it is larger than asked for or cannot be read. */
export type CappedRead =
  | { text: string }
  | { tooLarge: number }
  | { missing: true }
  | { unreadable: true };

/**
 * A file's text (UTF-8) through `workspace.fs`, its size checked first so that a file over
 * `maxBytes` is never read: `tooLarge` gives its size in bytes.
 */
export async function readCapped(uri: vscode.Uri, maxBytes: number): Promise<CappedRead> {
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    if (stat.size > maxBytes) return { tooLarge: stat.size };
    return { text: new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri)) };
  } catch (e) {
    return e instanceof vscode.FileSystemError && e.code === 'FileNotFound' ? { missing: true } : { unreadable: true };
  }
}
