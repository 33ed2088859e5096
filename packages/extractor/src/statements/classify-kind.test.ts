import { classifyContent, isNegated } from './classify-kind';
import type { StatementKind } from '@news-kg/graph-model';

describe('classifyContent', () => {
  test.each<[string, StatementKind]>([
    ['I never took a cent from the contractor', 'denial'],
    ['There was nothing improper about the loan', 'denial'],
    ['Nobody in my office saw the memo', 'denial'],
    ['The story is a fabrication. It is false.', 'denial'],
    ['She knew of no payments to the firm', 'denial'],
    ['I cannot comment on an ongoing inquiry', 'refusal'],
    ['We have nothing further to add', 'refusal'],
    ["I'm not going to discuss the letters", 'refusal'],
    ['he would not get into a war of words in the papers about the audit', 'claim'],
    ['he would not get into a public debate about what was said at the meeting', 'refusal'],
    ['She would not go into the details of the settlement', 'refusal'],
    ['I am not going to prejudge an inquiry that has barely begun', 'refusal'],
    ['The ferry company will not go into administration', 'claim'],
    ["I'm not going to get into who I meet for lunch", 'refusal'],
    ['The crews will not go into the yard when it rains', 'claim'],
    ['I am not guilty of anything', 'denial'],
    ['We are going to discuss the letters on Monday', 'claim'],
    ['He should have never signed the contract', 'accusation'],
    ['This is a smear campaign and a disgrace', 'accusation'],
    ['Not one ranger has entered the reserve', 'denial'],
    ['Not a single ballot was destroyed', 'denial'],
    ['The grant was approved on merit. There is nothing improper about it.', 'denial'],
    ['The port authority did nothing wrong', 'denial'],
    ['Tenants had not been consulted about the rent rise', 'claim'],
    ['The growers have never been paid for the harvest', 'claim'],
    ['The mayor had not been involved in the tender', 'denial'],
    ['The call had been about road repairs and that the senator had no part in the award', 'claim'],
    ['My client never saw the invoice and will fight the charge', 'denial'],
    ['The lab ignored repeated warnings about the freezers', 'accusation'],
    ['The complaint is politically motivated', 'accusation'],
    ['The inquiry is a show trial', 'accusation'],
    ['The attaché is a spy for a foreign power', 'accusation'],
    ['The drone was sold to a spy agency in 2019', 'claim'],
    ['The minister misled parliament', 'accusation'],
    ['The bridge will open in May', 'claim'],
    ['We will not raise taxes next year', 'claim'],
    ['Why did nobody ask the auditors?', 'claim'],
    ['The firm is an honest business. It has not hired anyone this year.', 'claim'],
    ['I have no idea where the money went', 'claim'],
    ['No such visit took place', 'denial'],
    ['The deputy misspoke about the ferry tender', 'denial'],
    ['The newspaper report was simply wrong', 'denial'],
    ['The minutes had been taken out of context', 'denial'],
    ['The audit misrepresented what the crews were paid', 'denial'],
    ['What the contractor did to the tenants was wrong', 'claim'],
    ['I would like to categorically restate my support for the coach', 'claim'],
    ['I do not think the squad is ready for the final', 'claim'],
    ['We did not want to take over the bakery', 'claim'],
    ['The offer did not go far enough', 'claim'],
    ['This is not about one mayor. It is about the harbour', 'claim'],
    ['For the drivers it is a pay rise or nothing', 'claim'],
    ['The governor has said she is not going to close the clinic', 'claim'],
    // negations that answer no charge against the speaker
    ['The porter had never seen the treasurer and the builder together', 'claim'],
    ['I did not see the keeper alone with any buyer that winter', 'claim'],
    ['Our offer has not changed since the spring', 'claim'],
    ['The growers have not moved an inch on the price', 'claim'],
    ['There is a list of questions nobody at the depot will answer', 'claim'],
    ["You can't run a ferry when you've never asked the crews", 'claim'],
    ['She signed the lease in May with nobody else present', 'claim'],
    ['The board is not ready to sell the quarry', 'claim'],
    // a negation inside a clause hung on a noun: the sentence asserts, it denies nothing
    ['The union has held two meetings with the board that it insisted did not touch on wages', 'claim'],
    ['The depot employs forty drivers who have never had a pay rise', 'claim'],
    // traps: the clause of a reporting verb or a copula, and "That" opening the text, keep their negation
    ['I can tell you that I never met the builder', 'denial'],
    ['He told reporters that nobody at the depot had been paid', 'denial'],
    ['The truth is that nobody signed the contract', 'denial'],
    ['That is not what happened at the depot', 'denial'],
    // a negation inside a condition is a supposition; a cause is asserted
    ['The crews will walk out if the depot schedule is not on the table', 'claim'],
    ['If the board does not pay by Friday, we will strike', 'claim'],
    ['I did not sign the lease because I was abroad that week', 'denial'],
    // unanswered requests and a confirmation withheld by someone are refusals
    ['did not respond to a request for comment on the depot', 'refusal'],
    ['A message left at the office of the harbour master was not immediately returned', 'refusal'],
    ['which has not been confirmed by the port authority', 'refusal'],
    ['The depot did not respond to the flood warnings in time', 'denial'],
    // litotes and a definition deny nothing
    ['The two sides are not "too far apart" on wages', 'claim'],
    ['The new levy does not mean higher fares for commuters', 'claim'],
    // a fragment whose verb stayed in the frame ("said he was …") opens on the negation
    ['not in talks with any other club', 'denial'],
    ['not only the board but the staff', 'claim'],
    // what is still pending, and what nobody wants, deny nothing; a position unchanged is no denial
    ['We have not seen the final audit yet', 'claim'],
    ['The two clubs are not there yet', 'claim'],
    ['Nobody wants a strike at the depot', 'claim'],
    ['Nothing has changed since the spring', 'claim'],
    ['Nobody took a cent from the depot fund', 'denial'],
    // falsity words in another sense
    ['The problem lies in the funding formula', 'claim'],
    ['It was a false dawn for the depot', 'claim'],
    ['It is absurd to expect the crews to work for free', 'claim'],
    ['We were mistaken to trust the contractor', 'claim'],
    ['The broker gave false information to the harbour board', 'accusation'],
    ['These are lies and the court will see it', 'denial'],
    ['The story about the depot is absurd', 'denial'],
    // an assessment of novelty or weight denies no fact
    ['The new letters contain nothing substantial', 'claim'],
    ['Talks between rival bidders are not unusual', 'claim'],
    ['The harbour board did not sign new contracts', 'denial'],
    // idioms that call an account false
    ['The allegations about the depot are without foundation', 'denial'],
    ['The reports of a sale were wide of the mark', 'denial'],
    ['The story about the harbour master is pure speculation', 'denial'],
    ['The accusations were "ridiculous"', 'denial'],
    ['That is categorically not the case', 'denial'],
    ['That is simply not correct', 'denial'],
    // traps: a judgement of a plan, and declining a post, deny no account
    ['The plan to close the depot is ridiculous', 'claim'],
    ['It is an honour to be asked, but right now it is simply not for me', 'claim'],
    // a legal process not begun is no rejection of blame
    ['No criminal charges have been filed against the harbour master', 'claim'],
    ['There was nothing criminal about the loan', 'denial'],
    // traps: the same words against the speaker's own deeds stay denials
    ['I never saw the invoice for the quarry', 'denial'],
    ['Nobody in the yard took any money', 'denial'],
    ['We did not move the funds to the harbour account', 'denial'],
    // a fronted clause of time or concession sets the scene; the main clause is asserted
    ['When the board did not answer, the crews walked out', 'claim'],
    ['Although nobody was paid on Friday, the ferries kept running', 'claim'],
    ['When the inspectors came, we did not hide a single page', 'denial'],
    // concealment and disrespect charge someone; the same words negated deny
    ['The board withheld the safety report from the crews', 'accusation'],
    ['They kept the crews in the dark for months', 'accusation'],
    ['The deal was done behind our backs', 'accusation'],
    ['It was extremely disrespectful to the families', 'accusation'],
    ['We never withheld a single page from the inspectors', 'denial'],
    ['The ferry timetable was kept on the harbour wall', 'claim'],
    // the speaker's own act of confirming
    ['I can confirm that I met the bidder twice in May', 'confirmation'],
    ['We acknowledge that the depot was closed for a week', 'confirmation'],
    ['It is true that the ferry left late', 'confirmation'],
    ['I cannot confirm that the ferry left late', 'refusal'],
    ['The crews confirm that view every day', 'claim'],
    // a negation inside the content of an ordinary claim denies no charge
    ['The crews were not happy with the rota', 'claim'],
    ['It is not clear whether the ferry will sail on Monday', 'claim'],
    ['There was no reason to worry about the harbour wall', 'claim'],
    ['There is no danger to the public from the spill', 'claim'],
    ['Talks with the crews had not failed', 'claim'],
    ['Work at the depot has not resumed since the flood', 'claim'],
    ['I have never seen anything like it in thirty years at the depot', 'claim'],
    ['Morale at the yard has never been lower', 'claim'],
    ['We are not backing down on the rota', 'claim'],
    ['No one was hurt when the crane fell', 'claim'],
    ['Nothing has been decided about the depot', 'claim'],
    ['We had no choice but to strike', 'claim'],
    ['The crews have no confidence in the harbour board', 'claim'],
    ['There has been no progress in the depot talks', 'claim'],
    ['The union has not ruled out a strike at the depot', 'claim'],
    // traps: the same shapes with a charge answered stay denials
    ['We are not hiding anything from the harbour board', 'denial'],
    ['The depot is not planning a lockout', 'denial'],
    ['The meeting with the bidder never happened', 'denial'],
    ['Nothing was hidden from the inspectors', 'denial'],
    ['The depot was not a failure', 'denial'],
  ])('%s -> %s', (text, kind) => {
    expect(classifyContent(text)).toBe(kind);
  });
});

describe('isNegated', () => {
  test.each<[string, boolean]>([
    ['he did not sign it', true],
    ['it was in no way related', true],
    ['it would not help', false],
    ['not only the board but the staff', false],
  ])('%s -> %s', (text, negated) => {
    expect(isNegated(text)).toBe(negated);
  });
});
