// Listens with node:http on host:port and serves a yoga instance; close() stops accepting and ends keep-alive
// connections so Ctrl-C exits promptly.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Api } from './create-api';

export interface StartApiServerOptions {
  api: Api;
  /** @default 4000; 0 picks a free port */
  port?: number;
  /** @default '127.0.0.1' */
  host?: string;
}

export interface StartedApiServer {
  /** http://127.0.0.1:4000/graphql */
  url: string;
  port: number;
  server: Server;
  close(): Promise<void>;
}

export async function startApiServer({
  api,
  port = 4000,
  host = '127.0.0.1',
}: StartApiServerOptions): Promise<StartedApiServer> {
  // No Nagle on responses either: yoga writes head and body separately.
  const server = createServer({ noDelay: true }, api);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const actual = (server.address() as AddressInfo).port;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${actual}/graphql`,
    port: actual,
    server,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close(error => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
