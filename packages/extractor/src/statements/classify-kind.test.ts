import { classifyContent, isNegated } from './classify-kind';
import type { StatementKind } from '../types';

describe('classifyContent', () => {
  test.each<[string, StatementKind]>([
    ['I never took a cent from the contractor', 'denial'],
    ['There was nothing improper about the loan', 'denial'],
    ['Nobody in my office saw the memo', 'denial'],
    ['The story is a fabrication. It is false.', 'denial'],
    ['She knew of no payments to the firm', 'denial'],
    ['I cannot comment on an ongoing inquiry', 'refusal'],
    ['We have nothing further to add', 'refusal'],
    ['He should have never signed the contract', 'accusation'],
    ['This is a witch hunt and a disgrace', 'accusation'],
    ['The minister misled parliament', 'accusation'],
    ['The bridge will open in May', 'claim'],
    ['We will not raise taxes next year', 'claim'],
    ['Why did nobody ask the auditors?', 'claim'],
    ['The firm is an honest business. It did nothing illegal.', 'claim'],
    ['I have no idea where the money went', 'claim'],
  ])('%s -> %s', (text, kind) => {
    expect(classifyContent(text)).toBe(kind);
  });
});

describe('isNegated', () => {
  test.each<[string, boolean]>([
    ['he did not sign it', true],
    ['they were in no way linked', true],
    ['it would not help', false],
    ['not only the board but the staff', false],
  ])('%s -> %s', (text, negated) => {
    expect(isNegated(text)).toBe(negated);
  });
});
