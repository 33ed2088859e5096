// neo4j-driver 5 leaves Nagle's algorithm on and sends a Bolt message in 1400-byte chunks, so a query whose
// text and parameters pass 1400 bytes waits for the server's delayed ACK (about 40 ms on Linux) before its
// second chunk leaves: measured 45 ms instead of 11 ms for who-met on the same data. TCP_NODELAY on client
// sockets (undici's default too) removes that wait. Sockets opened before this call keep Nagle: call it
// before the driver connects. The same hook lives in @news-kg/loader (createDriver calls it); the API must not
// depend on the loader at runtime, so it keeps this copy, and both share one process-wide flag.
import diagnostics_channel from 'node:diagnostics_channel';
import type { Socket } from 'node:net';

/** Shared with @news-kg/loader's copy through the global symbol registry. */
const ENABLED = Symbol.for('news-kg.tcp-no-delay');

function onClientSocket(message: unknown): void {
  (message as { socket?: Socket }).socket?.setNoDelay?.(true);
}

/** Turns on TCP_NODELAY for every TCP client socket this process opens from now on; idempotent. */
export function enableTcpNoDelay(): void {
  const flags = globalThis as { [ENABLED]?: boolean };
  if (flags[ENABLED]) return;
  flags[ENABLED] = true;
  diagnostics_channel.subscribe('net.client.socket', onClientSocket);
}
