import * as vscode from 'vscode';
import type { ContentSource } from '../../platform/contentSource';
import { libraryModule } from '../../platform/lazyModules';

export const TIP_SCHEME = 'leadership-tip';

export function tipUri(id: string): vscode.Uri {
  return vscode.Uri.from({ scheme: TIP_SCHEME, path: `/${id}.md` });
}

/** Read-only Markdown documents for tips, so chat references and links open a real document. */
export function registerTipDocuments(content: ContentSource): vscode.Disposable {
  return vscode.workspace.registerTextDocumentContentProvider(TIP_SCHEME, {
    provideTextDocumentContent(uri) {
      const id = uri.path.replace(/^\//, '').replace(/\.md$/, '');
      const tip = content.current().get(id);
      return tip
        ? libraryModule().tipAsMarkdown(tip, vscode.l10n)
        : `# ${vscode.l10n.t('Tip not found')}\n\n${vscode.l10n.t('There is no tip with the id {0} in the library.', `\`${id}\``)}`;
    },
  });
}
