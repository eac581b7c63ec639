/**
 * The Socket.IO server: WebSocket first, small `maxHttpBufferSize` (images go over HTTP, so an
 * oversized packet closes the socket), the Origin checked in `allowRequest`, identity taken only
 * from `socket.handshake.auth`, and every connection attached to its room.
 */
import type { IncomingMessage, Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import type { Clock, Connection, Logger } from '../rooms/ports';
import type { RoomRegistry } from '../rooms/registry';
import { createLimiters, registerHandlers, type HandlerLimits } from './handlers';
import type { GlimpseServer, GlimpseSocket } from './types';

/** Options of the socket server. */
export interface SocketServerOptions {
  registry: RoomRegistry;
  clock: Clock;
  logger: Logger;
  /** Extra browser origins allowed besides the server's own (e.g. a dev server). */
  allowedOrigins: readonly string[];
  /** Largest accepted packet, bytes. */
  maxHttpBufferSize?: number;
  /** Engine heartbeat interval; each heartbeat also measures the round trip. */
  pingIntervalMs?: number;
  limits?: Partial<HandlerLimits>;
}

/**
 * True when a browser's `Origin` may open a socket: missing (non-browser clients like the bots),
 * the server's own origin (Origin host equals the Host header), or listed in `allowed`.
 */
export function originAllowed(req: Pick<IncomingMessage, 'headers'>, allowed: readonly string[]): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  if (allowed.includes(origin)) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

/** Creates the Socket.IO server on `httpServer`. */
export function createSocketServer(httpServer: HttpServer, options: SocketServerOptions): GlimpseServer {
  const { registry, clock, logger } = options;
  const io: GlimpseServer = new Server(httpServer, {
    maxHttpBufferSize: options.maxHttpBufferSize ?? 16 * 1024,
    transports: ['websocket', 'polling'],
    serveClient: false,
    pingInterval: options.pingIntervalMs ?? 5_000,
    pingTimeout: 20_000,
    allowRequest: (req, callback) => {
      const ok = originAllowed(req, options.allowedOrigins);
      callback(ok ? null : 'origin not allowed', ok);
    },
  });

  const limiters = createLimiters(options.limits);

  io.use((socket, next) => {
    const session = registry.authenticate(socket.handshake.auth);
    if (typeof session === 'string') {
      const error = new Error(session) as Error & { data?: unknown };
      error.data = { code: session };
      return next(error);
    }
    socket.data.session = session;
    next();
  });

  io.on('connection', (socket) => {
    const { room, viewer } = socket.data.session;
    const rtt = measureRoundTrips(socket, clock);
    const conn: Connection = {
      id: socket.id,
      viewer,
      sendView: (view) => socket.emit('view', view),
      sendAnalytics: (data) => socket.emit('host:analytics', data),
      endSession: (reason) => {
        socket.emit('session:ended', { reason });
        socket.disconnect(true);
      },
      rttMs: rtt,
    };
    registerHandlers(socket, { clock, logger, limiters });
    socket.on('disconnect', () => room.detach(conn));
    if (room.disposed) {
      socket.disconnect(true);
      return;
    }
    room.attach(conn);
  });

  return io;
}

/**
 * Measures the round trip with the engine's own heartbeat: the time from sending a `ping` packet to
 * receiving its `pong`. Server-measured, so a device cannot inflate it to excuse an impossible claim.
 */
function measureRoundTrips(socket: GlimpseSocket, clock: Clock): () => number | null {
  let sentAt: number | null = null;
  let latest: number | null = null;
  socket.conn.on('packetCreate', (packet: { type: string }) => {
    if (packet.type === 'ping') sentAt = clock();
  });
  socket.conn.on('packet', (packet: { type: string }) => {
    if (packet.type === 'pong' && sentAt !== null) {
      latest = clock() - sentAt;
      sentAt = null;
    }
  });
  return () => latest;
}
