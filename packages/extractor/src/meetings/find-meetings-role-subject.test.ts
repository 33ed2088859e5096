// "The director of the Osterfeld Museum met Pernell": a role head before "of" is the subject, not the organization
// of its complement. Invented sentences only.
import { readMeetings as read } from './testing/read-meetings';

const MUSEUM = '[Osterfeld Museum](organization:osterfeld-museum)';
const HOLTBY = 'person:maren-holtby';
const O = '[Pernell](person:dana-pernell)';

describe('findMeetings: "the <role> of <Org>" as subject', () => {
  test('the role holder resolved by the entity layer meets, not the organization', () => {
    const sentence = `The [director](${HOLTBY}|description) of the ${MUSEUM} met ${O} on Monday.`;
    expect(read(sentence)).toEqual([[`person:dana-pernell+${HOLTBY}`, '2019-03-04', null, 'reported']]);
  });

  test('trap: an unnamed role holder makes no meeting of the organization', () => {
    expect(read(`The director of the ${MUSEUM} met ${O} on Monday.`)).toEqual([]);
  });

  test('an organization that is the subject itself still meets', () => {
    expect(read(`The ${MUSEUM} met ${O} on Monday.`)).toEqual([
      ['organization:osterfeld-museum+person:dana-pernell', '2019-03-04', null, 'reported'],
    ]);
  });
});
