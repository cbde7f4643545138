import * as vscode from 'vscode';
import { commitShare, commitSituation, type CommitInfo, type CommitShare } from '../../core/contextSignals';
import type { Situation } from '../../core/contextRanking';
import { DisposableStore } from '../../platform/disposableStore';

// The slice of the built-in Git extension's API (extension 'vscode.git', getAPI(1)) used here.
interface GitRepository {
  rootUri: vscode.Uri;
  state: { onDidChange: vscode.Event<void> };
  log(options?: { maxEntries?: number }): Promise<CommitInfo[]>;
  getConfig(key: string): Promise<string>;
  getGlobalConfig(key: string): Promise<string>;
}
interface GitApi {
  repositories: GitRepository[];
  onDidOpenRepository: vscode.Event<GitRepository>;
}

const MIN_INTERVAL_MS = 2 * 60_000;

/**
 * This week's share of commits you authored in the open repositories, read through the
 * built-in Git extension when it is already active (never activated for us). Refreshed in the
 * background, at most every two minutes; `situation()` only returns the cached answer.
 */
export class GitActivity implements vscode.Disposable {
  private shares: CommitShare[] = [];
  private lastRun = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly disposables = new DisposableStore();
  private watched = new Set<GitRepository>();

  constructor(private readonly weekStart: () => Date, private readonly onChange: () => void, private readonly log: vscode.LogOutputChannel) {}

  situation(): Situation | undefined {
    this.schedule(this.lastRun === 0 ? 5_000 : MIN_INTERVAL_MS);
    return commitSituation(this.shares, vscode.l10n);
  }

  private api(): GitApi | undefined {
    const ext = vscode.extensions.getExtension<{ getAPI(version: 1): GitApi }>('vscode.git');
    try {
      return ext?.isActive ? ext.exports.getAPI(1) : undefined;
    } catch {
      return undefined;
    }
  }

  private schedule(delay: number): void {
    if (this.timer) return;
    const wait = Math.max(0, this.lastRun + delay - Date.now());
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.refresh();
    }, this.lastRun === 0 ? delay : wait);
  }

  private async refresh(): Promise<void> {
    this.lastRun = Date.now();
    const git = this.api();
    if (!git) return;
    const since = this.weekStart();
    const shares: CommitShare[] = [];
    for (const repo of git.repositories) {
      if (!this.watched.has(repo)) {
        this.watched.add(repo);
        this.disposables.addAll(repo.state.onDidChange(() => this.schedule(MIN_INTERVAL_MS)));
      }
      try {
        const email = (await repo.getConfig('user.email').catch(() => '')) || (await repo.getGlobalConfig('user.email').catch(() => ''));
        const name = (await repo.getConfig('user.name').catch(() => '')) || (await repo.getGlobalConfig('user.name').catch(() => ''));
        const commits = await repo.log({ maxEntries: 300 });
        shares.push(commitShare(repo.rootUri.path.split('/').pop() || vscode.l10n.t('this repository'), commits, { email: email || undefined, name: name || undefined }, since));
      } catch (e) {
        this.log.debug?.(`Git activity: could not read ${repo.rootUri.fsPath}: ${e}`);
      }
    }
    const before = JSON.stringify(commitSituation(this.shares, vscode.l10n));
    this.shares = shares;
    if (JSON.stringify(commitSituation(shares, vscode.l10n)) !== before) this.onChange();
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.disposables.dispose();
  }
}
