/** Drives the simulator's loopback-only admin routes, so a test can put an instance into a given state. */
export class SimulatorAdmin {
  constructor(readonly baseUrl: string) {}

  async pin(projectId: string, instanceId: string, body: unknown): Promise<void> {
    await this.send('PUT', `/__admin/projects/${projectId}/instances/${instanceId}`, body);
  }

  async unpin(projectId: string, instanceId: string): Promise<void> {
    await this.send('DELETE', `/__admin/projects/${projectId}/instances/${instanceId}`);
  }

  async fault(fault: {
    status: number;
    count: number;
    ids?: string[];
    retryAfterSeconds?: number;
  }): Promise<void> {
    await this.send('POST', '/__admin/faults', fault);
  }

  /** Drops every injected fault that was not used up. */
  async clearFaults(): Promise<void> {
    await this.send('DELETE', '/__admin/faults');
  }

  async stats(): Promise<{ requests: number; byInstance: Record<string, number> }> {
    const response = await fetch(`${this.baseUrl}/__admin/stats`);
    return (await response.json()) as { requests: number; byInstance: Record<string, number> };
  }

  private async send(method: string, path: string, body?: unknown): Promise<void> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (!response.ok)
      throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  }
}
