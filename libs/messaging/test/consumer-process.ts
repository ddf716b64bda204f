/**
 * A parser-like consumer process for tests that kill it: a NestJS app with the JetStream transport whose
 * handler takes HANDLE_MS (ignoring its abort signal, like careless code), reporting on stdout as JSON lines.
 */
import 'reflect-metadata';
import { setTimeout as sleep } from 'node:timers/promises';
import { Controller, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Ctx, EventPattern } from '@nestjs/microservices';
import { SUBJECTS } from '@hoinghi/contracts';
import { JetStreamContext, JetStreamServer, MessagingModule, MessagingService } from '../src/index.js';

const env = process.env;
const say = (line: object) => process.stdout.write(`${JSON.stringify(line)}\n`);

@Controller()
class PagesController {
  @EventPattern<string>(SUBJECTS.pageFetchedV1)
  async handle(@Ctx() context: JetStreamContext) {
    const line = { id: context.getEvent().id, deliveryCount: context.getDelivery().deliveryCount };
    say({ event: 'started', ...line });
    await sleep(Number(env.HANDLE_MS ?? 0));
    say({ event: 'handled', ...line });
  }
}

@Module({
  imports: [
    MessagingModule.forRootAsync({
      useFactory: () => ({
        service: 'parser',
        nats: { servers: [env.NATS_URL!], replicas: 1 },
        streams: ['pages', 'deadLetters'],
        consumers: ['parser'],
        consumerOverrides: { parser: { ackWaitMs: Number(env.ACK_WAIT_MS ?? 30_000) } },
      }),
    }),
  ],
  controllers: [PagesController],
})
class ConsumerModule {}

const app = await NestFactory.create(ConsumerModule, { logger: ['error', 'warn'] });
app.enableShutdownHooks();
app.connectMicroservice(
  {
    strategy: new JetStreamServer(app.get(MessagingService), {
      consumers: ['parser'],
      concurrency: Number(env.CONCURRENCY ?? 4),
      shutdownTimeoutMs: env.SHUTDOWN_TIMEOUT_MS ? Number(env.SHUTDOWN_TIMEOUT_MS) : undefined,
    }),
  },
  { inheritAppConfig: true },
);
await app.startAllMicroservices();
await app.init();
say({ event: 'ready' });
