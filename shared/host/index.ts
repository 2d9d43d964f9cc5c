export * from './host';
export * from './preferences';
