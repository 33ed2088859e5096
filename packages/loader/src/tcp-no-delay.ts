// enableTcpNoDelay() before neo4j.driver(...): every Bolt socket this process opens afterwards sends at once.
// neo4j-driver 5 leaves Nagle's algorithm on and writes a Bolt message in 1400-byte chunks, so a query whose
// text and parameters pass 1400 bytes waits for the server's delayed ACK (about 40 ms on Linux) before its
// second chunk leaves (measured: who-met 45 ms instead of 11 ms). The driver has no option for it, so
// TCP_NODELAY is set from node's 'net.client.socket' diagnostics channel, as undici does by default for its own
// sockets. createDriver calls it, so ingest, serve, start and the benches all get it; whoever builds a driver
// another way (a test harness, an embedding application) calls it first.
import diagnostics_channel from 'node:diagnostics_channel';
import type { Socket } from 'node:net';

/** Process-wide, so module copies (jest gives each test file its own registry) install one hook. */
const ENABLED = Symbol.for('news-kg.tcp-no-delay');

function setNoDelay(message: unknown): void {
  (message as { socket?: Socket }).socket?.setNoDelay?.(true);
}

/** Turns on TCP_NODELAY for every TCP client socket this process opens from now on; idempotent. */
export function enableTcpNoDelay(): void {
  const flags = globalThis as { [ENABLED]?: boolean };
  if (flags[ENABLED]) return;
  flags[ENABLED] = true;
  diagnostics_channel.subscribe('net.client.socket', setNoDelay);
}
