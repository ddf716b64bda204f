export * from './free-port.js';
export * from './nats-server.js';
export * from './postgres-database.js';
export * from './wait-for.js';
