import type * as vscode from 'vscode';

/**
 * Holds disposables and disposes them together, last added first, once (modelled on VS Code's
 * own DisposableStore in src/vs/base/common/lifecycle.ts). One disposal that throws does not
 * keep the others from running.
 */
export class DisposableStore implements vscode.Disposable {
  private readonly items = new Set<vscode.Disposable>();
  private disposed = false;

  add<T extends vscode.Disposable>(item: T): T {
    if (this.disposed) item.dispose();
    else this.items.add(item);
    return item;
  }

  addAll(...items: vscode.Disposable[]): void {
    for (const item of items) this.add(item);
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    const errors: unknown[] = [];
    for (const item of [...this.items].reverse()) {
      try {
        item.dispose();
      } catch (e) {
        errors.push(e);
      }
    }
    this.items.clear();
    if (errors.length === 1) throw errors[0];
    if (errors.length > 1) throw new AggregateError(errors, 'Several disposables failed to dispose');
  }
}
