// 7687, 7474 -> bolt://127.0.0.1:7687 and http://127.0.0.1:7474/browser/

export function toBoltUri(boltPort: number): string {
  return `bolt://127.0.0.1:${boltPort}`;
}

export function toBrowserUrl(httpPort: number): string {
  return `http://127.0.0.1:${httpPort}/browser/`;
}
