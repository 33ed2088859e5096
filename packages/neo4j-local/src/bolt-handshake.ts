// 127.0.0.1:7687 -> true once a Bolt server answers the handshake (magic 0x6060B017 + versions) with a version.
import * as net from 'node:net';

const BOLT_MAGIC = [0x60, 0x60, 0xb0, 0x17];
// Bolt 5.4 down to 5.0 (one range: 00 04 04 05), then 4.4, then two empty proposals.
const PROPOSALS = [0x00, 0x04, 0x04, 0x05, 0x00, 0x00, 0x04, 0x04, 0, 0, 0, 0, 0, 0, 0, 0];

/** Resolves true when the Bolt server on host:port agrees a protocol version, false otherwise. */
export function tryBoltHandshake(port: number, host = '127.0.0.1', timeoutMs = 2000): Promise<boolean> {
  return new Promise(resolve => {
    const socket = net.connect({ port, host });
    const finish = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => finish(false));
    socket.once('error', () => finish(false));
    socket.once('connect', () => socket.write(Buffer.from([...BOLT_MAGIC, ...PROPOSALS])));
    socket.once('data', reply => finish(reply.length >= 4 && reply.readUInt32BE(0) !== 0));
  });
}

/** Polls the handshake until it succeeds; throws after timeoutMs naming the port. */
export async function waitForBolt(
  port: number,
  { host = '127.0.0.1', timeoutMs = 60_000 } = {},
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await tryBoltHandshake(port, host))) {
    if (Date.now() > deadline) {
      throw new Error(`Bolt on ${host}:${port} did not answer within ${timeoutMs} ms`);
    }
    await new Promise(r => setTimeout(r, 250));
  }
}
