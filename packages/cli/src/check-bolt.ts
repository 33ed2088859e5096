// bolt://127.0.0.1:7474 (an HTTP port) or a port of something else that accepts TCP and never answers -> an error
// naming the URI within seconds. The driver has no timeout on the Bolt handshake: it waited 60 s for a pooled
// connection, and the half-open socket then kept `kg` from ever exiting. A closed port is left to the driver,
// whose "unreachable" message already says what to do.
import * as net from 'node:net';

const BOLT_MAGIC = [0x60, 0x60, 0xb0, 0x17];
// Bolt 5.x, then 4.4, then two empty proposals: any Neo4j 4.4+ agrees on one.
const PROPOSALS = [0x00, 0x08, 0x08, 0x05, 0x00, 0x00, 0x04, 0x04, 0, 0, 0, 0, 0, 0, 0, 0];
const DEFAULT_PORT = 7687;
/** Schemes spoken in the clear; the TLS ones (+s, +ssc) are left to the driver. */
const PLAIN_SCHEMES = new Set(['bolt:', 'neo4j:']);

type HandshakeResult = 'bolt' | 'closed' | 'silent' | 'not-bolt';

function handshake(host: string, port: number, timeoutMs: number): Promise<HandshakeResult> {
  return new Promise(resolve => {
    const socket = net.connect({ host, port });
    let connected = false;
    const finish = (result: HandshakeResult) => {
      socket.destroy();
      resolve(result);
    };
    socket.setTimeout(timeoutMs, () => finish(connected ? 'silent' : 'closed'));
    socket.once('error', () => finish('closed'));
    socket.once('connect', () => {
      connected = true;
      socket.write(Buffer.from([...BOLT_MAGIC, ...PROPOSALS]));
    });
    socket.once('data', reply =>
      finish(reply.length === 4 && reply.readUInt32BE(0) !== 0 ? 'bolt' : 'not-bolt'),
    );
    socket.once('end', () => finish(connected ? 'not-bolt' : 'closed'));
  });
}

/** Throws, naming the URI, when its port accepts connections but does not speak Bolt. */
export async function assertSpeaksBolt(uri: string, { timeoutMs = 5_000 } = {}): Promise<void> {
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    return; // the driver names a malformed URI itself
  }
  if (!PLAIN_SCHEMES.has(url.protocol)) return;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const result = await handshake(host, Number(url.port || DEFAULT_PORT), timeoutMs);
  if (result === 'silent' || result === 'not-bolt') {
    const what =
      result === 'silent'
        ? `no Bolt handshake came back within ${timeoutMs / 1000} s`
        : 'it answered, but not in Bolt';
    throw new Error(
      `Neo4j at ${uri} does not answer: the port accepts connections but ${what}. ` +
        'Is it the Bolt port of a Neo4j server (default 7687, not the HTTP port 7474)? Set --uri or NEO4J_URI.',
    );
  }
}
