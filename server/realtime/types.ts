/**
 * The typed Socket.IO server and socket, in one place: both the socket server (which creates them)
 * and the handler wrapper (which registers events on them) import from here, never from each other.
 */
import type { Server, Socket } from 'socket.io';
import type { ClientToServerEvents, ServerToClientEvents } from '../../shared/protocol';
import type { Session } from '../rooms/registry';

/** Per-socket data. */
export interface SocketData {
  session: Session;
}

/** The typed server. */
export type GlimpseServer = Server<
  ClientToServerEvents,
  ServerToClientEvents,
  Record<string, never>,
  SocketData
>;

/** A typed server-side socket. */
export type GlimpseSocket = Socket<
  ClientToServerEvents,
  ServerToClientEvents,
  Record<string, never>,
  SocketData
>;
