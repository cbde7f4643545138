// Long work cut into slices for the extension host: between two slices of about `budgetMs` the
// caller's `yieldToHost` is awaited (nextTurn in the extension, setImmediate in the bench), so
// other extensions and the editor get their turn.

/** The part of a MessagePort that Node and web workers share (Node's type declares only its event-emitter side). */
interface Port {
  onmessage: (() => void) | null;
  postMessage(message: undefined): void;
  close(): void;
}

/**
 * The extension's way to give the host its turn, in Node and web workers alike: a message to
 * itself, which the event loop delivers after a turn (due timers and I/O first) and no later.
 * A 0 ms timer would wait at least 1 ms in Node: the thirty slices of a 10,000-tip pack's index
 * spent about 25 ms that way (npm run bench).
 */
export const nextTurn = (): Promise<void> => new Promise<void>((resolve) => {
  const { port1, port2 } = new MessageChannel() as unknown as { port1: Port; port2: Port };
  port1.onmessage = () => {
    port1.close();
    resolve();
  };
  port2.postMessage(undefined);
});

export interface HostSlicing {
  /** Awaited between slices: gives the host its turn. */
  yieldToHost: () => Promise<void>;
  /** Work between two yields, in milliseconds (default 20). */
  budgetMs?: number;
  /** Milliseconds from some origin; `performance.now` unless a test passes its own. */
  elapsed?: () => number;
}

/**
 * 20 ms: a slice overruns its budget by the last piece of work before the clock is read (a parse
 * chunk, a few recurrence steps; 10-15 ms when the code is still cold, more on a busy machine),
 * and the host must not be kept busy more than 50 ms at a time.
 */
export const DEFAULT_BUDGET_MS = 20;

export class Slicer {
  private sliceStart: number;
  private readonly yieldToHost: () => Promise<void>;
  private readonly budgetMs: number;
  private readonly elapsed: () => number;

  constructor(slicing: HostSlicing) {
    this.yieldToHost = slicing.yieldToHost;
    this.budgetMs = slicing.budgetMs ?? DEFAULT_BUDGET_MS;
    this.elapsed = slicing.elapsed ?? (() => performance.now());
    this.sliceStart = this.elapsed();
  }

  /** Whether this slice has used its budget. */
  get due(): boolean {
    return this.elapsed() - this.sliceStart >= this.budgetMs;
  }

  async pause(): Promise<void> {
    await this.yieldToHost();
    this.sliceStart = this.elapsed();
  }

  async maybePause(): Promise<void> {
    if (this.due) await this.pause();
  }
}

/** Work written as a generator that yields wherever it may pause, run to its end at once. */
export function runAtOnce<T>(steps: Generator<void, T, void>): T {
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/**
 * The same work run a slice at a time: the host gets its turn first (so that the slice that came
 * before does not run on into this one), then `start` begins the work, which gets a turn
 * whenever a slice has used its budget. The clock is read at each yield; a promise is made only
 * to pause.
 */
export async function runSliced<T>(start: () => Generator<void, T, void>, slicing: HostSlicing): Promise<T> {
  const slicer = new Slicer(slicing);
  await slicer.pause();
  const steps = start();
  let step = steps.next();
  while (!step.done) {
    if (slicer.due) await slicer.pause();
    step = steps.next();
  }
  return step.value;
}
