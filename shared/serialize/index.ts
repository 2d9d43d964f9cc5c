export { serializeMap } from './serializeMap';
