export * from './free-port.js';
export * from './nats-server.js';
export * from './postgres-database.js';
export * from './wait-for.js';
export * from './nats-cluster.js';
export * from './typescript-process.js';
