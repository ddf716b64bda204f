import { createServer, type Server } from 'node:net';

function listen(port = 0): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

const close = (servers: Server[]) =>
  Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));

/** Distinct free ports: every one stays taken until all are chosen, so none is handed out twice. */
export async function freePorts(count: number): Promise<number[]> {
  const servers: Server[] = [];
  for (let i = 0; i < count; i++) servers.push(await listen());
  const ports = servers.map((server) => (server.address() as { port: number }).port);
  await close(servers);
  return ports;
}

/** `count` consecutive free ports (a range to publish one port per replica on), the first returned. */
export async function freePortRange(count: number, attempts = 50): Promise<number> {
  for (let attempt = 0; attempt < attempts; attempt++) {
    const servers = [await listen()];
    const first = (servers[0].address() as { port: number }).port;
    try {
      for (let port = first + 1; port < first + count; port++) servers.push(await listen(port));
      return first;
    } catch {
      // One of the next ports is taken: try another start.
    } finally {
      await close(servers);
    }
  }
  throw new Error(`no ${count} consecutive free ports after ${attempts} attempts`);
}

export async function freePort(): Promise<number> {
  return (await freePorts(1))[0];
}
