import * as net from 'node:net';
import { enableTcpNoDelay } from './tcp-no-delay';

describe('enableTcpNoDelay', () => {
  it('turns on TCP_NODELAY for client sockets opened afterwards, once however often it is called', async () => {
    const server = net.createServer(socket => socket.end());
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
    const setNoDelay = jest.spyOn(net.Socket.prototype, 'setNoDelay');
    try {
      enableTcpNoDelay();
      enableTcpNoDelay();
      const { port } = server.address() as net.AddressInfo;
      const client = net.connect(port, '127.0.0.1');
      await new Promise<void>(resolve => client.once('close', () => resolve()).resume());
      expect(setNoDelay.mock.calls.filter(([on]) => on === true)).toHaveLength(1);
    } finally {
      setNoDelay.mockRestore();
      await new Promise<void>(resolve => server.close(() => resolve()));
    }
  });
});
