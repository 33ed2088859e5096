import { toBoltUri, toBrowserUrl } from './urls';

test('Bolt and Browser URLs on loopback; the Browser URL skips the login form of an auth-disabled server', () => {
  expect(toBoltUri(7688)).toBe('bolt://127.0.0.1:7688');
  expect(toBrowserUrl(7475)).toBe('http://127.0.0.1:7475/browser/?preselectAuthMethod=NO_AUTH');
});
