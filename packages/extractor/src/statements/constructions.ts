// The statement layer's constructions as data: one row per English way of reporting who said what. Each row has
// an id (it travels with the fact as REPORTED_IN.rule), a pattern, the speaker and content slots, the kind it
// implies, an example of our own that it must read, a trap that it must not read, and a reason.
//
// `reader` says who interprets the row. `frame` rows are interpreted by match-frame.ts from their pattern alone:
// adding such a construction is adding a row. The other readers (quote, reported, sourced, headline, continuation)
// are code that this table documents: their patterns are written in the same notation but read by
// find-quoted-statements, find-reported-statements, find-sourced-statements, find-headline-statements and
// resolve-continuations, which stamp the row id on what they find. Word knowledge (verbs, nouns, refused acts,
// mouthpieces) lives in reporting-verbs.ts, the one lexicon every row names.
//
// Pattern notation: {subject} / {owner} / {label} / {after} the speaker slot; <verb> a reporting verb of the
// lexicon; <stance> one whose kind the verb gives; "…" a quotation; [ the statement's words start; ... the clause
// runs on; (a|b) alternatives; ? optional; @set a lexicon set.
import type { StatementKind } from '@news-kg/graph-model';

export type ConstructionReader = 'frame' | 'quote' | 'reported' | 'sourced' | 'headline' | 'continuation';

export interface Construction {
  id: string;
  reader: ConstructionReader;
  pattern: string;
  /** Who the speaker is, in words. */
  speaker: string;
  /** What the statement's words are, in words. */
  content: string;
  /** The kind the row implies; 'verb': the reporting verb's stance (else the content); 'content': the words'. */
  kind: StatementKind | 'verb' | 'content';
  /** Paragraphs in the annotate() notation of testing/annotate.ts, separated by a blank line. */
  example: string;
  /** What the example must yield under this row. */
  expect: { speaker: string; text: string; kind: StatementKind };
  /** A sentence of the same look that this row must not read. */
  trap: string;
  /** The zone of the example's and trap's first paragraph, when not body. */
  zone?: 'title';
  reason: string;
}

const DUARTE = '[Ana Duarte](person:ana-duarte)';
const LIN = '[Lin](person:bo-lin|surname)';
const CORVANE = '[Corvane](organization:corvane)';

export const CONSTRUCTIONS: readonly Construction[] = [
  // quotations
  {
    id: 'quote-then-said',
    reader: 'quote',
    pattern: '"…," {subject} <verb> | "…," <verb> {after}',
    speaker: 'the subject of the reporting verb after the quotation, before or after the verb',
    content: 'the quoted words',
    kind: 'content',
    example: `"The depot will reopen in May," ${DUARTE} said.`,
    expect: { speaker: 'person:ana-duarte', text: 'The depot will reopen in May', kind: 'claim' },
    trap: `"The depot will reopen in May," ${DUARTE} asked.`,
    reason: 'the commonest attribution in news: quote first, then who said it',
  },
  {
    id: 'quote-then-according-to',
    reader: 'quote',
    pattern: '"…," according to {after}',
    speaker: 'the entity heading the phrase after "according to"',
    content: 'the quoted words',
    kind: 'content',
    example: `"The depot will reopen in May," according to ${CORVANE}.`,
    expect: { speaker: 'organization:corvane', text: 'The depot will reopen in May', kind: 'claim' },
    trap: `"The depot will reopen in May," according to ${CORVANE} engineers.`,
    reason:
      'a source phrase after the quote; an entity that only modifies the head ("X engineers") is not the source',
  },
  {
    id: 'quote-is-how',
    reader: 'quote',
    pattern: '"…," (is|was) how {subject} (<verb>|put it) ...',
    speaker: 'the subject of the reporting verb in the clause after "is how"',
    content: 'the quoted words',
    kind: 'content',
    example: `"A stitch-up from start to finish," is how ${DUARTE} described the depot deal on Monday.`,
    expect: { speaker: 'person:ana-duarte', text: 'A stitch-up from start to finish', kind: 'claim' },
    trap: `"Depot closed until May" is how the notice on ${DUARTE}'s gate reads.`,
    reason:
      'the quotation is the subject of "be" and the how-clause names who spoke it; a clause without a verb of saying names no speaker',
  },
  {
    id: 'quote-after-said',
    reader: 'quote',
    pattern: '{subject} <verb> (,|:) "…"',
    speaker: 'the subject of the reporting verb before the quotation',
    content: 'the quoted words',
    kind: 'content',
    example: `${DUARTE} said: "The depot will reopen in May."`,
    expect: { speaker: 'person:ana-duarte', text: 'The depot will reopen in May', kind: 'claim' },
    trap: `${DUARTE} visited the "new depot" in May.`,
    reason: 'a colon or comma after the verb introduces the quotation (the "An X spokesman said: …" shape)',
  },
  {
    id: 'quote-after-colon-intro',
    reader: 'quote',
    pattern: '{subject} (be|have)? ...: "…".',
    speaker: 'the named speaker opening a short clause (no verb but "be" or "have") that a colon closes',
    content: 'the quoted words, running to the end of the sentence',
    kind: 'content',
    example: `${DUARTE} was blunt: "The depot will reopen in May."`,
    expect: { speaker: 'person:ana-duarte', text: 'The depot will reopen in May', kind: 'claim' },
    trap: `${DUARTE} walked past the sign: "Depot closed."`,
    reason:
      'a colon after a clause about the speaker introduces their words ("X\'s response: …", "X had one message: …")',
  },
  {
    id: 'quote-after-saying',
    reader: 'quote',
    pattern: '{subject} <clause>, <verb:ing> (,|:) "…"',
    speaker: 'the subject of the finite verb the participle hangs on',
    content: 'the quoted words',
    kind: 'content',
    example: `${DUARTE} defended the budget, saying: "Every line of it is needed."`,
    expect: { speaker: 'person:ana-duarte', text: 'Every line of it is needed', kind: 'claim' },
    trap: `${DUARTE} defended the budget, and a sign saying "Every line is needed" hung behind her.`,
    reason: 'a participle of saying takes the main clause subject; not across a coordinator',
  },
  {
    id: 'quote-after-said-that',
    reader: 'quote',
    pattern: '{subject} <verb> that "…".',
    speaker: 'the subject of the reporting verb',
    content: 'the quoted clause, when it runs to the end of the sentence',
    kind: 'content',
    example: `${DUARTE} told the panel that "quality cannot be rushed."`,
    expect: { speaker: 'person:ana-duarte', text: 'quality cannot be rushed', kind: 'claim' },
    trap: `${DUARTE} told the panel that "quality" was a slogan.`,
    reason:
      'a whole quoted clause after "that"; a quoted word inside the clause is a fragment (scare quotes)',
  },
  {
    id: 'quote-nested-in-report',
    reader: 'quote',
    pattern: '{subject} <verb> that {other} <verb> (to {object})? : "…"',
    speaker: 'the subject of the outer reporting verb, not the one whose words the quotation gives',
    content: 'the quoted words, as the outer speaker recounts them',
    kind: 'content',
    example: `${DUARTE} told the inquiry that ${LIN} had said to her: "The permit is yours if the fee is paid."`,
    expect: { speaker: 'person:ana-duarte', text: 'The permit is yours if the fee is paid', kind: 'claim' },
    trap: `${DUARTE} left the inquiry, and ${LIN} said to reporters: "The permit is yours if the fee is paid."`,
    reason:
      "testimony recounting what someone said: the words stand on the outer speaker's account, and the one quoted may deny ever saying them",
  },
  {
    id: 'quote-after-colon-line',
    reader: 'quote',
    pattern: '{subject} <verb>: ¶ "…"',
    speaker: 'the subject of the sentence that ends with a colon just before the quotation',
    content: 'the quoted words',
    kind: 'content',
    example: `${DUARTE} said:\n\n"The depot will reopen in May."`,
    expect: { speaker: 'person:ana-duarte', text: 'The depot will reopen in May', kind: 'claim' },
    trap: `${DUARTE} visited the depot.\n\n"The depot will reopen in May."`,
    reason: 'the attribution on the line above, closing with a colon',
  },
  {
    id: 'quote-split-by-said',
    reader: 'quote',
    pattern: '"…," {subject} <verb>, "…"',
    speaker: 'the subject of the attribution between the two pieces',
    content: 'both pieces, joined',
    kind: 'content',
    example: `"The depot," ${DUARTE} said, "will reopen in May."`,
    expect: { speaker: 'person:ana-duarte', text: 'The depot will reopen in May', kind: 'claim' },
    trap: `"The depot," ${DUARTE} said. "It was built in 1990 by a firm from the north of the county."`,
    reason: 'a quote split by "she said," is one remark',
  },
  {
    id: 'quote-follows-quote',
    reader: 'continuation',
    pattern: '"…," {subject} <verb>. "…"',
    speaker: 'the speaker of the attributed quotation just before, in the same paragraph',
    content:
      'the unattributed quotation (a short tag-on, or one going on from a sound-bite of the same kind, joins the remark before)',
    kind: 'content',
    example: `"The depot will reopen in May once the north wall is repaired," ${DUARTE} said. "The contract with the builders was signed last week and the crews start on Monday morning at the north gate."`,
    expect: {
      speaker: 'person:ana-duarte',
      text: 'The contract with the builders was signed last week and the crews start on Monday morning at the north gate',
      kind: 'claim',
    },
    trap: `${DUARTE} visited the depot. "The contract with the builders was signed last week and the crews start on Monday morning at the north gate."`,
    reason: 'a speaker goes on quoting in the same paragraph; narration before the quote names no speaker',
  },
  {
    id: 'quote-then-view-of',
    reader: 'continuation',
    pattern: '"…" (That|Those) (was|were) the (view|words|verdict|message) of {after}',
    speaker:
      'the entity right after "the view of" in the sentence after a quotation that is a whole sentence',
    content: 'the quoted words',
    kind: 'content',
    example: `Opinion is split. "The depot must reopen in May." That was the view of ${DUARTE}, who runs the yard.`,
    expect: { speaker: 'person:ana-duarte', text: 'The depot must reopen in May', kind: 'claim' },
    trap: `"The path is steep." That was the view of the valley from ${DUARTE}'s yard.`,
    reason: 'a free-standing quotation owned by the next sentence ("Those were the words of X as she left")',
  },
  {
    id: 'quote-next-paragraph',
    reader: 'continuation',
    pattern: '{subject} <verb>: "…" ¶ "…"',
    speaker: 'the speaker of the statement that closed the paragraph before',
    content: 'a paragraph made only of a quotation',
    kind: 'content',
    example: `"The depot will reopen in May," ${DUARTE} said.\n\n"The contract with the builders was signed last week and the crews start on Monday morning at the north gate."`,
    expect: {
      speaker: 'person:ana-duarte',
      text: 'The contract with the builders was signed last week and the crews start on Monday morning at the north gate',
      kind: 'claim',
    },
    trap: `${DUARTE} visited the depot.\n\n"The contract with the builders was signed last week and the crews start on Monday morning at the north gate."`,
    reason: 'quotes that run over paragraphs: a paragraph of quoted words continues the last speaker',
  },
  // reported speech
  {
    id: 'said-that',
    reader: 'reported',
    pattern: '{subject} [<verb> (that)? ...',
    speaker: 'the subject of the reporting verb (a name, a pronoun, a description, "a Corvane spokesperson")',
    content: 'the finite clause after the verb (its addressee and time phrases skipped)',
    kind: 'verb',
    example: `${DUARTE} told reporters on Monday that the depot would reopen in May.`,
    expect: { speaker: 'person:ana-duarte', text: 'the depot would reopen in May', kind: 'claim' },
    trap: `${DUARTE} told him to leave the depot.`,
    reason: 'indirect speech; a verb of saying with no clause ("told him to leave") reports nothing',
  },
  {
    id: 'stance-verb',
    reader: 'reported',
    pattern: '{subject} [<stance> ...',
    speaker: 'the subject of the stance verb',
    content: 'the verb and what it governs ("denied the report", "accused X of Y", "ruled out talks")',
    kind: 'verb',
    example: `${DUARTE} denied the report and blasted the council for the delay.`,
    expect: { speaker: 'person:ana-duarte', text: 'Ana Duarte denied the report', kind: 'denial' },
    trap: `${DUARTE} was accused of delaying the report.`,
    reason:
      'the verb gives the kind and stays in the words; two stance verbs are two acts; a passive is not the subject speaking',
  },
  {
    id: 'refused-to',
    reader: 'reported',
    pattern: '{subject} [(refuse|decline) to @refused-act ...',
    speaker: 'the subject',
    content: 'the refusal and its act',
    kind: 'refusal',
    example: `${DUARTE} declined to comment on the depot contract.`,
    expect: {
      speaker: 'person:ana-duarte',
      text: 'declined to comment on the depot contract',
      kind: 'refusal',
    },
    trap: `${DUARTE} declined to attend the depot opening.`,
    reason: 'refusing an act of speech is a statement; refusing to attend is not',
  },
  {
    id: 'confirmed-but-withheld',
    reader: 'reported',
    pattern: '{subject} [confirm <object> (but|and|yet) (decline to|refuse to|would not) @refused-act ...',
    speaker: 'the subject of both verbs',
    content: 'from the verb of confirming to the end of the refusal',
    kind: 'confirmation',
    example: `A spokesman for ${CORVANE} confirmed the meeting but declined to discuss what had been said.`,
    expect: {
      speaker: 'organization:corvane',
      text: 'confirmed the meeting but declined to discuss what had been said',
      kind: 'confirmation',
    },
    trap: `${CORVANE} confirmed that the two had met, but declined to discuss the price.`,
    reason:
      'one act that confirms a bare object and withholds the rest; the object alone ("the meeting") says nothing, and a confirmation with a clause of its own stays a statement beside the refusal',
  },
  {
    id: 'would-not-say',
    reader: 'reported',
    pattern: '{subject} [(would|could|will) not <verb> ...',
    speaker: 'the subject',
    content: 'the negated verb of saying and what follows',
    kind: 'refusal',
    example: `${DUARTE} would not say whether the depot would reopen.`,
    expect: {
      speaker: 'person:ana-duarte',
      text: 'would not say whether the depot would reopen',
      kind: 'refusal',
    },
    trap: `${DUARTE} did not say when the dredging would end.`,
    reason: 'unwillingness to say is a refusal; "did not say" only reports what was missing',
  },
  {
    id: 'reported-participle',
    reader: 'reported',
    pattern: '{subject} <clause>, [<verb:ing> ...',
    speaker: 'the subject of the finite verb the participle hangs on',
    content: 'the clause after the participle',
    kind: 'verb',
    example: `${DUARTE} wrote to the council, saying the depot would reopen in May.`,
    expect: { speaker: 'person:ana-duarte', text: 'the depot would reopen in May', kind: 'claim' },
    trap: `${DUARTE} wrote to the council, and a letter saying the depot would reopen was leaked.`,
    reason: 'the participle of saying reports for the main clause subject; not across a coordinator',
  },
  {
    id: 'reported-parenthetical',
    reader: 'reported',
    pattern: '[... , {subject} <verb>, ...',
    speaker: 'the subject of the parenthetical attribution',
    content: 'the words around the attribution',
    kind: 'verb',
    example: `The depot, ${DUARTE} said, would reopen in May.`,
    expect: { speaker: 'person:ana-duarte', text: 'The depot would reopen in May', kind: 'claim' },
    trap: `The depot, which ${DUARTE} opened, would reopen in May.`,
    reason: 'an attribution set off by commas inside the reported clause',
  },
  {
    id: 'reported-tail',
    reader: 'reported',
    pattern: '[... , {subject} <verb>.',
    speaker: 'the subject of the closing attribution',
    content: 'the clause before it',
    kind: 'verb',
    example: `The depot will reopen in May, ${DUARTE} said.`,
    expect: { speaker: 'person:ana-duarte', text: 'The depot will reopen in May', kind: 'claim' },
    trap: `When the depot closed, ${DUARTE} said nothing.`,
    reason: 'the attribution closing the sentence; a circumstance clause before it is not what was said',
  },
  {
    id: 'reported-relative-clause',
    reader: 'reported',
    pattern: '{subject}, who [<verb> ..., ',
    speaker: 'the head of the non-restrictive relative clause',
    content: 'what the relative clause reports',
    kind: 'verb',
    example: `${DUARTE}, who denies any wrongdoing, will appear in court on Monday.`,
    expect: { speaker: 'person:ana-duarte', text: 'denies any wrongdoing', kind: 'denial' },
    trap: `The clerk who denied the permit to ${DUARTE} has resigned.`,
    reason: 'a relative clause set off by commas reports what its head says',
  },
  {
    id: 'reported-relative-object',
    reader: 'reported',
    pattern: '{antecedent}, which {subject} <verb> [...',
    speaker: 'the subject of the reporting verb inside the relative clause',
    content: 'the clause after the verb, whose subject is the antecedent',
    kind: 'verb',
    example: `Corvane wants to close two depots, which ${DUARTE} says would cost 80 jobs.`,
    expect: { speaker: 'person:ana-duarte', text: 'would cost 80 jobs', kind: 'claim' },
    trap: `Corvane wants to close two depots, which ${DUARTE} visited on Monday.`,
    reason: 'a claim about a thing the sentence names is often hung on it as a relative clause',
  },
  {
    id: 'called-it',
    reader: 'reported',
    pattern: '{subject} [call <object> <judgement>',
    speaker: 'the subject',
    content: 'the naming, when it judges (quoted words or words of blame or falsity)',
    kind: 'content',
    example: `${DUARTE} called the report a fabrication.`,
    expect: { speaker: 'person:ana-duarte', text: 'called the report a fabrication', kind: 'denial' },
    trap: `${DUARTE} called the depot manager on Monday.`,
    reason: 'naming something in judging words is a statement; calling someone on the phone is not',
  },
  {
    id: 'described-as',
    reader: 'reported',
    pattern: '{subject} [describe <object> as ...',
    speaker: 'the subject',
    content: 'the description',
    kind: 'content',
    example: `${DUARTE} described the report as false.`,
    expect: { speaker: 'person:ana-duarte', text: 'described the report as false', kind: 'denial' },
    trap: `${DUARTE} described how the depot was built.`,
    reason: 'what the speaker calls something gives the kind; "described how" tells events',
  },
  {
    id: 'urged-to',
    reader: 'reported',
    pattern: '{subject} [(call for|urge|demand) ...',
    speaker: 'the subject',
    content: 'the demand (an accusation when it asks someone to resign, quit or apologise)',
    kind: 'content',
    example: `${DUARTE} urged the harbour master to resign.`,
    expect: { speaker: 'person:ana-duarte', text: 'urged the harbour master to resign', kind: 'accusation' },
    trap: `${DUARTE} was urged to resign.`,
    reason: 'a demand is a statement; a passive demand is made by someone else',
  },
  {
    id: 'pleaded',
    reader: 'reported',
    pattern: '{subject} [plead (not)? guilty ...',
    speaker: 'the subject',
    content: 'the plea',
    kind: 'content',
    example: `${DUARTE} pleaded not guilty to the fraud charges.`,
    expect: { speaker: 'person:ana-duarte', text: 'pleaded not guilty to the fraud charges', kind: 'denial' },
    trap: `${DUARTE} pleaded with the judge for more time.`,
    reason: 'a plea denies or admits; pleading with someone is not a plea',
  },
  // sourced statements
  {
    id: 'according-to',
    reader: 'sourced',
    pattern: 'according to {after}, [... | [..., according to {after}.',
    speaker: 'the entity heading the phrase after "according to"',
    content: 'the clause it sources',
    kind: 'content',
    example: `According to ${CORVANE}, the depot will reopen in May.`,
    expect: { speaker: 'organization:corvane', text: 'the depot will reopen in May', kind: 'claim' },
    trap: `According to ${CORVANE} engineers, the depot will reopen in May.`,
    reason: 'a source phrase; the entity must head it',
  },
  {
    id: 'passive-accused-by',
    reader: 'sourced',
    pattern: '[... be (accused|blamed|criticized|condemned) by {after} ...',
    speaker: 'the by-phrase',
    content: 'the whole clause',
    kind: 'accusation',
    example: `${LIN} was accused by ${CORVANE} of hiding the depot accounts.`,
    expect: {
      speaker: 'organization:corvane',
      text: 'Lin was accused by Corvane of hiding the depot accounts',
      kind: 'accusation',
    },
    trap: `${LIN} was accused of hiding the depot accounts.`,
    reason: 'the agent of a passive accusation is the accuser; with no agent there is no speaker',
  },
  {
    id: 'report-noun-that',
    reader: 'sourced',
    pattern:
      '{owner} (claim|report|allegation|denial|…) that [... | (claim|report) (in|by|from) {after} that [...',
    speaker: 'the owner or source of the report noun',
    content: 'the that-clause',
    kind: 'verb',
    example:
      'The inquiry began after a report in [The Harbour Gazette](organization:harbour-gazette) that the depot was unsafe.',
    expect: { speaker: 'organization:harbour-gazette', text: 'the depot was unsafe', kind: 'claim' },
    trap: `The inquiry began after a report in the spring that ${DUARTE} was unsafe.`,
    reason: 'a noun of saying carries a statement of its owner',
  },
  {
    id: 'made-report-that',
    reader: 'sourced',
    pattern:
      '{subject} (raise|make|level|repeat|voice|air|renew) (a|the|new|fresh)* (allegation|claim|charge|…) :? that [...',
    speaker: 'the subject of the verb that makes the report noun its object',
    content: 'the that-clause (after a colon too)',
    kind: 'verb',
    example: `Later ${DUARTE} raised a fresh allegation: that the harbour master had taken money from the ferry line.`,
    expect: {
      speaker: 'person:ana-duarte',
      text: 'the harbour master had taken money from the ferry line',
      kind: 'accusation',
    },
    trap: `Later ${DUARTE} heard a fresh allegation: that the harbour master had taken money from the ferry line.`,
    reason:
      'making a claim is stating it: the maker owns the noun as a possessive would; hearing or reading one is not',
  },
  {
    id: 'call-to-act',
    reader: 'sourced',
    pattern: '(calls|demands) (from|by) {after} to [... | {owner} [(call|demand) (for|to) ...',
    speaker: 'the source of the call',
    content: 'the call',
    kind: 'content',
    example: `The mayor ignored calls from ${CORVANE} to resign.`,
    expect: { speaker: 'organization:corvane', text: 'calls from Corvane to resign', kind: 'accusation' },
    trap: `The mayor ignored calls from residents to resign.`,
    reason: 'a demand carried by a noun; the source must be an entity',
  },
  {
    id: 'headline-name-colon',
    reader: 'headline',
    pattern: '{label}: [...  (title or caption line)',
    speaker: 'the entity the whole head names',
    content: 'the words after the colon',
    kind: 'content',
    example: `${DUARTE}: "We will not resign"`,
    expect: { speaker: 'person:ana-duarte', text: 'We will not resign', kind: 'claim' },
    trap: `Depot plans: what we know`,
    zone: 'title',
    reason: 'the headline convention "Name: words"',
  },
  // frames: read by match-frame.ts from the pattern alone
  {
    id: 'no-comment',
    reader: 'frame',
    pattern: '{subject} [(had|has|have|gave|offered) no (immediate|further)? comment ...',
    speaker: 'the subject',
    content: 'the frame and what it is about',
    kind: 'refusal',
    example: `${DUARTE} had no comment on the depot contract.`,
    expect: { speaker: 'person:ana-duarte', text: 'had no comment on the depot contract', kind: 'refusal' },
    trap: `${DUARTE} had no doubt about the depot contract.`,
    reason: 'offering no comment is a refusal',
  },
  {
    id: 'would-not-comment',
    reader: 'frame',
    pattern:
      '{subject} [(would|will|could|can|did|does)? (not|never) (immediately|publicly|further)? @withheld-speech ...',
    speaker: 'the subject, or the subject a coordinated report shares ("said … but would not comment …")',
    content: 'the negated act of speech',
    kind: 'refusal',
    example: `${DUARTE} would not comment on the depot contract.`,
    expect: {
      speaker: 'person:ana-duarte',
      text: 'would not comment on the depot contract',
      kind: 'refusal',
    },
    trap: `${DUARTE} would not sign the depot contract.`,
    reason: 'withholding an act of speech (comment, confirm, discuss, elaborate …) is a refusal',
  },
  {
    id: 'not-drawn',
    reader: 'frame',
    pattern: '{subject} [(would|will|could|did|refuse|decline)? (not|never|to) be drawn ...',
    speaker: 'the subject',
    content: 'the frame and what the speaker would not be drawn on',
    kind: 'refusal',
    example: `${DUARTE} would not be drawn on the date of the depot sale.`,
    expect: {
      speaker: 'person:ana-duarte',
      text: 'would not be drawn on the date of the depot sale',
      kind: 'refusal',
    },
    trap: `${DUARTE} was drawn into the depot dispute by the crews.`,
    reason: 'refusing to be drawn on a question withholds an answer: a refusal',
  },
  {
    id: 'refusal-noun',
    reader: 'frame',
    pattern: '{owner} [(refusal|refusals) to @refused-act ...',
    speaker: 'the possessive before the noun',
    content: 'the refusal and its act',
    kind: 'refusal',
    example: `${LIN} stood by [his](person:bo-lin|pronoun) refusal to discuss the depot contract.`,
    expect: { speaker: 'person:bo-lin', text: 'refusal to discuss the depot contract', kind: 'refusal' },
    trap: `${LIN} spoke about the refusal to discuss the depot contract.`,
    reason: 'a refusal named by a noun keeps its owner as speaker',
  },
  {
    id: 'transcript-label',
    reader: 'frame',
    pattern: '{label} ...',
    speaker:
      "a line's opening name in capitals (a parenthetical such as (clip) or (phone) aside) before a colon, naming one person of the article who is not the programme's own journalist",
    content: 'the rest of the line',
    kind: 'content',
    example: `${DUARTE} spoke to the board.\n\nDUARTE (clip): The depot will reopen in May.`,
    expect: { speaker: 'person:ana-duarte', text: 'The depot will reopen in May', kind: 'claim' },
    trap: `Our reporter ${DUARTE} is at the depot.\n\nDUARTE: The depot will reopen in May.`,
    reason:
      "interview transcripts label each answer with the speaker; the anchor's, presenter's and reporters' lines narrate and ask",
  },
  {
    id: 'release-voice',
    reader: 'continuation',
    pattern: '{subject} issued the following statement ... ¶ [(we|{org}) ... ¶ ENDS',
    speaker:
      'the organization that issued a press release reproduced in full, up to its end mark (ENDS, -ends-, ###)',
    content:
      'a run of the release\'s sentences in one paragraph that open on "we" or on another organization, with no quotation and no reporting verb',
    kind: 'content',
    example: `[The Ferry Guild](organization:ferry-guild) issued the following statement after the talks. We print it in full.\n\nWe went in with a plan for winter sailings. ${CORVANE} came with nothing.\n\nENDS`,
    expect: {
      speaker: 'organization:ferry-guild',
      text: 'We went in with a plan for winter sailings. Corvane came with nothing',
      kind: 'claim',
    },
    trap: `[The Ferry Guild](organization:ferry-guild) issued the following statement after the talks.\n\nWe went in with a plan for winter sailings. ${CORVANE} came with nothing.`,
    reason:
      'a release printed in full is the issuer speaking throughout; without an end mark nobody can tell where it stops',
  },
];

/** The rows match-frame.ts interprets. */
export const FRAME_ROWS: readonly Construction[] = CONSTRUCTIONS.filter(row => row.reader === 'frame');
