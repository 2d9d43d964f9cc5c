/**
 * Three-way merge of journey maps by record id, for git's merge driver: both sides'
 * independent changes land, true conflicts keep both versions in a valid map (see
 * `shared/model/conflict.ts`).
 */
export { mergeMaps, type MergeResult } from './mergeMaps';
export { describeConflict } from './describeConflict';
