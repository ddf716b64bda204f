import { connect, type ConnectionOptions } from '@nats-io/transport-node';
import pg from 'pg';

/** Checks that NATS (with the services' credentials) and Postgres answer, and says how to start whichever does not. */
export async function preflight(
  nats: ConnectionOptions & { servers: string[] },
  databaseUrl: string,
): Promise<string[]> {
  const problems: string[] = [];
  try {
    const nc = await connect({ ...nats, reconnect: false, timeout: 3_000 });
    await nc.close();
  } catch (error) {
    problems.push(
      `NATS is not reachable at ${nats.servers.join(',')} (${String(error)}).\n` +
        '  Start it with JetStream, e.g.: nats-server -js -sd /var/lib/nats-server   (or set NATS_URL, and NATS_USER and NATS_PASSWORD if it asks for them)',
    );
  }
  const admin = new URL(databaseUrl);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString(), connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
  } catch (error) {
    problems.push(
      `Postgres is not reachable at ${admin.host} (${String(error)}).\n` +
        '  Start it, e.g.: pg_ctlcluster $(ls /etc/postgresql) main start   (or set DATABASE_URL)',
    );
  } finally {
    await client.end().catch(() => {});
  }
  return problems;
}
