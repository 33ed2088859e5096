// "I never met him" -> denial; "It is a disgrace" -> accusation; "I cannot comment on that", "I'm not going to
// discuss it" and "would not go into the details" -> refusal;
// "She should have warned us" -> accusation; "The plan will work" -> claim. The kind a statement's own words carry,
// used when the reporting verb is neutral (say, tell, add) and for quotations.
import type { StatementKind } from '@news-kg/graph-model';
import { findReportingVerb } from './reporting-verbs';

const REFUSAL =
  /\b(?:can ?not|can't|could(?: not|n't)|would(?: not|n't)|will not|won't|does not|do not|doesn't|don't|unable to|not able to|not in a position to|declined? to|refused? to|not going to|never going to)\s+(?:\w+\s+)?(?:comment|confirm|discuss|speculate|elaborate|disclose|reveal|say|prejudge|(?:go|get)\s+into\s+(?:(?:[^.]{0,40}?\s)?(?:details?|specifics|particulars|debate|argument|discussion)|who|what|whether|why|how|where|when|which)\b)\b|\bno (?:further )?comment\b|\bnothing (?:further |more )?to add\b|\bnot\s+(?:immediately\s+|yet\s+)?(?:respond|repl(?:y|ied)|return)(?:ed|s)?\s+(?:to\s+)?(?:(?:a|an|the|our|his|her|their|its|repeated|several|multiple|two|three|written)\s+)*(?:requests?|calls?|messages?|e-?mails?|inquir(?:y|ies)|enquir(?:y|ies)|queries|questions)\b|\b(?:calls?|messages?|e-?mails?|requests?|inquir(?:y|ies)|enquir(?:y|ies)|queries)\b[^.]{0,80}?\b(?:was|were|has|have)(?:n't|\s+not)\s+(?:been\s+)?(?:immediately\s+)?(?:returned|answered)\b|\bnot\s+(?:been\s+)?(?:immediately\s+|publicly\s+|officially\s+)?(?:confirmed|commented on)\s+by\b/i;
/** The speaker's own act of confirming, in the words: "I can confirm that we met", "we acknowledge that …", "it is
 * true that …" ("cannot confirm" is a refusal, tried first). */
const CONFIRMATION =
  /\b(?:i|we)\s+(?:can|could|will|would)\s+(?:now\s+|also\s+|happily\s+)?confirm\b|\b(?:i|we)\s+(?:confirm|acknowledge|admit)\s+that\b|^\W*(?:it is|it's|it was)\s+true\s+that\b/i;
/** "should never have signed the waiver", "shouldn't have said": a reproach of someone's conduct. */
const REPROACH = /\bshould(?:n't| not)?\s+(?:never\s+|not\s+)?have\s+(?:never\s+|not\s+)?\w+(?:ed|en|d|t)\b/i;
const FALSITY =
  /["\u201c](?:pure\s+|an?\s+|complete\s+|total\s+|sheer\s+)?(?:invention|fiction|fantasy|fabrication)[.!]?["\u201d]|\b(?:(?:not|never|nothing|none)\s+(?:\w+\s+)?correspond(?:s|ed|ing)?\s+(?:in\s+any\s+way\s+)?(?:to|with)\s+(?:the\s+)?(?:truth|reality|facts?)|false|untrue|not true|not the case|not correct|not accurate|baseless|groundless|unfounded|fabricat\w*|fake|nonsense|lies|a lie|no truth|absurd|without (?:any\s+)?(?:foundation|merit|basis|substance)|no basis in fact|hogwash|drivel|twaddle|poppycock|balderdash|(?:a\s+)?fairy[- ]?tales?|(?:idle\s+|mere\s+|pure\s+)?gossip(?!\s+(?:columns?|columnists?|magazines?|pages?|sites?))|hearsay|tittle-tattle|without\s+(?:a\s+single|one|any)\s+(?:name|names|witness|witnesses|source|sources|fact|facts|shred|scrap)|(?:rubbish|garbage|tosh)(?!\s+(?:collections?|bins?|bags?|tips?|dumps?|lorr(?:y|ies)|trucks?|heaps?|piles?|disposal|cans?|strewn|piled|left|dumped)))\b/i;
/** The speaker rejects an account in the words: "it categorically rejects the regulator's findings", "we dispute
 * the figures", "I deny the allegations" (an offer or a demand turned down is no denial: "we reject the offer"). */
const CONTENT_REJECTION =
  /\b(?:i|we|it|he|she|they)\s+(?:\w+ly\s+|also\s+|still\s+|strongly\s+)?(?:reject|den(?:y|ies)|dispute|refute|contest|deny|disagree(?:s|d)?\s+with)s?\s+(?:(?:the|these|those|this|that|all|any|such|their|his|her|its|your)\s+)*(?:[\w'\u2019-]+\s+){0,2}?(?:findings?|claims?|allegations?|accusations?|reports?|suggestions?|charges?|criticism|conclusions?|characteri[sz]ations?|version|account|assertions?|figures|insinuations?|implications?)\b/i;
/** Disbelief at a suggestion: "I can't believe anyone would suggest I took money", "could not believe they would
 * claim that" — the speaker holds what was suggested to be unthinkable. */
const DISBELIEF =
  /\b(?:can ?not|can['\u2019]t|could(?:n['\u2019]t| not))\s+believe\s+(?:that\s+)?(?:anyone|anybody|someone|somebody|people|they|he|she|you|the\s+\w+)\s+(?:would|could|can|is|are|was|were|has|have|had)\s+(?:even\s+|actually\s+|seriously\s+)?(?:suggest|say|claim|think|accuse|imply|allege|insinuate|believe|question)\w*\b/i;
/** Disbelief of an account, as an object that closes the words: "he did not believe them" (the reports asked
 * about), "we do not believe the story" (not a belief about a clause: "did not believe the plant would close"). */
const DISBELIEVED_ACCOUNT =
  /\b(?:did|do|does)(?:n['\u2019]t|\s+not)\s+believe\s+(?:them|it|this|that|those|these|(?:the|such|these|those)\s+(?:[\w'\u2019-]+\s+)?(?:reports?|claims?|stor(?:y|ies)|allegations?|rumou?rs?|accounts?|suggestions?))\W*$/i;
/** Falsity words in another sense, blanked before FALSITY is tried: the verb "lies in / with" ("the problem lies
 * in the formula"), idioms ("a false dawn", "a false start"), a proposal judged ("absurd to expect"), an admission
 * ("we were mistaken to trust"), and false testimony given, which charges someone (see FALSE_TESTIMONY). */
const NOT_FALSITY =
  /\blies\s+(?:in|with|at|on|ahead|behind|within|beyond|elsewhere|between|outside|inside|partly|mainly|largely|squarely|firmly)\b|\bfalse\s+(?:dawn|start|alarm|sense|economy|hopes?|modesty|impression|move|step)\b|\b(?:absurd|mistaken)\s+to\b/gi;
/** "gave false information to the league", "filed false statements": someone's false testimony is a charge. */
const FALSE_TESTIMONY =
  /\bfalse\s+(?:information|evidence|testimony|statements?|declarations?|documents?|accounts|papers|records|invoices|claims?\s+for)\b/i;
/** Words that say an account was wrong: "X misspoke", "the report was mistaken", "that is incorrect", "the
 * letters were taken out of context". A
 * correction denies what was said, whoever said it. Plain "wrong" only after a word for an account ("the story is
 * wrong"), or when the words are the judgement alone (a speaker called something "simply wrong": the account that
 * went before): "what he did was wrong" blames a deed. */
const CORRECTION =
  /^\W*(?:simply\s+|plain\s+|plainly\s+|just\s+|flat\s+|completely\s+|totally\s+|dead\s+)?wrong\W*$|\b(?:misspoke|misspoken|misspeaks?|misquoted|misreported|misrepresent(?:ed|s|ing)?|distorted|mistaken|incorrect|inaccurate|out of context)\b|\b(?:(?:reports?|story|stories|claims?|accounts?|allegations?|accusations?|suggestions?|speculation|rumou?rs?|idea)(?:\s+(?:of|about|in|on|from|by|that)\b(?:\s+[\w'\u2019]+){1,5}?)?|that|this)\s+(?:is|was|are|were)\s+(?:simply\s+|completely\s+|plainly\s+|just\s+|totally\s+|utterly\s+|entirely\s+|pure\s+|purely\s+)?["'\u201c\u2018]?(?:wrong|ridiculous|laughable|preposterous|speculation|speculative|fiction|a fiction|a fantasy|fantasy|wide of the mark|made up|invented)\b/i;
/** An account (or a pronoun pointing back at one) and the judgement "wrong": 'that "simply wrong"', 'the report
 * plain wrong'. */
export const ACCOUNT_CALLED_WRONG =
  /^\W*(?:that|this|it|those|these|(?:the|their|his|her|its|such)\s+(?:[\w'\u2019-]+\s+){0,2}?(?:reports?|claims?|stor(?:y|ies)|accounts?|allegations?|suggestions?|figures|findings|version))?[\s"'\u201c\u2018]*(?:simply\s+|plain\s+|plainly\s+|just\s+|flat\s+|completely\s+|totally\s+|dead\s+)?wrong\b/i;

/** Negation that denies a fact; modal negation (would not, cannot) speaks of the future or of ability instead. */
const NEGATION =
  /\b(?:never|nobody|no one|nothing|none)\b|\bno such\b|\bnot (?:one|a single)\b|\bthere\s+(?:is|was|were|are|has been|have been)\s+no\b|\b(?:did|does|do|has|have|had|was|were|is|are)(?:n't|\s+not)\b|\b(?:knew|know|knows|had|has|have|found|saw|sees|see)\s+(?:of\s+)?no\b|\bin no way\b|\bat no (?:point|time|stage)\b/i;
/** Not denials of a fact: "no idea", "not only", and advice or obligation ("nobody should panic"). */
const NOT_A_DENIAL =
  /\b(?:no idea|no doubt|not only|no longer|nothing but|never before|(?:nobody|no one)\s+(?:should|must|needs? to|has to|ought to))\b|\bor nothing\b|\bnot\s+(?:\w+\s+){0,3}enough\b|\b(?:is|was|are|were)(?:n't|\s+not)\s+(?:just\s+|only\s+|simply\s+)?about\b|\b(?:do|does|did)(?:n't|\s+not)\s+(?:really\s+)?(?:think|believe|feel|want|wish|intend|expect|plan|mean|know\s+(?:whether|if|when|how|what|why))\b|\bnot\s+["'\u201c\u2018]?(?:too|so|very|particularly|entirely|overly|terribly|that)\s+(?=\w)|\b(?:not|no|nothing|never)\s+(?:[\w'\u2019]+\s+){0,5}?yet\b|\bnot\s+yet\b|\b(?:nobody|no one)\s+(?:really\s+)?(?:wants?|likes?|expects?|thinks?|believes?|hopes?|needs?)\b|\bnothing\s+(?:has|had|have)\s+changed\b|\b(?:nothing|not)\s+(?:very\s+|particularly\s+|especially\s+|at all\s+)?(?:new|unusual|substantial|significant|special|concrete|extraordinary|out of the ordinary)\b/gi;
/** What a speaker is said to have had and can deny having: a tie, a part, knowledge, a record, an intention. */
const HELD_TIES = String.raw`(?:such|record|records|contact|contacts|links?|ties|connections?|dealings|involvement|role|part|knowledge|relationship|relations|stake|shares|interest|business|communications?|conversations?|meetings?|discussions?|talks|intention|plans?|hand|access|idea|money\s+from|payments?|agreement|arrangement|understanding|deal|affair|reason|evidence|proof|complaints?|warnings?|reports?|information|indication|sign|memory|recollection|cover-?up|conspiracy|collusion|wrongdoing|impropriety|misconduct|breach|leak|bribes?|pressure|interference|attempt|plot|order|orders|instructions?|requests?|calls?|favou?ritism|conflict|truth|basis|foundation|question|doubt|case|link|secret|danger|risk|threat|need|cause)\b`;
/** Negations that speak of something other than a fact charged against the speaker, so they deny nothing:
 * - a witness's account of a scene: "I never saw the two men together", "had not seen her alone with anyone";
 * - a position that stays put: "our offer has not changed", "we have not moved an inch" (not "did not move the
 *   funds": a change done to an object is a deed);
 * - what others will not do, what will not happen: "nobody at the ministry will answer", "no one would listen",
 *   "none of its flights would leave before noon", "nothing will change";
 * - a reproach of the addressee: "you've never once asked us", "you did not listen";
 * - a circumstance: "with nobody else in the room";
 * - unreadiness: "is not ready to sign", "was not willing to wait";
 * - a state of mind, a reassurance, how far a process has gone, a superlative of experience, what one is doing
 *   now, casualties and decisions pending (each below). */
const NOT_A_DENIAL_OF_A_CHARGE = [
  /\b(?:never|not)\s+(?:\w+\s+){0,2}?(?:seen|saw|see|heard|hear|noticed|watched|witnessed)\s+(?:[\w'\u2019]+\s+){1,5}?(?:together|alone)\b/gi,
  /\b(?:has|have|had|did|does|do)(?:n['\u2019]t|\s+not|\s+never)\s+(?:\w+\s+)?(?:chang|mov|shift|budg|waver|soften)(?:ed|e|ing)?\b(?!\s+(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|any|some)\s+(?!inch|bit|step|millimetre|metre|meter)\w)/gi,
  /\b(?:nobody|no one|none|nothing)\s+(?:[\w'\u2019]+\s+){0,4}?(?:will|would|can|could|wants?\s+to|is\s+willing\s+to)\b/gi,
  /\byou(?:['\u2019](?:ve|d|re))?\s+(?:(?:have|had|did|do|does|are|were)(?:n['\u2019]t|\s+not|\s+never)|never|not)\b/gi,
  /\bwith\s+(?:nobody|no one|none)(?:\s+else)?\b/gi,
  /\b(?:is|are|was|were|am)(?:n['\u2019]t|\s+not)\s+(?:yet\s+)?(?:ready|willing|prepared|interested|keen|eager)\b/gi,
  // a state of mind or a judgement of likelihood: "the crews were not happy", "it is not clear whether …"
  /\b(?:is|are|was|were|am|be|been)(?:n['\u2019]t|\s+not)\s+(?:very\s+|entirely\s+|particularly\s+|at all\s+|yet\s+)?(?:happy|pleased|satisfied|content|optimistic|pessimistic|confident|convinced|sure|certain|clear|surprised|worried|concerned|impressed|hopeful|afraid|likely|possible|easy|necessary|realistic|suspicious|(?:being\s+)?treated\s+as\s+suspicious|known|expected\s+to|thought\s+to|believed\s+to|recommended|advised|allowed|permitted|required|(?:been\s+)?able\s+to|available|safe)\b/gi,
  // a process not yet done: "had not decided whether to appeal", "the plan has not been approved"
  /\b(?:has|have|had)(?:n['\u2019]t|\s+not)\s+(?:yet\s+)?(?:decided|been\s+(?:decided|approved|signed|ratified|published|released|finali[sz]ed|completed|set|scheduled|able\s+to))\b/gi,
  // a search or an observation that found nothing: "there was no sign of the boat", "no trace of the crew"
  /\bno\s+(?:sign|signs|trace|traces)\s+of\b/gi,
  // reassurance: "there was no reason to worry", "no need for alarm", "no danger to the public"
  /\bno\s+(?:(?:good|real|immediate)\s+)?(?:reason|need|cause)\s+(?:to|for)\b|\bno\s+(?:(?:immediate|wider|further|ongoing|known|significant)\s+)?(?:danger|risk|threat)\s+to\b/gi,
  // how far a process has gone: "talks had not failed", "work has not resumed", "the strike did not end"
  /\b(?:has|have|had|did|does|do)(?:n['\u2019]t|\s+not)\s+(?:yet\s+)?(?:resum|start|begun|began|begin|end|finish|conclud|fail|collaps|progress|succe|improv|broken down|break down)\w*/gi,
  // a superlative of experience: "I have never seen anything like it", "morale has never been lower"
  /\b(?:never|not)\s+(?:ever\s+)?(?:been|seen|felt|known|heard|had|witnessed|experienced)\s+(?:anything|something|so|such|more|less|worse|better|higher|lower|bigger|greater|stronger|weaker|closer|[a-z]+er\s+than)\b/gi,
  // what one is doing now: "we are not backing down", "I am not asking for much" (not what a report may charge:
  // "we are not hiding anything", "not planning a lockout", "not negotiating with them")
  /\b(?:is|are|was|were|am)(?:n['\u2019]t|\s+not)\s+(?!planning|intending|considering|negotiating|talking\s+to|meeting|hiding|lying|concealing|covering|misleading|stealing|breaking|acting|working\s+(?:for|with)|colluding|taking|\w*thing\b|during\b)\w+ing\b/gi,
  // a lack that is a stance, not a fact denied: "we had no choice but to strike", "no confidence in the board",
  // "no objection to the plan", "no right to close it"
  /\b(?:had|has|have|having|left\s+with)\s+no\s+(?:other\s+|real\s+)?(?:choice|option|alternative|confidence|faith|trust|problem|objection|quarrel|say|right)\b/gi,
  // the state of a negotiation: "there has been no progress", "no breakthrough", "no date has been set", "has not
  // ruled out a strike"
  /\bno\s+(?:real\s+|significant\s+|further\s+|new\s+)?(?:progress|breakthrough|movement|agreement|deal|date|timetable|decision|response|reply|word|update)\b|\b(?:has|have|had|did|does|do)(?:n['\u2019]t|\s+not)\s+(?:yet\s+)?(?:ruled?\s+out|excluded?)\b/gi,
  // a casualty's state: "the walker was not injured", "no serious injuries"
  /\b(?:is|are|was|were|been)(?:n['\u2019]t|\s+not)\s+(?:seriously\s+|badly\s+|critically\s+|physically\s+)?(?:injured|hurt|harmed|wounded)\b|\bno\s+(?:serious\s+|major\s+|other\s+)?(?:injuries|casualties|fatalities|survivors|deaths)\b/gi,
  // the scope of a rule, a service or a document: "the licence does not cover drilling", "the line does not
  // serve the port", "the pool does not open on Mondays"
  /\b(?:does|do)(?:n['\u2019]t|\s+not)\s+(?:currently\s+|normally\s+|usually\s+|generally\s+|yet\s+)?(?:cover|apply|include|extend|serve|require|permit|allow|offer|provide|operate|open|run|stop)\b/gi,
  // something owed to the speaker's side that never came: "we have not received a new offer", "had not been paid"
  /\b(?:has|have|had|did|do|does)(?:n['\u2019]t|\s+not|\s+never)\s+(?:yet\s+|even\s+|ever\s+)?(?:receiv\w*|got|gotten|get)\s+(?:a|an|any|the|their|our|its|his|her)?\s*(?:\w+\s+){0,2}?(?:offer|reply|replies|response|answer|payment|compensation|invitation|explanation|apology|support|funding|help|money|pay|wages?|salary|refunds?|update|proposals?)\b/gi,
  // what others failed to do for the speaker's side: "nobody had warned them", "no one ever consulted us"
  /\b(?:nobody|no one)\s+(?:had\s+|has\s+|have\s+|ever\s+|even\s+|bothered\s+to\s+)*(?:warned|told|informed|consulted|asked|contacted|helped|called|listened|visited|apologi[sz]ed|explained|warn|tell|inform|consult|ask|contact|help|call|listen|visit|explain)\b/gi,
  // a lack described, not a charge answered: "the island has never had a doctor of its own", "the village has no
  // bus" (a tie, a part, knowledge or a deed the speaker is said to have had is still denied: "had no contact with
  // them", "had no conflict of interest"; "there is no …" stays a denial: "there was no meeting")
  new RegExp(
    String.raw`\b(?:(?:has|have|had|having)\s+(?:never\s+(?:had\s+)?)?no|(?:never|not)\s+(?:had|have|has)\s+(?:a|an|any)|(?:did|does|do)(?:n['\u2019]t|\s+not)\s+have\s+(?:a|an|any))\s+(?!(?:[\w-]+\s+){0,2}${HELD_TIES})[\w-]+`,
    'gi',
  ),
  // evidence of a deed by others: "no evidence the fire was started deliberately" (evidence against the
  // speaker's own side is denied: "no evidence that its dyes harmed the fish", "no evidence we did anything")
  /\bno\s+(?:\w+\s+)?evidence\s+(?:that|of|to\s+suggest)\b(?![^.;]*\b(?:we|us|our|ours|i|me|my|its|itself)\b)[^.;]*/gi,
  // what nobody demands: "nobody is asking for a head on a plate", "no one is calling for a strike"
  /\b(?:nobody|no one)\s+(?:is|was|has been|had been)\s+(?:asking|calling|demanding|pushing|looking)\b/gi,
  // a reassurance about oneself: "we have nothing to hide", "nothing to fear", "nothing to apologise for"
  /\bnothing\s+to\s+(?:hide|fear|worry about|apologi[sz]e for|be ashamed of)\b/gi,
  // a negated verdict on a proposal: "a loan is not a solution", "that is not the answer", "not an option"
  /\b(?:is|are|was|were|be)(?:n['\u2019]t|\s+not)\s+(?:a|an|the|any)\s+(?:\w+\s+)?(?:solution|answer|option|remedy|substitute|way forward|priority)\b/gi,
  // casualties and decisions pending: "no one was hurt", "nothing has been decided"
  /\b(?:nobody|no one|none)\s+(?:\w+\s+){0,3}?(?:was|were|has been|have been|had been)\s+(?:seriously\s+)?(?:injured|hurt|killed|harmed|wounded)\b|\b(?:nothing|no decision|no deal|no agreement)\s+(?:has|had|have)?\s*(?:yet\s+)?(?:been|was|is)\s+(?:yet\s+)?(?:decided|agreed|finalised|finalized|settled|signed|reached|made|taken)\b/gi,
];
/** Words that open on "not" or "never" with no subject: the reporting frame kept the verb ("said he was …"). */
const FRAGMENT_NEGATION = /^\s*["'\u201c\u2018]?(?:not|never)\s+(?!only\b|just\b|least\b|yet\b)\w/i;
const MODAL_NEGATION =
  /\b(?:would|will|could|can|should|may|might|must)(?:n't|\s+not|\s+never)\b|\bwon't\b|\bcan ?not\b|\b(?:not|never)\s+going\s+to\b/gi;
/** A legal process named by a blame word ("criminal charges", "a corruption inquiry"): it tells of a case, not of
 * blame the speaker lays or rejects. */
const LEGAL_PROCESS = String.raw`(?:charges?|investigations?|inquir(?:y|ies)|probes?|proceedings|cases?|complaints?|records?|prosecutions?|courts?)\b`;
/** "It did nothing wrong", "there is nothing improper about it": negated blame rejects wrongdoing wherever it
 * stands in the words (not a legal process that has not begun: "no criminal charges have been filed"). */
const NEGATED_BLAME = new RegExp(
  String.raw`\b(?:nothing|no|not|never)\s+(?:\w+\s+)?(?:improper\w*|wrong\w*|illegal\w*|unlawful\w*|inappropriate\w*|untoward|unethical|corrupt\w*|criminal|guilty)\b(?!\s+${LEGAL_PROCESS})`,
  'i',
);
/** Participles that do not end in -ed or -en ("had not been paid", "had not been told"); "present", "absent"
 * end in -t but are adjectives: "had not been present" denies presence. */
const IRREGULAR_PARTICIPLES = String.raw`(?:paid|told|sent|spent|lent|kept|built|made|held|heard|sold|found|bought|brought|caught|taught|sought|left|lost|set|put|cut|shut|read|led|fed|met|said|laid|dealt|meant)`;
/** Acts owed to the speaker's side, which a plain past passive says were not done: "the album was never delivered",
 * "the fee was not paid", "residents were not consulted" (a complaint about an omission, not a denial). */
const OWED_ACTS = String.raw`(?:delivered|paid|repaid|refunded|returned|consulted|informed|warned|told|collected|repaired|fixed|completed|finished|submitted|handed\s+over|honou?red|compensated|invited|answered|notified)`;
/** "Residents had not been consulted": a negated agentless passive tells what others failed to do (an omission,
 * the shape of a grievance), not that something others assert did not happen. "Involved" describes the subject's
 * own part ("had not been involved"), and a wrongdoing done to a thing ("the data had not been altered", "the emails
 * had never been deleted") is what a charge alleges, so both stay denials. */
const OMISSION = new RegExp(
  String.raw`\b(?:had|has|have)(?:n't|\s+not|\s+never)\s+been\s+(?!involved\b|(?:altered|manipulated|falsified|doctored|tampered|destroyed|deleted|shredded|leaked|hacked|breached|broken|misused|misappropriated|diverted|stolen|forged|fabricated|contaminated|polluted|dumped|bribed|coerced|rigged|concealed|hidden|withheld|edited)\b)(?:\w+(?:ed|en)|${IRREGULAR_PARTICIPLES})\b(?!\s+by\b)` +
    // "the album was never delivered", "the fee was not paid": a duty owed by others in the simple past passive
    String.raw`|\b(?:was|were)(?:n't|\s+not|\s+never)\s+(?:\w+ly\s+)?(?:yet\s+)?${OWED_ACTS}\b(?!\s+by\b)`,
  'i',
);
/** The first clause of a sentence: "X was about Y, and that Z …" -> "X was about Y". A denial puts its negation in
 * the main clause; a negation added in a later coordinated clause qualifies a claim. */
const CLAUSE_BREAK = /[,;]\s*(?:and|but|which|who)\b|\s(?:and|but)\s+that\b|;/i;
/** General vocabulary of blame: deceit, abuse of office, crimes, negligence, and the idioms that call a case
 * against the speaker's side persecution or attack the accuser's motives. */
const ACCUSATION =
  /\b(?:mislead\w*|misled|misinformation|disinformation|propaganda|shame\w*|disgrace\w*|unfair\w*|dishonest\w*|lied|liars?|lying|corrupt\w*|fraud\w*|hoax|smear\w*|illegal\w*|unlawful\w*|criminal\w*(?!\s+(?:charges?|investigations?|inquir(?:y|ies)|probes?|proceedings|cases?|complaints?|records?|prosecutions?|courts?)\b)|crimes?|incompeten\w*|unfit|reckless\w*|irresponsib\w*|negligen\w*|neglect\w*|ignor(?:ed|ing)|outrage\w*|scandal\w*|abus\w*|betray\w*|cover-?up|spies|spying|spy(?!\s+(?:agenc\w*|satellites?|planes?|chiefs?|services?|cameras?|novels?|films?|thrillers?|software|ware))|espionage|embezzl\w*|extort\w*|meddl\w*|collu\w*|brib\w*|wrongdoing|hypocri\w*|vendetta|witch[- ]hunt|persecution|show trial|politically motivated|trumped[- ]up|disgruntled|accus\w*|blam\w*|withh[eo]ld\w*|conceal\w*|hid|hidden|kept\s+(?:secret|quiet|hidden)|in\s+the\s+dark|behind\s+(?:\w+\s+)?backs?|disrespect\w*|(?:hold|holds|holding|held)\s+(?:[\w'\u2019-]+\s+){0,3}?(?:hostage|to\s+ransom)|gambl(?:e|es|ed|ing)\s+with\s+(?:[\w'\u2019-]+\s+){0,2}?(?:lives|safety|health|futures?)|(?:put|puts|putting)\s+(?:[\w'\u2019-]+\s+){0,3}?(?:lives|safety|health)\s+at\s+risk|(?:ahead|before)\s+of\s+(?:[\w'\u2019-]+\s+)?safety)\b/i;

/** Duties done to the letter, which answer a charge by asserting the opposite: compliance with every term ("has
 * honoured every line of the contract", "followed every step of the procedure", "complied with all the rules") and
 * every item of a complaint dealt with ("each of those reports was investigated and signed off", "all open items
 * had been closed"). Past or perfect only: "will check every report" and "must follow every step" promise or rule. */
const OBLIGATIONS = String.raw`(?:lines?|terms?|clauses?|obligations?|commitments?|rules?|regulations?|steps?|procedures?|requirements?|standards?|conditions?|provisions?|laws?|checks?|deadlines?|promises?|undertakings?|protocols?)`;
const COMPLIANCE = new RegExp(
  String.raw`\b(?:has|have|had)\s+(?:always\s+|fully\s+|scrupulously\s+|strictly\s+)?(?:honou?red|fulfill?ed|met|respected|complied\s+with|abided\s+by|followed|observed|kept(?:\s+to)?)\s+(?:(?:every|each|all)\b(?:\s+(?:of\s+)?(?:the|its|our|their|his|her|this|that)\b)?|(?:the|its|our|their|his|her)\s+(?:\S+\s+){0,3}?(?:contracts?|agreements?|obligations|rules|terms)\s+(?:in\s+full|to\s+the\s+letter))` +
    String.raw`|\b(?:followed|honou?red|fulfill?ed|respected|complied\s+with|met|observed)\s+(?:every|each|all)\s+(?:(?:of\s+)?(?:the|its|our|their)\s+)?(?:[\w'’-]+\s+){0,3}?${OBLIGATIONS}\b` +
    String.raw`|(?<!\bnot\s)\b(?:each|every|all)\b[^.;!?]{0,80}?\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:investigated|checked|inspected|reviewed|examined|audited|logged|closed|signed\s+off|approved|cleared|addressed|resolved|dealt\s+with|followed\s+up|answered|looked\s+into)\b`,
  'i',
);

/** The kind that the words of a statement carry by themselves. */
export function classifyContent(text: string): StatementKind {
  // a refusal in a clause added after a claim ("no ferries would sail, and that it could not say when they
  // resume") qualifies the claim; the words refuse when the refusal opens them
  if (REFUSAL.test(text.split(CLAUSE_BREAK)[0] ?? text)) return 'refusal';
  if (CONFIRMATION.test(text)) return 'confirmation';
  if (REPROACH.test(text)) return 'accusation';
  const sentences = splitClauses(text);
  const first = sentences[0] ?? '';
  const statements = sentences.filter(sentence => !isQuestion(sentence));
  if (FALSE_TESTIMONY.test(text)) return 'accusation';
  if (
    FALSITY.test(text.replace(NOT_FALSITY, ' ')) ||
    CORRECTION.test(text.replace(NOT_FALSITY, ' ')) ||
    statements.some(sentence => NEGATED_BLAME.test(sentence)) ||
    CONTENT_REJECTION.test(text.replace(/["\u201c\u201d]/g, '')) ||
    DISBELIEF.test(text) ||
    DISBELIEVED_ACCOUNT.test(text) ||
    COMPLIANCE.test(text.replace(/["\u201c\u201d]/g, ''))
  )
    return 'denial';
  const main = first.split(CLAUSE_BREAK)[0] ?? '';
  const asserted = main.replace(CONDITION, ' ').replace(FRONTED_CIRCUMSTANCE, ' ');
  if (
    !isQuestion(first) &&
    isNegated(asserted) &&
    !OMISSION.test(main) &&
    !isNegatedOnlyInRelative(asserted) &&
    !correctsMotive(first, sentences[1])
  )
    return 'denial';
  if (sentences.some(s => !isQuestion(s) && !isNegated(s) && ACCUSATION.test(s))) return 'accusation';
  return 'claim';
}

/** A negated motive: "did not walk out for a pay rise", "were not striking over the bonus", "did not resign to
 * spite the board". The verb is captured to find it again in the correction. */
const NEGATED_MOTIVE =
  /\b(?:did|do|does|is|are|was|were|am)(?:n['\u2019]t|\s+not)\s+([a-z]+)(?:\s+[\w-]+){0,2}?\s+(?:for|over|to|because)\b/i;
/** The correction in the same sentence (a bare "to" is not enough: "did not talk to him. I talked to his lawyer"
 * corrects a fact, not a motive): "…, but because …", "… but to …", "… but over …". */
const SAME_SENTENCE_CORRECTION = /,?\s+but\s+(?:because|for|over|in order to|so that)\b/i;

/** "Our members did not walk out for a pay rise. They walked out because …": the negation denies a motive only to
 * put the true one in its place, so the words claim the motive (a negated deed with no correction stays a denial:
 * "I did not take the money for myself"). */
function correctsMotive(first: string, next: string | undefined): boolean {
  const negated = NEGATED_MOTIVE.exec(first);
  if (!negated) return false;
  if (SAME_SENTENCE_CORRECTION.test(first.slice(negated.index + negated[0].length))) return true;
  if (!next) return false;
  const stem = inflectionStem(negated[1]!);
  if (stem.length < 3) return false;
  return new RegExp(
    String.raw`\b${stem}\w*(?:\s+[\w-]+)?\s+(?:because|for|over|in order to|so that)\b`,
    'i',
  ).test(next);
}

/** The letters every form of a verb shares: "walk" (walked, walks), "strik" (strike, striking), "resign". */
function inflectionStem(verb: string): string {
  const lower = verb.toLowerCase();
  return lower.endsWith('e') ? lower.slice(0, -1) : lower;
}

/** Negated as a denial is: "never", "nobody", "did not", "knew of no" (not "would not", not "no idea"). */
export function isNegated(text: string): boolean {
  // a fragment whose verb stayed in the frame ("was “not in talks with anyone”"): the words open on the negation
  if (FRAGMENT_NEGATION.test(text.replace(NOT_A_DENIAL, ' '))) return true;
  const kept = NOT_A_DENIAL_OF_A_CHARGE.reduce((rest, pattern) => rest.replace(pattern, ' '), text);
  return NEGATION.test(kept.replace(NOT_A_DENIAL, ' ').replace(MODAL_NEGATION, ' '));
}

/** A clause of condition, up to its comma: "if the board does not pay, …", "unless …", "until …". A negation inside
 * it is a supposition, not what the sentence asserts ("we will walk out if the schedule is not on the table").
 * A clause of cause or concession ("because they were in no way linked") is asserted, so it stays. */
const CONDITION = /\b(?:if|unless|until|as long as|provided(?: that)?)\b[^,;]*/gi;
/** A clause of time or concession that opens the words, up to its comma: "When the board did not answer, the crews
 * walked out", "Although nobody was paid, …". It sets the scene; the main clause after it says what is asserted. */
const FRONTED_CIRCUMSTANCE = /^\W*(?:when|after|before|since|while|although|though|whereas|as)\b[^,;]*,/i;

/** A relative pronoun, or "that" opening a clause inside the sentence. */
const SUBORDINATE = /\b(?:that|which|who|whom)\b/gi;
/** "is that …", "was that …": the clause after a copula is what the sentence asserts. */
const COPULA = /^(?:is|was|are|were|be|been)$/;
/** How many words before "that" a reporting verb may stand and still take the clause ("told reporters that"). */
const VERB_BEFORE_THAT = 3;

/** "has attended two meetings with the minister that it maintained did not cover pay": the negation stands only
 * in a clause hung on a noun, so the sentence asserts the meetings, it denies nothing. A clause after a reporting
 * verb ("can tell you that we never met", "told reporters that …") or a copula ("the truth is that …") keeps
 * its negation, and a text opening on "That" ("That is not true") is its own main clause. */
function isNegatedOnlyInRelative(main: string): boolean {
  for (const m of main.matchAll(SUBORDINATE)) {
    const at = m.index ?? 0;
    const head = main.slice(0, at);
    if (!/\p{L}/u.test(head)) continue;
    if (isNegated(head)) return false;
    const before =
      head
        .toLowerCase()
        .match(/[\p{L}'\u2019]+/gu)
        ?.slice(-VERB_BEFORE_THAT) ?? [];
    if (before.some(word => findReportingVerb(word) || COPULA.test(word))) return false;
    return true;
  }
  return false;
}

function isQuestion(sentence: string): boolean {
  return /\?["'\u201d\u2019]*\s*$/.test(sentence);
}

function splitClauses(text: string): string[] {
  return text
    .split(/(?<=[.!?]["'\u201d\u2019]?)\s+/)
    .map(s => s.trim())
    .filter(Boolean);
}
