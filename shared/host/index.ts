export type * from './host';
