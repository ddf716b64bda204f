export * from './service-processes.js';
export * from './preflight.js';
export * from './progress.js';
