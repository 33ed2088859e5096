// One place that builds a driver from connection settings; remembers the URI so errors can name it.
import neo4j, { type Driver } from 'neo4j-driver';
import { enableTcpNoDelay } from './tcp-no-delay';

export interface CreateDriverOptions {
  /** @default 'bolt://127.0.0.1:7687' */
  uri?: string;
  /** @default 'neo4j' */
  user?: string;
  /** @default 'password' */
  password?: string;
  /**
   * How long the driver keeps retrying a transaction on transient errors (lost connection, deadlock).
   * @default 15000
   */
  maxTransactionRetryTime?: number;
}

/** What a driver was made with: its URI for messages, the rest for the ingest lock's renewal thread. */
export interface DriverSettings {
  uri: string;
  user: string;
  password: string;
}

const SETTINGS = new WeakMap<Driver, DriverSettings>();

/** Creates a neo4j-driver Driver; the URI is remembered for error messages (see `uriOf`). */
export function createDriver({
  uri = 'bolt://127.0.0.1:7687',
  user = 'neo4j',
  password = 'password',
  maxTransactionRetryTime = 15_000,
}: CreateDriverOptions = {}): Driver {
  // Before the driver opens its first socket (it connects lazily): no 40 ms delayed-ACK waits (tcp-no-delay.ts).
  enableTcpNoDelay();
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), {
    maxTransactionRetryTime,
    // Fail fast on a dead port instead of the driver's 30 s default, so "unreachable" is reported promptly.
    connectionTimeout: 5_000,
    userAgent: 'news-kg-loader',
  });
  SETTINGS.set(driver, { uri, user, password });
  return driver;
}

/** The URI a driver was created with by `createDriver`, for messages; undefined for drivers made elsewhere. */
export function uriOf(driver: Driver): string | undefined {
  return SETTINGS.get(driver)?.uri;
}

/** The settings a driver was created with by `createDriver`, so another thread can open its own driver. */
export function settingsOf(driver: Driver): DriverSettings | undefined {
  return SETTINGS.get(driver);
}
