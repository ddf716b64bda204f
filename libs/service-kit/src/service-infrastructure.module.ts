import { Controller, Get, Inject, Module, type DynamicModule } from '@nestjs/common';
import { HealthCheck, HealthCheckService, TerminusModule, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Registry } from 'prom-client';
import { MessagingModule, type MessagingOptions } from '@hoinghi/messaging';
import { MetricsModule } from './metrics.module.js';
import { NatsHealthIndicator } from './nats.health.js';

export interface ServiceInfrastructureOptions {
  /** Called when the module starts, so the environment is read then, not at import. */
  messaging: () => Omit<MessagingOptions, 'registry'>;
  /** The service keeps a TypeORM data source whose health `/health` reports too. */
  database?: boolean;
}

const HEALTH_OPTIONS = Symbol('HEALTH_OPTIONS');

@Controller('health')
class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly nats: NatsHealthIndicator,
    private readonly database: TypeOrmHealthIndicator,
    @Inject(HEALTH_OPTIONS) private readonly options: { database: boolean },
  ) {}

  @Get()
  // Documenting it would load @nestjs/swagger (and its dependencies) into every service that has it installed.
  @HealthCheck({ swaggerDocumentation: false })
  check() {
    return this.health.check([
      ...(this.options.database ? [() => this.database.pingCheck('database')] : []),
      () => this.nats.check(),
    ]);
  }
}

/**
 * What every service stands on: the NATS connection and topology (MessagingModule), Prometheus metrics
 * at `/metrics`, and `/health` reporting NATS and its consumers (and the database where there is one).
 */
@Module({})
export class ServiceInfrastructureModule {
  static forRoot(options: ServiceInfrastructureOptions): DynamicModule {
    return {
      module: ServiceInfrastructureModule,
      imports: [
        TerminusModule,
        MetricsModule,
        MessagingModule.forRootAsync({
          imports: [MetricsModule],
          inject: [Registry],
          useFactory: (registry: Registry) => ({ ...options.messaging(), registry }),
        }),
      ],
      controllers: [HealthController],
      providers: [
        NatsHealthIndicator,
        { provide: HEALTH_OPTIONS, useValue: { database: options.database ?? false } },
      ],
      exports: [MetricsModule],
    };
  }
}
