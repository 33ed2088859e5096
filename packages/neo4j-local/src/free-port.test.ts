import * as net from 'node:net';
import { findFreePort, isPortFree } from './free-port';

test('findFreePort gives a port that is free, and isPortFree sees it taken while something listens', async () => {
  const port = await findFreePort();
  expect(port).toBeGreaterThan(0);
  expect(await isPortFree(port)).toBe(true);
  const server = net.createServer();
  await new Promise<void>(resolve => server.listen(port, '127.0.0.1', resolve));
  try {
    expect(await isPortFree(port)).toBe(false);
  } finally {
    await new Promise(resolve => server.close(resolve));
  }
});
