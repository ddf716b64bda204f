export * from './environment.js';
export * from './logger.js';
export * from './metrics.module.js';
export * from './nats.health.js';
export * from './bootstrap.js';
export * from './service-infrastructure.module.js';
