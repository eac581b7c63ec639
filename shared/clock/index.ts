/** Public API of clock synchronisation (flash-and-sync.md, "Clock offset"). */
export {
  DEFAULT_KEEP,
  estimateOffset,
  isValidSample,
  measureSample,
  type ClockEstimate,
  type ClockSample,
} from './estimate';
export { ClockSync, type ClockSyncOptions } from './clock-sync';
