/** A stop function for something the bench started. */
export type StopTask = () => Promise<void> | void;

/**
 * Remembers everything the bench starts and stops it in reverse order, also after an error.
 * A failing stop is reported and the others still run.
 */
export class CleanupStack {
  private readonly tasks: { label: string; stop: StopTask }[] = [];

  get size(): number {
    return this.tasks.length;
  }

  /** Registers `stop`; the returned function runs it now (once) and forgets it. */
  defer(label: string, stop: StopTask): () => Promise<void> {
    const task = { label, stop };
    this.tasks.push(task);
    return async () => {
      const index = this.tasks.indexOf(task);
      if (index === -1) return;
      this.tasks.splice(index, 1);
      await task.stop();
    };
  }

  /** Stops everything still registered, newest first; resolves the labels that failed to stop. */
  async runAll(): Promise<string[]> {
    const failed: string[] = [];
    while (this.tasks.length > 0) {
      const task = this.tasks.pop();
      if (task === undefined) break;
      try {
        await task.stop();
      } catch (error) {
        failed.push(`${task.label}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    return failed;
  }
}
