import * as net from 'node:net';
import { enableTcpNoDelay } from './tcp-no-delay';

// Counts setNoDelay(true) calls on one client socket. Other test files of the same jest process may have
// installed their own copy of the hook (jest gives each file its own module registry, but
// diagnostics_channel is process-wide), so the test compares counts instead of expecting exactly one.
async function noDelayCallsOnNewClient(port: number): Promise<number> {
  const setNoDelay = jest.spyOn(net.Socket.prototype, 'setNoDelay');
  try {
    const client = net.connect(port, '127.0.0.1');
    await new Promise<void>(resolve => client.once('close', () => resolve()).resume());
    return setNoDelay.mock.calls.filter(([on], i) => on === true && setNoDelay.mock.contexts[i] === client)
      .length;
  } finally {
    setNoDelay.mockRestore();
  }
}

describe('enableTcpNoDelay', () => {
  it('turns on TCP_NODELAY for client sockets opened afterwards, and a second call adds nothing', async () => {
    const server = net.createServer(socket => socket.end());
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as net.AddressInfo;
      enableTcpNoDelay();
      const afterFirstCall = await noDelayCallsOnNewClient(port);
      enableTcpNoDelay();
      const afterSecondCall = await noDelayCallsOnNewClient(port);
      expect(afterFirstCall).toBeGreaterThanOrEqual(1);
      expect(afterSecondCall).toBe(afterFirstCall);
    } finally {
      await new Promise<void>(resolve => server.close(() => resolve()));
    }
  });
});
