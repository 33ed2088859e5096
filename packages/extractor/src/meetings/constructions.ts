// The English constructions by which news reports an encounter, one row each: the one place to add or narrow one.
// The party readers (find-parties.ts) read a sentence around a trigger word into a skeleton (construction-pattern.ts
// describes the notation); the first row whose pattern matches it names the construction, and a trigger whose
// skeleton no row matches reports nothing. The row id travels with the fact (MeetingFact.rule, REPORTED_IN.rule).
//
// Examples and traps are sentences of our own with an invented cast (Duarte, Okafor, Lee, Marsh; Norvik and
// Tarn Union); " | " separates sentences. Every row's example must read as that row, and its trap must not.
import type { Element, Skeleton } from './construction-pattern';
import { compilePattern, matchesSkeleton } from './construction-pattern';
import type { Trigger } from './trigger';
import type { SentenceReading } from './read-sentence';
import {
  CONTACT_NOUNS,
  CONVERSATION_VERBS,
  GUIDE_VERBS,
  HANDSHAKE_VERBS,
  INTERVIEW_VERBS,
  HEARING_VERBS,
  MEAL_NOUNS,
  MEETING_NOUNS,
  MEETING_VERBS,
  PHRASAL_ENCOUNTERS,
  PHRASAL_VISIT_VERBS,
  FACING_VERBS,
  JOINING_VERBS,
  RECEPTION_VERBS,
  TIME_TOGETHER_VERBS,
  SEATING_VERBS,
  TOUR_VERBS,
  VISIT_VERBS,
  WALK_VERBS,
  SUMMONING_VERBS,
  CONFRONTING_VERBS,
  PRESENCE_WORDS,
  ESCORT_VERBS,
} from './lexicon';

/**
 * How the row's status is read: from its clause (tense, modality, negation, a governing "plans to" / "denied"),
 * as a mention that only adds a source to meetings told elsewhere, or as a reference to the meeting told before.
 */
export type ConstructionStatus = 'clause' | 'attach' | 'earlier';

export interface Construction {
  id: string;
  /** In the notation of construction-pattern.ts. */
  pattern: string;
  /** Which slots hold the parties; the place and date are read from the clause of the trigger (find-occasions.ts). */
  parties: string;
  status: ConstructionStatus;
  /** The row tells an encounter only of a day its clause names ("on Tuesday"): the same words with a year or no
   * time tell something else ("joined Okafor at the ministry in 2015": a post taken). */
  needsDay?: boolean;
  example: string;
  trap: string;
  reason: string;
}

/** Lexicons a pattern may name as its trigger (!@NAME). */
export const TRIGGER_LEXICONS: Readonly<Record<string, ReadonlySet<string>>> = {
  MEETING_VERBS,
  VISIT_VERBS,
  RECEPTION_VERBS,
  GUIDE_VERBS,
  TIME_TOGETHER_VERBS,
  TOUR_VERBS,
  CONVERSATION_VERBS,
  HANDSHAKE_VERBS,
  PHRASAL_ENCOUNTERS,
  PHRASAL_VISIT_VERBS,
  FACING_VERBS,
  JOINING_VERBS,
  INTERVIEW_VERBS,
  HEARING_VERBS,
  SEATING_VERBS,
  WALK_VERBS,
  SUMMONING_VERBS,
  CONFRONTING_VERBS,
  PRESENCE_WORDS,
  ESCORT_VERBS,
  MEETING_NOUNS,
  MEAL_NOUNS,
  CONTACT_NOUNS,
};

export const CONSTRUCTIONS: readonly Construction[] = [
  // ---- verbs of meeting: met, conferred, dined, huddled
  {
    id: 'meet-object',
    pattern: '[subject] !@MEETING_VERBS [object]',
    parties: 'subject + object',
    status: 'clause',
    example: 'Duarte met Okafor in Geneva on Thursday.',
    trap: 'Duarte met the deadline on Thursday.',
    reason: 'A transitive meeting verb: its subject and object took part in one encounter.',
  },
  {
    id: 'meet-with',
    pattern: '[subject] !@MEETING_VERBS with [object]',
    parties: 'subject + object',
    status: 'clause',
    example: 'Duarte met Tuesday with Okafor and Lee to discuss the port.',
    trap: 'Duarte met with criticism from dockers.',
    reason:
      '"met with", "conferred with", "dined with": the party comes in a with-phrase, after any time adverbial.',
  },
  {
    id: 'meet-together',
    pattern: '[subject] !@MEETING_VERBS',
    parties: 'subject (coordinated, two or more)',
    status: 'clause',
    example: 'Duarte and Okafor met at a hotel in Geneva.',
    trap: 'Duarte met at a hotel in Geneva.',
    reason: 'A reciprocal use: the coordinated subject met one another.',
  },
  {
    id: 'meet-together-hosted',
    pattern:
      '[subject] !@MEETING_VERBS … (hosted|chaired|convened|mediated|moderated|brokered) by [host:person]',
    parties: 'subject (coordinated) + the host',
    status: 'clause',
    example: 'Duarte and Okafor met at the council, in talks hosted by its envoy, Lee.',
    trap: 'Duarte and Okafor met at the council, in talks hosted by Norvik.',
    reason:
      'A person who hosts or chairs the talks a clause tells sits in them; a body that hosts is no side.',
  },
  {
    id: 'meet-object-hosted',
    pattern:
      '[subject] !@MEETING_VERBS [object] … (hosted|chaired|convened|mediated|moderated|brokered) by [host:person]',
    parties: 'subject + object + the host',
    status: 'clause',
    example: 'Duarte met Okafor in Oslo at a dinner hosted by Lee.',
    trap: 'Duarte met Okafor in Oslo at a dinner hosted by the Tarn Union.',
    reason: 'The host of the dinner or talks where two people met was at it.',
  },
  {
    id: 'meet-with-hosted',
    pattern:
      '[subject] !@MEETING_VERBS with [object] … (hosted|chaired|convened|mediated|moderated|brokered) by [host:person]',
    parties: 'subject + the with-phrase + the host',
    status: 'clause',
    example: 'Duarte met with Okafor on Monday, in talks chaired by Lee.',
    trap: 'Duarte met with Okafor on Monday, in talks chaired by the Tarn Union.',
    reason: 'The with-variant: the chair of the talks sits in them.',
  },
  {
    id: 'met-by',
    pattern: '[subject] be !@MEETING_VERBS by [object]',
    parties: 'subject + agent',
    status: 'clause',
    example: 'Okafor was met by Duarte at the airport.',
    trap: 'Okafor was met by silence at the airport.',
    reason: 'The passive of a meeting verb: the by-agent met the subject.',
  },
  {
    id: 'met-at-by',
    pattern: '[subject] be !@MEETING_VERBS (at|in) … by [object]',
    parties: 'subject + agent',
    status: 'clause',
    example: 'Okafor was met at the airport by Duarte and Lee.',
    trap: 'Okafor was met at the airport by protests.',
    reason: 'The same passive with the place told before the agent.',
  },
  {
    id: 'meet-relative-object',
    pattern: '[object] (whom|who|that) [subject] !@MEETING_VERBS',
    parties: 'antecedent + subject',
    status: 'clause',
    example: 'The envoy Okafor, whom Duarte met twice, resigned.',
    trap: 'The envoy Okafor, whom Duarte praised twice, resigned.',
    reason: 'An object relative clause: the antecedent is the object of the meeting verb.',
  },
  {
    id: 'meet-apposed-participle',
    pattern: '[subject] , !@MEETING_VERBS [object]',
    parties: 'the name the participle is set after + object',
    status: 'clause',
    example: 'Duarte, meeting Okafor in Geneva on Tuesday, said the port would stay open.',
    trap: 'Duarte, meeting the deadline on Tuesday, said the port would stay open.',
    reason:
      'A participle clause set off by commas after a name predicates of that name: it took part in the encounter.',
  },
  {
    id: 'meet-apposed-participle-with',
    pattern: '[subject] , !@MEETING_VERBS with [object]',
    parties: 'the name the participle is set after + the with-phrase',
    status: 'clause',
    example: 'Duarte, meeting with Okafor in Geneva on Tuesday, said the port would stay open.',
    trap: 'Duarte, meeting with reporters in Geneva on Tuesday, said the port would stay open.',
    reason: 'The same participle clause with the with-phrase of "meet with".',
  },
  {
    id: 'meet-fronted-gerund',
    pattern: '!@MEETING_VERBS [object] , [subject]',
    parties: 'object + subject of the main clause',
    status: 'clause',
    example: 'After meeting Okafor in Geneva, Duarte flew home.',
    trap: 'After meeting the deadline, Duarte flew home.',
    reason: 'A fronted adverbial gerund has the main clause’s subject.',
  },
  {
    id: 'meet-fronted-gerund-with',
    pattern: '!@MEETING_VERBS with [object] , [subject]',
    parties: 'object + subject of the main clause',
    status: 'clause',
    example: 'After meeting with Okafor in Geneva, Duarte flew home.',
    trap: 'After meeting with reporters in Geneva, Duarte flew home.',
    reason: 'The with-variant of the fronted adverbial gerund.',
  },
  // ---- visits, receptions, guided visits, time together, phrasal encounters
  {
    id: 'visit-person',
    pattern: '[subject] !@VISIT_VERBS [object:person]',
    parties: 'subject + object (a person)',
    status: 'clause',
    example: 'Duarte visited Okafor in Lagos.',
    trap: 'Duarte visited Lagos in May.',
    reason: 'Visiting, hosting or receiving is an encounter only when the object is a person.',
  },
  {
    id: 'phrasal-visit',
    pattern: '[subject] !@PHRASAL_VISIT_VERBS [object:person] ¬(to)',
    parties: 'subject + object (a person)',
    status: 'clause',
    example: 'Duarte called on Okafor at her home on Friday.',
    trap: 'Duarte called on Okafor to resign on Friday.',
    reason:
      '"called on / paid a visit to / went to see" a person is a visit; "called on X to <verb>" is an appeal.',
  },
  {
    id: 'face-across',
    pattern: '[subject] !@FACING_VERBS [object:person] across',
    parties: 'subject + object (a person)',
    status: 'clause',
    example: 'Duarte faced the union leader, Okafor, across the table on Monday.',
    trap: 'Duarte faced Okafor in the final on Monday.',
    reason:
      'Facing someone across a table is sitting with them (a negotiation); facing them elsewhere may be a contest.',
  },
  {
    id: 'joined-by-at',
    pattern: '[subject:person] be !@JOINING_VERBS by [object:person] (at|for|in) @SHARED_OCCASIONS',
    parties: 'subject + agent (people)',
    status: 'clause',
    example: 'Duarte was joined by Okafor at the talks in Geneva on Tuesday.',
    trap: 'Duarte was joined by Okafor at the announcement in Geneva on Tuesday.',
    reason: 'The passive of joining someone for talks or a meal: the agent shared it with the subject.',
  },
  {
    id: 'join-for',
    pattern: '[subject] !@JOINING_VERBS [object:person] for @SHARED_OCCASIONS',
    parties: 'subject + object (a person)',
    status: 'clause',
    example: 'Duarte joined Okafor for a late dinner at the embassy.',
    trap: 'Duarte joined Okafor for the announcement at the embassy.',
    reason:
      'Joining someone for talks or a meal is sharing it with them; joining them for anything else is not.',
  },
  {
    id: 'join-at',
    pattern: '[subject] !@JOINING_VERBS [object:person] (at|on|in) @JOINT_OCCASIONS',
    parties: 'subject + object (a person)',
    status: 'clause',
    example:
      'Duarte joined Okafor at a campaign rally in Lisbon on Saturday. | Lee joined Okafor on a visit to the port.',
    trap: 'Duarte joined Okafor at the bank in 2015. | Lee joined Okafor in calling for a strike.',
    reason:
      'Joining a person at an event or on an outing is being there with them; joining them at a firm is not.',
  },
  {
    id: 'join-at-venue',
    pattern: '[subject:person] !@JOINING_VERBS [object:person] at @VENUE_NOUNS',
    parties: 'subject + object (people), on a day the clause names',
    status: 'clause',
    needsDay: true,
    example: 'Duarte joined Okafor at the studios on Tuesday.',
    trap: 'Duarte joined Okafor at the ministry in 2015.',
    reason:
      'Joining a person at a place on a given day is going to be with her there; with a year, or no time, it may be a post taken where she works.',
  },
  {
    id: 'received-by',
    pattern: '[subject] be !@VISIT_VERBS by [object:person]',
    parties: 'subject + agent (a person)',
    status: 'clause',
    example: 'Okafor was received by Duarte at the palace.',
    trap: 'The plan was received by Norvik with scorn.',
    reason: 'The passive of a visit verb: "was received / hosted by" a person.',
  },
  {
    id: 'received-at-by',
    pattern: '[subject] be !@VISIT_VERBS (at|in) … by [object:person]',
    parties: 'subject + agents (people)',
    status: 'clause',
    example: 'Okafor was received at the palace by Duarte, Lee and Marsh on Tuesday.',
    trap: 'The plan was received in Lisbon by Norvik with scorn.',
    reason: 'The same passive with the place told before the agents.',
  },
  {
    id: 'reception',
    pattern: '[subject] !@RECEPTION_VERBS [object:person] (to|at|in|on)',
    parties: 'subject + object (a person)',
    status: 'clause',
    example: 'Duarte welcomed Okafor to Lisbon on Wednesday.',
    trap: 'Duarte welcomed Okafor’s decision on Wednesday.',
    reason: 'Welcoming or greeting a person somewhere receives them; "welcomed X" alone may be praise.',
  },
  {
    id: 'reception-passive',
    pattern: '[subject:person] be !@RECEPTION_VERBS by [object:person] (to|at|in|on)',
    parties: 'subject (a person) + agent (a person)',
    status: 'clause',
    example: 'Okafor was greeted by Duarte at the airport on Wednesday.',
    trap: 'Okafor was welcomed by Duarte as the new chief on Wednesday.',
    reason: 'The passive of a reception somewhere: the one received and the one receiving met there.',
  },
  {
    id: 'reception-passive-at',
    pattern: '[subject:person] be !@RECEPTION_VERBS (at|in) … by [object:person]',
    parties: 'subject (a person) + agent (a person)',
    status: 'clause',
    example: 'Okafor was greeted at the airport by Duarte on Wednesday.',
    trap: 'Okafor was greeted at the airport by applause on Wednesday.',
    reason: 'The same reception with its place told before the agent.',
  },
  {
    id: 'guided-visit',
    pattern: '[subject] !@GUIDE_VERBS [object:person] (around|round)',
    parties: 'subject + object (a person)',
    status: 'clause',
    example: 'Duarte showed Okafor around the shipyard on Monday.',
    trap: 'Duarte showed Okafor the figures on Monday.',
    reason: 'The phrasal verb "show / guide someone around" is a guided visit, not a showing of things.',
  },
  {
    id: 'escorted-outing',
    pattern: '[subject:person] !@ESCORT_VERBS [object:person] on @OUTING_NOUNS',
    parties: 'subject + object (people)',
    status: 'clause',
    example: 'Duarte took Okafor on a tour of the quayside on Saturday.',
    trap: 'Duarte took Okafor on as an adviser on Saturday.',
    reason: 'Taking or leading a person on a tour or walk is going round in their company.',
  },
  {
    id: 'time-together',
    pattern: '[subject] !@TIME_TOGETHER_VERBS @SHORT_SPANS with [object]',
    parties: 'subject + object',
    status: 'clause',
    example: 'Duarte spent the evening with Okafor at the club.',
    trap: 'Duarte spent the summer with Okafor in Lisbon.',
    reason:
      'A span of a day or less spent in someone’s company is an encounter; a longer stay is not one meeting.',
  },
  {
    id: 'time-doing-with',
    pattern: '[subject] !@TIME_TOGETHER_VERBS @SHORT_SPANS … with [object:person]',
    parties: 'subject + the with-phrase (a person)',
    status: 'clause',
    example: 'Duarte spent the afternoon walking the shore with Okafor.',
    trap: 'Duarte spent the afternoon walking the shore with her dog.',
    reason:
      'A span spent doing something in a named person’s company ("spent an hour touring the mill with X") is an encounter with that person.',
  },
  {
    id: 'time-together-pair',
    pattern: '[subject] !@TIME_TOGETHER_VERBS @SHORT_SPANS together',
    parties: 'subject (coordinated, two or more)',
    status: 'clause',
    example: 'Duarte and Okafor spent Thursday together at the boatyard going through the plans.',
    trap: 'Duarte and Okafor spent ten years together at the boatyard.',
    reason: 'A coordinated subject that spent a day or less together met one another.',
  },
  {
    id: 'tour-with',
    pattern: '[subject] !@TOUR_VERBS with [object:person]',
    parties: 'subject + the with-phrase (a person)',
    status: 'clause',
    example: 'Duarte toured the new shipyard with Okafor on Monday.',
    trap: 'Duarte toured the new shipyard with reporters on Monday.',
    reason: 'Going round a place in a named person’s company is an encounter with that person.',
  },
  {
    id: 'talk-at-venue',
    pattern: '[subject] !@CONVERSATION_VERBS with [object:person] at @VENUE_NOUNS',
    parties: 'subject + the with-phrase (a person)',
    status: 'clause',
    example: 'Duarte spoke with Okafor at the embassy on Tuesday.',
    trap: 'Duarte spoke with Okafor at length on Tuesday.',
    reason: 'A conversation held at a venue is held in person there: the speakers met.',
  },
  {
    id: 'talk-on-sidelines',
    pattern: '[subject] !@CONVERSATION_VERBS with [object:person] on @SIDELINE_NOUNS',
    parties: 'subject + the with-phrase (a person)',
    status: 'clause',
    example: 'Duarte talked with Okafor on the sidelines of the summit in Geneva.',
    trap: 'Duarte talked with Okafor on the phone before the summit in Geneva.',
    reason: 'Talks on the sidelines of a gathering are held in person beside it.',
  },
  {
    id: 'handshake',
    pattern: '[subject] !@HANDSHAKE_VERBS [object:person]',
    parties: 'subject + the owner of the hand shaken (a person)',
    status: 'clause',
    example: "Duarte shook Okafor's hand at the start of the summit on Tuesday.",
    trap: "Duarte shook Okafor's confidence at the start of the summit on Tuesday.",
    reason: "Shaking or clasping a person's hand is greeting them in person.",
  },
  {
    id: 'interview-person',
    pattern: '[subject:person] !@INTERVIEW_VERBS [object:person]',
    parties: 'subject + object (people)',
    status: 'clause',
    example: 'Lee interviewed Duarte at the ministry on Monday.',
    trap: 'Lee interviewed candidates at the ministry on Monday.',
    reason: 'One person questioning another face to face met them (a call is set aside by its means).',
  },
  {
    id: 'interviewed-by',
    pattern: '[subject:person] be !@INTERVIEW_VERBS by [object:person]',
    parties: 'subject + agent (people)',
    status: 'clause',
    example: "Duarte was interviewed by the committee's chair, Lee, on Monday.",
    trap: 'Duarte was interviewed by the Tarn Union on Monday. | Duarte was interviewed by Lee by telephone.',
    reason: 'The passive: the one questioned met the person questioning her.',
  },
  {
    id: 'hearing-before',
    pattern: '[subject:person] !@HEARING_VERBS (before|to) [object:person]',
    parties: 'subject + the person heard by (a panel or commission stands for the chair the article names)',
    status: 'clause',
    example:
      "Duarte gave evidence to Lee's commission on Thursday. | Duarte testified before the panel chaired by Lee.",
    trap: 'Duarte appeared before the cameras on Thursday. | Duarte testified to the strength of the bridge.',
    reason:
      'A hearing is held in person: the one heard sat before the people hearing her, and a body that hears stands for its chair.',
  },
  {
    id: 'time-before',
    pattern: '[subject:person] !@TIME_TOGETHER_VERBS @SHORT_SPANS before [object:person]',
    parties: 'subject + the person heard by (a panel or commission stands for the chair the article names)',
    status: 'clause',
    example: 'Duarte spent five hours before the disciplinary panel on Monday. The panel is chaired by Lee.',
    trap: 'Duarte spent five hours before the cameras on Monday. | Duarte spent an hour before Lee arrived.',
    reason: 'A span spent before a person or the body she chairs is a hearing held in her presence.',
  },
  {
    id: 'interviewed-at-by',
    pattern: '[subject:person] be !@INTERVIEW_VERBS (at|in|behind) … by [object:person]',
    parties: 'subject + agent (people; a panel or commission stands for the chair the article names)',
    status: 'clause',
    example:
      'Duarte was questioned behind closed doors by the panel, which is chaired by the retired judge Lee.',
    trap: 'Duarte was questioned behind closed doors by the Tarn Union.',
    reason: 'The passive, the setting told before the agent: the one questioned sat before her questioners.',
  },
  {
    id: 'sit-across',
    pattern: '[subject] !@SEATING_VERBS (across|opposite) [object:person]',
    parties: 'subject + the person faced',
    status: 'clause',
    example:
      'Duarte sat across the table from Okafor in Geneva on Monday. | Lee sat opposite Okafor at dinner.',
    trap: 'Duarte sat across the aisle from reporters on Monday.',
    reason: 'Sitting across a table from a person, or opposite them, is being in their company.',
  },
  {
    id: 'sit-facing-each-other',
    pattern: '[subject] !@SEATING_VERBS each-other',
    parties: 'subject (coordinated, two or more)',
    status: 'clause',
    example: 'Duarte and Okafor sat across the table from each other at the ministry on Monday.',
    trap: 'Duarte and Okafor sat across the table from reporters at the ministry on Monday.',
    reason: 'A coordinated subject seated facing one another sat together.',
  },
  {
    id: 'sit-with',
    pattern: '[subject] !@SEATING_VERBS with [object:person]',
    parties: 'subject + the with-phrase (a person)',
    status: 'clause',
    example: 'Lee sat with Okafor for an hour at the palace.',
    trap: 'Lee sat with the decision for an hour.',
    reason: 'Sitting with a person is keeping their company.',
  },
  {
    id: 'summon-to',
    pattern: '[subject:person] !@SUMMONING_VERBS [object:person] to @VENUE_NOUNS',
    parties: 'subject + object (people)',
    status: 'clause',
    example: 'Okafor summoned Duarte to his office on Monday.',
    trap: 'Okafor summoned Duarte to appear before the board on Monday.',
    reason: "A person called in to another's office or residence is received there by them.",
  },
  {
    id: 'presence-with',
    pattern: '[subject:person] !@PRESENCE_WORDS with [object:person]',
    parties: 'subject + the with-phrase (people)',
    status: 'clause',
    example: 'Okafor was inside for forty minutes with the deputy minister, Duarte.',
    trap: 'Okafor was inside for forty minutes with his papers.',
    reason:
      'Being in a room in a named person’s company ("was inside / closeted / alone with X") is an encounter with them.',
  },
  {
    id: 'summon-person',
    pattern: '[subject:person] !@SUMMONING_VERBS [object:person] ¬(to)',
    parties: 'subject + object (people)',
    status: 'clause',
    example: 'On Monday the deputy minister, Duarte, summoned the envoy, Okafor, and handed him a note.',
    trap: 'On Monday the deputy minister, Duarte, summoned Okafor to testify before the panel.',
    reason:
      'A person summoned or called in by another comes to see them (the summons of an envoy); "summoned X to <verb>" is an order to act elsewhere.',
  },
  {
    id: 'summoned-to-see',
    pattern: '[subject:person] be !@SUMMONING_VERBS to @SUMMONS_PURPOSE_VERBS [object:person]',
    parties: 'subject + the person seen (people)',
    status: 'clause',
    example: 'Duarte was called in to see Prime Minister Okafor on Friday evening.',
    trap: 'Duarte was called in to see whether the engines could be saved.',
    reason: 'One summoned to see or meet a named person came to see them: the summons is the meeting.',
  },
  {
    id: 'summoned-by',
    pattern: '[subject:person] be !@SUMMONING_VERBS (to|at|in) … by [object:person]',
    parties: 'subject + agent (people)',
    status: 'clause',
    example: 'Duarte was summoned to the palace by Okafor on Monday.',
    trap: 'Duarte was summoned to the palace by the Tarn Union on Monday.',
    reason: 'The passive, the place told before the agent.',
  },
  {
    id: 'summoned-by-person',
    pattern: '[subject:person] be !@SUMMONING_VERBS by [object:person] ¬(to|as|for)',
    parties: 'subject + agent (people)',
    status: 'clause',
    example: 'Duarte was called in by Okafor on Tuesday.',
    trap: 'Duarte was called in by Okafor to advise the board on Tuesday.',
    reason:
      'The passive of a summons of a person by a person, no place told: the one summoned came to the one who called her, as in the active summon-person; called in to act or as an expert is hiring, not a meeting.',
  },
  {
    id: 'summoned-by-to',
    pattern: '[subject:person] be !@SUMMONING_VERBS by [object:person] (to|at) @VENUE_NOUNS',
    parties: 'subject + agent (people)',
    status: 'clause',
    example: 'Duarte was summoned by Okafor to the ministry on Monday.',
    trap: 'Duarte was summoned by Okafor to testify on Monday.',
    reason: 'The passive, the agent told before the place the one summoned was received in.',
  },
  {
    id: 'confront-person',
    pattern: '[subject:person] !@CONFRONTING_VERBS [object:person]',
    parties: 'subject + object (people)',
    status: 'clause',
    example: 'Duarte confronted Okafor in the town hall on Tuesday night.',
    trap: 'Duarte confronted the crisis in the town hall on Tuesday night.',
    reason: 'Confronting or accosting a person is meeting them face to face, however hostile.',
  },
  {
    id: 'confronted-by',
    pattern: '[subject:person] be !@CONFRONTING_VERBS by [object:person]',
    parties: 'subject + agent (people)',
    status: 'clause',
    example: 'Duarte was confronted by Okafor outside the court on Monday.',
    trap: 'Duarte was confronted by protesters outside the court on Monday.',
    reason: 'The passive: the agent met the subject face to face.',
  },
  {
    id: 'face-to-face-with',
    pattern: '[subject] !@FACING_VERBS with [object:person]',
    parties: 'subject + the with-phrase (a person)',
    status: 'clause',
    example: 'Duarte came face to face with Okafor at a hustings in Velmora on Thursday.',
    trap: 'Duarte came face to face with the consequences in Velmora on Thursday.',
    reason: '"came face to face with" a person is meeting them in person.',
  },
  {
    id: 'face-to-face-together',
    pattern: '[subject] !(came|come|comes|coming)',
    parties: 'subject (coordinated, two or more)',
    status: 'clause',
    example: 'Duarte and Okafor came face to face at a public meeting in Velmora on Thursday.',
    trap: 'Duarte and Okafor came face to face with the consequences in Velmora on Thursday.',
    reason:
      'The idiom "came face to face" with no with-phrase is reciprocal: the coordinated subject met in person.',
  },
  {
    id: 'face-each-other',
    pattern: '[subject] !@FACING_VERBS each other across',
    parties: 'subject (coordinated, two or more)',
    status: 'clause',
    example: 'Duarte and Okafor faced each other across a long table in Brussels on Friday.',
    trap: 'Duarte and Okafor faced each other in the final on Friday.',
    reason: 'A coordinated subject facing one another across a table sat together (a negotiation).',
  },
  {
    id: 'walk-with',
    pattern: '[subject] !@WALK_VERBS with [object:person]',
    parties: 'subject + the with-phrase (a person)',
    status: 'clause',
    example: 'Duarte walked with Okafor through the old town on Monday.',
    trap: 'Duarte walked with a limp through the old town on Monday.',
    reason: 'A walk in a person’s company is an encounter.',
  },
  {
    id: 'walk-together',
    pattern: '[subject] !@WALK_VERBS together',
    parties: 'subject (coordinated, two or more)',
    status: 'clause',
    example: 'Duarte and Okafor walked together through the old town on Monday.',
    trap: 'Duarte and Okafor walked out of the hall on Monday.',
    reason: 'A coordinated subject walking together met one another.',
  },
  {
    id: 'walk-person',
    pattern: '[subject:person] !@WALK_VERBS [object:person] (to|through|around|along|across|into|out|down)',
    parties: 'subject + the person walked somewhere (people)',
    status: 'clause',
    example: 'Duarte walked Okafor to her car after the dinner on Monday.',
    trap: 'Duarte walked the dog to the park after the dinner on Monday.',
    reason: 'Walking a person somewhere is seeing them there in person.',
  },
  {
    id: 'walk-through',
    pattern: '[subject:person] !@WALK_VERBS (through|around|along|across|past|down)',
    parties: 'subject (coordinated people, two or more)',
    status: 'clause',
    example: 'Duarte and Okafor strolled through the palace gardens on Saturday.',
    trap: 'Duarte and Okafor walked out of the hall on Saturday.',
    reason: 'People told as one subject walking through a place walked it together.',
  },
  {
    id: 'phrasal-encounter',
    pattern: '[subject] !@PHRASAL_ENCOUNTERS with [object]',
    parties: 'subject + object',
    status: 'clause',
    example: 'Duarte sat down with Okafor on Monday.',
    trap: 'Duarte sat down with a book on Monday.',
    reason: '"sat down / got together / caught up / shook hands with" a party.',
  },
  {
    id: 'phrasal-together',
    pattern: '[subject] !@PHRASAL_ENCOUNTERS',
    parties: 'subject (coordinated, two or more)',
    status: 'clause',
    example: 'Duarte and Okafor sat down at the palace on Monday.',
    trap: 'Duarte sat down at the palace on Monday.',
    reason: 'A reciprocal phrasal encounter: "X and Y sat down / shook hands / got together".',
  },
  // ---- meeting nouns: a meeting, talks, a summit, an audience
  {
    id: 'noun-between',
    pattern: '!@MEETING_NOUNS between [parties]',
    parties: 'the between-phrase',
    status: 'clause',
    example: 'A meeting between Duarte and Okafor took place in Oslo in 2017.',
    trap: 'A meeting between the unions took place in Oslo in 2017.',
    reason: 'A meeting noun names its parties in a between-phrase (apposition may name the last one).',
  },
  {
    id: 'noun-of',
    pattern: '!(summit|summits|meeting|meetings) of [parties]',
    parties: 'the of-phrase',
    status: 'clause',
    example: 'A summit of Duarte and Okafor was held in Accra.',
    trap: 'A summit of leaders was held in Accra.',
    reason: '"a summit / meeting of X and Y": the of-phrase lists the parties.',
  },
  {
    id: 'noun-with',
    pattern: '!@MEETING_NOUNS with [object]',
    parties: 'the with-phrase (two or more)',
    status: 'clause',
    example: 'Talks with Duarte and Okafor broke down on Wednesday.',
    trap: 'Talks with Duarte broke down on Wednesday.',
    reason: 'With no agent named, the with-phrase must name every party.',
  },
  {
    id: 'owner-noun-with',
    pattern: '[possessor] !@MEETING_NOUNS with [object]',
    parties: 'possessor + the with-phrase',
    status: 'clause',
    example: "Duarte's meetings with Okafor drew criticism.",
    trap: "Duarte's meetings with officials drew criticism.",
    reason: 'A possessor of a meeting noun is a party: "X’s meeting with Y", "his talks with Y".',
  },
  {
    id: 'owner-noun-between',
    pattern: '[possessor] !@MEETING_NOUNS between [parties]',
    parties: 'possessor + the between-phrase',
    status: 'clause',
    example: "Lee's talks between Duarte and Okafor ended on Monday.",
    trap: "Lee's gap between Duarte and Okafor ended on Monday.",
    reason: 'The possessor of talks between others convenes them and sits in them.',
  },
  {
    id: 'light-noun-with',
    pattern: '[subject] @LIGHT_VERBS !@MEETING_NOUNS with [object]',
    parties: 'subject of the light verb + the with-phrase',
    status: 'clause',
    example: 'Duarte held two hours of talks with Okafor in Lisbon.',
    trap: 'Duarte held two hours of talks with investors in Lisbon.',
    reason:
      '"held / had / attended talks with": the light verb’s subject is a party, the light verb gives the tense.',
  },
  {
    id: 'light-noun',
    pattern: '[subject] @LIGHT_VERBS !@MEETING_NOUNS',
    parties: 'subject of the light verb (coordinated)',
    status: 'clause',
    example: 'Duarte and Okafor held talks on 4 February 2019.',
    trap: 'Duarte held talks on 4 February 2019.',
    reason: 'A coordinated subject holding talks held them with one another.',
  },
  {
    id: 'light-noun-between',
    pattern: '[subject] @LIGHT_VERBS !@MEETING_NOUNS between [parties]',
    parties: 'subject of the light verb + the between-phrase',
    status: 'clause',
    example: 'Lee attended a meeting between Duarte and Okafor in Geneva.',
    trap: 'Lee attended a meeting between the unions in Geneva.',
    reason: 'Whoever attends, hosts or holds a meeting between others is at it.',
  },
  {
    id: 'chair-noun-between',
    pattern: '[subject] @CHAIRING_VERBS !@MEETING_NOUNS between [parties]',
    parties: 'the chair (a person) + the between-phrase',
    status: 'clause',
    example: 'Lee chaired talks between Duarte and Okafor on Monday.',
    trap: 'Norvik chaired talks between the unions on Monday.',
    reason: 'A person who chairs or mediates talks sits in them.',
  },
  {
    id: 'chair-noun-with',
    pattern: '[subject] @CHAIRING_VERBS !@MEETING_NOUNS with [object]',
    parties: 'the chair (a person) + the with-phrase',
    status: 'clause',
    example: 'Lee chaired a meeting with Duarte and Okafor on Monday.',
    trap: 'Lee chaired a meeting with officials on Monday.',
    reason: 'A person who chairs a meeting with others sits in it.',
  },
  {
    id: 'gerund-light-noun-with',
    pattern: '[subject] … (after|before|since|while|when|upon|on) @LIGHT_VERBS !@MEETING_NOUNS with [object]',
    parties: 'subject of the main clause + the with-phrase',
    status: 'clause',
    example: 'Duarte spoke to reporters after holding talks with Okafor.',
    trap: 'Duarte spoke to reporters after holding talks with investors.',
    reason: 'An adverbial gerund has the main clause’s subject and tense.',
  },
  {
    id: 'gerund-chair-noun-with',
    pattern:
      '[subject] … (after|before|since|while|when|upon|on) @CHAIRING_VERBS !@MEETING_NOUNS with [object]',
    parties: 'subject of the main clause (a person) + the with-phrase',
    status: 'clause',
    example: 'Lee spoke to reporters after chairing a meeting with Duarte and Okafor.',
    trap: 'Lee spoke to reporters after chairing a meeting with officials.',
    reason: 'An adverbial gerund of chairing: the main clause’s subject chaired and sat in the meeting.',
  },
  {
    id: 'relative-light-noun-with',
    pattern: '!@MEETING_NOUNS [subject] @LIGHT_VERBS with [object]',
    parties: 'subject of the relative clause + the with-phrase',
    status: 'clause',
    example: 'The meetings Duarte held with Okafor were never disclosed.',
    trap: 'The meetings Duarte held with investors were never disclosed.',
    reason: 'A relative clause on a meeting noun names who held it: "the talks (that) X held with Y".',
  },
  {
    id: 'sequel-noun-with',
    pattern: '[possessor] … @SEQUENCE_VERBS !@MEETING_NOUNS with [object]',
    parties: 'owner of the meeting it follows or precedes + the with-phrase',
    status: 'clause',
    example: "Duarte's meeting with Okafor, which followed an audience with Lee, ended at noon.",
    trap: 'The storm, which followed an audience with Lee, ended at noon.',
    reason:
      'A meeting that follows or precedes someone’s meeting in a sequence of calls is that person’s too.',
  },
  {
    id: 'participle-agents',
    pattern: '!@MEETING_NOUNS , (chaired|attended|hosted) by [agent]',
    parties: 'the agents of the participles',
    status: 'clause',
    example: 'A meeting, which was chaired by Lee and attended by Duarte and Okafor, ended at noon.',
    trap: 'A meeting, which was chaired by Norvik, ended at noon.',
    reason:
      '"a meeting chaired by X and attended by Y": the agents of partaking participles are its parties.',
  },
  {
    id: 'setting-with',
    pattern: '(at|during|in|after|following) !@MEETING_NOUNS with [object] … [subject]',
    parties: 'subject of the clause + the with-phrase',
    status: 'clause',
    example:
      'At a meeting with Okafor, Duarte said the port would stay open. | Duarte spoke after talks with Lee.',
    trap: 'At a meeting with officials, Duarte said the port would stay open. | Duarte will speak after talks with Lee.',
    reason:
      'Whoever the clause is about was at the meeting its setting phrase names, or had just come from it ("after talks with").',
  },
  {
    id: 'setting-together',
    pattern: '(at|during|in) !@MEETING_NOUNS … [subject]',
    parties: 'the coordinated subject of the clause (people, two or more)',
    status: 'clause',
    example:
      'Duarte and Okafor discussed the leak at a meeting on Wednesday. | Duarte and Okafor spent the morning locked in talks at the ministry.',
    trap: 'Duarte discussed the leak at a meeting on Wednesday. | Duarte and Okafor discussed the leak at the meeting.',
    reason:
      'A meeting with no one named in it is the setting of its clause: the people the clause is about were at it together. A definite one refers back (anaphor rows).',
  },
  {
    id: 'brief-at-meeting',
    pattern: '[subject:person] @BRIEFING_VERBS [object:person] … (at|during|in) !@MEETING_NOUNS',
    parties: 'subject + the person told (people)',
    status: 'clause',
    example: 'Duarte briefed Okafor on the cuts at a meeting in the ministry on Tuesday.',
    trap: 'Duarte praised Okafor at a meeting in the ministry on Tuesday.',
    reason:
      'Telling a person something at a meeting (brief, tell, inform, warn …) is done face to face: teller and told were both at it.',
  },
  {
    id: 'travel-for-talks',
    pattern: '[subject] @TRAVEL_VERBS … for !@MEETING_NOUNS with [object]',
    parties: 'the traveller + the with-phrase',
    status: 'clause',
    example: 'Earlier, Duarte flew to the mountain capital, Tarvena, for talks with Okafor.',
    trap: 'Earlier, Duarte flew to Tarvena for talks with officials.',
    reason:
      'A journey made for talks puts the traveller in them; its destination is the place, its tense theirs.',
  },
  {
    id: 'meal-with',
    pattern: '[subject] @LIGHT_VERBS !@MEAL_NOUNS with [object]',
    parties: 'subject + the with-phrase',
    status: 'clause',
    example: 'Duarte had a private dinner with Okafor at the embassy.',
    trap: 'Duarte had a private dinner at the embassy.',
    reason: 'A meal shared with someone is an encounter; a meal alone is not.',
  },
  {
    id: 'meal-for',
    pattern: '[subject] @MEAL_GIVING_VERBS !@MEAL_NOUNS for [object:person]',
    parties: 'the host + the guest of honour (a person)',
    status: 'clause',
    example: 'Duarte hosted a dinner for Okafor at the embassy.',
    trap: 'Duarte hosted a dinner for charity at the embassy.',
    reason: 'A meal given for a person is shared with that person.',
  },
  {
    id: 'owner-meal-with',
    pattern: '[possessor] !@MEAL_NOUNS with [object]',
    parties: 'possessor + the with-phrase',
    status: 'clause',
    example: "Duarte's dinner with Okafor lasted three hours.",
    trap: "Duarte's dinner with donors lasted three hours.",
    reason: 'The possessor of a meal shared with someone ate it with them, as with "X’s meeting with Y".',
  },
  {
    id: 'meal-together',
    pattern: '[subject] @LIGHT_VERBS !@MEAL_NOUNS',
    parties: 'subject of the light verb (coordinated)',
    status: 'clause',
    example: 'Duarte and Okafor had lunch in Lisbon on Friday.',
    trap: 'Duarte had lunch in Lisbon on Friday.',
    reason: 'A coordinated subject sharing a meal shared it with one another, as "X and Y held talks".',
  },
  // ---- a meal or meeting with its host: "a dinner hosted by Y"
  {
    id: 'meal-hosted',
    pattern: '[subject] @LIGHT_VERBS !@MEAL_NOUNS (hosted|given|thrown|offered) by [host:person]',
    parties: 'subject of the light verb + the host (a person)',
    status: 'clause',
    example: 'Duarte attended a dinner hosted by Okafor at the palace on Tuesday.',
    trap: 'Duarte attended a dinner hosted by Norvik at the palace on Tuesday.',
    reason: 'Whoever attends a meal a person gives shares it with its host.',
  },
  {
    id: 'noun-hosted',
    pattern:
      '[subject] @LIGHT_VERBS !@MEETING_NOUNS (hosted|chaired|convened|mediated|moderated|brokered) by [host:person]',
    parties: 'subject of the light verb + the host (a person)',
    status: 'clause',
    example: 'Duarte took part in talks hosted by Okafor in Lisbon.',
    trap: 'Duarte took part in talks hosted by the Tarn Union in Lisbon.',
    reason: 'A person who hosts or chairs talks sits in them with whoever takes part.',
  },
  {
    id: 'setting-hosted',
    pattern: '(at|during|over) !@MEAL_NOUNS (hosted|given|thrown|offered) by [host:person] … [subject]',
    parties: 'subject of the clause + the host (a person)',
    status: 'clause',
    example:
      'At a dinner given by Okafor, Duarte said the port would stay open. | Duarte was the guest of honour at a banquet hosted by Okafor.',
    trap: 'At a dinner given by Norvik, Duarte said the port would stay open.',
    reason:
      'Whoever the clause is about was at the meal its setting phrase names, with the person who gave it.',
  },
  {
    id: 'owner-meal-attended',
    pattern: '[subject] @LIGHT_VERBS [host:person] !@MEAL_NOUNS',
    parties: "subject of the light verb + the meal's owner (a person)",
    status: 'clause',
    example: "Duarte attended Okafor's dinner at the palace on Tuesday.",
    trap: "Duarte attended Norvik's dinner at the palace on Tuesday.",
    reason: "A person's dinner, shared with no one named, is one she gave: whoever attends it is her guest.",
  },
  {
    id: 'setting-owner-meal',
    pattern: '(at|during|over) [host:person] !@MEAL_NOUNS … [subject]',
    parties: "subject of the clause + the meal's owner (a person)",
    status: 'clause',
    example: "Duarte was the guest of honour at Okafor's banquet on Tuesday.",
    trap: "Duarte was the guest of honour at Norvik's banquet on Tuesday.",
    reason: 'The setting variant: whoever the clause is about was at the meal of its host.',
  },
  {
    id: 'meal-hosted-for',
    pattern: '!@MEAL_NOUNS (hosted|given|thrown|offered) by [host:person] for [object:person]',
    parties: 'the host + the guest of honour (people)',
    status: 'clause',
    example: 'A reception given by Okafor for Duarte on Monday drew two hundred guests.',
    trap: 'A reception given by Okafor for charity on Monday drew two hundred guests.',
    reason: 'A meal given by one person for another is one they share.',
  },
  // ---- a meeting that opens or closes a stretch of someone's time
  {
    id: 'phase-meal-hosted',
    pattern: '[subject] @PHASE_VERBS … with !@MEAL_NOUNS (hosted|given|thrown|offered) by [host:person]',
    parties: 'the subject (or the owner of the stretch of time) + the host (a person)',
    status: 'clause',
    example: "Duarte's visit ended with a dinner hosted by Okafor on Friday.",
    trap: "Duarte's visit ended with a dinner hosted by Norvik on Friday.",
    reason: 'A day or visit that closes with a meal a person gives closes at her table.',
  },
  {
    id: 'phase-noun-with',
    pattern: '[subject] @PHASE_VERBS … with !@MEETING_NOUNS with [object]',
    parties: 'the subject (or the owner of the stretch of time) + the with-phrase',
    status: 'clause',
    example:
      "Duarte's week began with talks with Okafor in Lisbon. | Duarte opened the visit with a meeting with Lee.",
    trap: "Duarte's week began with news of talks with Okafor. | The strike began with talks with Okafor.",
    reason:
      'A person, or a stretch of a person\'s time ("her week", "the visit"), that begins or ends with talks with Y: the person was in them.',
  },
  {
    id: 'phase-meal-with',
    pattern: '[subject] @PHASE_VERBS … with !@MEAL_NOUNS with [object]',
    parties: 'the subject (or the owner of the stretch of time) + the with-phrase',
    status: 'clause',
    example:
      "Duarte's week began with a lunch with Okafor in Lisbon. | Duarte ended her day with a dinner with Lee.",
    trap: "Duarte's week began with a lunch with donors in Lisbon.",
    reason: 'The meal variant: a day that closes with a dinner with Y is a dinner with Y.',
  },
  // ---- mentions that only point at meetings told elsewhere
  {
    id: 'inferred-noun-with',
    pattern: '[subject] … !@MEETING_NOUNS with [object]',
    parties: 'subject of the governing clause (probable) + the with-phrase',
    status: 'attach',
    example: 'Duarte met Okafor in May. | Duarte later disclosed meetings with Okafor.',
    trap: 'Duarte later disclosed meetings with officials.',
    reason:
      'The subject of "disclosed meetings with Y" probably took part; it adds a source, never a meeting.',
  },
  {
    id: 'inferred-owner',
    pattern: '[owner] … !@MEETING_NOUNS with [object]',
    parties: 'owner of an account of meetings (probable) + the with-phrase',
    status: 'attach',
    example: 'Duarte met Okafor in May. | The inquiry doubted Okafor’s accounts of two meetings with Duarte.',
    trap: 'The inquiry doubted the account of a meeting.',
    reason: 'An account of meetings told by someone points at meetings told elsewhere.',
  },
  {
    id: 'contact-with',
    pattern: '[subject] … !@CONTACT_NOUNS with [object]',
    parties: 'the subject + the with-phrase',
    status: 'attach',
    example: 'Duarte met Okafor in May. | Duarte did not disclose her contacts with Okafor.',
    trap: 'Duarte did not disclose her contacts with officials.',
    reason: 'Contacts, conversations and discussions may be calls or letters: they only add a source.',
  },
  {
    id: 'owner-contact-with',
    pattern: '[possessor] !@CONTACT_NOUNS with [object]',
    parties: 'possessor + the with-phrase',
    status: 'attach',
    example: 'Duarte met Okafor in May. | Critics asked about Duarte’s contacts with Okafor.',
    trap: 'Critics asked about Duarte’s contacts with officials.',
    reason: 'A possessed contact noun points at encounters told elsewhere.',
  },
  // ---- references to the meeting told before
  {
    id: 'anaphor',
    pattern: '@ANAPHORIC_DETERMINERS !@MEETING_NOUNS',
    parties: 'the meeting(s) this article told most recently',
    status: 'earlier',
    example: 'Duarte met Okafor in July and in September. | Neither meeting was made public.',
    trap: 'Neither plan was made public.',
    reason: '"the meeting", "either meeting", "those talks" point back at meetings already told.',
  },
  {
    id: 'attend-the-meeting',
    pattern: '[subject] @LIGHT_VERBS @ANAPHORIC_DETERMINERS !@MEETING_NOUNS',
    parties: 'the meeting told before + the subject as attendee',
    status: 'earlier',
    example: 'Duarte met Okafor in Geneva on Thursday. | Lee also attended the meeting.',
    trap: 'Duarte met Okafor in Geneva on Thursday. | Lee also attended the summit of the league.',
    reason: 'Whoever attends or joins "the meeting" joins the meeting told before.',
  },
  {
    id: 'the-meeting-attended-by',
    pattern: '@ANAPHORIC_DETERMINERS !@MEETING_NOUNS , (attended|chaired|hosted) by [agent:person]',
    parties: 'the meeting told before + the one agent as attendee',
    status: 'earlier',
    example:
      'Duarte met Okafor in Geneva on Thursday. | That meeting, which was then attended by Lee, ended at noon.',
    trap: 'Duarte met Okafor in Geneva on Thursday. | The meeting, attended by Norvik, ended at noon.',
    reason:
      'One person alone makes no meeting: "the meeting, attended by X" adds X to the meeting told before.',
  },
  {
    id: 'chair-the-meeting',
    pattern: '[subject] @CHAIRING_VERBS @ANAPHORIC_DETERMINERS !@MEETING_NOUNS',
    parties: 'the meeting told before + the chair as attendee',
    status: 'earlier',
    example: 'Duarte and Okafor held talks on Monday. | Lee chaired the talks.',
    trap: 'Duarte and Okafor held talks on Monday. | Norvik chaired the talks.',
    reason: 'A person who chaired "the talks" sat in the talks told before.',
  },
  {
    id: 'address-the-meeting',
    pattern: '[subject] (tell|address) @ANAPHORIC_DETERMINERS !@MEETING_NOUNS',
    parties: 'the meeting told before + the speaker as attendee',
    status: 'earlier',
    example: 'Duarte and Okafor held talks on Monday. | Lee told the meeting that the port would close.',
    trap: 'Duarte and Okafor held talks on Monday. | Lee told reporters that the port would close.',
    reason: 'Whoever speaks to a meeting is at it.',
  },
  {
    id: 'chaired-pronoun',
    pattern: '[subject] @CHAIRING_VERBS !(it|them)',
    parties: 'the meeting told before + the chair as attendee',
    status: 'earlier',
    example: 'Duarte and Okafor held talks on Monday. | Lee, who had chaired them, said little.',
    trap: 'Duarte and Okafor held talks on Monday. | Lee, who had read them, said little.',
    reason: 'What a chairing verb takes, unresolved to anyone, is the meeting told before.',
  },
];

const COMPILED: ReadonlyArray<{ row: Construction; elements: Element[] }> = CONSTRUCTIONS.map(row => ({
  row,
  elements: compilePattern(row.pattern),
}));

/** Each row with its compiled pattern, in table order. */
export function compiledConstructions(): ReadonlyArray<{ row: Construction; elements: Element[] }> {
  return COMPILED;
}

const TRIGGERING = new Set(
  COMPILED.flatMap(({ elements }) =>
    elements.flatMap(e => (e.kind === 'trigger' && e.lexicon ? [e.lexicon] : [])),
  ),
);

/** True when the word belongs to a lexicon that some row takes as its trigger. */
export function isTriggerWord(lexicon: string, word: string): boolean {
  return TRIGGERING.has(lexicon) && (TRIGGER_LEXICONS[lexicon]?.has(word) ?? false);
}

/** What every row triggered by this lexicon asks of the sentence: a with-phrase, a person as object. */
export function needsOf(lexicon: string): { needsWith: boolean; needsPersonObject: boolean } {
  const rows = COMPILED.filter(({ elements }) =>
    elements.some(e => e.kind === 'trigger' && e.lexicon === lexicon),
  );
  const afterTrigger = (elements: Element[]) => {
    const at = elements.findIndex(e => e.kind === 'trigger');
    // ("spent the afternoon … with": what the reader allows between asks nothing)
    return elements.slice(at + 1).find(e => e.kind !== 'lexicon' && e.kind !== 'gap');
  };
  return {
    needsWith:
      rows.length > 0 &&
      rows.every(({ elements }) => {
        const next = afterTrigger(elements);
        // ("spent five hours before the panel": after a span, a hearing's "before" stands where "with" would)
        const span = elements.some(e => e.kind === 'lexicon' && e.lexicon === 'SHORT_SPANS');
        return (
          next?.kind === 'words' &&
          (next.words.includes('with') ||
            (span && (next.words.includes('before') || next.words.includes('together'))))
        );
      }),
    needsPersonObject:
      rows.length > 0 && rows.every(({ elements }) => elements.some(e => e.kind === 'slot' && e.person)),
  };
}

/** The first row whose pattern matches what the reader found for this trigger, or null (then no fact). */
export function chooseConstruction(
  reading: SentenceReading,
  trigger: Trigger,
  skeleton: Skeleton,
): Construction | null {
  return COMPILED.find(({ elements }) => matchesSkeleton(reading, trigger, elements, skeleton))?.row ?? null;
}

/** The status a row implies ('earlier' for a mention of the meeting told before), or null for an unknown id. */
export function constructionStatus(id: string): ConstructionStatus | null {
  return CONSTRUCTIONS.find(row => row.id === id)?.status ?? null;
}
