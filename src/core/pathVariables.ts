/**
 * Expands `~` and `${workspaceFolder}` in a folder setting. Returns undefined when the path
 * needs a workspace folder and none is open, or when it is not absolute after expansion.
 */
export function expandFolderSetting(input: string, env: { home: string; workspaceFolder?: string }): string | undefined {
  let path = input.trim();
  if (!path) return undefined;
  if (path.includes('${workspaceFolder}')) {
    if (!env.workspaceFolder) return undefined;
    path = path.split('${workspaceFolder}').join(env.workspaceFolder);
  }
  if (path === '~' || path.startsWith('~/') || path.startsWith('~\\')) path = env.home + path.slice(1);
  const absolute = path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path) || path.startsWith('\\\\');
  return absolute ? path.replace(/[\\/]+$/, '') || '/' : undefined;
}
