import * as vscode from 'vscode';
import { localDate } from '../../core/calendar';
import { tipAsMarkdown, tipCard } from '../../core/tipCards';
import { pickTipOfTheDay } from '../../core/tipOfTheDay';
import type { ContentSource } from '../../services/library/contentSource';
import type { TipMarks } from '../../platform/tipMarks';
import type { TipLibrary } from '../../core/tipLibrary';
import { TIP_SCHEME, type CommandName, type LIBRARY_COMMAND_IDS } from '../../shared/ids';
import type { LibraryViewProvider, TipActions } from './libraryViewProvider';

interface Deps {
  log: vscode.LogOutputChannel;
  content: ContentSource;
  marks: TipMarks;
  view: () => LibraryViewProvider;
  now?: () => Date;
}

function argObject(arg: unknown): Record<string, unknown> {
  return typeof arg === 'object' && arg !== null ? (arg as Record<string, unknown>) : {};
}

/** Copy / insert / preview a tip: the actions of the tip detail, shared by the view and commands. */
export function tipActions(content: ContentSource): TipActions {
  const markdownOf = async (id: string) => {
    const tip = (await content.ready()).get(id);
    return tip ? tipAsMarkdown(tip, vscode.l10n) : undefined;
  };
  return {
    async copy(id) {
      const md = await markdownOf(id);
      if (!md) return;
      await vscode.env.clipboard.writeText(md);
      vscode.window.setStatusBarMessage(vscode.l10n.t('$(copy) Tip copied as Markdown'), 2500);
    },
    async insert(id) {
      const md = await markdownOf(id);
      const editor = vscode.window.activeTextEditor ?? vscode.window.visibleTextEditors[0];
      if (!md) return;
      if (!editor) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Open a file to insert the tip into, then try again.'));
        return;
      }
      await editor.edit((e) => e.replace(editor.selection, md));
    },
    async preview(id) {
      if (!(await markdownOf(id))) return;
      // The read-only tip document (as chat references open it): no Untitled buffer left asking to be saved.
      await vscode.commands.executeCommand('markdown.showPreview', vscode.Uri.from({ scheme: TIP_SCHEME, path: `/${id}.md` }));
    },
  };
}

/** The library's commands by name (each is `leadershipPrompts.<name>`, see shared/ids.ts). */
export type LibraryCommandName = CommandName<(typeof LIBRARY_COMMAND_IDS)[number]>;
export type LibraryCommands = Record<LibraryCommandName, (arg?: unknown) => unknown>;

export function libraryCommands({ log, content, marks, view, now = () => new Date() }: Deps): LibraryCommands {
  return {
    openLibrary: () => view().showView('home'),
    showFavourites: () => view().showView('favourites'),

    showTip: async (arg?: unknown) => {
      const id = argObject(arg).id;
      if (typeof id !== 'string' || !id) {
        void vscode.window.showWarningMessage(vscode.l10n.t('Leadership Prompts: showTip needs a tip id, for example {0}.', '{ "id": "zoom-in-zoom-out" }'));
        return;
      }
      if (!(await view().showTip(id))) {
        log.warn(`showTip: there is no tip with the id "${id}"`);
        void vscode.window.showWarningMessage(vscode.l10n.t('Leadership Prompts: there is no tip with the id "{0}".', id));
      }
    },

    tipOfTheDay: async () => {
      const library = await content.ready();
      const pick = pickTipOfTheDay(library.tips.map((t) => t.id), localDate(now()), marks.tipOfTheDay());
      if (!pick) return undefined;
      await marks.setTipOfTheDay(pick);
      await view().showTip(pick.id, { tipOfTheDay: true });
      return pick.id;
    },

    searchTips: (arg?: unknown) => {
      const initial = argObject(arg).query;
      if (initial !== undefined && typeof initial !== 'string') {
        void vscode.window.showWarningMessage(vscode.l10n.t('Leadership Prompts: searchTips takes the query as text, for example {0}.', '{ "query": "delegation" }'));
        return undefined;
      }
      return content.searchable().then((library) => searchQuickPick(library, initial ?? '', (id) => view().showTip(id)));
    },

    // Internal (not contributed, so not in the palette): lets tests and bug reports see whether
    // the view is up, and lets tests send it messages through the same path as the view.
    _viewState: () => view().viewState(),
    _deliverViewMessage: (message?: unknown) => view().deliver(message),
  };
}

/** The Quick Pick search: the same engine as the sidebar and api.listTips({ query }). Resolves to the chosen id. */
function searchQuickPick(library: TipLibrary, initial: string, show: (id: string) => Promise<boolean>): Promise<string | undefined> {
  type Item = vscode.QuickPickItem & { id: string };
  const qp = vscode.window.createQuickPick<Item>();
  qp.title = vscode.l10n.t('Search Leadership Tips');
  qp.placeholder = vscode.l10n.t('Type to search titles, tags and text — e.g. delegation, feedback, 1:1');
  qp.matchOnDescription = false;
  qp.matchOnDetail = false;
  const categoryTitle = (id: string) => library.category(id)?.title ?? id;
  const update = () => {
    const q = qp.value.trim();
    const tips = q ? library.search(q, 30).map((h) => ({ tip: h.tip, terms: h.terms })) : library.tips.map((tip) => ({ tip, terms: [] as string[] }));
    qp.items = tips.map(({ tip, terms }) => ({ id: tip.id, label: tip.title, description: categoryTitle(tip.category), detail: tipCard(tip, terms).excerpt, alwaysShow: true }));
  };
  qp.value = initial;
  update();
  return new Promise((resolve) => {
    let chosen: string | undefined;
    qp.onDidChangeValue(update);
    qp.onDidAccept(() => {
      chosen = qp.selectedItems[0]?.id ?? qp.activeItems[0]?.id;
      qp.hide();
    });
    qp.onDidHide(() => {
      qp.dispose();
      if (chosen) void show(chosen).then(() => resolve(chosen));
      else resolve(undefined);
    });
    qp.show();
  });
}
