// 7687, 7474 -> bolt://127.0.0.1:7687 and http://127.0.0.1:7474/browser/?connectURL=bolt%3A%2F%2Fneo4j%40127.0.0.1%3A7687

export function toBoltUri(boltPort: number): string {
  return `bolt://127.0.0.1:${boltPort}`;
}

/** The Browser URL with its login form filled in but for the password (kept in the data dir, never in a URL). */
export function toBrowserUrl(httpPort: number, boltPort: number): string {
  const url = new URL(`http://127.0.0.1:${httpPort}/browser/`);
  url.searchParams.set('connectURL', `bolt://neo4j@127.0.0.1:${boltPort}`);
  return url.toString();
}
