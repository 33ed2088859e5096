// The English words of meeting reports: "met with", "held talks", "a summit of", "denied meeting", "a future
// meeting". General vocabulary, matched on lower-case lemmas or surface forms; nothing here names a story.

/** Verbs whose subject and object took part in one encounter: "Duarte met Okafor". */
export const MEETING_VERBS = new Set(['meet', 'confer', 'huddle', 'dine']);

/** Verbs that are an encounter only with a person as object: "Duarte visited Okafor", "hosted", "received". */
export const VISIT_VERBS = new Set(['visit', 'host', 'receive']);

/** Verbs of being seen, whose passive a gerund of the encounter follows: "was spotted having dinner with". */
export const PERCEPTION_VERBS = new Set(['see', 'spot', 'picture', 'photograph', 'film', 'catch', 'observe']);

/** Verbs whose passive with "to" tells a person was brought somewhere: "was summoned / called to the ministry". */
export const CALLED_IN_VERBS = new Set(['summon', 'call']);

/** Adverbs of the present inside a progressive: "is now meeting", "are currently meeting" (a live report). */
export const NOW_ADVERBS = new Set(['now', 'currently']);

/** Verbs of holding a meeting, told in the passive before its parties: "talks were held … between X and Y". */
export const HOLDING_VERBS = new Set(['hold', 'convene', 'organise', 'organize', 'stage']);

/** Verbs whose object is a place one is at: "visited Rosedale Hospital, where she met …". */
export const PLACE_VISITING_VERBS = new Set(['visit', 'tour', 'inspect', 'attend']);

/** Verbs of receiving a person somewhere: "welcomed Okafor to Lisbon", "greeted Okafor at the airport". */
export const RECEPTION_VERBS = new Set(['welcome', 'greet']);

/** Verbs of guiding a visitor: "showed Okafor around the plant", "guided Okafor round the site". */
export const GUIDE_VERBS = new Set(['show', 'guide']);

/** Verbs of conversation: an encounter only when held somewhere ("spoke with Okafor at the embassy", "talked with
 * Okafor on the sidelines of the summit"); "spoke with Okafor" alone may be by phone. */
export const CONVERSATION_VERBS = new Set(['speak', 'talk', 'chat']);

/** "on the sidelines of the summit", "on the margins of the congress": beside a gathering, in person. */
export const SIDELINE_NOUNS = new Set(['sidelines', 'margins', 'fringes']);

/** Verbs of going round a place in someone's company: "toured the plant with Okafor". */
export const TOUR_VERBS = new Set(['tour']);

/** Verbs of taking a person along on an outing: "took Okafor on a tour of the yard", "led Okafor on a walk". */
export const ESCORT_VERBS = new Set(['take', 'lead']);

/** Outings one person takes another on, in person (after ESCORT_VERBS + "on"). */
export const OUTING_NOUNS = new Set(['tour', 'tours', 'walk', 'walkabout', 'visit', 'inspection']);

/** Verbs of time spent in someone's company: "spent the evening with Okafor". */
export const TIME_TOGETHER_VERBS = new Set(['spend']);

/** Spans of time no longer than a day: spent with someone they make an encounter, not a stay. */
export const SHORT_SPANS = new Set([
  'minutes',
  'hour',
  'hours',
  'morning',
  'afternoon',
  'evening',
  'night',
  'day',
]);

/** Nouns that name an encounter: "a meeting between", "talks with", "the summit of". */
export const MEETING_NOUNS = new Set([
  'meeting',
  'meetings',
  'talks',
  'encounter',
  'encounters',
  'summit',
  'summits',
  'sit-down',
  'get-together',
  'tete-a-tete',
  'audience',
  'consultations',
  'session',
  'sessions',
]);

/** Meals shared "with" someone are meetings: "had dinner with Okafor". */
export const MEAL_NOUNS = new Set([
  'breakfast',
  'lunch',
  'luncheon',
  'dinner',
  'supper',
  'banquet',
  'reception',
  'coffee',
  'tea',
]);

/** Places that stand for the person whose they are: a visit to "Okafor's home" or "her office" is a visit to her. */
export const PERSONAL_PLACE_NOUNS = new Set([
  'home',
  'house',
  'residence',
  'office',
  'flat',
  'apartment',
  'villa',
  'farm',
  'ranch',
  'estate',
  'bedside',
]);

/** Verbs by which people share a meal: "had lunch with Okafor", "Duarte and Okafor shared a dinner". */
export const MEAL_SHARING_VERBS = new Set(['have', 'share', 'eat', 'attend', 'join', 'enjoy', 'grab']);

/** Prepositions that set a meal shared "with" someone as the occasion: "over lunch with", "at a dinner with", "her
 * week began with a lunch with". */
export const MEAL_SETTING_PREPOSITIONS = new Set(['over', 'at', 'during', 'after', 'before', 'for', 'with']);

/** Nouns that may or may not be a meeting (calls, letters): they only point at meetings found elsewhere. */
export const CONTACT_NOUNS = new Set([
  'contact',
  'contacts',
  'interaction',
  'interactions',
  'discussions',
  'conversations',
]);

/** Plural and collective heads that stand for the organization they belong to: "senior party members", "the
 * company's executives", "negotiators for the union" -> the organization is the party. A singular role ("the chief
 * executive of X") is one person, never the body. */
export const MEMBER_NOUNS = new Set([
  'members',
  'officials',
  'executives',
  'negotiators',
  'representatives',
  'delegates',
  'delegation',
  'delegations',
  'envoys',
  'leaders',
  'leadership',
  'team',
  'management',
  'staff',
]);

/** Words that open the named members of a group just told: "parents' leaders including Weil and Quinn",
 * "representatives of the union, among them Okafor," -> the members named took part as the group did. */
export const INCLUSION_MARKERS = new Set(['including', 'among them', 'among whom', 'among those']);

/** Phrases of manner that may stand between a meeting verb and its company or its end: "met face to face",
 * "met in person with Okafor", "met one on one", "met alone for an hour", "met in secret". Skipped as an adverb is
 * ("alone" is tagged an adjective, which would end the reading; "behind closed doors" is a setting, read as one). */
export const MANNER_ADVERBIALS = [
  'face to face',
  'in person',
  'one on one',
  'in private',
  'alone',
  'in secret',
];

/** Verbs of telling a person something face to face, whose subject and object were both at the meeting that sets
 * the clause: "Duarte briefed Okafor on the cuts at a meeting". */
export const BRIEFING_VERBS = new Set([
  'brief',
  'tell',
  'inform',
  'update',
  'assure',
  'urge',
  'press',
  'warn',
  'ask',
]);

/** Openings of a sentence that names members of the group the sentence before ended on: "… sat down with cruise
 * operators. Among them was Okafor, …" (lower case, matched at the start of the next sentence). */
export const MEMBERS_NEXT_OPENERS = [
  'among them was',
  'among them were',
  'among those present was',
  'among those present were',
  'they included',
  'those present included',
];

/** Nouns for a person chosen for a post: "the cabinet pick", "the nominee" (the one the article told as named,
 * nominated or appointed). */
export const APPOINTEE_NOUNS = new Set(['pick', 'nominee', 'appointee']);

/** Verbs of choosing a person for a post, as written before the person chosen: "named Duarte", "appointed Duarte". */
export const APPOINTING_FORMS = new Set([
  'named',
  'nominated',
  'appointed',
  'picked',
  'chose',
  'chosen',
  'tapped',
  'selected',
  'designated',
]);

/** Groups a person leads and stands for: "a delegation led by Okafor", "the team was headed by Okafor". */
export const LED_GROUP_NOUNS = new Set([
  'delegation',
  'team',
  'mission',
  'panel',
  'committee',
  'commission',
  'board',
]);

/** Participles of leading a group: "led by", "headed by". */
export const LEADING_PARTICIPLES = new Set(['led', 'headed', 'chaired']);

/** Nouns that measure how long or how often talks went on: "two hours of talks", "three rounds of talks". */
export const MEASURE_NOUNS = new Set([
  'minutes',
  'hour',
  'hours',
  'day',
  'days',
  'week',
  'weeks',
  'months',
  'round',
  'rounds',
  'series',
]);

/** Verbs of travel: "flew to the capital for talks with X" — the traveller takes part, the destination is the place. */
export const TRAVEL_VERBS = new Set([
  'fly',
  'travel',
  'go',
  'come',
  'arrive',
  'head',
  'return',
  'journey',
  'drive',
]);

/** Verbs of a meeting's course, or of a stretch of time it opens or closes (lemmas, with particle): "talks broke
 * down", "Duarte's week began with a lunch with Okafor", "Duarte opened the visit with talks with Okafor". */
export const PHASE_VERBS = new Set([
  'take place',
  'begin',
  'start',
  'open',
  'end',
  'finish',
  'conclude',
  'close',
  'break down',
  'break up',
  'collapse',
  'stall',
  'resume',
  'wrap up',
  'last',
  'kick off',
  'round off',
]);

/** Means by which people talk without meeting: "spoke by telephone", "met by video link", "a virtual meeting". A
 * call is no meeting in person (graph model), so an encounter told with one of these is not reported. */
export const REMOTE_MEANS = new Set([
  'phone',
  'telephone',
  'video',
  'videolink',
  'video-link',
  'videoconference',
  'video-conference',
  'teleconference',
  'zoom',
  'skype',
  'virtual',
  'virtually',
  'online',
  'remotely',
  'webcam',
]);

/** Prepositions that tell the means of a conversation: "by phone", "over the phone", "via video link". */
export const MEANS_PREPOSITIONS = new Set(['by', 'over', 'on', 'via']);

/** Stretches of a person's time or travel a phase verb opens or closes with a meeting: "her week began with". */
export const TIME_SPAN_NOUNS = new Set([
  'day',
  'week',
  'weekend',
  'morning',
  'afternoon',
  'evening',
  'visit',
  'trip',
  'tour',
  'stay',
  'mission',
  'journey',
  'programme',
  'program',
  'schedule',
  'agenda',
]);

/** Verbs that make their subject a party to the meeting named by their object: "Lee attended a meeting between". */
export const LIGHT_VERBS = new Set([
  'have',
  'hold',
  'resume',
  'attend',
  'join',
  'host',
  'take',
  'chair',
  'preside',
  'mediate',
  'moderate',
  'convene',
  'arrange',
  'conduct',
  'enjoy',
  'share',
  'grab',
]);

/** Verbs by which a person leads talks others hold, and so sits in them: "Halloran chaired the talks", "presided over". */
export const CHAIRING_VERBS = new Set(['chair', 'preside', 'mediate', 'moderate']);

/** Participles whose agent runs the talks, dinner or meeting they describe, and so sits in them: "in talks hosted by
 * Lee", "at a dinner chaired by Lee". */
export const HOSTING_PARTICIPLES = new Set([
  'hosted',
  'chaired',
  'convened',
  'mediated',
  'moderated',
  'brokered',
]);

/** Multi-word verbs of going to see a person: "called on Okafor", "paid a visit to Okafor", "went to see Okafor". */
export const PHRASAL_VISIT_VERBS = new Set([
  'call on',
  'pay a visit to',
  'pay a call on',
  'pay a courtesy call on',
  'go to see',
  'come to see',
  'drop in on',
]);

/** Verbs that put one meeting right before or after another: "his meeting with Y, which followed an audience with
 * Z" — the second has the owner of the first. */
export const SEQUENCE_VERBS = new Set(['follow', 'precede']);

/** Verbs of facing someone, an encounter only "across" a table: "faced Okafor across the table" (not "faced
 * Okafor in the final"). */
export const FACING_VERBS = new Set(['face']);

/** Verbs of questioning a person face to face: "Lee interviewed Duarte", "Duarte was interviewed by Lee". */
export const INTERVIEW_VERBS = new Set(['interview', 'question', 'grill']);

/** Verbs of a hearing: a person answering before a body or a person who hears her, "testified before the panel",
 * "appeared before the committee", "gave evidence to Lee's commission". The opener is "before" or "to". */
export const HEARING_VERBS = new Set(['testify', 'appear', 'give evidence', 'give testimony']);

/** Verbs of confronting a person face to face: "confronted Okafor in the hall", "was accosted by Okafor". */
export const CONFRONTING_VERBS = new Set(['confront', 'accost']);

/** Verbs of sitting with or facing someone: "sat across the table from Okafor", "sat with Okafor". */
export const SEATING_VERBS = new Set(['sit']);

/** Words that, after "be", put the subject in a room in someone's company: "was inside for an hour with Okafor",
 * "was closeted with Okafor", "was alone with Okafor". */
export const PRESENCE_WORDS = new Set(['inside', 'closeted', 'alone']);

/** Verbs of calling a person in to see one: "Okafor summoned Duarte to his office", "called in the envoy". */
export const SUMMONING_VERBS = new Set(['summon', 'call in']);

/** What one summoned came for, when it is to see the person named: "was called in to see Okafor". */
export const SUMMONS_PURPOSE_VERBS = new Set(['see']);

/** Verbs of walking in someone's company: "walked with Okafor through the gardens", "strolled together". */
export const WALK_VERBS = new Set(['walk', 'stroll']);

/** Verbs of joining someone for a shared occasion: "joined Okafor for dinner", "joined Okafor for talks". */
export const JOINING_VERBS = new Set(['join']);

/** What one joins someone for, an encounter: a meeting or a meal ("for talks", "for a late dinner"). */
export const SHARED_OCCASIONS = new Set<string>([...MEETING_NOUNS, ...MEAL_NOUNS]);

/** Where one joins someone in person: an encounter, or an event or outing both attend ("joined Okafor at a rally",
 * "joined Okafor on a visit to the port"). */
export const JOINT_OCCASIONS = new Set<string>([
  ...SHARED_OCCASIONS,
  'rally',
  'event',
  'ceremony',
  'visit',
  'tour',
  'trip',
  'inspection',
  'parade',
  'march',
  'vigil',
  'memorial',
  'funeral',
  'launch',
  'opening',
  'conference',
  'briefing',
  'fundraiser',
  'gala',
  'celebration',
  'commemoration',
  'walkabout',
]);

/** Verbs of giving a meal in someone's honour: "hosted a dinner for Okafor", "gave a lunch for Okafor". */
export const MEAL_GIVING_VERBS = new Set(['host', 'hold', 'give', 'throw']);

/** Verbs of a handshake told by the hand shaken: "shook Okafor's hand" (with BODY_CONTACT_NOUNS). */
export const HANDSHAKE_VERBS = new Set(['shake', 'clasp', 'grasp']);

/** What is shaken or clasped in a greeting: "shook her hand", "clasped Okafor's hands". */
export const BODY_CONTACT_NOUNS = new Set(['hand', 'hands']);

/** Phrasal encounters: "sat down with", "got together with", "shook hands with". */
export const PHRASAL_ENCOUNTERS = new Set(['sit down', 'get together', 'catch up', 'shake hands']);

/** Verbs (and nouns) by which a party says an encounter did not happen: "denied meeting", "rejected claims that". */
export const DENIAL_WORDS = new Set([
  'deny',
  'denied',
  'denies',
  'denying',
  'denial',
  'denials',
  'reject',
  'dismiss',
  'refute',
  'dispute',
  'rebut',
]);

/** Words that call a "that" clause untrue ("it is false that they met"), and those that do once negated ("not true
 * that"). */
export const FALSITY_WORDS = new Set([
  'false',
  'untrue',
  'baseless',
  'groundless',
  'fabricated',
  'nonsense',
  'incorrect',
  'inaccurate',
  'wrong',
]);
export const TRUTH_WORDS = new Set(['true', 'correct', 'accurate', 'right']);

/** Governors of "to meet" that announce or hope for a meeting: "plans to meet", "is expected to meet". */
export const PLANNING_WORDS = new Set([
  'plan',
  'hope',
  'expect',
  'intend',
  'want',
  'wish',
  'seek',
  'agree',
  'aim',
  'schedule',
  'set',
  'due',
  'prepare',
  'propose',
  'offer',
  'arrange',
  'invite',
  'promise',
  'vow',
  'look',
]);

/** Adjectives and nouns that make a meeting prospective: "a future meeting", "plans for talks". */
export const PROSPECTIVE_MODIFIERS = new Set([
  'future',
  'planned',
  'proposed',
  'possible',
  'potential',
  'upcoming',
  'prospective',
  'expected',
  'scheduled',
  'next',
  'forthcoming',
  'anticipated',
  'prospects',
  'prospect',
  'plans',
  'plan',
  'idea',
  'hopes',
  'hope',
  'offer',
  'invitation',
  'request',
  'calls',
]);

/** Modals that leave an encounter hypothetical: "could meet", "would have met". */
export const HYPOTHETICAL_MODALS = new Set(['would', 'could', 'might', 'may', 'should', 'must', "'d"]);

/** Words that make a clause conditional or a question: "if they met", "whether Okafor met". */
export const CONDITIONAL_WORDS = new Set(['if', 'whether', 'unless']);

/** Words that present an encounter as unproven: "alleged meetings", "claims that they met". */
export const HEARSAY_WORDS = new Set([
  'alleged',
  'allegedly',
  'allegation',
  'allegations',
  'claims',
  'rumours',
  'rumors',
  'speculation',
  'purported',
  'reportedly',
]);

/** Words that end the clause of a meeting: its date and place are not looked for beyond them. */
export const CLAUSE_BOUNDARIES = new Set([
  'when',
  'while',
  'whereas',
  'because',
  'but',
  'although',
  'though',
  'which',
  'who',
  'whom',
  'whose',
  'where',
  'according',
  'before',
  'after',
  'since',
  'until',
  'said',
  'says',
  'told',
  'as',
  'so',
]);

/** A date behind these words is another event's, not the meeting's: "met before the election in November". */
/** "was expected to meet", "were due to meet": words of a plan told as of the past (its days are this week's). */
export const PAST_PLAN_WORDS = new Set([
  'expected',
  'due',
  'scheduled',
  'set',
  'slated',
  'supposed',
  'planned',
  'meant',
]);

/** Units that date a time by another event: "the day before the vote", "weeks after the election", "hours
 * before the summit". That event's date is not the publication's, so no recency month is inferred. */
export const EVENT_RELATIVE_UNITS = new Set([
  'hour',
  'hours',
  'day',
  'days',
  'night',
  'morning',
  'evening',
  'week',
  'weeks',
  'month',
  'months',
]);

/** Words that take an undated report out of the recent past, so the publication month does not date it: "has never
 * met", "had met before", "met regularly", "a previous meeting". */
export const NOT_RECENT_WORDS = new Set([
  'ever',
  'never',
  'before',
  'previously',
  'already',
  'often',
  'repeatedly',
  'once',
  'long',
  'since',
  'regularly',
  'previous',
  'prior',
  'former',
  'past',
  'earlier',
  'original',
  'initial',
  'years',
  'decades',
]);

export const RELATIONAL_TIME_WORDS = new Set([
  'before',
  'after',
  'since',
  'until',
  'prior',
  'ahead',
  'following',
  'by',
  'till',
]);

/** Towns and stretches of land: "in the capital", "in a border village", "in rebel-held areas"; a name in
 * apposition says which ("the mountain capital, Tarvena,"). */
export const TOWN_NOUNS = [
  'capital',
  'city',
  'town',
  'village',
  'district',
  'province',
  'region',
  'territory',
  'area',
  'areas',
];

/** Head nouns of places where people meet: "at a hotel in Geneva", "in her office". */
export const VENUE_NOUNS = new Set([
  'office',
  'offices',
  'hotel',
  'embassy',
  'consulate',
  'residence',
  'palace',
  'headquarters',
  'home',
  'house',
  'restaurant',
  'ministry',
  'building',
  'convention',
  'congress',
  'conference',
  'summit',
  'forum',
  'airport',
  'base',
  'club',
  'cafe',
  'café',
  'room',
  'chancellery',
  'villa',
  'estate',
  'resort',
  'hall',
  'center',
  'centre',
  'capitol',
  'parliament',
  'retreat',
  'dacha',
  'mansion',
  'lodge',
  'bar',
  'camp',
  'gathering',
  'vessel',
  'boat',
  'trawler',
  'ferry',
  'assembly',
  'festival',
  'rally',
  'gala',
  'reception',
  'ceremony',
  'dinner',
  'lunch',
  'breakfast',
  'tower',
  'square',
  'castle',
  'stadium',
  'university',
  'farm',
  'ranch',
  'plane',
  'aircraft',
  'ship',
  'yacht',
  'train',
  'studio',
  'studios',
  'suite',
  'apartment',
  'flat',
  'headquarter',
  'ground',
  'grounds',
  'factory',
  'plant',
  'port',
  'station',
  'school',
  'hospital',
  'church',
  'cathedral',
  'mosque',
  'temple',
  'museum',
  'library',
  'theatre',
  'theater',
  'gallery',
  'park',
  'garden',
  'gardens',
  'pub',
  'canteen',
  'compound',
  'courthouse',
  'chambers',
  'barracks',
  'academy',
  'campus',
  'arena',
  'venue',
  'lobby',
  'terrace',
  'kitchen',
  'depot',
  'warehouse',
  'mill',
  'yard',
  'shipyard',
  'refinery',
  'mine',
  'quarry',
  'dock',
  'docks',
  'site',
  'works',
  'chamber',
  'boardroom',
  'courtroom',
  'secretariat',
  'premises',
  'fair',
  ...TOWN_NOUNS,
]);

/** Venue heads that also make idioms ("in the works" is being planned): a venue only with a modifier ("the sewage
 * works", "the company's works"). */
export const MODIFIED_VENUE_NOUNS = new Set(['works', 'area', 'areas']);

/** Prepositions that open a place: "in Helsinki", "at the embassy", "on the sidelines of". */
export const PLACE_PREPOSITIONS = new Set(['in', 'at', 'inside', 'aboard']);

/** Number words for counts: "two meetings", "met three times". */
export const COUNT_WORDS: Record<string, number> = {
  once: 1,
  twice: 2,
  thrice: 3,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  both: 2,
};

/** Determiners that refer back to meetings already told: "the meetings", "either meeting", "those talks". */
export const ANAPHORIC_DETERMINERS = new Set([
  'the',
  'either',
  'both',
  'those',
  'these',
  'that',
  'this',
  'each',
  'neither',
]);

/** Determiners compromise may tag otherwise ("either" as a conjunction): they open a noun phrase. */
export const QUANTIFYING_DETERMINERS = new Set([
  'either',
  'neither',
  'both',
  'each',
  'those',
  'these',
  'several',
  'two',
  'three',
]);

/** Verbs of reported speech by which a party claims an encounter ("X told reporters that he had met Y"): a meeting
 * told only this way, and denied by the other party, is denied (contested-claims.ts). */
export const CLAIM_VERBS = new Set([
  'say',
  'reveal',
  'tell',
  'report',
  'claim',
  'insist',
  'assert',
  'boast',
  'maintain',
  'allege',
  'testify',
  'suggest',
]);

/** Nouns whose "that" clause is someone's claim: "claims by the embassy that she had met him". */
export const CLAIM_NOUNS = new Set([
  'claim',
  'claims',
  'report',
  'reports',
  'allegation',
  'allegations',
  'accusation',
  'accusations',
  'suggestion',
  'suggestions',
  'assertion',
  'assertions',
]);

/** A caption of a plan, a call or an absence shows no encounter: "ahead of talks", "by video link", "file photo". */
export const CAPTION_NOT_SHOWN =
  /\b(will|ahead of|by (video|phone|telephone)|file (photo|picture)|archive|in \d{4})\b/i;
