/** Public API of clock synchronisation (docs/flash-and-sync.md, "Clock sync"). */
export {
  DEFAULT_KEEP,
  estimateOffset,
  isValidSample,
  measureSample,
  type ClockEstimate,
  type ClockSample,
} from './estimate';
export { ClockSync, type ClockSyncOptions } from './clock-sync';
