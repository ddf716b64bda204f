import { Module, type DynamicModule, type InjectionToken, type ModuleMetadata } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { EventPublisher } from './event-publisher.js';
import { PropagateRpcErrorsFilter } from './rpc-error.filter.js';
import { MessagingService, type MessagingOptions } from './messaging.service.js';
import { PageBodyCodec } from './page-body-codec.js';

export interface MessagingModuleAsyncOptions {
  imports?: ModuleMetadata['imports'];
  inject?: InjectionToken[];
  useFactory: (...args: never[]) => MessagingOptions | Promise<MessagingOptions>;
}

/** Connects to NATS at start-up, declares the topology, and provides the publisher and body codec. */
@Module({})
export class MessagingModule {
  static forRootAsync(options: MessagingModuleAsyncOptions): DynamicModule {
    return {
      module: MessagingModule,
      global: true,
      imports: options.imports ?? [],
      providers: [
        {
          provide: MessagingService,
          inject: options.inject ?? [],
          useFactory: async (...args: never[]) => MessagingService.connect(await options.useFactory(...args)),
        },
        { provide: EventPublisher, inject: [MessagingService], useFactory: (m: MessagingService) => m.publisher },
        { provide: PageBodyCodec, inject: [MessagingService], useFactory: (m: MessagingService) => m.bodies },
        { provide: APP_FILTER, useClass: PropagateRpcErrorsFilter },
      ],
      exports: [MessagingService, EventPublisher, PageBodyCodec],
    };
  }
}
