import { toBoltUri, toBrowserUrl } from './urls';

test('Bolt and Browser URLs on loopback; the Browser URL fills in the server and the user, not the password', () => {
  expect(toBoltUri(7688)).toBe('bolt://127.0.0.1:7688');
  expect(toBrowserUrl(7475, 7688)).toBe(
    'http://127.0.0.1:7475/browser/?connectURL=bolt%3A%2F%2Fneo4j%40127.0.0.1%3A7688',
  );
});
