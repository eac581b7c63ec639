/**
 * What the server sends each kind of viewer. The shapes are defined beside the function that builds them
 * (`shared/game/view-types.ts`, from `viewFor`); the wire contract re-exports them.
 */
export type * from '../game/view-types';
