/**
 * Ctrl-C (SIGINT) or SIGTERM during a long write asks it to stop at the next safe point rather than
 * mid-way: the first signal aborts the returned signal and says so; a second one exits at once, which is
 * also safe (every step commits whole, and the next run completes what is left) but leaves work for it.
 */
export function stopOnSignal(what: string): { readonly signal: AbortSignal; readonly received: () => NodeJS.Signals | null; dispose(): void } {
  const controller = new AbortController();
  let received: NodeJS.Signals | null = null;
  const handle = (name: NodeJS.Signals): void => {
    if (received !== null) process.exit(exitCodeForSignal(name));
    received = name;
    controller.abort();
    process.stderr.write(`dossier: ${name}: ${what}; send it again to stop at once\n`);
  };
  process.on('SIGINT', handle);
  process.on('SIGTERM', handle);
  return {
    signal: controller.signal,
    received: () => received,
    dispose() {
      process.off('SIGINT', handle);
      process.off('SIGTERM', handle);
    },
  };
}

/** The shell's convention: 128 + the signal's number (130 for SIGINT, 143 for SIGTERM). */
export const exitCodeForSignal = (name: NodeJS.Signals): number => (name === 'SIGINT' ? 130 : 143);
