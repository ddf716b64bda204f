#!/usr/bin/env node
// Serves the demo site until SIGINT/SIGTERM:
//   node tools/demo-site/dist/cli.js [--port 8080] [--host 0.0.0.0] [--scale 1] [--public-url URL]
//   [--manifest FILE]
// or DEMO_SITE_PORT, DEMO_SITE_HOST, DEMO_SITE_SCALE, DEMO_SITE_PUBLIC_URL in the environment.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { startDemoSite } from './server.js';

const USAGE = 'usage: demo-site [--port N] [--host H] [--scale N] [--public-url URL] [--manifest FILE]';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      // Flags win; the environment (as a compose file sets it) comes next.
      port: { type: 'string', default: process.env.DEMO_SITE_PORT ?? '8080' },
      host: { type: 'string', default: process.env.DEMO_SITE_HOST ?? '127.0.0.1' },
      scale: { type: 'string', default: process.env.DEMO_SITE_SCALE ?? '1' },
      'public-url': { type: 'string', default: process.env.DEMO_SITE_PUBLIC_URL },
      manifest: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const port = Number(values.port);
  const scale = Number(values.scale);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`bad --port ${values.port}\n${USAGE}`);
  if (!Number.isInteger(scale) || scale < 1) throw new Error(`bad --scale ${values.scale}\n${USAGE}`);

  const site = await startDemoSite({ port, host: values.host, scale, publicUrl: values['public-url'] });
  if (values.manifest) writeFileSync(values.manifest, `${JSON.stringify(site.manifest, null, 2)}\n`);
  const { articles } = site.manifest;
  console.log(`demo site: ${site.url} (${articles.length} articles, scale ${scale})`);

  let closing = false;
  const stop = (signal: string) => {
    if (closing) return;
    closing = true;
    console.log(`demo site: ${signal}, closing`);
    site.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
