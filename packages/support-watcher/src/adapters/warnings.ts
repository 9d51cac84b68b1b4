/** Notes from the adapters about data they could not map cleanly; each is kept once. */
export class Warnings {
  readonly #seen = new Set<string>();
  add(message: string): void {
    this.#seen.add(message);
  }
  list(): string[] {
    return [...this.#seen];
  }
}
