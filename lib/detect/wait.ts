/** Polls until probe() returns something, or gives up after timeoutMs and returns null. */
export async function waitFor<T>(probe: () => T | null, timeoutMs = 1500, stepMs = 50): Promise<T | null> {
  const start = Date.now();
  for (;;) {
    const found = probe();
    if (found || Date.now() - start >= timeoutMs) return found;
    await new Promise((resolve) => setTimeout(resolve, stepMs));
  }
}
