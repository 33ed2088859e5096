import { decodeForMatching, toOriginalOffset } from './decode-for-matching';

describe('decodeForMatching', () => {
  it('leaves text without entities alone (identity offsets)', () => {
    const decoded = decodeForMatching('Ana Duarte’s office said “no”.');
    expect(decoded.text).toBe('Ana Duarte’s office said “no”.');
    expect(decoded.map).toBeNull();
    expect(toOriginalOffset(decoded, 5)).toBe(5);
  });

  it('decodes named and numeric entities and maps offsets back to the original', () => {
    const original = 'The Interior Ministry&#39;s head, Lena&nbsp;Ortiz, said &quot;yes&quot; &amp; left.';
    const decoded = decodeForMatching(original);
    expect(decoded.text).toBe('The Interior Ministry\'s head, Lena Ortiz, said "yes" & left.');
    const at = decoded.text.indexOf('Lena Ortiz');
    const start = toOriginalOffset(decoded, at);
    const end = toOriginalOffset(decoded, at + 'Lena Ortiz'.length);
    expect(original.slice(start, end)).toBe('Lena&nbsp;Ortiz');
    const ministry = decoded.text.indexOf("Ministry's");
    expect(
      original.slice(
        toOriginalOffset(decoded, ministry),
        toOriginalOffset(decoded, ministry + "Ministry's".length),
      ),
    ).toBe('Ministry&#39;s');
  });

  it('keeps unknown entities and lone ampersands verbatim', () => {
    expect(decodeForMatching('Smith &foo; Jones & Co').text).toBe('Smith &foo; Jones & Co');
  });
  it('decodes every HTML5 named reference, so a name with an accented letter stays whole', () => {
    const original = 'Karl M&uuml;ller met Ana Ib&aacute;&ntilde;ez &frac12; an hour.';
    const decoded = decodeForMatching(original);
    expect(decoded.text).toBe('Karl Müller met Ana Ibáñez ½ an hour.');
    const at = decoded.text.indexOf('Karl Müller');
    expect(
      original.slice(toOriginalOffset(decoded, at), toOriginalOffset(decoded, at + 'Karl Müller'.length)),
    ).toBe('Karl M&uuml;ller');
  });
});
