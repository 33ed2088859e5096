import * as net from 'node:net';
import { tryBoltHandshake, waitForBolt } from './bolt-handshake';
import { findFreePort } from './free-port';

// A TCP server that answers the 20-byte Bolt handshake with a fixed 4-byte version.
async function startFakeBolt(
  reply: number[],
): Promise<{ port: number; received: Buffer[]; close(): Promise<void> }> {
  const received: Buffer[] = [];
  const server = net.createServer(socket => {
    socket.once('data', data => {
      received.push(data);
      socket.end(Buffer.from(reply));
    });
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as net.AddressInfo;
  return { port: address.port, received, close: () => new Promise(r => server.close(() => r())) };
}

describe('Bolt handshake', () => {
  test('sends the magic preamble and accepts an agreed version', async () => {
    const bolt = await startFakeBolt([0, 0, 4, 5]);
    try {
      expect(await tryBoltHandshake(bolt.port)).toBe(true);
      expect(bolt.received[0]?.subarray(0, 4)).toEqual(Buffer.from([0x60, 0x60, 0xb0, 0x17]));
      expect(bolt.received[0]?.length).toBe(20);
    } finally {
      await bolt.close();
    }
  });

  test('a server that agrees no version is not ready', async () => {
    const bolt = await startFakeBolt([0, 0, 0, 0]);
    try {
      expect(await tryBoltHandshake(bolt.port)).toBe(false);
    } finally {
      await bolt.close();
    }
  });

  test('a closed port is not ready, and waitForBolt gives up naming the port', async () => {
    const port = await findFreePort();
    expect(await tryBoltHandshake(port)).toBe(false);
    await expect(waitForBolt(port, { timeoutMs: 300 })).rejects.toThrow(
      `Bolt on 127.0.0.1:${port} did not answer`,
    );
  });
});
