// 7687, 7474 -> bolt://127.0.0.1:7687 and http://127.0.0.1:7474/browser/?preselectAuthMethod=NO_AUTH

export function toBoltUri(boltPort: number): string {
  return `bolt://127.0.0.1:${boltPort}`;
}

/** The Browser URL that connects at once: without preselectAuthMethod it waits on its login form, although the
 * launcher's server has auth disabled. */
export function toBrowserUrl(httpPort: number): string {
  return `http://127.0.0.1:${httpPort}/browser/?preselectAuthMethod=NO_AUTH`;
}
