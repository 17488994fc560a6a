/** Helpers for tests that start the real command line as a process. */
import net from 'node:net';
import path from 'node:path';

export const BIN = path.resolve('bin/expertisepunt.js');

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

/** Waits until GET /readyz answers 200 (at most a minute). */
export async function waitForReady(base: string): Promise<void> {
  for (let i = 0; i < 600; i++) {
    const status = await fetch(`${base}/readyz`).then((r) => r.status, () => 0);
    if (status === 200) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${base} never became ready`);
}
