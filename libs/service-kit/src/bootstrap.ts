import type { INestApplication, Type as ClassType } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { JetStreamServer, MessagingService, type JetStreamServerOptions } from '@hoinghi/messaging';
import { createLogger, PinoNestLogger } from './logger.js';

export interface ServiceBootstrap {
  name: string;
  module: ClassType;
  host: string;
  port: number;
  /** Durable consumers this service handles messages from, if any. */
  consumers?: JetStreamServerOptions;
  configure?: (app: INestApplication) => void | Promise<void>;
}

/**
 * Starts a service: HTTP (health, metrics, API) plus the JetStream transport, graceful shutdown on SIGTERM.
 * A dependency that cannot be reached at boot ends the process with one clear line, not a stack trace.
 */
export async function runService(options: ServiceBootstrap): Promise<INestApplication> {
  const logger = createLogger(options.name);
  try {
    const app = await NestFactory.create(options.module, {
      logger: new PinoNestLogger(logger),
      abortOnError: false,
    });
    app.enableShutdownHooks();
    await options.configure?.(app);
    if (options.consumers) {
      app.connectMicroservice(
        { strategy: new JetStreamServer(app.get(MessagingService), options.consumers) },
        { inheritAppConfig: true },
      );
      await app.startAllMicroservices();
    }
    await app.listen(options.port, options.host);
    logger.info({ url: `http://${options.host}:${options.port}` }, `${options.name} ready`);
    return app;
  } catch (error) {
    logger.fatal(
      `${options.name} could not start: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(1);
  }
}
