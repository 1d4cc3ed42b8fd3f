import { afterEach, describe, expect, test, vi } from 'vitest';

class FakeWorker {
  static made: FakeWorker[] = [];
  onerror: ((e: { message: string; preventDefault(): void }) => void) | null = null;
  terminated = false;
  constructor(readonly url: URL | string) {
    FakeWorker.made.push(this);
  }
  terminate(): void {
    this.terminated = true;
  }
  fail(message: string): void {
    this.onerror?.({ message, preventDefault: () => undefined });
  }
}

async function fresh(): Promise<typeof import('./workerSpawn')> {
  vi.resetModules();
  FakeWorker.made = [];
  vi.stubGlobal('Worker', FakeWorker);
  return import('./workerSpawn');
}

afterEach(() => void vi.unstubAllGlobals());

describe('the worker started early', () => {
  test('the first transport takes the worker the entry started; later ones (restarts) get new workers', async () => {
    const w = await fresh();
    w.startWorkerEarly();
    w.startWorkerEarly();
    expect(FakeWorker.made).toHaveLength(1);
    const first = w.takeWorker();
    expect(first).toBe(FakeWorker.made[0]);
    const second = w.takeWorker();
    expect(FakeWorker.made).toHaveLength(2);
    expect(second).toBe(FakeWorker.made[1]);
  });

  test('a worker whose script failed before it was taken is terminated and replaced', async () => {
    const w = await fresh();
    w.startWorkerEarly();
    const early = FakeWorker.made[0] as FakeWorker;
    early.fail('script error');
    const taken = w.takeWorker();
    expect(early.terminated).toBe(true);
    expect(taken).toBe(FakeWorker.made[1]);
    expect(FakeWorker.made).toHaveLength(2);
  });

  test('the taken worker carries no early error handler (the transport sets its own)', async () => {
    const w = await fresh();
    w.startWorkerEarly();
    const taken = w.takeWorker() as unknown as FakeWorker;
    expect(taken.onerror).toBeNull();
  });

  test('without Worker support there is nothing to take, and the client runs in this thread', async () => {
    const w = await fresh();
    vi.stubGlobal('Worker', undefined);
    w.startWorkerEarly();
    expect(w.takeWorker()).toBeNull();
  });
});
